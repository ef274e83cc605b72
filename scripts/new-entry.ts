/**
 * `npm run new -- <type> <id>`: writes a new content file from its template in scripts/templates/
 * (the same templates the writers' guide, content/README.md, shows). Every place the editor must
 * write holds the marker 【待填写】; the rest is valid as it stands. Refuses, in Chinese, an unknown
 * type, an id that is not a valid id, and a file that already exists.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, TRANSLATIONS, type CollectionName } from '../src/lib/content/collections.ts';
import { TO_FILL } from '../src/lib/content/marker.ts';
import { entryId } from '../src/schemas/common.ts';
/** Where the templates live: outside content/, so no loader reads them as entries. */
export const TEMPLATES_DIR = new URL('./templates/', import.meta.url).pathname;

/** Collections whose file is named after a model: a list per model, or the model's comparison row. */
const PER_MODEL: readonly CollectionName[] = ['stages', 'events', 'figures', 'compare'];
const extOf = (type: CollectionName) => COLLECTIONS[type].pattern.replace('*', '');

/** A template's file name, e.g. `models.mdx`. */
export const templateFile = (type: CollectionName) => `${type}${extOf(type)}`;

/** The template's text with the id and today's date filled in. */
export function fillTemplate(type: CollectionName, id: string, today: string): string {
  return readFileSync(join(TEMPLATES_DIR, templateFile(type)), 'utf8').replaceAll('{{id}}', id).replaceAll('{{today}}', today);
}

/** An editor's mistake: printed as it is, without a stack. */
export class NewEntryError extends Error {}

/**
 * Writes the new entry (and, for a model, its empty comparison row, without which the check fails)
 * under `contentDir`; returns the paths written, relative to `contentDir`.
 */
export function newEntry(type: string, id: string, contentDir: string, today: string): string[] {
  if (!(COLLECTION_NAMES as string[]).includes(type)) {
    throw new NewEntryError(`没有“${type}”这种类型。可用：${COLLECTION_NAMES.join('、')}。例如：npm run new -- cases xin-anli`);
  }
  const collection = type as CollectionName;
  if (!entryId.safeParse(id).success) {
    throw new NewEntryError(`“${id}”不能用作 id：只能用小写字母、数字和连字符，不能有空格、大写字母或汉字(如 yi-wei-san-xian)。`);
  }
  const models = readdirSync(join(contentDir, 'models')).map((f) => f.replace(/\.mdx$/, ''));
  if (PER_MODEL.includes(collection) && !models.includes(id)) {
    throw new NewEntryError(
      `${collection} 的文件以模式 id 命名，“${id}”不是已有的模式。现有模式：${models.join('、')}。新模式请先运行 npm run new -- models ${id}。`,
    );
  }
  const file = (c: CollectionName) => join(COLLECTIONS[c].dir, `${id}${extOf(c)}`);
  // An English file has the name of the Chinese file it translates.
  const zh = (TRANSLATIONS as Partial<Record<CollectionName, CollectionName>>)[collection];
  if (zh && !existsSync(join(contentDir, file(zh)))) {
    throw new NewEntryError(`${collection} 的文件与它翻译的中文文件同名，content/${file(zh)} 不存在：id 写要翻译的中文条目的文件名。`);
  }
  const target = file(collection);
  if (existsSync(join(contentDir, target))) {
    const add = COLLECTIONS[collection].layout === 'list-per-file' ? `要在其中加一条，请把编写指南(content/README.md)中的模板复制到文件末尾。` : '请换一个 id，或直接编辑这个文件。';
    throw new NewEntryError(`content/${target} 已存在，没有改动。${add}`);
  }
  const written = [target];
  if (collection === 'models' && !existsSync(join(contentDir, file('compare')))) written.push(file('compare'));
  for (const f of written) {
    const c = f === target ? collection : 'compare';
    mkdirSync(join(contentDir, COLLECTIONS[c].dir), { recursive: true });
    writeFileSync(join(contentDir, f), fillTemplate(c, id, today));
  }
  return written;
}

if (import.meta.main) {
  const [type = '', id = ''] = process.argv.slice(2);
  const contentDir = new URL('../content/', import.meta.url).pathname;
  try {
    if (!type || !id) throw new NewEntryError(`用法：npm run new -- <类型> <id>，例如 npm run new -- cases xin-anli。类型：${COLLECTION_NAMES.join('、')}`);
    const written = newEntry(type, id, contentDir, new Date().toISOString().slice(0, 10));
    for (const f of written) {
      const n = readFileSync(join(contentDir, f), 'utf8').split(TO_FILL).length - 1;
      console.log(`已创建 content/${f}：有 ${n} 处“${TO_FILL}”要换成内容。`);
    }
    console.log('写完后运行 npm run check:content 检查；npm run dev 可以预览。');
  } catch (error) {
    if (!(error instanceof NewEntryError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
