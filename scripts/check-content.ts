/**
 * `npm run check:content`: the content check the build runs first (src/lib/content/check.ts), in a
 * second or two and without a build. Prints every mistake (file:line → field: what, how to fix)
 * and exits 1 if there is any.
 */
import { runnerImport } from 'vite';

const root = new URL('../', import.meta.url).pathname;
const started = performance.now();
// Vite's module runner loads the TypeScript sources as the build does (extensionless imports, astro/zod).
const { module } = await runnerImport<typeof import('../src/lib/content/check.ts')>(`${root}src/lib/content/check.ts`, {
  configFile: false,
  logLevel: 'error',
  root,
});
const issues = module.checkContent(`${root}content`, root);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (issues.length > 0) {
  console.error(module.formatIssues(issues));
  process.exitCode = 1;
} else {
  console.log(`内容检查通过：没有发现问题(${seconds} 秒)。`);
}
