/**
 * Reads `content/` from disk into raw records for the validator: YAML files, and the frontmatter
 * and body of MDX files. A file that is not valid YAML becomes an issue, not a crash.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { COLLECTIONS, COLLECTION_NAMES } from './collections';
import type { ContentIssue } from './issues';
import type { RawRecord } from './validate';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits an MDX file into its frontmatter data and body. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const m = FRONTMATTER.exec(source);
  if (!m) return { data: undefined, body: source };
  return { data: parse(m[1] as string), body: m[2] as string };
}

/** Reads every collection under `contentDir`; `root` makes file paths relative for messages. */
export function readContent(contentDir: string, root: string): { records: RawRecord[]; issues: ContentIssue[] } {
  const records: RawRecord[] = [];
  const issues: ContentIssue[] = [];
  for (const collection of COLLECTION_NAMES) {
    const spec = COLLECTIONS[collection];
    const dir = join(contentDir, spec.dir);
    if (!existsSync(dir)) continue;
    const ext = spec.pattern.replace('*', '');
    for (const name of readdirSync(dir).filter((f) => f.endsWith(ext)).sort()) {
      const path = join(dir, name);
      const file = relative(root, path);
      let data: unknown;
      let body: string | undefined;
      try {
        const text = readFileSync(path, 'utf8');
        if (ext === '.mdx') ({ data, body } = splitFrontmatter(text));
        else data = parse(text);
      } catch (e) {
        issues.push({ file, field: '', message: `无法解析文件：${(e as Error).message.split('\n')[0]}` });
        continue;
      }
      if (spec.layout === 'list-per-file') {
        if (!Array.isArray(data)) {
          issues.push({ file, field: '', message: '此文件应为条目列表(YAML 数组，每条带 id)' });
          continue;
        }
        data.forEach((item: unknown, i) => {
          const id = (item as { id?: unknown } | null)?.id;
          records.push({ collection, file, id: typeof id === 'string' ? id : `[${i}]`, inList: true, data: item });
        });
      } else {
        records.push({ collection, file, id: name.slice(0, -ext.length), inList: false, data: data ?? {}, ...(body !== undefined ? { body } : {}) });
      }
    }
  }
  return { records, issues };
}
