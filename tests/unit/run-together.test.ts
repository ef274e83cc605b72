/** scripts/run-together.ts: the step of `npm test` that runs the type check and the unit tests at once. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/run-together.ts', import.meta.url));
const together = (...commands: string[]) => spawnSync(process.execPath, [script, ...commands], { encoding: 'utf8' });

it('runs every command and fails when one fails, naming it', () => {
  const run = together('echo first-ran', 'exit 3', 'echo third-ran');
  expect(run.status).toBe(1);
  expect(run.stdout).toContain('first-ran');
  expect(run.stdout).toContain('third-ran');
  expect(run.stderr).toContain('✗ exit 3 failed (exit 3)');
});

it('passes when every command passes, printing each one’s output whole under its name', () => {
  const run = together('printf "a1\\n"; sleep 0.2; printf "a2\\n"', 'printf "b1\\n"');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/> printf "a1\\n"; sleep 0.2; printf "a2\\n"\n\na1\na2\n/);
  expect(run.stdout.indexOf('b1')).toBeLessThan(run.stdout.indexOf('a1'));
});

it('refuses to run nothing', () => {
  expect(together().status).toBe(2);
});
