/**
 * Data of the current view and honest comparison: 下载 CSV gives exactly the records the page
 * shows (read back with csv-parse and compared with the page), 复制链接 copies the view's address,
 * without JavaScript the link is the whole /data/ file; 标出差异 never calls a row where no
 * source says anything "the same"; the glossary's filter box.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, siteUrl, stateViolations, useBrowser } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();
const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Clicks a view's 下载 CSV and reads the file back: BOM checked, then header and rows. */
async function downloadCsv(page: Page, scope: string): Promise<{ header: string[]; rows: Record<string, string>[] }> {
  const view = page.locator(`view-data[data-scope="${scope}"]`);
  const [download] = await Promise.all([page.waitForEvent('download'), view.getByRole('link', { name: '下载 CSV' }).click()]);
  const raw = readFileSync((await download.path())!);
  expect([...raw.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parse(raw, { bom: true }) as string[][];
  return { header: header!, rows: rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? '']))) };
}

/** The header of the full /data/ file, which a view's CSV keeps. */
const fileHeader = (name: string) => (parse(readFileSync(`${DIST}data/${name}.csv`), { bom: true, to: 1 }) as string[][])[0];

/** Clicks 复制链接 and reads the clipboard. */
async function copiedLink(page: Page, scope: string): Promise<string> {
  const view = page.locator(`view-data[data-scope="${scope}"]`);
  await view.getByRole('button', { name: '复制链接' }).click();
  await expect.poll(() => view.locator('.copy-status').textContent()).toBe('已复制');
  return page.evaluate(() => navigator.clipboard.readText());
}

async function scriptedPage(path: string) {
  const watched = await openPage(browser(), baseURL);
  await watched.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  await watched.page.goto(siteUrl(baseURL, path));
  return watched;
}

describe('/compare/: the chosen models and dimensions', () => {
  it('says 各来源均未涉及 for a row no source covers, never 各模式相同', async () => {
    const { page, context, errors } = await scriptedPage('/compare/?m=shanghai,shihe&d=lingdao-hexin,xinxihua&diff=1');
    const flag = (dim: string) => page.locator(`tr[data-dim="${dim}"] [data-diff-flag]`);
    await expect.poll(() => flag('xinxihua').textContent()).toBe('各来源均未涉及');
    const statuses = await page.locator('tr[data-dim="xinxihua"] td[data-model]:not([hidden])').evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.status));
    expect(statuses).toEqual(['not-covered', 'not-covered']);
    expect(await flag('lingdao-hexin').textContent()).not.toBe('各来源均未涉及');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads exactly the cells shown, with compare.csv’s columns, and copies the view’s link', async () => {
    const { page, context, errors } = await scriptedPage('/compare/?m=shanghai,jianye,shihe&d=lingdao-hexin,xinxihua,chengxiao');
    await expect.poll(() => page.locator('tr[data-dim="wenti"]').isHidden()).toBe(true);
    const shown = await page.locator('tbody tr[data-dim]:not([hidden]) td[data-model]:not([hidden])').evaluateAll((tds) =>
      tds.map((td) => ({
        model: (td as HTMLElement).dataset.model,
        dimension: td.closest('tr')?.dataset.dim,
        key: td.querySelector('.cell-key')?.textContent?.trim(),
      })),
    );
    expect(shown).toHaveLength(9);
    const { header, rows } = await downloadCsv(page, 'compare-matrix');
    expect(header).toEqual(fileHeader('compare'));
    expect(rows.map((r) => ({ model: r['model'], dimension: r['dimension'], key: r['key'] }))).toEqual(shown);
    const text = await page.locator('tr[data-dim="xinxihua"] td[data-model="jianye"] .cell-text').evaluate((p) => p.firstChild?.textContent ?? '');
    expect(rows.find((r) => r['model'] === 'jianye' && r['dimension'] === 'xinxihua')?.['text']).toBe(text);

    expect(await copiedLink(page, 'compare-matrix')).toBe(page.url());
    expect(new URL(page.url()).searchParams.get('m')).toBe('shanghai,jianye,shihe');
    expect(await stateViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript, 下载 CSV is the whole compare.csv', async () => {
    const { page, context } = await openPage(browser(), baseURL, { javaScriptEnabled: false });
    await page.goto(siteUrl(baseURL, '/compare/?m=shanghai,jianye'));
    const link = page.locator('view-data').getByRole('link', { name: '下载 CSV' });
    expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toBe(`${new URL(baseURL).pathname.replace(/\/$/, '')}/data/compare.csv`);
    expect(await page.locator('view-data .copy').isVisible()).toBe(false);
    expect(await page.locator('view-data .view-what').textContent()).toContain('完整数据文件');
    await context.close();
  });
});

