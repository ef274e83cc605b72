/**
 * Structure diagrams on a phone and a tablet, in Chromium with touch emulation (isMobile,
 * hasTouch): the drawing opens fitted to the screen as an overview, zooms out and in, pinches and
 * pans; a tap on a unit opens its detail as a bottom sheet with the unit still in view; the help
 * names the gestures; a malformed hash is ignored. Real pages, real touch events (CDP).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, openPage, siteUrl, SMALL_PHONE, useBrowser, VIEWPORTS } from './browser';
import { openClassroom } from './classroom';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** The widest drawing (1,069 px at its own size). */
const JIANYE = 'jianye-yi-wei-yi-ju-yi-zhan';
const JIANYE_PAGE = `/structures/${JIANYE}/`;
/** A model page and a lesson kit: several diagrams each, with their text versions. */
const MANY_DIAGRAMS = ['/models/pudong/', '/lessons/si-tiao-lujing/'];
const PHONES = { '360×740': SMALL_PHONE, '390×844': VIEWPORTS.phone } as const;
const TABLET = { width: 820, height: 1180 };

async function openPhone(size: { width: number; height: number }, opts: { colorScheme?: 'light' | 'dark' } = {}) {
  const watched = await openPage(browser(), baseURL, { viewport: 'phone', touch: true, ...opts });
  await watched.page.setViewportSize(size);
  return watched;
}

/** The drawing's zoom, read from the transform d3-zoom writes on its viewport group. */
async function zoomOf(page: Page, diagram = 0) {
  const t = (await page.locator('g.dg-viewport').nth(diagram).getAttribute('transform')) ?? '';
  const [, x = '0', y = '0', k = '1'] = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(t) ?? [];
  return { x: Number(x), y: Number(y), k: Number(k) };
}

