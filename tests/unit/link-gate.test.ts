import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, describeBrokenLinks } from '../quality/links';
import { isBuiltFile, listPages } from '../quality/site-pages';

/** A tiny built site under /kb/: a home, two pages, a CSV and a page no link reaches. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-links-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('checkLinks(pages, { base, exists, start })', () => {
  const dist = site({
    'index.html': '<a href="/kb/models/a/#s1">a</a><a href="models/b/">b</a><a href="https://example.org/x">out</a><img src="/kb/logo.svg" alt="">',
    'models/a/index.html': '<h2 id="s1">一</h2><a href="../b/#nope">b</a><a href="/kb/models/b">no slash</a><a href="/models/a/">no base</a><a href="#top">top</a>',
    'models/b/index.html': '<a name="old"></a><a href="/kb/data/x.csv">csv</a><a href="/kb/models/c/">c</a><a href="/kb/models/a/#s1"><img srcset="/kb/missing.png 2x, /kb/logo.svg 1x" alt=""></a>',
    'orphan/index.html': '<a href="/kb/#main">home</a>',
    'logo.svg': '<svg/>',
    'data/x.csv': 'a\n1\n',
  });
  const pages = listPages(dist);
  const { broken, unreached } = checkLinks(pages, { base: '/kb/', exists: isBuiltFile(dist), start: pages.filter((p) => p.path === '') });

  it('reports each broken link, fragment, missing slash, srcset entry and base-less path with its page', () => {
    expect(broken).toEqual([
      { url: '/kb/missing.png', parent: '/kb/models/b/', reason: 'no such file in the build' },
      { url: '/kb/models/b', parent: '/kb/models/a/', reason: 'no trailing slash (the site links folders as x/)' },
      { url: '/kb/models/b/#nope', parent: '/kb/models/a/', reason: 'no id "nope" on that page' },
      { url: '/kb/models/c/', parent: '/kb/models/b/', reason: 'no such file in the build' },
      { url: '/models/a/', parent: '/kb/models/a/', reason: 'outside the base path /kb/' },
      { url: '/kb/#main', parent: '/kb/orphan/', reason: 'no id "main" on that page' },
    ].sort((a, b) => (a.url + a.parent < b.url + b.parent ? -1 : 1)));
  });

  it('finds the pages that no link from the start pages reaches', () => {
    expect(unreached).toEqual(['orphan/']);
  });

  it('names the ids that do exist on the page a fragment misses', () => {
    const lines = describeBrokenLinks(broken, '/kb/', pages);
    expect(lines).toContain('/kb/models/b/#nope (on /kb/models/a/): no id "nope" on that page. Ids on that page: ');
    expect(describeBrokenLinks([{ url: '/kb/models/a/#s2', parent: '/kb/', reason: 'x' }], '/kb/', pages)).toEqual(['/kb/models/a/#s2 (on /kb/): x. Ids on that page: s1']);
  });
});
