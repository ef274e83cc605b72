/**
 * Researchers and trainers: the comparison matrix and its URL, the glossary tooltips, citations
 * with copy buttons, the mechanism matrix and the open data files.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/lib/csv';
import { buildDatasets, recordForSchema } from '../../src/lib/open-data/datasets';
import { COMPARE_DIMENSIONS } from '../../src/schemas/compare';
import { openPage, siteUrl, stateViolations, useBrowser } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

const visibleTexts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.textContent?.trim() ?? ''));

describe('/compare/', () => {
  it('shows the full matrix without JavaScript, with a source marker in every cell', async () => {
    const { page, context } = await openPage(browser(), baseURL, { javaScriptEnabled: false });
    await page.goto(siteUrl(baseURL, '/compare/?m=shanghai,jianye'));
    expect(await page.locator('.compare-controls').isVisible()).toBe(false);
    expect(await visibleTexts(page, '.matrix thead th[data-model]')).toHaveLength(5);
    expect(await page.locator('.matrix tbody tr[data-dim]:visible').count()).toBe(COMPARE_DIMENSIONS.length);
    const cells = page.locator('.matrix tbody td[data-model]');
    expect(await cells.count()).toBe(5 * COMPARE_DIMENSIONS.length);
    const withoutCite = await cells.evaluateAll((tds) => tds.filter((td) => !td.querySelector('a.cite')).length);
    expect(withoutCite).toBe(0);
    await context.close();
  });

  it('picking models and dimensions updates the matrix and the URL, and the URL restores the choice', async () => {
    const { page, context, errors, foreignRequests } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/compare/'));
    const form = page.locator('.compare-controls');
    await expect.poll(() => form.isVisible()).toBe(true);

    for (const name of ['浦东', '浉河', '广东']) await form.getByLabel(name, { exact: false }).uncheck();
    expect(new URL(page.url()).searchParams.get('m')).toBe('shanghai,jianye');
    expect(await visibleTexts(page, '.matrix thead th[data-model] a')).toEqual(['上海', '南京建邺']);

    await form.getByRole('button', { name: '只留第一个' }).click();
    for (const label of ['领导核心', '考核评价']) await form.getByLabel(label).check();
    expect(new URL(page.url()).searchParams.get('d')).toBe('cengji-jiagou,lingdao-hexin,kaohe-pingjia');
    expect(await page.locator('.matrix tbody tr[data-dim]:visible').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.dim))).toEqual([
      'cengji-jiagou',
      'lingdao-hexin',
      'kaohe-pingjia',
    ]);

    await form.getByLabel('标出差异', { exact: false }).check();
    expect(new URL(page.url()).searchParams.get('diff')).toBe('1');
    expect(await page.locator('tr.differs:visible').count()).toBe(3);
    expect(await page.locator('[role="status"]').first().textContent()).toContain('3 个维度各模式不同');

    // The choice survives a reload from the URL alone.
    await page.reload();
    await expect.poll(() => form.isVisible()).toBe(true);
    expect(await visibleTexts(page, '.matrix thead th[data-model] a')).toEqual(['上海', '南京建邺']);
    expect(await page.locator('.matrix tbody tr[data-dim]:visible').count()).toBe(3);
    expect(await form.getByLabel('标出差异', { exact: false }).isChecked()).toBe(true);

    // Fewer than two models is refused and said so.
    await form.getByLabel('上海').click();
    expect(await form.getByLabel('上海').isChecked()).toBe(true);
    expect(await page.locator('.compare-status').textContent()).toContain('至少选择 2 个模式');
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('prints without the controls and without a scrolling box', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/compare/?m=shanghai,pudong,jianye'));
    await expect.poll(() => page.locator('.compare-controls').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.compare-controls').isVisible()).toBe(false);
    expect(await page.locator('.table-scroll').evaluate((el) => getComputedStyle(el).overflowX)).toBe('visible');
    expect(await visibleTexts(page, '.matrix thead th[data-model] a')).toHaveLength(3);
    await context.close();
  });
});

describe('the comparison on a phone', () => {
  it('its 目录 lists the dimensions and goes to the one chosen', async () => {
    const { page, context } = await openPage(browser(), baseURL, { viewport: 'phone', touch: true });
    await page.goto(siteUrl(baseURL, '/compare/'));
    await page.locator('[data-page-toc] summary').tap();
    const links = page.locator('[data-page-toc] .sheet a');
    expect(await links.allTextContents()).toEqual(await page.locator('.matrix tbody th[scope="row"] .dim-label').allTextContents());
    await links.filter({ hasText: '考核评价' }).tap();
    await expect.poll(() => new URL(page.url()).hash).toBe('#dim-kaohe-pingjia');
    const row = await page.locator('#dim-kaohe-pingjia').boundingBox();
    expect(row && row.y >= 0 && row.y < (page.viewportSize()?.height ?? 0)).toBe(true);
    await context.close();
  });
});

describe('glossary links on entry pages', () => {
  it('the first mention links to the term, and its tooltip shows on keyboard focus', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/models/jianye/'));
    const first = page.locator('.model-body .term-link').first();
    const href = await first.getAttribute('href');
    const termId = await first.getAttribute('data-term');
    expect(href).toMatch(new RegExp(`/terms/${termId}/$`));
    expect(await page.locator(`.model-body a.term-link[data-term="${termId}"]`).count(), 'linked once per page').toBe(1);
    expect(await page.locator('.model-body h2 .term-link, .model-body .cite .term-link').count()).toBe(0);

    const tip = page.locator(`#${await first.getAttribute('aria-describedby')}`);
    expect(await tip.getAttribute('role')).toBe('tooltip');
    expect(await tip.isVisible()).toBe(false);
    let focusedTerm = false;
    for (let i = 0; i < 120 && !focusedTerm; i++) {
      await page.keyboard.press('Tab');
      focusedTerm = await page.evaluate(() => document.activeElement?.classList.contains('term-link') ?? false);
    }
    expect(focusedTerm, 'a glossary link is reachable with Tab').toBe(true);
    const focusedTip = await page.evaluate(() => document.getElementById(document.activeElement?.getAttribute('aria-describedby') ?? '')?.id);
    expect(await page.locator(`#${focusedTip}`).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator(`#${focusedTip}`).isVisible(), 'Escape hides the tooltip').toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('term-link')), 'focus stays on the link').toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.locator(`#${focusedTip}`).isVisible()).toBe(false);
    await context.close();
  });

  it('/glossary/ lists terms in pinyin order with pinyin, English, definition and the pages that use them', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/glossary/'));
    const terms = await page.locator('.glossary dt .term').allTextContents();
    expect(terms.length).toBeGreaterThan(10);
    expect(terms).toEqual([...terms].sort(new Intl.Collator('zh-CN').compare));
    const first = page.locator('.glossary .entry').first();
    expect(await first.locator('.pinyin').textContent()).toMatch(/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/);
    expect(await first.locator('.english').textContent()).toMatch(/[a-z]/i);
    expect(await page.locator('.glossary .uses a').count()).toBeGreaterThan(10);
    // Sections by pinyin initial, each named in the letter index above them, every term in one.
    const letters = await page.locator('.glossary section > h2').allTextContents();
    expect(letters.length).toBeGreaterThan(5);
    expect(letters).toEqual([...letters].sort());
    expect(await page.locator('nav.initials a').allTextContents()).toEqual(letters);
    // One row of equal boxes at 1280 px: no list spacing pushes the later letters down.
    const tops = await page.locator('nav.initials a').evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    expect(await page.locator('.glossary section .entry').count()).toBe(terms.length);
    await page.locator('nav.initials a', { hasText: 'S' }).click();
    expect(new URL(page.url()).hash).toBe('#initial-s');
    await context.close();
  });
});

describe('citations', () => {
  it('the copy button on a source page puts the GB/T 7714 reference on the clipboard and says so', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/sources/s002-guangming/'));
    const block = page.locator('.citation-format[data-format="gbt"]');
    const button = block.getByRole('button', { name: '复制' });
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => block.locator('[role="status"]').textContent()).toBe('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      '中组部组织二局、民政部基层政权和社区建设司联合调研组. 改革管理体制 创新社区党建: 南京市建邺区创新社区党建工作调查[N]. 光明日报, 2010-12-09(11).',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('“引用本页” gives the absolute URL with the base path (the address in use, when the build had no SITE_URL) and the entry’s updated date', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/mechanisms/san-hui-yi-zhan/'));
    const block = page.locator('.citation-format[data-format="bibtex"]');
    await block.getByRole('button', { name: '复制' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const expectedUrl = process.env['SITE_URL']
      ? new URL(`${process.env['BASE_PATH'] ?? '/'}mechanisms/san-hui-yi-zhan/`, process.env['SITE_URL']).href
      : siteUrl(baseURL, '/mechanisms/san-hui-yi-zhan/');
    expect(copied).toContain(`url = {${expectedUrl}}`);
    expect(copied).toMatch(/^@misc\{moshiku-mechanisms-san-hui-yi-zhan,/);
    expect(copied).toMatch(/urldate = \{\d{4}-\d{2}-\d{2}\}/);
    const gbt = await page.locator('.citation-format[data-format="gbt"] pre').textContent();
    expect(gbt).toMatch(/^社区党建模式库\. 三会一站\[EB\/OL\]\. \(\d{4}-\d{2}-\d{2}\)\[\d{4}-\d{2}-\d{2}\]\. http/);
    expect(gbt).toContain(expectedUrl);
    await context.close();
  });

  it('without JavaScript the citation text is there to select and no button is shown', async () => {
    const { page, context } = await openPage(browser(), baseURL, { javaScriptEnabled: false });
    await page.goto(siteUrl(baseURL, '/cases/yiyuan/'));
    expect(await page.locator('.citation-block pre').count()).toBe(5);
    expect(await page.locator('.citation-block button').first().isVisible()).toBe(false);
    await context.close();
  });
});

describe('/mechanisms/', () => {
  it('shows a model × mechanism matrix grouped by function', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/mechanisms/'));
    const groups = await page.locator('.mech-matrix .group-row th').allTextContents();
    for (const g of ['组织设置', '议事协商', '党员管理', '服务供给', '考核评价', '信息化']) expect(groups).toContain(g);
    const row = (title: string) => page.locator('.mech-matrix tbody tr', { has: page.locator('a', { hasText: title }) });
    expect(await row('三会一站').locator('td.mark--practice').allTextContents()).toEqual(['●\u00a0实行']);
    // A proposal is told apart by symbol and word, explained in a legend the table points to.
    expect(await row('兼职委员制').locator('td.mark--proposed').allTextContents()).toEqual(['○\u00a0建议']);
    expect(await row('兼职委员制').locator('td.mark--practice').count()).toBe(4);
    expect(await page.locator('#matrix-legend').textContent()).toContain('没有报告已经实行');
    expect(await page.locator('.mech-matrix').getAttribute('aria-describedby')).toBe('matrix-legend');
    await context.close();
  });
});

describe('model pages', () => {
  it('list proposed mechanisms apart from practised ones, under their own heading', async () => {
    const { page, context } = await openPage(browser(), baseURL, { javaScriptEnabled: false });
    await page.goto(siteUrl(baseURL, '/models/shanghai/'));
    expect(await page.locator('#mechanisms-practice').textContent()).toBe('资料报告的实践');
    expect(await page.locator('#mechanisms-proposed').textContent()).toBe('资料中的建议（尚非实践）');
    const proposed = await page.locator('.mechanism-group--proposed .card-title').allTextContents();
    expect(proposed.map((t) => t.trim())).toEqual(expect.arrayContaining(['契约化共建、项目化推进', '双向服务']));
    expect(await page.locator('.mechanism-group--practice .card-title', { hasText: '契约化共建' }).count()).toBe(0);
    await page.goto(siteUrl(baseURL, '/models/guangdong/'));
    expect(await page.locator('.mechanism-group--practice').count()).toBe(0);
    expect(await page.locator('.mechanism-group--proposed .badge--proposal').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('/data/', () => {
  const datasets = buildDatasets({ sources: [], models: [], cases: [], mechanisms: [], terms: [], stages: [], events: [], figures: [], structures: [], compare: [] });

  it('lists every file with its size and documents every field', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/data/'));
    for (const ds of datasets) {
      expect(await page.locator(`a[href$="data/${ds.name}.json"]`).count(), ds.name).toBeGreaterThan(0);
      expect(await page.locator(`#fields-${ds.name}`).count()).toBe(1);
    }
    expect(await page.locator('#licence + .prose').textContent()).toContain('CC BY 4.0');
    await context.close();
  });

  it.each(datasets.map((d) => [d.name, d] as const))('%s.json validates against the content schema', async (name, ds) => {
    const { page, context } = await openPage(browser(), baseURL);
    const res = await page.request.get(siteUrl(baseURL, `/data/${name}.json`));
    expect(res.status()).toBe(200);
    const json = (await res.json()) as { dataset: string; licence: string; records: Record<string, unknown>[] };
    expect(json.dataset).toBe(name);
    expect(json.records.length).toBeGreaterThan(0);
    for (const record of json.records) {
      const result = ds.schema.safeParse(recordForSchema(ds, record));
      expect(result.success, `${name} ${String(record[ds.key.field])}: ${result.error?.message ?? ''}`).toBe(true);
    }
    await context.close();
  });

  it.each(datasets.map((d) => [d.name] as const))('%s.csv opens in a spreadsheet: UTF-8 BOM, CRLF, every field quoted', async (name) => {
    const { page, context } = await openPage(browser(), baseURL);
    const res = await page.request.get(siteUrl(baseURL, `/data/${name}.csv`));
    const bytes = await res.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(new Set(rows.map((r) => r.length)).size, 'every row has as many fields as the header').toBe(1);
    expect(toCsv(rows[0] as string[], rows.slice(1)), 'written with every field quoted').toBe(text);
    await context.close();
  });
});

describe('accessibility of the research pages', () => {
  it('axe-core finds no violation on the comparison with two models and differences marked, light and dark', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/compare/?m=shanghai,jianye&diff=1'));
    expect(await stateViolations(page)).toEqual([]);
    await context.close();
  });

  it('the footer and the home page link to /data/', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(baseURL);
    expect(await page.locator('footer a[href$="/data/"]').count()).toBe(1);
    expect(await page.locator('main .uses a[href$="/data/"]').count()).toBe(1);
    await context.close();
  });
});
