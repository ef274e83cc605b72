import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, siteUrl, useBrowser } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** Ids of the events the chart shows (not hidden, in a shown lane). */
const chartEvents = (page: Page) =>
  page.locator('svg.tl-chart a.tl-event').evaluateAll((as) =>
    as.filter((a) => !a.closest('[hidden]') && !a.hasAttribute('hidden')).map((a) => (a as SVGAElement).dataset.id as string),
  );
/** Ids of the events the list shows. */
const listEvents = (page: Page) =>
  page.locator('li.tl-item').evaluateAll((lis) => lis.filter((li) => !(li as HTMLElement).closest('[hidden]')).map((li) => li.id.replace(/^event-/, '')));
/** The first and last year on the axis. */
const axisYears = (page: Page) =>
  page.locator('.tl-axis .tick text').evaluateAll((ts) => ts.map((t) => Number(t.textContent)).filter(Number.isFinite));
const query = (page: Page) => new URL(page.url()).searchParams;

describe('/timeline/ without JavaScript', () => {
  it('is complete: the drawing, the 年份不详 panel, influences, and the list by year', async () => {
    const { page, context, errors, foreignRequests } = await openPage(browser(), baseURL, { javaScriptEnabled: false });
    await page.goto(siteUrl(baseURL, '/timeline/'));
    // The filters need the script, so they stay hidden.
    expect(await page.locator('[data-tl-controls]').isVisible()).toBe(false);
    const lanes = await page.locator('.tl-lanes-back .tl-lane').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-lane')));
    expect(lanes).toEqual(expect.arrayContaining(['shanghai', 'pudong', 'jianye', 'shihe', 'guangdong']));
    // The same events in the drawing and in the list.
    const inChart = await chartEvents(page);
    const inList = await listEvents(page);
    expect(inChart.length).toBeGreaterThanOrEqual(30);
    expect([...inList].sort()).toEqual([...inChart].sort());
    // Years ascend; the undated group comes last, with its bound.
    const headings = await page.locator('.tl-year h3').allTextContents();
    const years = headings.slice(0, -1).map((h) => Number.parseInt(h, 10));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years[0]).toBe(1992);
    expect(headings.at(-1)).toContain('年份不详');
    expect(headings.at(-1)).toContain('不早于2011年');
    // Shihe's undated events sit in the panel, with their own dates and the reason.
    const undated = page.locator('.tl-year[data-year="unknown"] li.tl-item');
    expect(await undated.count()).toBe(3);
    const undatedText = await undated.allTextContents();
    for (const d of ['4月(年份不详)', '9月初(年份不详)', '11月4日(年份不详)']) expect(undatedText.join('')).toContain(d);
    expect(undatedText.join('')).toContain('2011年全国第六次人口普查');
    const inPanel = await page.locator('[data-region="panel"] a.tl-event').evaluateAll((as) => as.map((a) => (a as SVGAElement).dataset.id));
    expect(inPanel.sort()).toEqual(['shihe-full-rollout', 'shihe-li-xiangyu-survey', 'shihe-pilot-start']);
    expect(await page.locator('.tl-panel-title').textContent()).toContain('年份不详');
    // Each entry links to its sources.
    expect(await page.locator('li.tl-item').first().locator('a.cite').count()).toBeGreaterThan(0);
    // Influences: the national spreads and who learned from whom, drawn and listed.
    const influences = (await page.locator('.tl-influences li').allTextContents()).join('\n');
    expect(influences.match(/推广至全国/g)?.length).toBe(2);
    expect(influences).toMatch(/南京建邺借鉴上海、武汉、深圳/);
    expect(influences).toMatch(/浉河借鉴.*虹储居民区.*临汾街道/);
    expect(await page.locator('svg.tl-chart .tl-link--spread').count()).toBe(2);
    expect(await page.locator('svg.tl-chart .tl-link--learn').count()).toBeGreaterThanOrEqual(2);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('links each drawn event to its entry in the list', async () => {
    const { page, context } = await openPage(browser(), baseURL, { javaScriptEnabled: false });
    await page.goto(siteUrl(baseURL, '/timeline/'));
    const hrefs = await page.locator('a.tl-event').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of hrefs) expect(await page.locator(href as string).count(), href as string).toBe(1);
    await context.close();
  });
});

