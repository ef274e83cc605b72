import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isDebianLike, planSetup, SYSTEM_PACKAGES, type Facts } from '../../scripts/system-packages';

const ALL = SYSTEM_PACKAGES.map((p) => p.name);

function facts(over: Partial<Facts> & { missing?: string[] } = {}): Facts {
  const { missing = [], ...rest } = over;
  return {
    present: new Set(ALL.filter((n) => !missing.includes(n))),
    env: {},
    existing: new Set(),
    root: true,
    debian: true,
    ...rest,
  };
}

describe('planSetup', () => {
  it('does nothing when every package is present', () => {
    expect(planSetup(facts())).toEqual({ action: 'ready', overrides: [] });
  });

  it('lists chromium, the CJK fonts, nginx, a Java runtime, openssl and poppler-utils', () => {
    expect(ALL).toEqual(['chromium', 'fonts-noto-cjk', 'nginx', 'default-jre-headless', 'openssl', 'poppler-utils']);
  });

  it('as root on Debian installs exactly the missing packages', () => {
    expect(planSetup(facts({ missing: ['nginx', 'fonts-noto-cjk'] }))).toEqual({
      action: 'install',
      packages: ['fonts-noto-cjk', 'nginx'],
      overrides: [],
    });
  });

  it('not as root: stops with the sudo apt-get command for the missing packages only', () => {
    const plan = planSetup(facts({ root: false, missing: ['nginx'] }));
    expect(plan.action).toBe('stop');
    if (plan.action !== 'stop') return;
    expect(plan.message).toContain('sudo apt-get install -y --no-install-recommends nginx\n');
    expect(plan.message).toContain('nginx: the deployment gate');
    expect(plan.message).toContain('NGINX_PATH=/path/to/nginx');
    expect(plan.message).not.toContain('chromium');
  });

  it('not on Debian, even as root: stops, says so and still names the command', () => {
    const plan = planSetup(facts({ debian: false, missing: ['chromium', 'default-jre-headless'] }));
    expect(plan.action).toBe('stop');
    if (plan.action !== 'stop') return;
    expect(plan.message).toContain('This is not Debian');
    expect(plan.message).toContain('apt-get install -y --no-install-recommends chromium default-jre-headless');
    expect(plan.message).toContain('CHROMIUM_PATH=/path/to/chromium');
  });

  it('uses CHROMIUM_PATH when it names a file, and installs no chromium', () => {
    const plan = planSetup(
      facts({ missing: ['chromium', 'nginx'], env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, existing: new Set(['/opt/chrome/chrome']) }),
    );
    expect(plan).toEqual({ action: 'install', packages: ['nginx'], overrides: ['CHROMIUM_PATH=/opt/chrome/chrome'] });
  });

  it('stops when CHROMIUM_PATH or NGINX_PATH names no file, rather than installing elsewhere', () => {
    const plan = planSetup(facts({ missing: ['chromium'], env: { CHROMIUM_PATH: '/nonexistent', NGINX_PATH: '/nope/nginx' } }));
    expect(plan.action).toBe('stop');
    if (plan.action !== 'stop') return;
    expect(plan.message).toContain('CHROMIUM_PATH=/nonexistent names no file');
    expect(plan.message).toContain('NGINX_PATH=/nope/nginx names no file');
  });
});

describe('isDebianLike', () => {
  it('reads ID and ID_LIKE from /etc/os-release', () => {
    expect(isDebianLike('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n')).toBe(true);
    expect(isDebianLike('ID=ubuntu\nID_LIKE=debian\n')).toBe(true);
    expect(isDebianLike('ID=pop\nID_LIKE="ubuntu debian"\n')).toBe(true);
    expect(isDebianLike('ID="fedora"\n')).toBe(false);
    expect(isDebianLike('ID=opensuse-tumbleweed\nID_LIKE="opensuse suse"\n')).toBe(false);
    expect(isDebianLike('')).toBe(false);
  });
});

describe('scripts/test-setup.ts', () => {
  it('stops at once, naming the variable, when CHROMIUM_PATH names no file', () => {
    const r = spawnSync(process.execPath, ['scripts/test-setup.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('CHROMIUM_PATH=/nonexistent/chromium names no file');
    expect(r.stdout).not.toContain('installing');
  });
});
