/**
 * Search in two languages (issue #17): Pagefind keeps one index per page language, and pagefind.js
 * loads the index of the page it runs on. On an English page the English golden queries find their
 * English page first through the site's own search code; on a Chinese page a Chinese query finds
 * Chinese pages first and no English page at all; /en/search/ searches English pages in English.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { runSearch, type Pagefind } from '../../src/lib/search/run';
import { openPage, siteUrl, SMALL_PHONE, stateViolations, useBrowser } from './browser';
import { judge, openPagefind } from './golden-judge';
import { GOLDEN_QUERIES_EN } from './golden-queries';

const baseURL = inject('baseURL');
const base = new URL(baseURL).pathname;
const DIST = new URL('../../dist/', import.meta.url).pathname;
const browser = useBrowser();

describe('the built index', () => {
  it('has an English and a Chinese index, split by the pages’ <html lang>', () => {
    const entry = JSON.parse(readFileSync(`${DIST}pagefind/pagefind-entry.json`, 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    expect(entry.languages['en']!.page_count).toBeGreaterThan(5);
  });
});

describe('English golden queries on the English index', () => {
  let pf: Pagefind;
  beforeAll(async () => {
    pf = await openPagefind(browser(), baseURL, 'en/search/');
  });

  it('include the two queries of the issue', () => {
    const queries = GOLDEN_QUERIES_EN.map((g) => g.query.toLowerCase());
    expect(queries).toContain('big party working committee');
    expect(queries).toContain("jianye one committee one residents' committee one station");
  });

  it.each(GOLDEN_QUERIES_EN.map((g) => [g.query, g] as const))('%s', async (_, g) => {
    const verdict = await judge(pf, g, base);
    expect(verdict.pass, `expected ${g.expect.join(' or ') || 'nothing'} within ${g.within}, got ${verdict.top.join(' | ') || 'nothing'}`).toBe(true);
  });

  it('finds only English pages', async () => {
    const outcome = await runSearch(pf, { q: 'community Party committee', filters: {} });
    const urls = await Promise.all(outcome.results.map(async (r) => (await r.data()).url));
    expect(urls.length).toBeGreaterThan(3);
    for (const u of urls) expect(u.startsWith(`${base}en/`), u).toBe(true);
  });
});

describe('a Chinese query on a Chinese page', () => {
  let pf: Pagefind;
  beforeAll(async () => {
    pf = await openPagefind(browser(), baseURL);
  });

  it.each(['大党工委', '一委一居一站', '社区党委', '四级联动'])('%s ranks Chinese pages first and finds no English page', async (q) => {
    const outcome = await runSearch(pf, { q, filters: {} });
    const urls = await Promise.all(outcome.results.map(async (r) => (await r.data()).url));
    expect(urls.length, q).toBeGreaterThan(0);
    expect(urls[0]!.startsWith(`${base}en/`), urls[0]).toBe(false);
    expect(urls.filter((u) => u.startsWith(`${base}en/`))).toEqual([]);
  });
});

describe('/en/search/', () => {
  it('searches English pages and says so in English', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, 'en/search/?q=big+party+working+committee'));
    const first = page.locator('.search-results .result-title').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 10_000, interval: 100 }).toBe(`${base}en/models/shihe/`);
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/^\d+ results? found\.$/);
    const hrefs = await page.locator('.search-results .result-title').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const h of hrefs) expect(h.startsWith(`${base}en/`), h).toBe(true);
    expect(await stateViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps its Search button’s word whole on the smallest phone (the box gives way)', async () => {
    const context = await browser().newContext({ viewport: SMALL_PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    for (const path of ['en/search/', 'search/']) {
      await page.goto(siteUrl(baseURL, path));
      const lines = await page.locator('main .search-row button').evaluate((button) => {
        const range = document.createRange();
        range.selectNodeContents(button);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines, `${path}: lines of the button's label at ${SMALL_PHONE.width} px`).toBe(1);
    }
    await context.close();
  });
});
