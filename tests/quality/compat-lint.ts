/**
 * The browser-support lint over what the build ships: every CSS feature (property, keyword value,
 * function, unit, selector, at-rule) and every web API in the client JavaScript that a browser of
 * the policy (package.json "browserslist") lacks, unless a fallback covers it.
 *
 * CSS is checked against MDN's browser-compat-data, the data browsers' own docs use, rather than
 * doiuse/caniuse: caniuse has no entry for light-dark() or ::details-content, the two features that
 * broke the diagrams and the printed answers in Chromium 110. JavaScript is checked with
 * eslint-plugin-compat; syntax newer than ES2022 fails to parse.
 */
import { createRequire } from 'node:module';
import { ESLint, type Linter } from 'eslint';
import compat from 'eslint-plugin-compat';
import postcss, { type AtRule, type ChildNode, type Container, type Declaration, type Rule } from 'postcss';

interface Compat {
  support: Record<string, SupportStatement | SupportStatement[] | undefined>;
}
interface SupportStatement {
  version_added: string | boolean | null;
  version_removed?: string | boolean | null;
  flags?: unknown[];
  prefix?: string;
  alternative_name?: string;
}
type BcdNode = { __compat?: Compat } & { [key: string]: BcdNode | Compat | undefined };

const bcd = createRequire(import.meta.url)('@mdn/browser-compat-data') as { css: Record<string, BcdNode> };

/** Browserslist names → browser-compat-data names. */
const BCD_BROWSER: Readonly<Record<string, string>> = {
  chrome: 'chrome',
  and_chr: 'chrome_android',
  edge: 'edge',
  firefox: 'firefox',
  and_ff: 'firefox_android',
  safari: 'safari',
  ios_saf: 'safari_ios',
  opera: 'opera',
  samsung: 'samsunginternet_android',
};

/** The oldest version of each browser in a resolved browserslist, by browser-compat-data name. */
export function oldestVersions(browsers: readonly string[]): Map<string, string> {
  const oldest = new Map<string, string>();
  for (const entry of browsers) {
    const [name = '', range = ''] = entry.split(' ');
    const key = BCD_BROWSER[name];
    const version = range.split('-')[0] ?? '';
    if (!key) continue;
    const known = oldest.get(key);
    if (!known || compareVersions(version, known) < 0) oldest.set(key, version);
  }
  return oldest;
}

function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Whether a browser at a version supports a feature, unprefixed and without a flag. */
function supports(c: Compat, browser: string, version: string): boolean {
  const raw = c.support[browser];
  if (!raw) return true; // browser-compat-data does not say: nothing to hold against the page
  for (const s of Array.isArray(raw) ? raw : [raw]) {
    if (s.flags || s.prefix || s.alternative_name) continue;
    const added = s.version_added;
    if (added === true) return true;
    if (typeof added !== 'string' || added === 'preview') continue;
    if (compareVersions(added.replace('≤', ''), version) > 0) continue;
    const removed = s.version_removed;
    if (typeof removed === 'string' && compareVersions(removed, version) <= 0) continue;
    return true;
  }
  return false;
}

/** The browsers (e.g. "chrome 100") that lack a feature. */
function lacking(c: Compat | undefined, targets: ReadonlyMap<string, string>): string[] {
  if (!c) return [];
  return [...targets].filter(([b, v]) => !supports(c, b, v)).map(([b, v]) => `${b} ${v}`).sort();
}

/** Every function name under css.types, at any depth (light-dark sits in css.types.color). */
const CSS_FUNCTIONS = (() => {
  const found = new Map<string, { path: string; compat: Compat }>();
  const walk = (node: BcdNode, path: string) => {
    for (const [key, child] of Object.entries(node)) {
      // Shapes are values of clip-path and shape-outside only; clip: rect() is another rect().
      if (key === '__compat' || key === 'basic-shape' || !child) continue;
      const c = (child as BcdNode).__compat;
      if (c && !found.has(key)) found.set(key, { path: `${path}.${key}`, compat: c });
      walk(child as BcdNode, `${path}.${key}`);
    }
  };
  walk(bcd.css['types'] as BcdNode, 'css.types');
  return found;
})();

