/**
 * Tables on a touch phone (360×740 and 390×844, isMobile, hasTouch): each row a card whose cells
 * carry their column's name, nothing squeezed (the 6 em rule every page meets is the quality gate's;
 * here what only these tables show), key data local first with 背景 marked, and the desktop table
 * untouched. Screenshots go to test-results/screens/ for a person to look at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, siteUrl, SMALL_PHONE, useBrowser, VIEWPORTS } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

const PHONES = [SMALL_PHONE, VIEWPORTS.phone] as const;

/** Opens a page on a touch phone of the given size. */
async function openPhone(path: string, size: { width: number; height: number }, colorScheme: 'light' | 'dark' = 'light') {
  const watched = await openPage(browser(), baseURL, { viewport: 'phone', touch: true, colorScheme });
  await watched.page.setViewportSize(size);
  await watched.page.goto(siteUrl(baseURL, path));
  return watched;
}

/** How a table's body rows are laid out: each row's box and each cell's shown label and text. */
function rowsOf(page: Page, table: string) {
  return page.locator(table).first().evaluate((t) => {
    const tableBox = t.getBoundingClientRect();
    return {
      display: getComputedStyle(t).display,
      height: Math.round(tableBox.height),
      width: Math.round(tableBox.width),
      // Kept for screen readers when hidden: clipped to a 1 px box.
      headerShown: (t.querySelector('thead')?.getBoundingClientRect().width ?? 0) > 1,
      rows: [...t.querySelectorAll<HTMLElement>(':scope > tbody > tr:not([hidden])')].map((tr) => {
        const box = tr.getBoundingClientRect();
        return {
          left: Math.round(box.left - tableBox.left),
          width: Math.round(box.width),
          height: Math.round(box.height),
          background: tr.classList.contains('background'),
          cells: [...tr.querySelectorAll<HTMLElement>(':scope > td')].map((td) => ({
            label: getComputedStyle(td, '::before').content.replace(/^"|"$/g, ''),
            visible: td.getBoundingClientRect().height > 0,
            text: (td.textContent ?? '').replace(/\s+/g, ' ').trim(),
          })),
        };
      }),
    };
  });
}

describe('key data (关键数据) on a phone', () => {
  for (const size of PHONES) {
    for (const [model, figures, oldHeight] of [
      ['shihe', 24, 24_449],
      ['jianye', 38, 37_792],
    ] as const) {
      it(`/models/${model}/ at ${size.width}×${size.height}: one card per figure, every column labelled, local figures before 背景`, async () => {
        const { page, context, errors } = await openPhone(`/models/${model}/`, size);
        const t = await rowsOf(page, 'table.figures');
        expect(t.display).toBe('block');
        expect(t.headerShown, 'the column headers move into each card').toBe(false);
        expect(t.rows).toHaveLength(figures);
        for (const row of t.rows) {
          // A card spans the table's width instead of sharing it with three other columns.
          expect(row.left).toBe(0);
          expect(row.width).toBe(t.width);
          expect(row.height).toBeLessThan(size.height);
          expect(row.cells.map((c) => c.label)).toEqual(['数字', '统计内容', '时间', '原文与出处']);
          expect(row.cells.every((c) => c.visible && c.text.length > 0)).toBe(true);
        }
        // Before cards the table was oldHeight px tall, one character a line.
        expect(t.height).toBeLessThan(oldHeight / 2);
        const kinds = t.rows.map((r) => r.background);
        expect(kinds.indexOf(true), 'a background figure exists').toBeGreaterThan(0);
        expect(kinds.slice(kinds.indexOf(true)).every(Boolean), 'background figures come last').toBe(true);
        for (const row of t.rows) expect(row.cells[0]!.text.endsWith('背景')).toBe(row.background);
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }

  it('the 背景 label the page text promises is shown on each background figure, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openPhone('/models/shihe/', SMALL_PHONE, colorScheme);
      await expect.poll(() => page.getByText('标为“背景”的数字').count()).toBe(1);
      const badges = page.locator('table.figures tr.background .badge');
      expect(await badges.count()).toBe(11);
      expect(await badges.first().isVisible()).toBe(true);
      expect(await badges.first().textContent()).toBe('背景');
      await page.locator('table.figures tr.background').first().scrollIntoViewIfNeeded();
      await context.close();
    }
  });

  it('stays a four-column table on the desk, for sighted readers and screen readers alike', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/models/shihe/'));
    const t = await rowsOf(page, 'table.figures');
    expect(t.display).toBe('table');
    expect(t.headerShown).toBe(true);
    expect(t.rows[0]!.cells.map((c) => c.label)).toEqual(['none', 'none', 'none', 'none']);
    expect(await page.getByRole('table', { name: '浉河关键数据及出处' }).getByRole('columnheader').allTextContents()).toEqual(['数字', '统计内容', '时间', '原文与出处']);
    await context.close();
  });
});

