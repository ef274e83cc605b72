/**
 * Reference managers on the built site: the Highwire `citation_*` meta tags of every source,
 * model, case and mechanism page (parsed from the HTML), the RIS and CSL-JSON files each page
 * links to (read back with citation-js) under / and under /kb/, the whole bibliography on
 * /sources/, and the access date a reader's browser puts in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { DomUtils, parseDocument } from 'htmlparser2';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { listPages, type BuiltPage } from '../quality/site-pages';
import { openPage, siteUrl, stateViolations, useBrowser } from './browser';

const { findAll, getAttributeValue, textContent } = DomUtils;
const baseURL = inject('baseURL');
const browser = useBrowser();
const dist = new URL('../../dist/', import.meta.url).pathname;
const distKb = new URL('../../dist-kb/', import.meta.url).pathname;

const CITABLE = /^(sources|models|cases|mechanisms)\/[^/]+\/$/;
const citable = (dir: string) => listPages(dir).filter((p) => CITABLE.test(p.path));
const isSource = (p: BuiltPage) => p.path.startsWith('sources/');
const html = (p: BuiltPage) => parseDocument(readFileSync(p.file, 'utf8'));
const metas = (p: BuiltPage) => {
  const tags = findAll((e) => e.name === 'meta' && (getAttributeValue(e, 'name') ?? '').startsWith('citation_'), html(p).children);
  return tags.map((e) => [getAttributeValue(e, 'name') as string, getAttributeValue(e, 'content') ?? ''] as const);
};
const meta = (p: BuiltPage, name: string) => metas(p).filter(([n]) => n === name).map(([, c]) => c);
/** The files a page's citation blocks link to, as [format, href]. */
const fileLinks = (p: BuiltPage) =>
  findAll((e) => e.name === 'a' && getAttributeValue(e, 'data-citation-file') !== undefined, html(p).children).map(
    (e) => [getAttributeValue(e, 'data-citation-file') as string, getAttributeValue(e, 'href') as string] as const,
  );
const fileIn = (dir: string, base: string, href: string) => readFileSync(`${dir}${href.slice(base.length)}`, 'utf8');
type Item = Record<string, unknown> & { issued?: { 'date-parts': number[][] } };

