/**
 * `npm run new -- <type> <id>` (scripts/new-entry.ts): every type scaffolds a file that the content
 * check accepts except where the editor must write (【待填写】), and wrong requests are
 * refused in Chinese without touching content/.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '../../src/lib/content/collections';
import { readContent } from '../../src/lib/content/read-content';
import { checkContent } from '../../src/lib/content/check';
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
  // English files translate the Chinese files just written, under the same names.
  enModels: 'xin-moshi',
  enStructures: 'xin-jiegou',
  enCompare: 'xin-moshi',
  enTerms: 'xin-shuyu',
  enSources: 's005-xin',
  enEvents: 'xin-moshi',
  enStages: 'xin-moshi',
  enFigures: 'xin-moshi',
};

describe('npm run new -- <type> <id>', () => {
  const written = ['models', ...COLLECTION_NAMES.filter((c) => c !== 'models' && c !== 'compare')].flatMap((type) =>
    newEntry(type, NEW_IDS[type] as string, contentDir, TODAY),
  );

  it('scaffolds every type, and a new model’s comparison row with it', () => {
    expect(written.sort()).toEqual(
      ['cases/xin-anli.mdx', 'compare/xin-moshi.yaml', 'events/xin-moshi.yaml', 'figures/xin-moshi.yaml', 'lessons/xin-ketang.yaml',
        'mechanisms/xin-jizhi.mdx', 'models/xin-moshi.mdx', 'sources/s005-xin.yaml', 'stages/xin-moshi.yaml',
        'structures/xin-jiegou.yaml', 'terms/xin-shuyu.yaml', 'en/models/xin-moshi.mdx', 'en/structures/xin-jiegou.yaml',
        'en/compare/xin-moshi.yaml', 'en/terms/xin-shuyu.yaml', 'en/sources/s005-xin.yaml', 'en/events/xin-moshi.yaml',
        'en/stages/xin-moshi.yaml', 'en/figures/xin-moshi.yaml'].sort(),
    );
    for (const f of written) expect(readFileSync(join(contentDir, f), 'utf8'), f).toContain(TO_FILL);
    expect(readFileSync(join(contentDir, 'models/xin-moshi.mdx'), 'utf8')).toContain('<ModelData model="xin-moshi" show="structure" />');
    expect(readFileSync(join(contentDir, 'models/xin-moshi.mdx'), 'utf8')).toContain(`updated: ${TODAY}`);
  });

  it('the new files pass the content check except for their 【待填写】 markers, each reported with its line', () => {
    const issues = checkContent(contentDir, tmp);
    const newFiles = written.map((f) => `content/${f}`);
    expect(issues.filter((i) => !newFiles.includes(i.file))).toEqual([]);
    // Anything but a marker message would be a template mistake the editor cannot fix by writing.
    expect(issues.filter((i) => i.field !== '(待填写)')).toEqual([]);
    for (const i of issues) {
      expect(readFileSync(join(tmp, i.file), 'utf8').split('\n')[(i.line ?? 0) - 1], `${i.file}:${i.line}`).toContain(TO_FILL);
    }
    // Every new file is reported, so none slips through unfinished.
    expect(new Set(issues.map((i) => i.file))).toEqual(new Set(newFiles));
  });

  it.each([
    ['cases', 'Yiyuan Copy', '“Yiyuan Copy”不能用作 id：只能用小写字母、数字和连字符，不能有空格、大写字母或汉字(如 yi-wei-san-xian)。'],
    ['cases', 'yiyuan', 'content/cases/yiyuan.mdx 已存在，没有改动。请换一个 id，或直接编辑这个文件。'],
    ['events', 'jianye', 'content/events/jianye.yaml 已存在，没有改动。要在其中加一条，请把编写指南(content/README.md)中的模板复制到文件末尾。'],
    ['events', 'nowhere', 'events 的文件以模式 id 命名，“nowhere”不是已有的模式。现有模式：guangdong、jianye、pudong、shanghai、shihe、xin-moshi。新模式请先运行 npm run new -- models nowhere。'],
    ['case', 'xin-anli-2', '没有“case”这种类型。可用：sources、models、cases、mechanisms、terms、stages、events、figures、structures、lessons、compare、enModels、enStructures、enCompare、enTerms、enSources、enEvents、enStages、enFigures。例如：npm run new -- cases xin-anli'],
    ['enModels', 'nowhere', 'enModels 的文件与它翻译的中文文件同名，content/models/nowhere.mdx 不存在：id 写要翻译的中文条目的文件名。'],
  ])('refuses %s %s in Chinese and writes nothing', (type, id, message) => {
    const before = readContent(contentDir, tmp).records.length;
    expect(() => newEntry(type, id, contentDir, TODAY)).toThrow(new NewEntryError(message));
    expect(readContent(contentDir, tmp).records.length).toBe(before);
    expect(existsSync(join(contentDir, 'cases', `${id}.mdx`))).toBe(id === 'yiyuan');
  });
});
