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
import { openPage, siteUrl, useBrowser } from './browser';
import { inLanes } from './lanes';
import { launchOldChromium } from './old-chromium';
import { loadEachPageType } from './smoke';

const baseURL = inject('baseURL');
const dist = new URL('../../dist/', import.meta.url).pathname;
const pages = listPages(dist);
const current = useBrowser();
const old = useBrowser(launchOldChromium);

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
async function drawDiagram(browser: Browser, path: string, colorScheme: 'light' | 'dark') {
  const { page, context, errors } = await openPage(browser, baseURL, { colorScheme });
  await page.goto(siteUrl(baseURL, path));
  await page.waitForLoadState('networkidle');
  const colours = await unitColours(page);
  const share = await nearBlackShare(page);
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
      const drawn = new Map<string, Awaited<ReturnType<typeof drawDiagram>>[]>();
      // Two structures at a time, each in both engines: a page mostly waits for the network to go quiet.
      await inLanes(structures, 2, async (take) => {
        for (let path = take(); path !== undefined; path = take()) drawn.set(path, await Promise.all([drawDiagram(old(), path, colorScheme), drawDiagram(current(), path, colorScheme)]));
      });
      for (const path of structures) {
        const [then, now] = drawn.get(path) ?? [];
        if (!then || !now) throw new Error(`${path} was not drawn`);
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
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints a lesson kit: no navigation, the self-check answers, the diagram in light colours', async () => {
    const { page, context, errors } = await openPage(old(), baseURL, { colorScheme: 'dark' });
    await page.goto(siteUrl(baseURL, 'lessons/shanghai/'));
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const sel of ['.site-header', '.breadcrumbs', '.lesson-toc', '.site-footer', '[data-classroom-open]']) {
      expect(await page.locator(sel).evaluateAll((els) => els.some((e) => e.getClientRects().length > 0)), `${sel} printed`).toBe(false);
    }
    // Chromium 110 has no ::details-content: a script opens the answers for print (print-answers.ts).
    expect(await page.locator('.self-check .answer').first().isVisible()).toBe(true);
    expect(await page.locator('.dg-node-label').first().evaluate((t) => getComputedStyle(t).fill)).toBe('rgb(29, 27, 25)');
    await page.emulateMedia({ media: null, colorScheme: 'dark' });
    // Back on screen they close again (the media query's change event comes a moment later).
    await expect.poll(() => page.locator('.self-check .answer').first().isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints a lesson kit to PDF on about as many A4 pages as current Chromium', async () => {
    const pdfPages = async (browser: Browser) => {
      const { page, context } = await openPage(browser, baseURL);
      await page.goto(siteUrl(baseURL, 'lessons/shanghai/'));
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      await context.close();
      return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
    };
    const [then, now] = await Promise.all([pdfPages(old()), pdfPages(current())]);
    expect(now).toBeGreaterThanOrEqual(2);
    expect(Math.abs(then - now), `${then} pages in Chromium 110, ${now} now`).toBeLessThanOrEqual(1);
  });

  it('downloads a diagram as SVG in its light colours from a dark page, and as PNG', async () => {
    const { page, context, errors } = await openPage(old(), baseURL, { colorScheme: 'dark' });
    await page.goto(siteUrl(baseURL, SHIHE));
    const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="svg"]').click()]);
    const text = readFileSync((await svg.path()) as string, 'utf8');
    expect(text.startsWith('<?xml')).toBe(true);
    const fills = await page.evaluate((src) => {
      const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
      return { error: doc.querySelector('parsererror'), label: doc.querySelector('tspan')?.parentElement?.getAttribute('fill') };
    }, text);
    expect(fills).toEqual({ error: null, label: 'rgb(29, 27, 25)' });
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="png"]').click()]);
    expect(readFileSync((await png.path()) as string).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(errors).toEqual([]);
    await context.close();
  });
});