describe('/timeline/: the current filter', () => {
  it('downloads the events the list shows, in its order, and copies the filtered view’s link', async () => {
    const { page, context, errors } = await scriptedPage('/timeline/?models=shihe,jianye');
    await expect.poll(() => page.locator('timeline-explorer[data-ready]').count()).toBe(1);
    const shown = await page.locator('li.tl-item').evaluateAll((lis) => lis.filter((li) => !li.closest('[hidden]')).map((li) => li.id.replace(/^event-/, '')));
    expect(shown.length).toBeGreaterThan(0);
    const all = await page.locator('li.tl-item').count();
    expect(shown.length).toBeLessThan(all);
    const { header, rows } = await downloadCsv(page, 'tl-events');
    expect(header).toEqual(fileHeader('events'));
    expect(rows.map((r) => r['id'])).toEqual(shown);
    expect(new Set(rows.map((r) => r['model']))).toEqual(new Set(['shihe', 'jianye']));
    const link = await copiedLink(page, 'tl-events');
    expect(new URL(link).searchParams.get('models')).toBe('jianye,shihe');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('key-data tables', () => {
  it('download the figures of the table, as shown, and link to the table', async () => {
    const { page, context, errors } = await scriptedPage('/models/shihe/');
    const table = page.locator('#figures-shihe');
    const shown = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ id: tr.id.replace(/^figure-/, ''), counts: tr.querySelectorAll('td')[1]?.textContent?.trim() })),
    );
    expect(shown.length).toBeGreaterThan(0);
    const { header, rows } = await downloadCsv(page, 'figures-shihe');
    expect(header).toEqual(fileHeader('figures'));
    expect(rows.map((r) => ({ id: r['id'], counts: r['counts'] }))).toEqual(shown);
    const link = new URL(await copiedLink(page, 'figures-shihe'));
    expect(link.hash).toBe('#figures-shihe');
    expect(link.pathname).toBe(new URL(page.url()).pathname);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('/glossary/ filter box', () => {
  const shownTerms = (page: Page) =>
    page.locator('.glossary .entry').evaluateAll((es) => es.filter((e) => !e.closest('[hidden]')).map((e) => e.querySelector('.term')?.textContent?.trim()));

  it('finds a term by pinyin without tones or spaces and by English, hiding empty sections and letters', async () => {
    const { page, context, errors } = await scriptedPage('/glossary/');
    const box = page.getByLabel('筛选术语');
    const total = (await shownTerms(page)).length;
    // The filter's code loads on the first use of the box, then applies what was typed.
    expect(await page.evaluate(() => customElements.get('glossary-filter'))).toBeUndefined();
    await box.fill('jiedaodanggongwei');
    await expect.poll(() => shownTerms(page)).toEqual(['街道党工委']);
    expect(await page.locator('.initials li:not([hidden])').allTextContents()).toEqual(['J']);
    expect(await page.locator('.filter-status').textContent()).toBe(`显示 1 / ${total} 条。`);
    await box.fill('jū mín wěi');
    expect(await shownTerms(page)).toContain('居民委员会');
    await box.fill('homeowners');
    expect(await shownTerms(page)).toEqual(['业主委员会']);
    await box.fill('量子');
    expect(await page.locator('.filter-status').textContent()).toBe('没有匹配的术语。');
    expect(await stateViolations(page)).toEqual([]);
    await box.fill('');
    expect(await shownTerms(page)).toHaveLength(total);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is not shown without JavaScript, and every term shows', async () => {
    const { page, context } = await openPage(browser(), baseURL, { javaScriptEnabled: false });
    await page.goto(siteUrl(baseURL, '/glossary/'));
    expect(await page.getByLabel('筛选术语').isVisible()).toBe(false);
    expect(await page.locator('.glossary .entry:visible').count()).toBeGreaterThan(40);
    await context.close();
  });
});
