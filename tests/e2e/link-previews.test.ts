/**
 * Link previews on the built site: the Open Graph tags of every page, parsed from its HTML. The
 * absolute og:url and og:image exist only in a build that knows its public origin: dist-site/,
 * built with `npm run build:site-url` (SITE_URL=https://dangjian.example.org), is checked when present,
 * including that each picture is a PNG of the size the page names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { listPages, type BuiltPage } from '../quality/site-pages';

const dist = new URL('../../dist/', import.meta.url).pathname;
const distSite = new URL('../../dist-site/', import.meta.url).pathname;
const SITE_NAME = '社区党建模式库';
const SITE_NAME_EN = 'Community Party Building Models';

/** Every og:* property of a page, each with all its values. */
function openGraph(p: BuiltPage): Map<string, string[]> {
  const doc = parseDocument(readFileSync(p.file, 'utf8'));
  const og = new Map<string, string[]>();
  for (const m of DomUtils.findAll((e) => e.name === 'meta' && (e.attribs['property'] ?? '').startsWith('og:'), doc.children)) {
    const key = m.attribs['property'] as string;
    og.set(key, [...(og.get(key) ?? []), m.attribs['content'] ?? '']);
  }
  const title = DomUtils.textContent(DomUtils.findOne((e) => e.name === 'title', doc.children) ?? []);
  og.set('(title)', [title]);
  const canonical = DomUtils.findOne((e) => e.name === 'link' && e.attribs['rel'] === 'canonical', doc.children);
  if (canonical) og.set('(canonical)', [canonical.attribs['href'] ?? '']);
  return og;
}
const one = (og: Map<string, string[]>, key: string) => {
  const values = og.get(key) ?? [];
  expect(values, key).toHaveLength(1);
  return values[0] as string;
};
const pngSize = (file: string) => {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
};

describe('Open Graph tags', () => {
  it('every page has og:title, og:description, og:type, og:locale (zh_CN, en_GB under /en/) and og:site_name, once each', () => {
    const pages = listPages(dist);
    expect(pages.length).toBeGreaterThan(100);
    for (const p of pages) {
      const og = openGraph(p);
      const title = one(og, 'og:title');
      expect(title, p.path).not.toBe('');
      const english = p.path.startsWith('en/');
      const siteName = english ? SITE_NAME_EN : SITE_NAME;
      // The <title> is the page title, then the site's name (the home page is the site's name); a long
      // English title gives way to the page's short title, within 70 characters (src/lib/page-title.ts).
      const tab = one(og, '(title)');
      if (english) expect([...tab].length, `${p.path}: ${tab}`).toBeLessThanOrEqual(70);
      else expect([title, `${title} · ${siteName}`], p.path).toContain(tab);
      expect(one(og, 'og:description'), p.path).not.toBe('');
      expect(['website', 'article'], p.path).toContain(one(og, 'og:type'));
      expect(one(og, 'og:locale'), p.path).toBe(english ? 'en_GB' : 'zh_CN');
      expect(one(og, 'og:site_name'), p.path).toBe(siteName);
      if (!process.env['SITE_URL']) {
        // No public origin, no absolute address to give: no og:url or og:image (nor a localhost one).
        expect(og.has('og:url') || og.has('og:image'), p.path).toBe(false);
      }
    }
  });

  it('a source’s page is an article, the site’s own pages (its entries too) are a website', () => {
    const type = (path: string) => one(openGraph(listPages(dist).find((p) => p.path === path) as BuiltPage), 'og:type');
    expect(['sources/s002-guangming/', 'sources/s000-shao/'].map(type)).toEqual(['article', 'article']);
    expect(['', 'models/', 'models/jianye/', 'structures/jianye-yi-wei-yi-ju-yi-zhan/'].map(type)).toEqual(['website', 'website', 'website', 'website']);
  });

  it.skipIf(!existsSync(`${distSite}index.html`))('with SITE_URL (dist-site/): og:url is the canonical address and og:image a built PNG, a structure page’s its diagram', () => {
    for (const p of listPages(distSite)) {
      const og = openGraph(p);
      const pageUrl = one(og, 'og:url');
      expect(pageUrl, p.path).toBe(one(og, '(canonical)'));
      expect(pageUrl, p.path).toMatch(/^https:\/\//);
      const image = new URL(one(og, 'og:image'));
      expect(image.origin, p.path).toBe(new URL(pageUrl).origin);
      const file = `${distSite}${image.pathname.slice(1)}`;
      expect(existsSync(file), `${p.path} → ${image.pathname}`).toBe(true);
      const [width, height] = pngSize(file);
      const zhPath = p.path.replace(/^en\//, '');
      if (zhPath.startsWith('structures/') && zhPath !== 'structures/') {
        expect([`/og/${zhPath.replace(/\/$/, '')}.png`, `/og/${p.path.replace(/\/$/, '')}.png`], p.path).toContain(image.pathname);
        expect(og.has('og:image:width'), p.path).toBe(false);
        expect(width, p.path).toBeGreaterThan(300);
      } else {
        expect([width, height], p.path).toEqual([Number(one(og, 'og:image:width')), Number(one(og, 'og:image:height'))]);
      }
      expect(one(og, 'og:image:alt'), p.path).toContain(one(og, 'og:title'));
    }
  });
});