/** Units browser-compat-data files under another name. */
const UNIT_FEATURES: Readonly<Record<string, string>> = {
  dvh: 'viewport_percentage_units_dynamic', dvw: 'viewport_percentage_units_dynamic', dvi: 'viewport_percentage_units_dynamic', dvb: 'viewport_percentage_units_dynamic',
  svh: 'viewport_percentage_units_small', svw: 'viewport_percentage_units_small', svi: 'viewport_percentage_units_small', svb: 'viewport_percentage_units_small',
  lvh: 'viewport_percentage_units_large', lvw: 'viewport_percentage_units_large', lvi: 'viewport_percentage_units_large', lvb: 'viewport_percentage_units_large',
  cqw: 'container_query_length_units', cqh: 'container_query_length_units', cqi: 'container_query_length_units', cqb: 'container_query_length_units',
};

/**
 * Features a browser of the policy may lack because the page works without them, each with the
 * fallback that covers it. Matched against the feature's browser-compat-data path.
 */
export const CSS_ENHANCEMENTS: readonly { feature: RegExp; fallback: string }[] = [
  {
    feature: /^css\.at-rules\.page(\.|$)/,
    fallback: 'A4 margins and the running head and foot of a printed lesson kit; without them the browser prints with its own margins, and the kit carries its title and address at its top',
  },
  {
    feature: /^css\.properties\.(orphans|widows|break-(after|before|inside)\.avoid)$/,
    fallback: 'print pagination hints: without them a page may break after a heading or leave a single line',
  },
  {
    feature: /^css\.properties\.cursor\./,
    fallback: 'the pointer’s shape over a control: touch screens (iOS) have no pointer',
  },
  {
    feature: /^css\.selectors\.details-content$/,
    fallback: 'prints the closed self-check answers; without it src/client/print-answers.ts opens them for print',
  },
];

/** A feature found in a stylesheet: where, what (browser-compat-data path), and who lacks it. */
interface Finding {
  node: ChildNode;
  feature: string;
  lacking: string[];
}

function find(path: string, c: Compat | undefined, node: ChildNode, targets: ReadonlyMap<string, string>, out: Finding[]): void {
  const who = lacking(c, targets);
  if (who.length > 0) out.push({ node, feature: path, lacking: who });
}

function selectorFindings(rule: Rule, targets: ReadonlyMap<string, string>, out: Finding[]): void {
  for (const [, name = ''] of rule.selector.matchAll(/::?([a-z][a-z-]*)/g)) {
    const entry = bcd.css['selectors']?.[name] as BcdNode | undefined;
    find(`css.selectors.${name}`, entry?.__compat, rule, targets, out);
  }
}

