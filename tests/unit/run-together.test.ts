/** scripts/run-together.ts: the step of `npm test` that runs the type check and the unit tests at once. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/run-together.ts', import.meta.url));
const together = (...commands: string[]) => spawnSync(process.execPath, [script, ...commands], { encoding: 'utf8', timeout: 4_000 });

it('runs every command and fails when one fails, naming it', () => {
  const run = together('echo first-ran', 'exit 3', 'echo third-ran');
  expect(run.status).toBe(1);
  expect(run.stdout).toContain('first-ran');
  expect(run.stdout).toContain('third-ran');
  expect(run.stderr).toContain('✗ exit 3 failed (exit 3)');
});

it('passes when every command passes, printing each one’s output whole under its name as it ends', () => {
  // The first command prints, then waits for a file the second makes: they must run at once, and
  // the second ends first.
  const flag = join(mkdtempSync(join(tmpdir(), 'run-together-')), 'second-ran');
  const first = `echo a1; while [ ! -e ${flag} ]; do sleep 0.02; done; echo a2`;
  const run = together(first, `echo b1; touch ${flag}`);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain(`> ${first}\n\na1\na2\n`);
  expect(run.stdout.indexOf('b1')).toBeLessThan(run.stdout.indexOf('a1'));
  rmSync(dirname(flag), { recursive: true });
});

it('refuses to run nothing', () => {
  expect(together().status).toBe(2);
});