describe('Highwire citation_* meta tags', () => {
  const pages = citable(dist);
  it('are on every source, model, case and mechanism page', () => {
    expect(pages.filter(isSource).length).toBe(5);
    expect(pages.length).toBeGreaterThan(70);
    for (const p of pages) {
      expect(meta(p, 'citation_title'), p.path).toHaveLength(1);
      expect(meta(p, 'citation_title')[0], p.path).not.toBe('');
      expect(meta(p, 'citation_author').length, p.path).toBeGreaterThan(0);
      expect(meta(p, 'citation_language'), p.path).toEqual(['zh']);
      for (const d of [...meta(p, 'citation_publication_date'), ...meta(p, 'citation_date')]) expect(d, p.path).toMatch(/^\d{4}(\/\d{2}(\/\d{2})?)?$/);
    }
  });

  it('give each source its date at the precision the source has, and none when it has none', () => {
    const dir = new URL('../../content/sources/', import.meta.url).pathname;
    for (const p of pages.filter(isSource)) {
      const id = p.path.split('/')[1] as string;
      const s = parse(readFileSync(`${dir}${id}.yaml`, 'utf8')) as { date?: { precision: string }; authors: { name: string; role?: string }[]; outlet?: string };
      const date = meta(p, 'citation_publication_date');
      const shape = { day: /^\d{4}\/\d{2}\/\d{2}$/, month: /^\d{4}\/\d{2}$/, year: /^\d{4}$/ }[s.date?.precision as 'day'] as RegExp | undefined;
      if (shape) expect(date[0], id).toMatch(shape);
      else expect(date, id).toEqual([]);
      expect(meta(p, 'citation_author'), id).toEqual(s.authors.filter((a) => !a.role).map((a) => a.name));
      expect(meta(p, 'citation_journal_title'), id).toEqual(s.outlet ? [s.outlet] : []);
    }
  });

  const distSite = new URL('../../dist-site/', import.meta.url).pathname;
  it('carry no citation_public_url without a public origin (it would be a localhost address)', () => {
    for (const p of pages) expect(meta(p, 'citation_public_url'), p.path).toEqual(process.env['SITE_URL'] ? [expect.stringMatching(/^https?:\/\//)] : []);
  });
  it.skipIf(!existsSync(`${distSite}index.html`))('with SITE_URL (dist-site/, npm run build:site-url), citation_public_url is the page’s canonical address', () => {
    for (const p of citable(distSite)) {
      const canonical = findAll((e) => e.name === 'link' && getAttributeValue(e, 'rel') === 'canonical', html(p).children).map((e) => getAttributeValue(e, 'href'));
      expect(meta(p, 'citation_public_url'), p.path).toEqual(canonical);
      expect(canonical[0], p.path).toMatch(/^https:\/\/.+\/$/);
    }
  });

  it('name the site, not a person, as the author of its own pages', () => {
    for (const p of citable(dist).filter((x) => !isSource(x))) expect(meta(p, 'citation_author'), p.path).toEqual(['社区党建模式库']);
  });
});

describe('RIS and CSL-JSON files', () => {
  for (const [label, dir, base] of [
    ['/', dist, '/'],
    ['/kb/', distKb, '/kb/'],
  ] as const) {
    it.skipIf(!existsSync(`${dir}index.html`))(`every citable page links to both, under ${label}, and they read back as the page's work`, () => {
      for (const p of citable(dir)) {
        const links = Object.fromEntries(fileLinks(p));
        expect(Object.keys(links).sort(), p.path).toEqual(['csl', 'ris']);
        expect(links['ris'], p.path).toMatch(new RegExp(`^${base}cite/[a-z0-9-]+\\.ris$`));
        const title = meta(p, 'citation_title')[0];
        const fromRis = new Cite(fileIn(dir, base, links['ris'] as string)).data as Item[];
        const fromCsl = new Cite(JSON.parse(fileIn(dir, base, links['csl'] as string))).data as Item[];
        for (const items of [fromRis, fromCsl]) {
          expect(items.map((i) => i['title']), p.path).toEqual([title]);
          const year = meta(p, 'citation_publication_date')[0]?.slice(0, 4);
          expect(items[0]?.issued?.['date-parts'][0]?.[0], p.path).toBe(year === undefined ? undefined : Number(year));
        }
      }
    });
  }

  it('/sources/ offers the whole bibliography as .ris, .bib and .json, five works each', () => {
    const sources = listPages(dist).find((p) => p.path === 'sources/') as BuiltPage;
    const hrefs = findAll((e) => e.name === 'a' && getAttributeValue(e, 'download') !== undefined, html(sources).children).map((e) => getAttributeValue(e, 'href') as string);
    expect(hrefs.map((h) => h.slice(h.lastIndexOf('.')))).toEqual(['.ris', '.json', '.bib']);
    const [ris, json, bib] = hrefs.map((h) => fileIn(dist, '/', h)) as [string, string, string];
    const titles = citable(dist).filter(isSource).map((p) => meta(p, 'citation_title')[0]).sort();
    expect((new Cite(ris).data as Item[]).map((i) => i['title']).sort()).toEqual(titles);
    expect((new Cite(JSON.parse(json)).data as Item[]).map((i) => i['title']).sort()).toEqual(titles);
    expect(bib.match(/^@\w+\{s00\d-/gm)).toHaveLength(5);
  });
});

describe('citation details', () => {
  it('no page shows a source by its catalogue number, like “(000)”', () => {
    const stray = listPages(dist).flatMap((p) => {
      const text = textContent(html(p).children);
      return [...text.matchAll(/[(（]00\d[)）]/g)].map((m) => `${p.path}: ${m[0]}`);
    });
    expect(stray).toEqual([]);
  });

  it('the access date is the reader’s day when copying and downloading, the build day without JavaScript', async () => {
    const path = '/models/jianye/';
    const { page: plain, context: c1 } = await openPage(browser(), baseURL, { javaScriptEnabled: false });
    await plain.goto(siteUrl(baseURL, path));
    const builtGbt = (await plain.locator('.citation-format[data-format="gbt"] pre').textContent()) ?? '';
    const built = /\)\[(\d{4}-\d{2}-\d{2})\]/.exec(builtGbt)?.[1];
    expect(built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await c1.close();

    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.clock.setFixedTime(new Date(2031, 4, 6, 9, 30));
    await page.goto(siteUrl(baseURL, path));
    const gbt = page.locator('.citation-format[data-format="gbt"]');
    await expect.poll(() => gbt.locator('pre').textContent()).toContain(')[2031-05-06]');
    await gbt.getByRole('button', { name: '复制' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The revision date stays; only the access date is the reader's.
    expect(copied).toContain(`${builtGbt.match(/\((\d{4}-\d{2}-\d{2})\)/)?.[0]}[2031-05-06]`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-citation-file="ris"]').click()]);
    const ris = readFileSync((await download.path()) as string, 'utf8');
    expect(download.suggestedFilename()).toBe('moshiku-models-jianye.ris');
    expect(ris).toMatch(/^M1 {2}- 2031\/5\/6\/$/m);
    expect(ris).toContain(`UR  - ${siteUrl(baseURL, path)}`);

    // Unfolded, the RIS and CSL-JSON texts are what the copy buttons copy, and pass axe.
    for (const summary of await page.locator('.citation-format summary').all()) await summary.click();
    await gbt.locator('xpath=..').locator('[data-format="csl"]').getByRole('button', { name: '复制' }).click();
    const csl = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { accessed: { 'date-parts': number[][] }; URL: string }[];
    expect(csl[0]?.accessed['date-parts']).toEqual([[2031, 5, 6]]);
    expect(csl[0]?.URL).toBe(siteUrl(baseURL, path));
    expect(await stateViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