function declarationFindings(decl: Declaration, targets: ReadonlyMap<string, string>, out: Finding[]): void {
  if (decl.prop.startsWith('--') || decl.prop.startsWith('-')) return;
  const property = bcd.css['properties']?.[decl.prop] as BcdNode | undefined;
  find(`css.properties.${decl.prop}`, property?.__compat, decl, targets, out);
  // Keyword values with an entry of their own (display: flow-root, overflow: clip, …).
  for (const [word = ''] of decl.value.matchAll(/[a-z][a-z-]*/g)) {
    const value = property?.[word] as BcdNode | undefined;
    if (value?.__compat) find(`css.properties.${decl.prop}.${word}`, value.__compat, decl, targets, out);
  }
  for (const [, fn = ''] of decl.value.matchAll(/([a-z][a-z-]*)\(/g)) {
    const f = CSS_FUNCTIONS.get(fn);
    if (f) find(f.path, f.compat, decl, targets, out);
  }
  for (const [, unit = ''] of decl.value.matchAll(/\d(d?s?l?v[hwib]|cq[whib])\b/g)) {
    const key = UNIT_FEATURES[unit] ?? unit;
    const entry = (bcd.css['types']?.['length'] as BcdNode | undefined)?.[key] as BcdNode | undefined;
    find(`css.types.length.${key}`, entry?.__compat, decl, targets, out);
  }
}

function atRuleFindings(at: AtRule, targets: ReadonlyMap<string, string>, out: Finding[]): void {
  const parent = at.parent?.type === 'atrule' ? (at.parent as AtRule) : undefined;
  // Margin boxes (@top-left) are filed under @page.
  const atRules = bcd.css['at-rules'];
  const home = parent?.name === 'page' ? (atRules?.['page'] as BcdNode | undefined) : atRules;
  const entry = home?.[at.name] as BcdNode | undefined;
  find(parent?.name === 'page' ? `css.at-rules.page.${at.name}` : `css.at-rules.${at.name}`, entry?.__compat, at, targets, out);
}

/** A declaration has a fallback when the same rule declares the property (or its -webkit- form) earlier. */
function hasEarlierFallback(decl: Declaration): boolean {
  let prev = decl.prev();
  while (prev) {
    if (prev.type === 'decl' && (prev.prop === decl.prop || prev.prop === `-webkit-${decl.prop}`)) return true;
    prev = prev.prev();
  }
  return false;
}

function insideSupports(node: ChildNode): boolean {
  for (let p: Container | undefined = node.parent as Container | undefined; p; p = p.parent as Container | undefined) {
    if (p.type === 'atrule' && (p as AtRule).name === 'supports') return true;
  }
  return false;
}

/**
 * The features in a stylesheet that a browser of the policy lacks with no fallback: not after an
 * earlier declaration of the same property, not inside @supports, not a listed enhancement.
 * Each problem reads `<where>:<line> <feature>: not in <browsers>`.
 */
export function cssCompatProblems(css: string, targets: ReadonlyMap<string, string>, where: string): string[] {
  const root = postcss.parse(css);
  const findings: Finding[] = [];
  root.walk((node) => {
    if (node.type === 'rule') selectorFindings(node, targets, findings);
    else if (node.type === 'decl') declarationFindings(node, targets, findings);
    else if (node.type === 'atrule') atRuleFindings(node, targets, findings);
  });
  // A browser drops a rule whose selector it cannot parse, declarations and all: the selector is
  // the finding, not each declaration.
  const droppedRules = new Set(findings.filter((f) => f.node.type === 'rule').map((f) => f.node));
  return findings
    .filter((f) => !(f.node.type === 'decl' && f.node.parent && droppedRules.has(f.node.parent as ChildNode)))
    .filter((f) => !insideSupports(f.node))
    .filter((f) => !(f.node.type === 'decl' && hasEarlierFallback(f.node)))
    .filter((f) => !CSS_ENHANCEMENTS.some((e) => e.feature.test(f.feature)))
    .map((f) => `${where}:${f.node.source?.start?.line ?? '?'} ${f.feature}: not in ${f.lacking.join(', ')}`);
}

/**
 * Web APIs a browser of the policy lacks, used only behind a feature test that the linter cannot
 * see in minified code, each with that test. Matched against eslint-plugin-compat's message.
 */
export const JS_ENHANCEMENTS: readonly { api: RegExp; fallback: string }[] = [
  {
    api: /^document\.(fullscreenElement|exitFullscreen)\(\) is not supported/,
    fallback: 'classroom mode asks for full screen only where requestFullscreen exists (Safari < 16.4 has only the webkit-prefixed API) and exits only when document.fullscreenElement is set; without it the classroom fills the window',
  },
];

/** ESLint set up with eslint-plugin-compat for the policy, ES2022 syntax at most. */
function compatLinter(browsers: readonly string[]): ESLint {
  const config: Linter.Config = {
    files: ['**/*.js'],
    plugins: { compat },
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    settings: { browsers: [...browsers] },
    rules: { 'compat/compat': 'error' },
  };
  return new ESLint({ overrideConfigFile: true, overrideConfig: [config] });
}

/**
 * The web APIs and syntax in built scripts that a browser of the policy lacks, minus the listed
 * enhancements. `browsers` is the resolved browserslist. Each problem reads `<name>:<line> <message>`.
 */
export async function jsCompatProblems(scripts: readonly { name: string; code: string }[], browsers: readonly string[]): Promise<string[]> {
  const eslint = compatLinter(browsers);
  const problems: string[] = [];
  for (const { name, code } of scripts) {
    const [result] = await eslint.lintText(code, { filePath: `${name.replace(/[^\w.-]+/g, '_')}.js` });
    for (const m of result?.messages ?? []) {
      if (JS_ENHANCEMENTS.some((e) => e.api.test(m.message))) continue;
      problems.push(`${name}:${m.line} ${m.message}`);
    }
  }
  return problems;
}
