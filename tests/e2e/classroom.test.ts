/**
 * The classroom view outside the lesson kits, in Chromium: a structure page that is in no kit and
 * the cross-region timeline, stepped through from the keyboard; its code loaded only on first
 * use; axe-core with the view open; no button without JavaScript; every step whole on a
 * projector's and a phone's screen. (The kits' classroom tests are in lessons.test.ts.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { BUDGETS } from '../../bench/budgets';
import { javaScriptBytes, openPage, siteUrl, stateViolations, useBrowser } from './browser';
import { measureDrawing, openClassroom, repeatedIds, stepsOnScreen, visibleSteps } from './classroom';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** 虹储 “1+2+6”: three levels, in no lesson kit. */
const HONGCHU = '/structures/shanghai-hongchu/';
const TIMELINE = '/timeline/';
/** The chunk with the classroom view's code, loaded on the first click of a 课堂模式 button, and its stylesheet, which it loads. */
const VIEW_CODE = /\/ClassroomCode\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;
const VIEW_STYLES = /\/classroom\.[\w-]+\.css$/;

const dialogOf = (page: Page) => page.locator('dialog[data-classroom]');
const progress = (page: Page) => page.locator('[data-classroom-progress]').textContent();
const focusIsOn = (page: Page, selector: string) => page.evaluate((sel) => document.activeElement === document.querySelector(sel), selector);

/** Rows of the diagram's copy whose units are shown (the rest wait for their level's step). */
const shownRows = (page: Page) =>
  dialogOf(page)
    .locator('svg.cr-drawing .dg-node')
    .evaluateAll((ns) => [...new Set(ns.filter((n) => getComputedStyle(n).visibility !== 'hidden').map((n) => Number((n as SVGElement).dataset.row)))].sort());

/** How far the current step reaches past the classroom stage's visible box, in pixels (0: none). */
const currentStepCut = (page: Page) =>
  page.evaluate(() => {
    const stage = document.querySelector('[data-classroom-stage]') as HTMLElement;
    const step = stage.querySelector('[data-step][data-state="current"]') as HTMLElement;
    const s = stage.getBoundingClientRect();
    const b = step.getBoundingClientRect();
    return Math.max(0, s.top - b.top, b.bottom - s.bottom, s.left - b.left, b.right - s.right);
  });