describe('/timeline/ filters', () => {
  it('filters lanes and list by model and kind, and writes the view into the URL', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/timeline/'));
    const form = page.locator('[data-tl-controls]');
    await expect.poll(() => form.isVisible()).toBe(true);
    const all = await chartEvents(page);

    await form.getByLabel('浦东', { exact: true }).uncheck();
    expect(await page.locator('.tl-lanes-back .tl-lane[data-lane="pudong"]').getAttribute('hidden')).toBe('');
    expect((await chartEvents(page)).some((id) => id.startsWith('pudong-'))).toBe(false);
    expect((await listEvents(page)).some((id) => id.startsWith('pudong-'))).toBe(false);
    expect(query(page).get('models')).toBe('shanghai,jianye,shihe,guangdong');

    for (const kind of ['文件·会议', '推广', '机构设立', '成效', '评价']) await form.getByLabel(kind, { exact: true }).uncheck();
    const pilots = await chartEvents(page);
    expect(pilots.length).toBeGreaterThan(0);
    expect(pilots.length).toBeLessThan(all.length);
    const kinds = await page.locator('li.tl-item:not([hidden])').evaluateAll((lis) => [...new Set(lis.map((li) => (li as HTMLElement).dataset.kind))]);
    expect(kinds).toEqual(['试点']);
    expect([...(await listEvents(page))].sort()).toEqual([...pilots].sort());
    expect(query(page).get('kinds')).toBe('试点');
    // The arrows to hidden events go too.
    expect(await page.locator('svg.tl-chart .tl-link--spread').evaluateAll((ps) => ps.every((p) => p.closest('[hidden]')))).toBe(true);
    expect(await page.locator('[data-tl-status]').textContent()).toMatch(new RegExp(`显示 ${pilots.length} / ${all.length} 个事件`));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the view a shared URL names', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, `/timeline/?models=shanghai,jianye&kinds=${encodeURIComponent('试点')}&from=1996&to=2006`));
    await page.locator('timeline-explorer[data-ready]').waitFor({ state: 'attached' });
    const form = page.locator('[data-tl-controls]');
    expect(await form.getByLabel('上海', { exact: true }).isChecked()).toBe(true);
    expect(await form.getByLabel('浉河', { exact: true }).isChecked()).toBe(false);
    expect(await page.locator('select[name="from"]').inputValue()).toBe('1996');
    expect(await page.locator('select[name="to"]').inputValue()).toBe('2006');
    const ticks = await axisYears(page);
    expect(Math.min(...ticks)).toBeGreaterThanOrEqual(1996);
    expect(Math.max(...ticks)).toBeLessThanOrEqual(2007);
    // Shanghai's 2004 and 2005 pilots are in the period; Jianye's 2009 pilot is not.
    const listed = await listEvents(page);
    expect(listed).toEqual(expect.arrayContaining(['shanghai-2004-quanfugai-shidian', 'shanghai-2005-shidian-kuoda']));
    expect(listed).not.toContain('jianye-pilot-start');
    expect(await page.locator('.tl-year[data-year="2009"]').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an unknown model in the URL is ignored, and the model page links to its lane', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/models/jianye/'));
    await page.getByRole('link', { name: '在跨地区时间线中查看' }).click();
    // The controls show from the first paint; the filter from the URL follows once the script runs.
    await expect.poll(() => chartEvents(page)).toSatisfy((ids: string[]) => ids.length > 0 && ids.every((id) => id.startsWith('jianye-')));
    await page.goto(siteUrl(baseURL, '/timeline/?models=nowhere,shihe'));
    await expect.poll(() => listEvents(page)).toSatisfy((ids: string[]) => ids.length === 3 && ids.every((id) => id.startsWith('shihe-')));
    await context.close();
  });
});

