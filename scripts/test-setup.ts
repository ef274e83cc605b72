/**
 * First step of `npm test` (and of test:e2e, test:quality): makes sure the system packages the
 * tests need are here (scripts/system-packages.ts lists them). As root on Debian it installs the
 * missing ones with apt-get, saying so; anywhere else it stops at once with one message naming
 * the command to run. CHROMIUM_PATH and NGINX_PATH name other binaries (see planSetup).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { isDebianLike, planSetup, SYSTEM_PACKAGES, type Facts, type Probe } from './system-packages.ts';

function onPath(command: string): boolean {
  return (process.env['PATH'] ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

let fonts: string | undefined;
function found(probe: Probe): boolean {
  if ('files' in probe) return probe.files.some((f) => existsSync(f));
  if ('command' in probe) return onPath(probe.command);
  fonts ??= onPath('fc-list') ? spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' }).stdout : '';
  return fonts.includes(probe.font);
}

function gatherFacts(): Facts {
  const env: Record<string, string | undefined> = {};
  const existing = new Set<string>();
  for (const p of SYSTEM_PACKAGES) {
    if (!p.env) continue;
    const value = process.env[p.env];
    env[p.env] = value;
    if (value && existsSync(value)) existing.add(value);
  }
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  return {
    present: new Set(SYSTEM_PACKAGES.filter((p) => found(p.probe)).map((p) => p.name)),
    env,
    existing,
    root: process.getuid?.() === 0,
    debian: isDebianLike(osRelease) && onPath('apt-get'),
  };
}

function apt(args: string[]): void {
  const r = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.status !== 0) {
    console.error(`test setup: apt-get ${args.join(' ')} failed (exit ${r.status ?? r.signal}).`);
    process.exit(1);
  }
}

const plan = planSetup(gatherFacts());
if (plan.action === 'stop') {
  console.error(`\ntest setup: ${plan.message}\n`);
  process.exit(1);
}
if (plan.action === 'install') {
  console.log(`test setup: installing with apt-get (running as root on Debian): ${plan.packages.join(' ')}`);
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', '--no-install-recommends', ...plan.packages]);
  fonts = undefined;
  const after = planSetup(gatherFacts());
  if (after.action !== 'ready') {
    console.error(`\ntest setup: apt-get ran, yet ${after.action === 'stop' ? after.message : `still missing: ${after.packages.join(' ')}`}\n`);
    process.exit(1);
  }
}
console.log(`test setup: ${SYSTEM_PACKAGES.map((p) => p.name).join(', ')} present${plan.overrides.length ? ` (using ${plan.overrides.join(', ')})` : ''}.`);
