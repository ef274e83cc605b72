/**
 * The browsers the site supports, read once from package.json's "browserslist" (the written
 * policy; README "Browser support"), in the two forms the build needs: Lightning CSS targets for
 * lowering the CSS, and esbuild-style targets for Vite's `build.target` (JavaScript syntax and the
 * CSS minifier, which reads `build.cssTarget`, itself `build.target` by default).
 */
import browserslist from 'browserslist';
import { browserslistToTargets, type Targets } from 'lightningcss';

/** Browserslist names → esbuild engine names; engines esbuild has no name for are left out. */
const ESBUILD_ENGINE: Readonly<Record<string, string>> = {
  chrome: 'chrome',
  and_chr: 'chrome',
  edge: 'edge',
  firefox: 'firefox',
  and_ff: 'firefox',
  safari: 'safari',
  ios_saf: 'ios',
  opera: 'opera',
};

/** The resolved browser list (`["chrome 100", "safari 15.4", …]`) from the package.json beside `root`. */
export function supportedBrowsers(root: string): string[] {
  const queries = browserslist.loadConfig({ path: root });
  // Without a policy browserslist would fall back to its own defaults, silently.
  if (!queries) throw new Error(`no "browserslist" in the package.json at ${root}`);
  return browserslist(queries);
}

/**
 * The oldest version of each engine, as esbuild targets, sorted.
 * @example esbuildTargets(['chrome 101', 'chrome 100', 'ios_saf 15.4-15.5']) // ['chrome100', 'ios15.4']
 */
export function esbuildTargets(browsers: readonly string[]): string[] {
  const oldest = new Map<string, number[]>();
  for (const entry of browsers) {
    const [name = '', range = ''] = entry.split(' ');
    const engine = ESBUILD_ENGINE[name];
    if (!engine) continue;
    // A range such as "15.2-15.3" starts at its first version.
    const version = (range.split('-')[0] ?? '').split('.').map(Number);
    const known = oldest.get(engine);
    if (!known || compareVersions(version, known) < 0) oldest.set(engine, version);
  }
  return [...oldest].map(([engine, v]) => `${engine}${v.join('.')}`).sort();
}

function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Lightning CSS targets for the same browsers. */
export function lightningTargets(browsers: readonly string[]): Targets {
  return browserslistToTargets([...browsers]);
}
