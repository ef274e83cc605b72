/**
 * `npm run translation:stamp [-- <file> …]`: after checking that an English entry matches its
 * Chinese entry, record the Chinese entry's current hash in the English entry's `sourceHash`
 * (src/lib/i18n/translation-stamp.ts), so the build accepts it until the Chinese entry changes
 * again. With no arguments, stamps every English entry whose hash differs; with files
 * (content/en/…), only those. Prints each entry it stamps.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = new URL('../', import.meta.url).pathname;
// Vite's module runner loads the TypeScript sources as the build does (extensionless imports, astro/zod).
const load = async <T>(path: string) => (await runnerImport<T>(`${root}${path}`, { configFile: false, logLevel: 'error', root })).module;
const { readContent } = await load<typeof import('../src/lib/content/read-content.ts')>('src/lib/content/read-content.ts');
const { planStamps, applyStamps } = await load<typeof import('../src/lib/i18n/translation-stamp.ts')>('src/lib/i18n/translation-stamp.ts');

const args = process.argv.slice(2).map((a) => relative(root, resolve(process.cwd(), a)));
const { records } = readContent(`${root}content`, root);
const english = new Set(records.filter((r) => r.file.startsWith('content/en/')).map((r) => r.file));
const unknown = args.filter((a) => !english.has(a));
if (unknown.length > 0) {
  console.error(`不是英文版的内容文件：${unknown.join('、')}。写 content/en/ 下的文件路径，如 content/en/models/jianye.mdx；不写路径则登记全部。`);
  process.exit(1);
}
const stamps = planStamps(records, args.length > 0 ? new Set(args) : undefined);
const files = [...new Set(stamps.map((s) => s.file))];
for (const file of files) {
  const own = stamps.filter((s) => s.file === file);
  writeFileSync(`${root}${file}`, applyStamps(readFileSync(`${root}${file}`, 'utf8'), own));
  for (const s of own) console.log(`已登记 ${file}${s.id === file.replace(/^.*\/|\.\w+$/g, '') ? '' : ` ${s.id}`}：sourceHash ${s.from ?? '(无)'} → ${s.to}`);
}
console.log(stamps.length === 0 ? '没有需要登记的英文译本：每条的 sourceHash 都与中文条目一致。' : `共登记 ${stamps.length} 条。运行 npm run check:content 确认。`);
