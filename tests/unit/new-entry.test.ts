/**
 * `npm run new -- <type> <id>` (scripts/new-entry.ts): every type scaffolds a file that the content
 * validation accepts except where the editor must write (【待填写】), and wrong requests are
 * refused in Chinese without touching content/.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '../../src/lib/content/collections';
import { readContent } from '../../src/lib/content/read-content';
import { validateKnowledgeBase } from '../../src/lib/content/validate';
import { TO_FILL } from '../../src/lib/content/marker';
import { newEntry, NewEntryError } from '../../scripts/new-entry';

const root = new URL('../../', import.meta.url).pathname;
const TODAY = '2026-12-03';
const tmp = mkdtempSync(join(tmpdir(), 'new-entry-'));
const contentDir = join(tmp, 'content');
cpSync(join(root, 'content'), contentDir, { recursive: true });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** One new id per type; the per-model types go into the new model's files. */
const NEW_IDS: Record<string, string> = {
  models: 'xin-moshi',
  stages: 'xin-moshi',
  events: 'xin-moshi',
  figures: 'xin-moshi',
  cases: 'xin-anli',
  mechanisms: 'xin-jizhi',
  terms: 'xin-shuyu',
  structures: 'xin-jiegou',
  lessons: 'xin-ketang',
  sources: 's005-xin',
};

/** The raw value a validation issue's field path points at (`cells[0].cites[0].source`). */
function valueAt(data: unknown, path: string): unknown {
  let v: unknown = data;
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    const key = m[2] === undefined ? (m[1] as string) : Number(m[2]);
    v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[key] : undefined;
  }
  return v;
}

describe('npm run new -- <type> <id>', () => {
  const written = ['models', ...COLLECTION_NAMES.filter((c) => c !== 'models' && c !== 'compare')].flatMap((type) =>
    newEntry(type, NEW_IDS[type] as string, contentDir, TODAY),
  );

  it('scaffolds every type, and a new model’s comparison row with it', () => {
    expect(written.sort()).toEqual(
      ['cases/xin-anli.mdx', 'compare/xin-moshi.yaml', 'events/xin-moshi.yaml', 'figures/xin-moshi.yaml', 'lessons/xin-ketang.yaml',
        'mechanisms/xin-jizhi.mdx', 'models/xin-moshi.mdx', 'sources/s005-xin.yaml', 'stages/xin-moshi.yaml',
        'structures/xin-jiegou.yaml', 'terms/xin-shuyu.yaml'],
    );
    for (const f of written) expect(readFileSync(join(contentDir, f), 'utf8'), f).toContain(TO_FILL);
    expect(readFileSync(join(contentDir, 'models/xin-moshi.mdx'), 'utf8')).toContain('<ModelData model="xin-moshi" show="structure" />');
    expect(readFileSync(join(contentDir, 'models/xin-moshi.mdx'), 'utf8')).toContain(`updated: ${TODAY}`);
  });

  it('the new files pass the validation except on the fields that hold 【待填写】', () => {
    const { records, issues: readIssues } = readContent(contentDir, tmp);
    expect(readIssues).toEqual([]);
    const { issues } = validateKnowledgeBase(records);
    const newFiles = written.map((f) => `content/${f}`);
    expect(issues.filter((i) => !newFiles.includes(i.file))).toEqual([]);
    const notMarker = issues.filter((issue) => {
      const rec = records.find((r) => r.file === issue.file && (!r.inList || issue.field.startsWith(`${r.id}.`)));
      if (!rec) return true;
      const body = /^正文第(\d+)行/.exec(issue.field);
      if (body) return !(rec.body ?? '').split('\n')[Number(body[1]) - 1]?.includes(TO_FILL);
      const path = rec.inList ? issue.field.slice(rec.id.length + 1) : issue.field;
      return !String(valueAt(rec.data, path)).includes(TO_FILL);
    });
    expect(notMarker).toEqual([]);
    // Every file with a field the schema checks is reported, so none slips through unfinished.
    expect(new Set(issues.map((i) => i.file))).toEqual(new Set(newFiles));
  });

  it.each([
    ['cases', 'Yiyuan Copy', '“Yiyuan Copy”不能用作 id：只能用小写字母、数字和连字符，不能有空格、大写字母或汉字(如 yi-wei-san-xian)。'],
    ['cases', 'yiyuan', 'content/cases/yiyuan.mdx 已存在，没有改动。请换一个 id，或直接编辑这个文件。'],
    ['events', 'jianye', 'content/events/jianye.yaml 已存在，没有改动。要在其中加一条，请把编写指南(content/README.md)中的模板复制到文件末尾。'],
    ['events', 'nowhere', 'events 的文件以模式 id 命名，“nowhere”不是已有的模式。现有模式：guangdong、jianye、pudong、shanghai、shihe、xin-moshi。新模式请先运行 npm run new -- models nowhere。'],
    ['case', 'xin-anli-2', '没有“case”这种类型。可用：sources、models、cases、mechanisms、terms、stages、events、figures、structures、lessons、compare。例如：npm run new -- cases xin-anli'],
  ])('refuses %s %s in Chinese and writes nothing', (type, id, message) => {
    const before = readContent(contentDir, tmp).records.length;
    expect(() => newEntry(type, id, contentDir, TODAY)).toThrow(new NewEntryError(message));
    expect(readContent(contentDir, tmp).records.length).toBe(before);
    expect(existsSync(join(contentDir, 'cases', `${id}.mdx`))).toBe(id === 'yiyuan');
  });
});
