import { runnerImport } from 'vite';
import { rmSync } from 'node:fs';
const r = '/work/wt-check/';
const { module: cases } = await runnerImport(r + 'tests/fixtures/bad-content/cases.ts', { configFile: false, logLevel: 'error', root: r });
const { module: apply } = await runnerImport(r + 'tests/fixtures/bad-content/apply.ts', { configFile: false, logLevel: 'error', root: r });
const { module: check } = await runnerImport(r + 'src/lib/content/check.ts', { configFile: false, logLevel: 'error', root: r });
const { module: issues } = await runnerImport(r + 'src/lib/content/issues.ts', { configFile: false, logLevel: 'error', root: r });
for (const c of cases.BAD_CONTENT) {
  let dir;
  try { dir = apply.applyChanges(c.changes); } catch (e) { console.log('!!', c.kind, e.message); continue; }
  const got = check.checkContent(dir + 'content', dir).map(issues.formatIssue);
  rmSync(dir, { recursive: true });
  const same = JSON.stringify(got) === JSON.stringify(c.expected);
  if (!same) { console.log('## ' + c.kind); for (const g of got) console.log('   GOT ' + g); for (const e of c.expected) console.log('   EXP ' + e); }
}
console.log('cases', cases.BAD_CONTENT.length);
