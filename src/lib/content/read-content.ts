/**
 * Reads `content/` from disk into raw records for the validator: YAML files, and the frontmatter
 * and body of MDX files, each with a way to find the file line of any of its fields. A file the
 * build would ignore or misname, or that cannot be read, becomes one issue, not a crash.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { ENTRY_ID } from '../../schemas/common';
import { fileHash, itemHash } from '../i18n/translation-hash';
import { COLLECTIONS, COLLECTION_NAMES, listIdKey, type CollectionName } from './collections';
import type { ContentIssue } from './issues';
import { placeholderIssues } from './rules/placeholders';
import { readYaml, type DataPath } from './yaml';

/** One entry as read from disk, before validation. */
export interface RawRecord {
  collection: CollectionName;
  /** Path relative to the project, e.g. content/models/shanghai.mdx. */
  file: string;
  /** For list files, the entry's id (or its position when the id is missing). */
  id: string;
  /** True when the entry is one of several in a list file: field paths then start with the id. */
  inList: boolean;
  data: unknown;
  /** The file line of a field of this entry (its path as Zod reports it). */
  lineOf: (path: DataPath) => number;
  /**
   * The entry's translation hash (src/lib/i18n/translation-hash.ts): of the file's text, or of the
   * list item. An English entry's `sourceHash` must equal its Chinese entry's.
   */
  hash: string;
  /** MDX body, for checking in-text citations and links. */
  body?: string;
  /** The file line of the body's first line. */
  bodyLine?: number;
  /**
   * The file could not be read (its issue is already reported): the entry's id still counts as
   * existing, so references to it raise no knock-on errors, and nothing else about it is checked.
   */
  unreadable?: true;
}

type Frontmatter = { ok: true; yaml: string; body: string; bodyLine: number } | { ok: false; message: string };

/** Splits an MDX file into its frontmatter text and body, or says why the frontmatter is missing. */
export function splitFrontmatter(source: string): Frontmatter {
  const lines = source.split('\n');
  if ((lines[0] ?? '').trim() !== '---') {
    return { ok: false, message: '没有找到属性区(frontmatter)：文件第1行必须是 ---，接着写属性，再用一行 --- 结束，然后才是正文。' };
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) {
    return { ok: false, message: '没有找到属性区(frontmatter)的结束行：在最后一个属性之后加一行 ---，再写正文。' };
  }
  return { ok: true, yaml: lines.slice(1, close).join('\n'), body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}

/** A file name made into a valid id, for the hint: "Yiyuan Copy" → "yiyuan-copy". */
const asId = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Why a file in a collection folder would be ignored or misnamed by the build, if it would. */
function fileNameProblem(name: string, ext: string, siblings: readonly string[]): string | undefined {
  const own = extname(name);
  const stem = name.slice(0, name.length - own.length);
  if (own !== ext) {
    const fixed = `${ENTRY_ID.test(stem) ? stem : asId(stem) || 'xxx'}${ext}`;
    const fix = siblings.includes(fixed) ? `${fixed} 已存在：若这是它的副本或备份，删除这个文件` : `改名为 ${fixed}`;
    return `扩展名是“${own || '(无)'}”，网站不会读取这个文件：这个文件夹只收 ${ext} 文件，${fix}。`;
  }
  if (!ENTRY_ID.test(stem)) {
    const fixed = asId(stem);
    return `文件名“${stem}”不能作为 id：只能用小写字母、数字和连字符${fixed ? `(如 ${fixed}${ext})` : ''}。若是副本，删除它；否则改名。`;
  }
  return undefined;
}

/** Reads every collection under `contentDir`; `root` makes file paths relative for messages. */
export function readContent(contentDir: string, root: string): { records: RawRecord[]; issues: ContentIssue[] } {
  const records: RawRecord[] = [];
  const issues: ContentIssue[] = [];
  // Collection folders are content/<dir> or, for the English edition, content/en/<dir>.
  const dirs = COLLECTION_NAMES.map((c) => COLLECTIONS[c].dir);
  for (const parent of ['', 'en']) {
    const folders = [...new Set(dirs.flatMap((d) => (parent ? (d.startsWith(`${parent}/`) ? [d.slice(parent.length + 1)] : []) : [d.split('/')[0] as string])))];
    const at = join(contentDir, parent);
    for (const name of existsSync(at) ? readdirSync(at) : []) {
      if (!name.startsWith('.') && statSync(join(at, name)).isDirectory() && !folders.includes(name)) {
        const shown = parent ? `${parent}/${name}` : name;
        const listed = folders.map((f) => (f === 'en' ? 'en(英文版)' : f)).join('、');
        issues.push({ file: relative(root, join(at, name)), field: '(文件夹)', message: `“${shown}”不是内容文件夹，其中的文件不会被读取。可用的${parent ? ` ${parent}/ 下的` : ''}文件夹：${listed}。` });
      }
    }
  }
  for (const collection of COLLECTION_NAMES) {
    const spec = COLLECTIONS[collection];
    const dir = join(contentDir, spec.dir);
    if (!existsSync(dir)) continue;
    const ext = spec.pattern.replace('*', '');
    const names = readdirSync(dir).sort();
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      const file = relative(root, path);
      const problem = fileNameProblem(name, ext, names);
      if (problem) {
        issues.push({ file, field: '(文件名)', message: problem });
        continue;
      }
      const id = name.slice(0, -ext.length);
      const text = readFileSync(path, 'utf8');
      issues.push(...placeholderIssues(file, text));
      const unreadable = (line: number | undefined, field: string, message: string) => {
        issues.push({ file, ...(line === undefined ? {} : { line }), field, message });
        records.push({ collection, file, id: spec.layout === 'list-per-file' ? '*' : id, inList: spec.layout === 'list-per-file', data: undefined, lineOf: () => 1, hash: fileHash(text), unreadable: true });
      };
      let yaml = text;
      let firstLine = 1;
      let body: { body: string; bodyLine: number } | undefined;
      if (ext === '.mdx') {
        const split = splitFrontmatter(text);
        if (!split.ok) {
          unreadable(1, '(属性区)', split.message);
          continue;
        }
        yaml = split.yaml;
        firstLine = 2;
        body = { body: split.body, bodyLine: split.bodyLine };
      }
      const read = readYaml(yaml, firstLine);
      if (!read.ok) {
        unreadable(read.line, '(YAML 格式)', read.message);
        continue;
      }
      const { data, lineOf } = read;
      if (spec.layout === 'list-per-file') {
        const idKey = listIdKey(collection);
        if (!Array.isArray(data)) {
          unreadable(1, '', `此文件应为条目列表：每条以“- ${idKey}: …”开头。`);
          continue;
        }
        data.forEach((item: unknown, i) => {
          const itemId = (item as Record<string, unknown> | null)?.[idKey];
          records.push({
            collection,
            file,
            id: typeof itemId === 'string' ? itemId : `[${i}]`,
            inList: true,
            data: item,
            lineOf: (p) => lineOf([i, ...p]),
            hash: itemHash(item),
          });
        });
      } else {
        records.push({ collection, file, id, inList: false, data: data ?? {}, lineOf, hash: fileHash(text), ...(body ?? {}) });
      }
    }
  }
  return { records, issues };
}