describe('/timeline/ zoom', () => {
  it('zooms to a period chosen in the selects, brushed on the axis, or with Ctrl + wheel, and resets', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/timeline/'));
    await page.locator('timeline-explorer[data-ready]').waitFor({ state: 'attached' });
    const before = await axisYears(page);
    const gapBefore = await page.evaluate(() => {
      const left = (id: string) => document.querySelector(`a.tl-event[data-id="${id}"]`)!.getBoundingClientRect().left;
      return left('jianye-full-rollout') - left('jianye-pilot-start');
    });

    await page.locator('select[name="from"]').selectOption('2008');
    await page.locator('select[name="to"]').selectOption('2011');
    await expect.poll(() => query(page).get('from')).toBe('2008');
    expect(query(page).get('to')).toBe('2011');
    const zoomed = await axisYears(page);
    expect(Math.min(...zoomed)).toBeGreaterThanOrEqual(2008);
    expect(Math.max(...zoomed)).toBeLessThanOrEqual(2012);
    // Marks moved apart: Jianye's pilot and rollout are now far apart on screen.
    const x = (id: string) => page.locator(`a.tl-event[data-id="${id}"]`).evaluate((a) => a.getBoundingClientRect().left);
    const gap = async () => (await x('jianye-full-rollout')) - (await x('jianye-pilot-start'));
    expect(await gap()).toBeGreaterThan(4 * gapBefore);

    await page.getByRole('button', { name: '显示全部' }).click();
    await expect.poll(() => page.url().includes('?')).toBe(false);
    expect(await axisYears(page)).toEqual(before);

    // Brush: drag across the year axis from 2000 to 2005.
    const tick = async (year: number) =>
      page.locator('.tl-axis .tick').filter({ hasText: String(year) }).first().evaluate((t) => {
        const r = t.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
    const a = await tick(2000);
    const b = await tick(2004);
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move((a.x + b.x) / 2, a.y, { steps: 4 });
    await page.mouse.move(b.x, b.y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => query(page).get('from')).toBe('2000');
    expect(query(page).get('to')).toBe('2003');

    // Ctrl + wheel over the plot zooms further in.
    await page.getByRole('button', { name: '显示全部' }).click();
    const plot = await page.locator('svg.tl-chart').evaluate((svg) => {
      const r = svg.getBoundingClientRect();
      return { x: r.left + r.width * 0.4, y: r.top + 200 };
    });
    await page.mouse.move(plot.x, plot.y);
    await page.keyboard.down('Control');
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(() => query(page).has('from')).toBe(true);
    const span = Number(query(page).get('to')) - Number(query(page).get('from'));
    expect(span).toBeLessThan(20);
    // A wheel without Ctrl scrolls the page and leaves the period alone.
    const q = page.url();
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(200);
    expect(page.url()).toBe(q);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('/timeline/ keyboard', () => {
  it('has one tab stop in the drawing; arrows move between events and lanes; + zooms; Enter opens', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/timeline/'));
    await page.locator('timeline-explorer[data-ready]').waitFor({ state: 'attached' });
    expect(await page.locator('a.tl-event[tabindex="0"]').count()).toBe(1);
    const active = () => page.evaluate(() => (document.activeElement as SVGAElement | null)?.dataset?.id);

    await page.locator('select[name="to"]').focus();
    // Tab past the buttons into the drawing.
    for (let i = 0; i < 8 && !(await active()); i++) await page.keyboard.press('Tab');
    const first = await active();
    expect(first).toBe('shanghai-1992-shisida');

    await page.keyboard.press('ArrowRight');
    const second = await active();
    expect(second).not.toBe(first);
    expect(second?.startsWith('shanghai-')).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await active()).toBe(first);
    await page.keyboard.press('End');
    expect(await active()).toMatch(/^shanghai-2006/);

    await page.keyboard.press('ArrowDown');
    const below = await active();
    expect(below && !below.startsWith('shanghai-')).toBe(true);
    expect(await page.locator('a.tl-event[tabindex="0"]').evaluate((a) => (a as SVGAElement).dataset.id)).toBe(below);

    await page.keyboard.press('+');
    await expect.poll(() => query(page).has('from')).toBe(true);
    // Focus stays on the event, and it is still drawn inside the zoomed period.
    expect(await active()).toBe(below);

    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe(`#event-${below}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tabs into an event inside the period shown, and arrows pan to events outside it', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/timeline/?from=2008&to=2011'));
    await page.locator('timeline-explorer[data-ready]').waitFor({ state: 'attached' });
    const stop = await page.locator('a.tl-event[tabindex="0"]').evaluate((a) => Number((a as SVGAElement).dataset.t1));
    expect(stop).toBeGreaterThan(2008);
    await page.locator('a.tl-event[tabindex="0"]').focus();
    await page.keyboard.press('Home');
    // The lane's first event lies before 2008: the plot pans to it and keeps its zoom.
    const t0 = await page.evaluate(() => Number((document.activeElement as SVGAElement).dataset.t0));
    await expect.poll(() => Number(query(page).get('from'))).toBeLessThanOrEqual(t0);
    const span = Number(query(page).get('to')) - Number(query(page).get('from'));
    expect(span).toBeLessThanOrEqual(5);
    await context.close();
  });

  it('shows where the focus is', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/timeline/'));
    await page.locator('timeline-explorer[data-ready]').waitFor({ state: 'attached' });
    await page.locator('a.tl-event[tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    const stroke = await page.evaluate(() => {
      const hit = document.activeElement?.querySelector('.tl-hit');
      return hit ? getComputedStyle(hit).strokeWidth : '';
    });
    expect(Number.parseFloat(stroke)).toBeGreaterThanOrEqual(2);
    await context.close();
  });
});

describe('/timeline/ in print', () => {
  it('prints the list and the whole drawing, without the filters', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/timeline/?models=jianye'));
    await page.locator('timeline-explorer[data-ready]').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-tl-controls]').isVisible()).toBe(false);
    expect(await page.locator('li.tl-item:visible').count()).toBeGreaterThan(0);
    const fits = await page.locator('svg.tl-chart').evaluate((svg) => svg.getBoundingClientRect().width <= document.documentElement.clientWidth);
    expect(fits).toBe(true);
    await context.close();
  });
});

describe('model page timeline', () => {
  it('draws stages as bands with the events on them, without any script, and lists them with their links', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/models/shanghai/'));
    const chart = page.locator('.model-timeline svg.tl-chart');
    expect(await chart.count()).toBe(1);
    const bands = await chart.locator('.tl-band title').allTextContents();
    expect(bands.some((b) => b.includes('起步探索阶段') && b.includes('约1992年至1999年'))).toBe(true);
    expect(bands.some((b) => b.includes('深化内涵阶段') && b.includes('至今'))).toBe(true);
    // Events keep their anchors; each is linked from the drawing and to sources, mechanisms, cases.
    const hrefs = await chart.locator('a.tl-event').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) expect(await page.locator(`li${href}`).count(), href as string).toBe(1);
    const item = page.locator('#event-shanghai-2001-jingansi-dangyuan-fuwuzhan');
    expect(await item.locator('a.cite').count()).toBeGreaterThan(0);
    expect(await item.locator('a[href*="/mechanisms/dangyuan-fuwu-zhongxin/"]').count()).toBe(1);
    expect(await item.locator('a[href*="/cases/jingansi/"]').count()).toBe(1);
    expect(await page.locator('#stage-shanghai-qibu-tansuo').count()).toBe(1);
    // The timeline adds no script to the model page: no external module (the structure diagrams'
    // script, issue #4, is the page's only one), no explorer.
    expect(await page.locator('script[src]:not([src*="StructureDiagram"])').count()).toBe(0);
    expect(await page.locator('timeline-explorer').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('puts Shihe’s undated events in a 年份不详 band, never at a guessed year', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/models/shihe/'));
    const chart = page.locator('.model-timeline svg.tl-chart');
    expect(await chart.locator('.tl-axis').count()).toBe(0);
    expect(await chart.locator('.tl-panel-title').textContent()).toContain('年份不详');
    const cols = await chart.locator('.tl-panel-col').allTextContents();
    expect(cols.map((c) => c.trim())).toEqual(['4月', '9月初', '11月4日']);
    expect(await chart.locator('[data-t0]').count()).toBe(0);
    const text = await page.locator('.model-timeline').textContent();
    expect(text).not.toMatch(/2011年4月|2011年9月|2011年11月/);
    await context.close();
  });
});