describe('classroom mode on a structure page that is in no lesson kit', () => {
  it('steps level by level with the arrow keys, loads its code on first use; Esc gives the focus back', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (['script', 'stylesheet'].includes(r.resourceType())) scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(siteUrl(baseURL, HONGCHU), { waitUntil: 'networkidle' });
    expect(scripts.some((s) => VIEW_CODE.test(s) || VIEW_STYLES.test(s)), 'the view’s code and styles wait for the first click').toBe(false);
    expect(await page.locator('style, link[rel="stylesheet"]').evaluateAll((ss) => ss.some((s) => (s.textContent ?? '').includes('.classroom-stage'))), 'nor are its styles in the page').toBe(false);
    await openClassroom(page);
    expect(scripts.some((s) => VIEW_CODE.test(s))).toBe(true);
    expect(scripts.some((s) => VIEW_STYLES.test(s))).toBe(true);
    const dialog = dialogOf(page);
    expect(await dialog.locator('[data-classroom-title]').textContent()).toBe('虹储居民区“1+2+6”');
    expect(await dialog.locator('[data-step]').count()).toBe(3);
    expect(await visibleSteps(page)).toEqual(['current', '-', '-']);
    expect(await dialog.locator('[data-step]').first().textContent()).toContain('居民区党总支');
    expect(await progress(page)).toContain('1 / 3');
    expect(await shownRows(page)).toEqual([0]);
    await page.keyboard.press('ArrowRight');
    expect(await visibleSteps(page)).toEqual(['past', 'current', '-']);
    expect(await shownRows(page)).toEqual([0, 1]);
    await page.keyboard.press('ArrowDown');
    expect(await visibleSteps(page)).toEqual(['past', 'past', 'current']);
    expect(await shownRows(page)).toEqual([0, 1, 2]);
    expect(await progress(page)).toContain('3 / 3');
    await page.keyboard.press('ArrowRight');
    expect(await visibleSteps(page), 'stops at the last level').toEqual(['past', 'past', 'current']);
    await page.keyboard.press('ArrowLeft');
    expect(await visibleSteps(page)).toEqual(['past', 'current', '-']);
    expect(await stepsOnScreen(page), 'beside the drawing, only the current level’s text').toEqual([
      await dialog.locator('[data-step][data-state="current"]').getAttribute('data-step-label'),
    ]);
    await page.keyboard.press('Home');
    expect(await visibleSteps(page)).toEqual(['current', '-', '-']);
    expect((await measureDrawing(page)).labelPx, 'the drawing’s labels in large type').toBeGreaterThanOrEqual(20);
    const fontSize = await dialog.locator('.cr-node').first().evaluate((n) => parseFloat(getComputedStyle(n).fontSize));
    expect(fontSize, 'the step’s text under it, large too').toBeGreaterThanOrEqual(20);
    expect(await repeatedIds(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await focusIsOn(page, '[data-classroom-open]')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('classroom mode on the cross-region timeline', () => {
  it('steps through every model’s stages in the order they began; Esc gives the focus back', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, TIMELINE));
    const bands = await page.locator('timeline-explorer svg.tl-chart .tl-band[data-name]').count();
    await openClassroom(page);
    const dialog = dialogOf(page);
    expect(await dialog.locator('[data-classroom-title]').textContent()).toBe('各地区改革阶段(按开始时间)');
    const labels = await dialog.locator('[data-step]').evaluateAll((ss) => ss.map((s) => (s as HTMLElement).dataset.stepLabel));
    expect(labels, 'one step a stage band of the chart').toHaveLength(bands);
    expect(labels[0]).toBe('上海 · 起步探索阶段');
    // 建邺 began in 2009, 浦东's stage in 2017; 浉河's source gives no year, so its stages come last.
    expect(labels.indexOf('南京建邺 · 试点')).toBeLessThan(labels.findIndex((l) => l?.startsWith('浦东')));
    expect(labels.slice(-3)).toEqual(['浉河 · 试点', '浉河 · 全面推开', '浉河 · 纵深推进']);
    expect(await progress(page)).toContain(`1 / ${bands}`);
    expect((await visibleSteps(page)).slice(0, 2)).toEqual(['current', '-']);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    expect((await visibleSteps(page)).slice(0, 4)).toEqual(['past', 'past', 'current', '-']);
    expect(await progress(page)).toContain('上海 · 深化内涵阶段');
    await page.keyboard.press('ArrowUp');
    expect((await visibleSteps(page)).slice(0, 3)).toEqual(['past', 'current', '-']);
    await page.keyboard.press('End');
    expect((await visibleSteps(page)).at(-1)).toBe('current');
    await dialog.locator('[data-classroom-prev]').click();
    expect((await visibleSteps(page)).slice(-2)).toEqual(['current', '-']);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await focusIsOn(page, '[data-classroom-open]')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows the model filter: the link from a model page shows that model’s stages on its lane of the chart', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(`${siteUrl(baseURL, TIMELINE)}?models=shanghai`);
    await openClassroom(page);
    const labels = await dialogOf(page).locator('[data-step]').evaluateAll((ss) => ss.map((s) => (s as HTMLElement).dataset.stepLabel));
    expect(labels).toEqual(['上海 · 起步探索阶段', '上海 · 重点突破阶段', '上海 · 深化内涵阶段']);
    // One lane is wide enough to draw above the text, revealed band by band.
    const chart = dialogOf(page).locator('svg.cr-drawing');
    expect(await chart.isVisible()).toBe(true);
    const shownBands = () =>
      chart.locator('.tl-lane:not([hidden]) .tl-band').evaluateAll((bs) => bs.filter((b) => getComputedStyle(b).visibility !== 'hidden').map((b) => (b as SVGElement).dataset.name));
    expect(await shownBands()).toEqual(['起步探索阶段']);
    await page.keyboard.press('ArrowRight');
    expect(await shownBands()).toEqual(['起步探索阶段', '重点突破阶段']);
    expect(await repeatedIds(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('classroom mode: cost, reach and accessibility', () => {
  it('loads none of its code until used, and the page stays within the diagram pages\' JavaScript budget', async () => {
    for (const path of [HONGCHU, TIMELINE]) {
      const { total, files } = await javaScriptBytes(browser(), baseURL, path);
      expect(total, path).toBeLessThanOrEqual(BUDGETS.diagramPageJsGzip);
      expect(files.some((f) => VIEW_CODE.test(f)), path).toBe(false);
    }
  });

  it('shows no button without JavaScript, and the figures stay complete', async () => {
    const { page, context } = await openPage(browser(), baseURL, { javaScriptEnabled: false });
    for (const path of [HONGCHU, TIMELINE]) {
      await page.goto(siteUrl(baseURL, path));
      expect(await page.locator('[data-classroom-open]').count(), path).toBe(1);
      expect(await page.locator('[data-classroom-open]').isVisible(), path).toBe(false);
      expect(await dialogOf(page).isVisible(), path).toBe(false);
    }
    expect(await page.locator('svg.tl-chart .tl-band').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('axe-core finds no violation with the view open, light and dark', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    for (const path of [HONGCHU, TIMELINE]) {
      await page.goto(siteUrl(baseURL, path));
      await openClassroom(page);
      await page.keyboard.press('ArrowRight');
      expect(await stateViolations(page), path).toEqual([]);
    }
    await context.close();
  });
});

describe('how the classroom view looks', () => {
  const sizes = [
    { name: 'projector', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ] as const;
  for (const size of sizes) {
    it(`at ${size.width}×${size.height}: each step on screen whole, nothing wider than the screen`, async () => {
      const { page, context } = await openPage(browser(), baseURL, { viewport: size.name === 'phone' ? 'phone' : 'desktop' });
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const [path, name] of [
        [HONGCHU, 'hongchu'],
        [TIMELINE, 'timeline'],
      ] as const) {
        await page.goto(siteUrl(baseURL, path));
        await openClassroom(page);
        const count = await dialogOf(page).locator('[data-step]').count();
        for (let i = 0; i < count; i++) {
          if (i > 0) await page.keyboard.press('ArrowRight');
          const stage = page.locator('[data-classroom-stage]');
          expect(await stage.evaluate((s) => s.scrollWidth - s.clientWidth), `${name} step ${i + 1}`).toBeLessThanOrEqual(0);
          const bar = await page.locator('.classroom-bar').boundingBox();
          expect([bar?.x, bar?.width], `${name} step ${i + 1}: the bar within the screen`).toEqual([0, size.width]);
          // A step taller than a phone's screen scrolls into view from its start; on a projector each fits.
          if (size.name === 'projector') expect(await currentStepCut(page), `${name} step ${i + 1}`).toBeLessThanOrEqual(1);
        }
        await page.keyboard.press('Escape');
      }
      await context.close();
    });
  }
});
