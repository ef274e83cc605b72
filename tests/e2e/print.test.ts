/**
 * Printing, in Chromium: a 打印 button on every page type that has a paper layout, and the PDFs
 * those pages print to (page.pdf with the page's own @page size): /compare/ landscape with even
 * columns from the first page, /timeline/ as its list with a note and readable type, and no page
 * left half empty before the last on the pages that draw diagrams. The PDFs are written to
 * test-results/print-pages/ for a person to look at. (Lesson kits' running heads and page limits
 * are in lessons.test.ts.)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { openPage, siteUrl, useBrowser } from './browser';
import { pageFill, pdfPageSizes, printPdf } from './print-pdf';

const baseURL = inject('baseURL');
const browser = useBrowser();
const out = new URL('../../test-results/print-pages/', import.meta.url).pathname;

/** One page of each type with a paper layout. */
const PRINTABLE = ['/lessons/pudong/', '/models/jianye/', '/compare/', '/timeline/', '/structures/pudong-si-ji-lian-dong/'] as const;

/** Pages that draw diagrams: every lesson kit and structures of each shape (tall, wide, small). */
const DIAGRAM_PAGES = [
  '/lessons/shanghai/',
  '/lessons/pudong/',
  '/lessons/jianye/',
  '/lessons/shihe/',
  '/lessons/si-tiao-lujing/',
  '/structures/pudong-si-ji-lian-dong/',
  '/structures/jianye-yi-wei-yi-ju-yi-zhan/',
  '/structures/guangdong-si-ji/',
  '/structures/shanghai-hongchu/',
  '/models/pudong/',
] as const;

/** A page's size: A4 in either orientation (595 × 842 pt, within a point: Chromium writes 594.96 × 841.92 or 595.92 × 842.88), or other. */
const a4 = (s: { width: number; height: number } | undefined) => {
  const near = (a = 0, b = 0) => Math.abs(a - b) <= 1.5;
  if (near(s?.width, 595) && near(s?.height, 842)) return 'A4 portrait';
  return near(s?.width, 842) && near(s?.height, 595) ? 'A4 landscape' : `other: ${s?.width} × ${s?.height}`;
};
const save = (path: string, pdf: Buffer) => {
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}.pdf`, pdf);
};

describe('打印 buttons', () => {
  it('each page type with a paper layout has one, which opens the print dialog; it is not printed', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.addInitScript(() => {
      window.print = () => {
        (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
      };
    });
    for (const path of PRINTABLE) {
      await page.goto(siteUrl(baseURL, path));
      const button = page.locator('button[data-print]');
      expect(await button.count(), path).toBe(1);
      expect(await button.textContent(), path).toBe('打印');
      await button.click();
      expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed), path).toBe(1);
      await page.emulateMedia({ media: 'print' });
      expect(await button.isVisible(), `${path} in print`).toBe(false);
      await page.emulateMedia({ media: 'screen' });
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript the button is not shown (Ctrl+P still prints)', async () => {
    const { page, context } = await openPage(browser(), baseURL, { javaScriptEnabled: false });
    for (const path of PRINTABLE) {
      await page.goto(siteUrl(baseURL, path));
      expect(await page.locator('button[data-print]').count(), path).toBe(1);
      expect(await page.locator('button[data-print]').isVisible(), path).toBe(false);
    }
    await context.close();
  });
});

describe('print layouts', () => {
  it('/compare/ prints landscape, its table from the first page, its model columns even', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/compare/'));
    const pdf = await printPdf(page);
    save('/compare/', pdf);
    const sizes = pdfPageSizes(pdf);
    expect(sizes.length).toBeGreaterThan(1);
    expect(sizes.length, 'it printed 7 portrait pages before').toBeLessThanOrEqual(6);
    for (const s of sizes) expect(a4(s)).toBe('A4 landscape');
    const fill = pageFill(pdf);
    expect(fill[0], 'the first page is not left nearly blank').toBeGreaterThan(0.8);
    // In print media the page lays its table out with the widths it prints with.
    const widths = await page.locator('.matrix thead th[data-model]').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(2);
    expect(Math.max(...widths) - Math.min(...widths), `model columns ${widths.join(', ')}`).toBeLessThanOrEqual(1);
    // Only /compare/ is landscape.
    await page.goto(siteUrl(baseURL, '/timeline/'));
    const other = pdfPageSizes(await printPdf(page));
    expect(a4(other[0])).toBe('A4 portrait');
    await context.close();
  });

  it('/timeline/ prints its list with a note in place of the chart, in type of at least 8 pt', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/timeline/'));
    const pdf = await printPdf(page);
    save('/timeline/', pdf);
    expect(await page.locator('svg.tl-chart').isVisible()).toBe(false);
    const note = page.locator('.tl-print-note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('大事记');
    // Text only: the small drawn marks of event kinds (TimelineGlyph's SVG) are not labels.
    const smallest = await page
      .locator('.tl-list')
      .evaluate((list) =>
        Math.min(...[...list.querySelectorAll('*')].filter((e) => !(e instanceof SVGElement) && e.getClientRects().length > 0 && e.textContent?.trim()).map((e) => parseFloat(getComputedStyle(e).fontSize))),
      );
    expect(smallest, 'px; 8 pt is 10.67 px').toBeGreaterThanOrEqual(10.67);
    const pages = pdfPageSizes(pdf).length;
    expect(pages, 'it printed 10 pages of tiny labels before').toBeLessThanOrEqual(9);
    expect(pageFill(pdf).slice(0, -1).every((f) => f >= 0.5)).toBe(true);
    await context.close();
  });

  for (const path of DIAGRAM_PAGES) {
    it(`${path}: no page before the last is left half empty`, async () => {
      const { page, context } = await openPage(browser(), baseURL);
      await page.goto(siteUrl(baseURL, path), { waitUntil: 'networkidle' });
      const pdf = await printPdf(page);
      save(path, pdf);
      const fill = pageFill(pdf);
      expect(fill.length).toBe(pdfPageSizes(pdf).length);
      const half = fill.slice(0, -1).flatMap((f, i) => (f < 0.5 ? [`page ${i + 1}: ${Math.round(f * 100)} %`] : []));
      expect(half).toEqual([]);
      await context.close();
    });
  }
});
