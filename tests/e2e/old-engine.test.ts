/**
 * The site in an old engine: Chromium 110 (the kernel of many domestic browsers, in-app browsers
 * and office PCs), beside Debian's current Chromium. Every page type loads cleanly; diagrams draw
 * in the same colours; search, the timeline, the comparison, lesson printing and diagram downloads
 * work. Chromium 110 lacks light-dark(), :has() before 105 and dvh before 108, among others.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { listPages } from '../quality/site-pages';
import { openPage, screenshot, siteUrl, useBrowser } from './browser';
import { useOldBrowser } from './old-chromium';
import { loadEachPageType } from './smoke';

const baseURL = inject('baseURL');
const dist = new URL('../../dist/', import.meta.url).pathname;
const pages = listPages(dist);
const current = useBrowser();
const old = useOldBrowser();

/** The page of the diagram the old engine drew as black boxes before the CSS was lowered. */
const SHIHE = 'structures/shihe-da-dang-gong-wei/';

/** Each unit's fill and outline and its label's colour, as the browser computed them. */
function unitColours(page: Page): Promise<string[]> {
  return page.locator('svg.dg-svg .dg-node').evaluateAll((nodes) =>
    nodes.map((n) => {
      const shape = getComputedStyle(n.querySelector('.dg-shape') as Element);
      const label = getComputedStyle(n.querySelector('.dg-node-label') as Element);
      return `${(n as SVGElement).dataset.node}: fill ${shape.fill}, stroke ${shape.stroke}, label ${label.fill}`;
    }),
  );
}

/** The share of near-black pixels (each channel < 40) in a screenshot of the first diagram. */
async function nearBlackShare(page: Page): Promise<number> {
  const png = await page.locator('svg.dg-svg').first().screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, img.width, img.height).data;
    let dark = 0;
    for (let i = 0; i < px.length; i += 4) if ((px[i] ?? 0) < 40 && (px[i + 1] ?? 0) < 40 && (px[i + 2] ?? 0) < 40) dark++;
    return dark / (px.length / 4);
  }, png.toString('base64'));
}

/** Opens a diagram page in a browser and reads its colours and its share of near-black. */
async function drawDiagram(browser: Browser, path: string, colorScheme: 'light' | 'dark', shot?: string) {
  const { page, context, errors } = await openPage(browser, baseURL, { colorScheme });
  await page.goto(siteUrl(baseURL, path));
  await page.waitForLoadState('networkidle');
  const colours = await unitColours(page);
  const share = await nearBlackShare(page);
  if (shot) await screenshot(page, shot, { fullPage: false });
  await context.close();
  return { colours, share, errors };
}

describe('Chromium 110 from @sparticuz/chromium', () => {
  it('is the old engine, and Debian’s is a current one', () => {
    expect(old().version()).toMatch(/^110\./);
    expect(Number(current().version().split('.')[0])).toBeGreaterThanOrEqual(123);
  });

  it('loads one page of each type without a console error, CSP violation or foreign request', async () => {
    expect(await loadEachPageType(old(), baseURL, pages)).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`draws every structure diagram in the unit colours of current Chromium (${colorScheme})`, async () => {
      const structures = pages.filter((p) => p.type === 'structure').map((p) => p.path);
      expect(structures).toContain(SHIHE);
      for (const path of structures) {
        const shot = path === SHIHE ? `old-engine-shihe-${colorScheme}` : undefined;
        const [then, now] = await Promise.all([drawDiagram(old(), path, colorScheme, shot), drawDiagram(current(), path, colorScheme)]);
        expect(then.colours.length, path).toBeGreaterThan(3);
        expect(then.colours, path).toEqual(now.colours);
        // Unlowered light-dark() drew every unit as a black box with unreadable labels: 9.7 %
        // of the drawing near-black against 0.3 % in current Chromium.
        expect(Math.abs(then.share - now.share), `${path}: near-black ${then.share} in 110, ${now.share} now`).toBeLessThan(0.005);
        expect([...then.errors, ...now.errors], path).toEqual([]);
      }
    });
  }

  it('searches as the reader types', async () => {
    const { page, context, errors } = await openPage(old(), baseURL);
    await page.goto(siteUrl(baseURL, 'search/'));
    await page.fill('main input[name="q"]', '大工委');
    await page.locator('main kb-search .search-result').first().waitFor();
    const first = await page.locator('main kb-search .result-title').first().getAttribute('href');
    expect(first).toMatch(/\/mechanisms\/da-dang-gong-wei\/$/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('大工委');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters the timeline by model and writes the view into the URL', async () => {
    const { page, context, errors } = await openPage(old(), baseURL);
    await page.goto(siteUrl(baseURL, 'timeline/'));
    const form = page.locator('[data-tl-controls]');
    await expect.poll(() => form.isVisible()).toBe(true);
    // Events drawn in a lane that is shown (the same reading as timeline.test.ts).
    const drawn = () =>
      page.locator('svg.tl-chart a.tl-event').evaluateAll((as) => as.filter((a) => !a.closest('[hidden]') && !a.hasAttribute('hidden')).length);
    const all = await drawn();
    expect(all).toBeGreaterThan(10);
    await form.getByLabel('浦东', { exact: true }).uncheck();
    expect(await page.locator('.tl-lanes-back .tl-lane[data-lane="pudong"]').getAttribute('hidden')).toBe('');
    expect(await drawn()).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('models')).not.toContain('pudong');
    await screenshot(page, 'old-engine-timeline-filtered', { fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('narrows the comparison to the models picked, and marks the differences', async () => {
    const { page, context, errors } = await openPage(old(), baseURL);
    await page.goto(siteUrl(baseURL, 'compare/'));
    const form = page.locator('.compare-controls');
    await expect.poll(() => form.isVisible()).toBe(true);
    for (const name of ['浦东', '浉河', '广东']) await form.getByLabel(name, { exact: false }).uncheck();
    expect(new URL(page.url()).searchParams.get('m')).toBe('shanghai,jianye');
    expect(await page.locator('.matrix thead th[data-model]:visible').count()).toBe(2);
    await form.getByLabel('标出差异', { exact: false }).check();
    expect(await page.locator('tr.differs:visible').count()).toBeGreaterThan(0);
    await screenshot(page, 'old-engine-compare', { fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });
});
