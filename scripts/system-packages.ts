/**
 * What the tests need from the operating system, and what `npm test` does about it (run by
 * scripts/test-setup.ts before anything else). Pure: the script gathers the facts, this decides.
 * The .ts extensions let Node run it directly.
 */

/** How to tell that a system package's part is on this machine. */
export type Probe =
  /** The file exists at one of these paths. */
  | { files: readonly string[] }
  /** A program of this name is on PATH. */
  | { command: string }
  /** `fc-list` lists a font family with this name. */
  | { font: string };

/** One Debian package the tests need. */
export interface SystemPackage {
  /** The Debian package name, as given to apt-get. */
  name: string;
  /** What needs it, for the messages. */
  usedBy: string;
  probe: Probe;
  /** An environment variable that names the binary to use instead (then nothing is installed for it). */
  env?: string;
}

/**
 * Every system package the tests use: the one list to extend when a test needs another (e.g.
 * libreoffice-impress-nogui with `{ command: 'soffice' }`, poppler-utils with `{ command: 'pdftoppm' }`).
 */
export const SYSTEM_PACKAGES: readonly SystemPackage[] = [
  { name: 'chromium', usedBy: 'the browser tests (playwright-core drives it)', probe: { files: ['/usr/bin/chromium'] }, env: 'CHROMIUM_PATH' },
  { name: 'fonts-noto-cjk', usedBy: 'Chinese text in the browser tests', probe: { font: 'Noto Sans CJK' } },
  {
    name: 'nginx',
    usedBy: 'the deployment gate (tests/e2e/nginx.test.ts)',
    // The places tests/quality/nginx.ts findNginx() looks.
    probe: { files: ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'] },
    env: 'NGINX_PATH',
  },
  { name: 'default-jre-headless', usedBy: 'the W3C Nu Html Checker (vnu-jar runs on Java)', probe: { command: 'java' } },
  { name: 'openssl', usedBy: 'the HTTPS check of the deployment gate (a throwaway certificate)', probe: { command: 'openssl' } },
  // Both install the one `soffice`, so each is probed by its own part of LibreOffice's program folder.
  {
    name: 'libreoffice-writer-nogui',
    usedBy: 'opening the Word handouts as Word users would (tests/e2e/courseware-office.test.ts)',
    probe: { files: ['/usr/lib/libreoffice/program/libswlo.so'] },
  },
  {
    name: 'libreoffice-impress-nogui',
    usedBy: 'opening the PowerPoint decks as PowerPoint users would (tests/e2e/courseware-office.test.ts)',
    probe: { files: ['/usr/lib/libreoffice/program/libsdlo.so'] },
  },
  { name: 'poppler-utils', usedBy: 'reading and rendering PDFs: the converted courseware (pdftotext, pdftoppm) and the print tests (pdftoppm measures how full printed pages are)', probe: { command: 'pdftoppm' } },
];

/** What the setup script found. */
export interface Facts {
  /** The names of the packages whose probe found them. */
  present: ReadonlySet<string>;
  /** The environment (only the packages' `env` variables are read). */
  env: Readonly<Record<string, string | undefined>>;
  /** Paths that exist, among those the environment names. */
  existing: ReadonlySet<string>;
  root: boolean;
  /** Debian (or a derivative) with apt-get. */
  debian: boolean;
}

export type Plan =
  | { action: 'ready'; overrides: string[] }
  | { action: 'install'; packages: string[]; overrides: string[] }
  | { action: 'stop'; message: string };

/** The apt-get command line a person runs for `packages`. */
export function aptCommand(packages: readonly string[], sudo: boolean): string {
  return `${sudo ? 'sudo ' : ''}apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/**
 * Decides what to do: nothing, install the missing packages with apt-get (only as root on Debian),
 * or stop with one message that names the command to run.
 *
 * An environment variable that names a binary replaces that package: it is used as it is and never
 * installed over. If it names a file that does not exist, setup stops and says so, rather than
 * installing the package somewhere else while the tests keep looking at the named path.
 */
export function planSetup(facts: Facts, packages: readonly SystemPackage[] = SYSTEM_PACKAGES): Plan {
  const overrides: string[] = [];
  const badOverrides: string[] = [];
  const missing: SystemPackage[] = [];
  for (const p of packages) {
    const value = p.env ? facts.env[p.env] : undefined;
    if (p.env && value) {
      if (facts.existing.has(value)) overrides.push(`${p.env}=${value}`);
      else badOverrides.push(`${p.env}=${value} names no file. Set it to the ${p.name} binary to use, or unset it to use Debian's ${p.name} (${describe(p.probe)}).`);
    } else if (!facts.present.has(p.name)) {
      missing.push(p);
    }
  }
  if (badOverrides.length > 0) return { action: 'stop', message: badOverrides.join('\n') };
  if (missing.length === 0) return { action: 'ready', overrides };
  const names = missing.map((p) => p.name);
  if (facts.root && facts.debian) return { action: 'install', packages: names, overrides };

  const needs = missing.map((p) => `  ${p.name}: ${p.usedBy}`).join('\n');
  const envHint = missing.filter((p) => p.env).map((p) => `${p.env}=/path/to/${p.name}`);
  const alternative = envHint.length > 0 ? `\nOr point the tests at binaries you have: ${envHint.join(' ')} npm test` : '';
  const how = facts.debian
    ? `Run this, then npm test again:\n  ${aptCommand(names, true)}`
    : `This is not Debian, so npm test cannot install them. On Debian or Ubuntu the command is:\n  ${aptCommand(names, true)}\n` +
      'Elsewhere install the same with your package manager, then run npm test again.';
  return { action: 'stop', message: `npm test needs packages this machine lacks:\n${needs}\n${how}${alternative}` };
}

function describe(probe: Probe): string {
  if ('files' in probe) return probe.files[0] ?? '';
  if ('command' in probe) return `\`${probe.command}\` on PATH`;
  return `font ${probe.font}`;
}

/** Debian or a derivative, from /etc/os-release's ID and ID_LIKE. */
export function isDebianLike(osRelease: string): boolean {
  const field = (key: string) => new RegExp(`^${key}=["']?([^"'\\n]*)`, 'm').exec(osRelease)?.[1] ?? '';
  return [field('ID'), ...field('ID_LIKE').split(/\s+/)].includes('debian');
}
