/**
 * The browser-support lint over the built site: the CSS and JavaScript every page ships use no
 * feature that a browser of the policy (package.json "browserslist") lacks without a fallback.
 * How it reads them, and which fallbacks it accepts: tests/quality/compat-lint.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { supportedBrowsers } from '../../src/lib/browsers/targets';
import { cssCompatProblems, jsCompatProblems, oldestVersions } from '../quality/compat-lint';
import { readHtmlFacts } from '../quality/html-facts';
import { listPages } from '../quality/site-pages';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const browsers = supportedBrowsers(root);

const read = (file: string) => ({ name: relative(dist, file), code: readFileSync(file, 'utf8') });

/**
 * The scripts the site runs: its own bundle (_astro/) and Pagefind's search engine and worker.
 * Pagefind's stock search interfaces (pagefind-ui.js and the like) are written to dist/ too, but
 * no page loads them: the site has its own.
 */
function builtScripts(): { name: string; code: string }[] {
  const astro = join(dist, '_astro');
  return [
    ...readdirSync(astro).filter((f) => f.endsWith('.js')).map((f) => read(join(astro, f))),
    ...['pagefind.js', 'pagefind-worker.js'].map((f) => read(join(dist, 'pagefind', f))),
  ];
}

/** The stylesheets pages link to (the lesson kits' running heads); all other CSS is inline. */
function linkedStylesheets(): { name: string; code: string }[] {
  const hrefs = new Set<string>();
  for (const page of listPages(dist)) {
    for (const [, href = ''] of readFileSync(page.file, 'utf8').matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)) hrefs.add(href);
  }
  const base = new URL(inject('baseURL')).pathname;
  return [...hrefs].map((href) => read(join(dist, href.slice(base.length))));
}

/** The stylesheets the bundle holds (_astro/), which a script may put in a page (the classroom view's). */
function builtStylesheets(): { name: string; code: string }[] {
  const astro = join(dist, '_astro');
  return readdirSync(astro)
    .filter((f) => f.endsWith('.css'))
    .map((f) => read(join(astro, f)));
}

/** Inline code of every page, each distinct text once, named by the first page that has it. */
function inlineCode(pick: (facts: ReturnType<typeof readHtmlFacts>) => string[]): { name: string; code: string }[] {
  const seen = new Map<string, string>();
  for (const page of listPages(dist)) {
    for (const code of pick(readHtmlFacts(readFileSync(page.file, 'utf8')))) {
      if (!seen.has(code)) seen.set(code, `${page.path || '(home)'} inline`);
    }
  }
  return [...seen].map(([code, name]) => ({ name, code }));
}

describe('browser support (package.json "browserslist")', () => {
  it('the policy resolves to the browsers the README names', () => {
    expect([...oldestVersions(browsers)].sort()).toEqual(
      expect.arrayContaining([['chrome', '100'], ['edge', '100'], ['safari', '15.4'], ['safari_ios', '15.4']]),
    );
  });

  it('no built stylesheet uses a feature those browsers lack without a fallback', () => {
    const targets = oldestVersions(browsers);
    const sheets = [...linkedStylesheets(), ...builtStylesheets(), ...inlineCode((f) => f.inlineStyles)];
    expect(sheets.length).toBeGreaterThan(5);
    expect(sheets.flatMap((s) => cssCompatProblems(s.code, targets, s.name))).toEqual([]);
  });

  it('no built script uses a web API those browsers lack, or syntax newer than ES2022', async () => {
    const scripts = [...builtScripts(), ...inlineCode((f) => f.inlineScripts)];
    expect(scripts.length).toBeGreaterThan(5);
    expect(await jsCompatProblems(scripts, browsers)).toEqual([]);
  }, 120_000);
});
