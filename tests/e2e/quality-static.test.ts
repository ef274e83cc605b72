/**
 * Gates that read the built files in Node, over every page in dist/: valid HTML, a strict CSP
 * that covers every inline script and style, no web fonts, every link and fragment resolving.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { checkPolicy } from '../quality/csp';
import { readHtmlFacts } from '../quality/html-facts';
import { checkLinks, describeBrokenLinks, findUnresolvedAttributeUrls } from '../quality/links';
import { isBuiltFile, listPages } from '../quality/site-pages';

const baseURL = inject('baseURL');
const dist = new URL('../../dist/', import.meta.url).pathname;
const base = new URL(baseURL).pathname;
const pages = listPages(dist);

describe('the build', () => {
  it('has the pages every feature relies on', () => {
    const types = new Set(pages.map((p) => p.type));
    for (const t of ['home', 'model', 'case', 'mechanism', 'term', 'source', 'structure', 'search', 'timeline', 'compare', 'glossary', 'data', '404']) {
      expect(types, `a page of type ${t}`).toContain(t);
    }
  });
});

describe('HTML (html-validate, recommended preset)', () => {
  it('every page has 0 errors', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      // A group of checkboxes shares one name, as HTML designed them to (a form sends each checked
      // value under it): the timeline's and the comparison's filters. The preset only lets radio
      // buttons and buttons share names; it passed these groups only while they were `hidden`.
      rules: { 'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }] },
    });
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(page.file);
      for (const r of report.results) {
        for (const m of r.messages) errors.push(`${page.path || '(home)'}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});

describe('CSP (Astro security.csp, hashes)', () => {
  it('every page carries a strict policy that covers its inline scripts and styles', () => {
    const problems = pages.flatMap((page) => checkPolicy(readHtmlFacts(readFileSync(page.file, 'utf8'))).map((p) => `${page.path || '(home)'}: ${p}`));
    expect(problems).toEqual([]);
  });
});

describe('speed', () => {
  // Text pages ship no script file until the reader opens search (issue #9's budget); their few
  // hashed inline scripts (theme, citations) are measured by `npm run bench`.
  const TEXT_PAGES = new Set(['case', 'term', 'source', 'mechanism', 'glossary', 'sources', 'about', 'data']);
  it('no text page loads a script file', () => {
    const loaded = pages
      .filter((p) => TEXT_PAGES.has(p.type))
      .flatMap((p) => readHtmlFacts(readFileSync(p.file, 'utf8')).scriptSrcs.map((src) => `${p.path}: ${src}`));
    expect(pages.filter((p) => TEXT_PAGES.has(p.type)).length).toBeGreaterThan(50);
    expect(loaded).toEqual([]);
  });

  // Styles are inlined (build.inlineStylesheets), so nothing blocks the first paint; the English
  // pages' own styles too (src/styles/english.css: as a linked file it cost Lighthouse 150 ms of LCP).
  it('no page links a stylesheet that blocks rendering, and only English pages carry the English styles', () => {
    const blocking: string[] = [];
    const wrongStyles: string[] = [];
    for (const p of pages) {
      const html = readFileSync(p.file, 'utf8');
      for (const link of html.match(/<link\b[^>]*\brel="stylesheet"[^>]*>/g) ?? []) if (!/\bmedia="print"/.test(link)) blocking.push(`${p.path}: ${link}`);
      const english = /<html[^>]*\blang="en"/.test(html);
      const styled = readHtmlFacts(html).inlineStyles.some((css) => css.includes(':root:lang(en)'));
      if (english !== styled) wrongStyles.push(`${p.path}: ${english ? 'English without' : 'Chinese with'} the English styles`);
    }
    expect(pages.filter((p) => p.path.startsWith('en/')).length).toBeGreaterThan(30);
    expect(blocking).toEqual([]);
    expect(wrongStyles).toEqual([]);
  });
});

describe('offline', () => {
  it('no stylesheet declares @font-face (the site uses the reader’s installed fonts)', () => {
    const css = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css'));
    const sheets = [
      ...css.map((f) => ({ where: `_astro/${f}`, text: readFileSync(join(dist, '_astro', f), 'utf8') })),
      ...pages.flatMap((p) => readHtmlFacts(readFileSync(p.file, 'utf8')).inlineStyles.map((text) => ({ where: p.path, text }))),
    ];
    expect(sheets.length).toBeGreaterThan(0);
    expect(sheets.filter((s) => /@font-face/i.test(s.text)).map((s) => s.where)).toEqual([]);
  });
});

describe('links (read from the built files)', () => {
  it('every internal link and #fragment on every page resolves, and a link reaches every page', () => {
    const { broken, unreached } = checkLinks(pages, { base, exists: isBuiltFile(dist), start: pages.filter((p) => p.path === '') });
    expect(describeBrokenLinks(broken, base, pages)).toEqual([]);
    // The 404 page is reached by the server, not by a link.
    expect(unreached.filter((p) => p !== '404.html')).toEqual([]);
  });

  it('every root-relative URL in any attribute (data-* included) names a file under the base path', () => {
    expect(findUnresolvedAttributeUrls(pages, base, isBuiltFile(dist))).toEqual([]);
  });
});