describe('other tables become labelled cards on a 360 px phone', () => {
  for (const [path, table, labels] of [
    ['/structures/jianye-yi-wei-yi-ju-yi-zhan/', '.structure-text table', ['从', '关系', '到', '说明与出处']],
    ['/mechanisms/san-hui-yi-zhan/', '.prose table, main table', ['组成部分', '参加者', '做什么']],
    ['/data/', 'table.fields', ['类型', '必填', '说明']],
    ['/models/', 'main table', ['核心架构', '地点', '时期', '案例', '机制']],
    ['/structures/', 'main table.stack-table', ['核心架构', '组织单元', '层级', '其中党组织', '关系', '关系类型']],
    ['/compare/', 'table.matrix', ['上海', '浦东', '南京建邺', '浉河', '广东']],
  ] as const) {
    it(`${path}: every row a card of the table's width, each cell under its column's name`, async () => {
      const { page, context, errors } = await openPhone(path, SMALL_PHONE);
      const t = await rowsOf(page, table);
      expect(t.rows.length).toBeGreaterThan(1);
      for (const row of t.rows) {
        expect(row.width).toBe(t.width);
        expect(row.cells.map((c) => c.label)).toEqual(labels);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('/compare/: a model taken out of the comparison leaves every card', async () => {
    const { page, context } = await openPhone('/compare/', VIEWPORTS.phone);
    const form = page.locator('.compare-controls');
    await expect.poll(() => form.isVisible()).toBe(true);
    await form.getByLabel('浦东', { exact: false }).uncheck();
    const t = await rowsOf(page, 'table.matrix');
    for (const row of t.rows) expect(row.cells.filter((c) => c.visible).map((c) => c.label)).toEqual(['上海', '南京建邺', '浉河', '广东']);
    await context.close();
  });

  it('/mechanisms/: the matrix stays a grid of symbols, with room for each mechanism’s name', async () => {
    const { page, context } = await openPhone('/mechanisms/', SMALL_PHONE);
    const widths = await page.locator('.mech-matrix tbody th[scope="row"]').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width / parseFloat(getComputedStyle(th).fontSize)));
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(6);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SMALL_PHONE.width);
    await context.close();
  });
});

describe('source markers (WCAG 2.5.3 Label in Name)', () => {
  it('each citation link’s name starts with the text it shows', async () => {
    const { page, context } = await openPhone('/models/shihe/', VIEWPORTS.phone);
    // What a sighted reader sees: the link's text without what is there for screen readers only.
    const links = await page.locator('a.cite').evaluateAll((as) =>
      as.map((a) => {
        const seen = a.cloneNode(true) as HTMLElement;
        for (const hidden of seen.querySelectorAll('.visually-hidden')) hidden.remove();
        const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
        return { shown: squash(seen.textContent), all: squash(a.textContent), label: a.getAttribute('aria-label') };
      }),
    );
    expect(links.length).toBeGreaterThan(50);
    for (const l of links) {
      expect(l.label).toBeNull();
      expect(l.all.startsWith(l.shown), `${l.all} starts with ${l.shown}`).toBe(true);
      expect(l.all.length, 'and goes on to name the section').toBeGreaterThan(l.shown.length);
    }
    // The accessibility tree agrees: a marker is found by the words on it.
    const shown = links[0]!.shown;
    expect(await page.getByRole('link', { name: shown }).count()).toBeGreaterThan(0);
    await context.close();
  });
});
