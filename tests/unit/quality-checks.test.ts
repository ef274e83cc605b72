import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicy, hashSource, parsePolicy } from '../quality/csp';
import { readHtmlFacts } from '../quality/html-facts';
import { findUnresolvedAttributeUrls } from '../quality/links';
import { pagePathOf, pageType, type BuiltPage } from '../quality/site-pages';

describe('pagePathOf(file) and pageType(path)', () => {
  it.each([
    ['index.html', '', 'home'],
    ['models/index.html', 'models/', 'models'],
    ['models/shanghai/index.html', 'models/shanghai/', 'model'],
    ['cases/hongchu/index.html', 'cases/hongchu/', 'case'],
    ['structures/pudong-si-ji-lian-dong/index.html', 'structures/pudong-si-ji-lian-dong/', 'structure'],
    ['glossary/index.html', 'glossary/', 'glossary'],
    ['glossary/x/index.html', 'glossary/x/', 'glossary-entry'],
    ['404.html', '404.html', '404'],
  ])('%s is served at %j, a %s page', (file, path, type) => {
    expect(pagePathOf(file)).toBe(path);
    expect(pageType(path)).toBe(type);
  });
});

describe('parsePolicy(policy)', () => {
  it('maps directives to their sources, the first occurrence winning', () => {
    const p = parsePolicy("default-src 'self';script-src 'self' 'sha256-a'; script-src *; ");
    expect(p.get('default-src')).toEqual(["'self'"]);
    expect(p.get('script-src')).toEqual(["'self'", "'sha256-a'"]);
  });
});

describe('hashSource(text)', () => {
  it('is the CSP sha256 source of the exact text', () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

const page = (csp: string, body = '') =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${csp}"><script>var a=1</script><style>p{color:red}</style></head><body>${body}</body></html>`;
const SOUND = `default-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashSource('var a=1')}; style-src 'self' ${hashSource('p{color:red}')}`;

describe('checkPolicy(facts)', () => {
  it('accepts a policy that hashes every inline script and style and allows Pagefind', () => {
    expect(checkPolicy(readHtmlFacts(page(SOUND)))).toEqual([]);
  });

  it('names every shortfall', () => {
    const weak = "script-src 'self' 'unsafe-inline'; style-src 'self'";
    expect(checkPolicy(readHtmlFacts(page(weak, '<p style="color:red" onclick="x()">x</p>')))).toEqual([
      "script-src lacks 'wasm-unsafe-eval'",
      'worker-src is missing',
      'object-src is missing',
      'base-uri is missing',
      "script-src allows 'unsafe-inline'",
      `inline script #1 (${hashSource('var a=1')}) is not in script-src: the browser will block it`,
      `inline <style> #1 (${hashSource('p{color:red}')}) is not in style-src: the browser will ignore it`,
      'p[style]: inline styles and handlers are blocked by the CSP',
      'p[onclick]: inline styles and handlers are blocked by the CSP',
    ]);
  });

  it('reports a page without a policy', () => {
    expect(checkPolicy(readHtmlFacts('<!doctype html><title>x</title>'))).toEqual([
      'no <meta http-equiv="content-security-policy"> (Astro security.csp)',
    ]);
  });
});

describe('readHtmlFacts(html)', () => {
  it('collects root-relative URLs from any attribute, SVG links and data-* included, but not protocol-relative ones', () => {
    const facts = readHtmlFacts(
      '<a href="/kb/models/">m</a><svg><a href="/kb/cases/x/"><text>x</text></a></svg><div data-index="/kb/pagefind/"></div><img src="//cdn.example/x.png" alt=""><script type="application/json">{"a":1}</script>',
    );
    expect(facts.rootRelativeUrls).toEqual([
      { tag: 'a', name: 'href', value: '/kb/models/' },
      { tag: 'a', name: 'href', value: '/kb/cases/x/' },
      { tag: 'div', name: 'data-index', value: '/kb/pagefind/' },
    ]);
    expect(facts.inlineScripts).toEqual([]);
  });
});

describe('readHtmlFacts(html).scriptSrcs', () => {
  it('lists the script files a page loads, not one waiting in a <template>', () => {
    const facts = readHtmlFacts('<script type="module" src="/a.js"></script><template><script type="module" src="/later.js"></script></template>');
    expect(facts.scriptSrcs).toEqual(['/a.js']);
  });
});

describe('findUnresolvedAttributeUrls(pages, base, exists)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-attr-'));
  const page = (html: string): BuiltPage[] => {
    const file = join(dir, 'index.html');
    writeFileSync(file, html);
    return [{ file, path: '', type: 'home' }];
  };
  const built = new Set(['models/x/index.html', 'pagefind']);
  const exists = (p: string) => built.has(p === '' || p.endsWith('/') ? `${p}index.html` : p.replace(/\/\.$/, ''));

  it('reports a path outside the base and a path to no file, naming the tag and attribute', () => {
    const problems = findUnresolvedAttributeUrls(page('<a href="/models/x/">a</a><a href="/kb/models/y/">b</a><a href="/kb/models/x/#s">c</a>'), '/kb/', exists);
    expect(problems).toEqual([
      '(home) a[href="/models/x/"]: does not start with the base path /kb/ (build it with url() from src/lib/url.ts)',
      '(home) a[href="/kb/models/y/"]: no such file in the build',
    ]);
  });

  it('accepts a data-* folder that exists, and ignores aria-* text that only looks like a path', () => {
    const html = '<kb-search data-bundle="/kb/pagefind/"></kb-search><a href="/kb/models/x/" aria-keyshortcuts="/ Control+K">s</a>';
    expect(findUnresolvedAttributeUrls(page(html), '/kb/', exists)).toEqual([]);
    expect(findUnresolvedAttributeUrls(page('<div data-bundle="/kb/nothing/"></div>'), '/kb/', exists)).toEqual(['(home) div[data-bundle="/kb/nothing/"]: no such file in the build']);
  });
});