/** Two fingers on the drawing, `from` px either side of its centre moving to `to` px, as CDP touch events. */
async function pinch(page: Page, from: number, to: number, drawing = 'svg.dg-svg') {
  const box = (await page.locator(drawing).first().boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  const at = (d: number) => [
    { x: cx - d, y: cy, id: 0 },
    { x: cx + d, y: cy, id: 1 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(from) });
  for (let i = 1; i <= 8; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(from + ((to - from) * i) / 8) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** One finger dragged across the drawing by (dx, dy). */
async function drag(page: Page, dx: number, dy: number) {
  const box = (await page.locator('svg.dg-svg').first().boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y, id: 0 }] });
  for (let i = 1; i <= 8; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 8, y: y + (dy * i) / 8, id: 0 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Which of the help's two texts shows: the touch gestures or the keys and the mouse. */
const helpShown = (page: Page) =>
  page
    .locator('[data-help]')
    .first()
    .evaluate((p) => ({
      touch: p.querySelector('.dg-for-touch')!.getClientRects().length > 0,
      pointer: p.querySelector('.dg-for-pointer')!.getClientRects().length > 0,
    }));

describe('a structure on a phone (touch)', () => {
  for (const [name, size] of Object.entries(PHONES)) {
    it(`opens every drawing fitted to its box at ${name}: structure page, model page, lesson kit`, async () => {
      const { page, context, errors } = await openPhone(size);
      for (const path of [JIANYE_PAGE, ...MANY_DIAGRAMS]) {
        await page.goto(siteUrl(baseURL, path));
        const fits = await page.locator('structure-diagram').evaluateAll((ds) =>
          ds.map((d) => {
            const svg = d.querySelector('svg.dg-svg')!.getBoundingClientRect();
            const canvas = d.querySelector<HTMLElement>('.dg-canvas')!;
            return { svg: svg.width, box: canvas.clientWidth, scroll: canvas.scrollWidth, enhanced: d.classList.contains('is-enhanced') };
          }),
        );
        expect(fits.length, path).toBeGreaterThanOrEqual(1);
        for (const f of fits) {
          expect(f.enhanced, path).toBe(true);
          expect(f.svg, path).toBeLessThanOrEqual(f.box + 0.5);
          expect(f.scroll, path).toBeLessThanOrEqual(f.box);
        }
      }
      expect(await helpShown(page)).toEqual({ touch: true, pointer: false });
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('zooms out below the fitted overview and back in with the toolbar', async () => {
    const { page, context, errors } = await openPhone(SMALL_PHONE);
    await page.goto(siteUrl(baseURL, JIANYE_PAGE));
    expect((await zoomOf(page)).k).toBe(1);
    const drawn = () => page.locator('g.dg-viewport').first().evaluate((g) => g.getBoundingClientRect().width);
    const fitted = await drawn();
    await page.locator('[data-zoom="out"]').tap();
    expect((await zoomOf(page)).k).toBeCloseTo(1 / 1.5, 3);
    expect(await drawn()).toBeLessThan(fitted * 0.7);
    await page.locator('[data-zoom="out"]').tap();
    await page.locator('[data-zoom="out"]').tap();
    expect((await zoomOf(page)).k, 'stops at half the overview').toBeCloseTo(0.5, 3);
    await page.locator('[data-zoom="reset"]').tap();
    expect(await zoomOf(page)).toEqual({ x: 0, y: 0, k: 1 });
    // Zoomed in, the labels reach their own size (14 px) and beyond, however small the overview.
    for (let i = 0; i < 4; i++) await page.locator('[data-zoom="in"]').tap();
    const label = await page.locator('.dg-node-label').first().evaluate((t) => t.getBoundingClientRect().height);
    expect(label).toBeGreaterThanOrEqual(14);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('pinches to zoom and pans with one finger once zoomed; at the overview a swipe is the page’s', async () => {
    const { page, context, errors } = await openPhone(VIEWPORTS.phone);
    await page.goto(siteUrl(baseURL, JIANYE_PAGE));
    await page.locator('svg.dg-svg').scrollIntoViewIfNeeded();
    expect(await page.locator('svg.dg-svg').evaluate((s) => getComputedStyle(s).touchAction)).toBe('pan-y');
    await drag(page, -80, 0);
    expect(await zoomOf(page), 'a one-finger swipe at the overview leaves the drawing alone').toEqual({ x: 0, y: 0, k: 1 });
    const scrolled = await page.evaluate(() => window.scrollY);
    await drag(page, 0, -150);
    // …and scrolls the page.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 50);
    expect(await zoomOf(page)).toEqual({ x: 0, y: 0, k: 1 });
    await page.locator('svg.dg-svg').scrollIntoViewIfNeeded();
    // While the swipe's fling still moves the page, its touchmoves cannot be cancelled, and Chromium
    // logs each pinch move as an error: pinch once the page is still, as a reader would.
    let lastY = Number.NaN;
    await expect
      .poll(async () => {
        const y = await page.evaluate(() => window.scrollY);
        const still = y === lastY;
        lastY = y;
        return still;
      }, { interval: 200 })
      .toBe(true);

    await pinch(page, 30, 90);
    const zoomed = await zoomOf(page);
    expect(zoomed.k).toBeGreaterThan(1.5);
    expect(await page.locator('svg.dg-svg').evaluate((s) => getComputedStyle(s).touchAction)).toBe('none');
    await drag(page, 60, 20);
    const panned = await zoomOf(page);
    expect(panned.k).toBeCloseTo(zoomed.k, 5);
    expect(panned.x).not.toBeCloseTo(zoomed.x, 0);

    await pinch(page, 120, 60);
    expect((await zoomOf(page)).k).toBeLessThan(panned.k);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`a tap on a unit opens its detail as a bottom sheet with the unit still in view; closing gives focus back (${colorScheme})`, async () => {
      const { page, context, errors } = await openPhone(SMALL_PHONE, { colorScheme });
      await page.goto(siteUrl(baseURL, JIANYE_PAGE));
      const panel = page.locator('[data-panel]');
      // Nothing to hover on a touch screen: no empty panel takes room before a tap.
      expect(await panel.isVisible()).toBe(false);
      await page.locator('svg.dg-svg').scrollIntoViewIfNeeded();
      const unit = page.locator('a.dg-node[data-node="juweihui"]');
      const before = await page.evaluate(() => window.scrollY);
      const box = (await unit.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => panel.getAttribute('class')).toContain('is-open');

      const sheet = (await panel.boundingBox())!;
      const after = (await unit.boundingBox())!;
      expect(sheet.y + sheet.height, 'the sheet sits on the bottom of the screen').toBeCloseTo(SMALL_PHONE.height, 0);
      expect(sheet.height).toBeLessThanOrEqual(SMALL_PHONE.height / 2);
      expect(after.y, 'the unit stays on screen').toBeGreaterThanOrEqual(0);
      expect(after.y + after.height, 'above the sheet').toBeLessThanOrEqual(sheet.y);
      // The page moved no more than it takes to keep the unit above the sheet.
      expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThanOrEqual(SMALL_PHONE.height / 2);
      expect(await page.locator('[data-panel-body] .dg-detail-title').textContent()).toBe('社区居委会');
      expect(await page.locator('[data-panel-body]').textContent()).toContain('监督（指向 社区管理服务站）');
      expect(await page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset?.node)).toBe('juweihui');
      expect(new URL(page.url()).hash).toBe(`#node-${JIANYE}-juweihui`);
      expect(await axeViolations(page)).toEqual([]);

      await page.locator('[data-panel-close]').tap();
      expect(await panel.isVisible()).toBe(false);
      expect(await page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset?.node)).toBe('juweihui');
      expect(new URL(page.url()).hash).toBe('');
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('the sheet on a model page shows the unit’s details from the text version, with its source link', async () => {
    const { page, context, errors } = await openPhone(VIEWPORTS.phone);
    await page.goto(siteUrl(baseURL, '/models/pudong/'));
    const diagram = page.locator('structure-diagram').first();
    const unit = diagram.locator('a.dg-node').first();
    await unit.scrollIntoViewIfNeeded();
    const id = await unit.getAttribute('data-node');
    const structure = await diagram.getAttribute('data-structure');
    await unit.tap();
    const panel = diagram.locator('[data-panel]');
    await expect.poll(() => panel.getAttribute('class')).toContain('is-open');
    const entry = page.locator(`#${structure}-node-${id}`);
    expect(await panel.locator('.dg-detail-title').textContent()).toBe(await entry.locator('strong').textContent());
    const cite = panel.locator('.dg-detail-source a');
    expect(await cite.getAttribute('href')).toBe(await entry.locator('a.cite').first().getAttribute('href'));
    expect(await panel.locator(`a[href="#${structure}-node-${id}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws at load without shifting the layout', async () => {
    const { page, context } = await openPhone(SMALL_PHONE);
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!e.hadRecentInput) (window as unknown as { shift: number }).shift += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const path of [JIANYE_PAGE, MANY_DIAGRAMS[1]!]) {
      await page.goto(siteUrl(baseURL, path), { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift), path).toBeLessThanOrEqual(0.02);
    }
    await context.close();
  });
});

describe('a malformed hash', () => {
  it('is ignored quietly on every kind of page that draws a structure', async () => {
    const { page, context, errors } = await openPhone(VIEWPORTS.phone);
    for (const path of [JIANYE_PAGE, ...MANY_DIAGRAMS]) {
      await page.goto(`${siteUrl(baseURL, path)}#%E0%A4%A`);
      await expect.poll(() => page.locator('structure-diagram.is-enhanced').count()).toBeGreaterThan(0);
      // A later hash change, too.
      await page.evaluate(() => {
        location.hash = '#node-%E0%A4%A';
      });
      await page.waitForTimeout(100);
      expect(await page.locator('[data-panel].is-open').count(), path).toBe(0);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a structure with a mouse and keys', () => {
  it('keeps the detail beside or below the drawing, and the help names keys and the mouse', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, JIANYE_PAGE));
    expect(await helpShown(page)).toEqual({ touch: false, pointer: true });
    await page.locator('a.dg-node[data-node="juweihui"]').click();
    expect(await page.locator('[data-panel]').evaluate((p) => getComputedStyle(p).position)).not.toBe('fixed');
    await context.close();
  });
});

describe('classroom mode on a tablet (touch)', () => {
  it('fits the drawing to the screen, names the touch controls, and steps with the buttons', async () => {
    const { page, context, errors } = await openPhone({ width: TABLET.height, height: TABLET.width });
    // Landscape, a drawing narrow enough to have the detail beside it on a desktop: no column is
    // kept for a panel that opens as a bottom sheet here.
    await page.goto(siteUrl(baseURL, '/structures/pudong-si-ji-lian-dong/'));
    expect(await page.locator('.dg-body').evaluate((b) => getComputedStyle(b).gridTemplateColumns.split(' ').length)).toBe(1);
    await page.setViewportSize(TABLET);
    await page.goto(siteUrl(baseURL, JIANYE_PAGE));
    await openClassroom(page);
    const dialog = page.locator('dialog[data-classroom]');
    const fit = await dialog.evaluate((d) => {
      const stage = d.querySelector('[data-classroom-stage]')!.getBoundingClientRect();
      const svg = d.querySelector('svg.cr-drawing')!.getBoundingClientRect();
      return { stage: stage.width, svg: svg.width, right: svg.right, stageRight: stage.right };
    });
    expect(fit.svg).toBeGreaterThan(0);
    expect(fit.right).toBeLessThanOrEqual(fit.stageRight + 0.5);
    const help = await dialog.locator('.classroom-help').evaluate((p) => ({
      touch: p.querySelector('.cr-for-touch')!.getClientRects().length > 0,
      keys: p.querySelector('.cr-for-keys')!.getClientRects().length > 0,
    }));
    expect(help).toEqual({ touch: true, keys: false });
    await dialog.locator('[data-classroom-next]').tap();
    expect(await dialog.locator('[data-classroom-progress]').textContent()).toContain('2 / 4');

    // A tap on a unit shows its level's step; a pinch zooms the drawing, not the page.
    const top = (await dialog.locator('svg.cr-drawing .dg-node[data-node="quwei"]').boundingBox())!;
    await page.touchscreen.tap(top.x + top.width / 2, top.y + top.height / 2);
    expect(await dialog.locator('[data-classroom-progress]').textContent()).toContain('1 / 4');
    expect(new URL(page.url()).hash, 'the unit’s link is not followed behind the view').toBe('');
    const transform = () => dialog.locator('svg.cr-drawing g.dg-viewport').getAttribute('transform');
    expect(await transform()).toBeNull();
    await pinch(page, 40, 120, 'svg.cr-drawing');
    expect(await transform()).toMatch(/scale\((?:[2-9]|1\.[5-9])/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
