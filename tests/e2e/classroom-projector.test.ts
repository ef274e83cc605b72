/**
 * Classroom mode on a projector, in Chromium at the two common projector resolutions: the drawing
 * fills the screen with labels legible from the back of a room, every step; Space, Enter, a click
 * or a tap steps; a counter and a bar say where the trainer is; F and a button switch full screen,
 * with the dialog filling the window where the browser will not; the projector theme holds
 * whatever the site's theme; opening moves nothing on the page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, siteUrl, stateViolations, useBrowser } from './browser';
import { measureDrawing, openClassroom, visibleSteps } from './classroom';

const baseURL = inject('baseURL');
const browser = useBrowser();

const PROJECTORS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/**
 * Figures of each shape: the widest structure (建邺, a row of eight units), a tall one (浦东四级联动,
 * five levels), a small one (虹储), a lesson kit's one-model timeline and the five-lane cross-region one.
 */
const FIGURES = [
  { path: '/structures/jianye-yi-wei-yi-ju-yi-zhan/', index: 0 },
  { path: '/structures/pudong-si-ji-lian-dong/', index: 0 },
  { path: '/structures/shanghai-hongchu/', index: 0 },
  { path: '/lessons/shanghai/', index: 1 },
  { path: '/timeline/', index: 0 },
] as const;

const dialogOf = (page: Page) => page.locator('dialog[data-classroom]');
const counter = (page: Page) => page.locator('[data-classroom-count]').textContent();
const meter = (page: Page) =>
  page.locator('[data-classroom-meter]').evaluate((bar) => Math.round((bar.getBoundingClientRect().width / (bar.parentElement as HTMLElement).getBoundingClientRect().width) * 100));

describe('the drawing fills a projector', () => {
  for (const size of PROJECTORS) {
    it(`at ${size.width}×${size.height}: at every step the drawing covers half the screen, labels are ≥ 20 px, the step's units are whole, emphasised, the earlier ones dimmed`, async () => {
      const { page, context, errors } = await openPage(browser(), baseURL);
      await page.setViewportSize(size);
      for (const { path, index } of FIGURES) {
        await page.goto(siteUrl(baseURL, path));
        await openClassroom(page, index);
        const count = await dialogOf(page).locator('[data-step]').count();
        expect(count, path).toBeGreaterThan(1);
        for (let i = 0; i < count; i++) {
          if (i > 0) await page.keyboard.press('ArrowRight');
          const m = await measureDrawing(page);
          const at = `${path} step ${i + 1}/${count}`;
          expect(m.areaShare, at).toBeGreaterThanOrEqual(0.5);
          expect(m.labelPx, at).toBeGreaterThanOrEqual(20);
          // A structure's units of the step are on screen whole; a timeline's stage band may run
          // on past the edge (a long stage zoomed in), but its start and label are in view.
          if (path.startsWith('/structures/')) expect(m.cut, at).toBeLessThanOrEqual(1);
          expect(m.currentOpacity, at).toBe(1);
          if (i > 0) expect(m.pastOpacity, at).toBeLessThan(0.6);
        }
        await page.keyboard.press('Escape');
        await expect.poll(() => dialogOf(page).isVisible()).toBe(false);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('stepping like slide software', () => {
  it('Space, Enter, a click on the stage and → go forward, ← back; a counter and a bar show the position; a focused button keeps Enter', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.setViewportSize(PROJECTORS[0]);
    await page.goto(siteUrl(baseURL, '/structures/pudong-si-ji-lian-dong/'));
    await openClassroom(page);
    expect(await counter(page)).toBe('1 / 5');
    expect(await meter(page)).toBe(20);
    await page.keyboard.press(' ');
    expect(await counter(page)).toBe('2 / 5');
    await page.keyboard.press('Enter');
    expect(await counter(page)).toBe('3 / 5');
    expect(await meter(page)).toBe(60);
    // A click on empty stage, away from the units (a click on a unit goes to its level instead).
    const stage = (await dialogOf(page).locator('[data-classroom-stage]').boundingBox())!;
    await page.mouse.click(stage.x + 8, stage.y + stage.height - 8);
    expect(await counter(page)).toBe('4 / 5');
    expect(await visibleSteps(page)).toEqual(['past', 'past', 'past', 'current', '-']);
    await page.keyboard.press('ArrowLeft');
    expect(await counter(page)).toBe('3 / 5');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await counter(page)).toBe('5 / 5');
    expect(await meter(page)).toBe(100);
    await dialogOf(page).locator('[data-classroom-prev]').focus();
    await page.keyboard.press('Enter');
    expect(await counter(page), 'Enter on 上一步 goes back, and only that').toBe('4 / 5');
    expect(new URL(page.url()).hash, 'no unit link followed behind the view').toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a tap on the stage of a touch screen steps forward', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL, { touch: true });
    await page.setViewportSize({ width: 1180, height: 820 });
    await page.goto(siteUrl(baseURL, '/timeline/'));
    await openClassroom(page);
    const text = (await dialogOf(page).locator('[data-step][data-state="current"]').boundingBox())!;
    await page.touchscreen.tap(text.x + text.width / 2, text.y + text.height / 2);
    expect(await counter(page)).toMatch(/^2 \/ \d+$/);
    const chart = (await dialogOf(page).locator('svg.cr-drawing').boundingBox())!;
    await page.touchscreen.tap(chart.x + chart.width - 10, chart.y + chart.height - 10);
    expect(await counter(page)).toMatch(/^3 \/ \d+$/);
    expect(new URL(page.url()).pathname, 'an event’s link in the chart is not followed').toMatch(/\/timeline\/$/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('full screen', () => {
  it('opens in full screen; F and the button leave and enter it, and leaving keeps the view open', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/structures/shanghai-hongchu/'));
    await openClassroom(page);
    const button = dialogOf(page).locator('[data-classroom-fullscreen]');
    const inFullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
    await expect.poll(inFullscreen).toBe(true);
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('f');
    await expect.poll(inFullscreen).toBe(false);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await dialogOf(page).isVisible(), 'the view stays open').toBe(true);
    await button.click();
    await expect.poll(inFullscreen).toBe(true);
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('F');
    await expect.poll(inFullscreen).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogOf(page).isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const [name, script] of [
    ['missing', () => void Reflect.deleteProperty(Element.prototype, 'requestFullscreen')],
    ['refused', () => void (Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed')))],
  ] as const) {
    it(`where the Fullscreen API is ${name}, the view fills the window and says so`, async () => {
      const { page, context, errors } = await openPage(browser(), baseURL);
      await page.addInitScript(script);
      await page.setViewportSize(PROJECTORS[0]);
      await page.goto(siteUrl(baseURL, '/structures/shanghai-hongchu/'));
      await openClassroom(page);
      const dialog = dialogOf(page);
      await expect.poll(() => dialog.getAttribute('data-full')).toBe('window');
      expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
      const note = dialog.locator('[data-classroom-note]');
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toContain('F11');
      const box = (await dialog.boundingBox())!;
      expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, 1280, 720]);
      expect(await dialog.locator('[data-classroom-fullscreen]').getAttribute('aria-pressed')).toBe('true');
      expect(await stateViolations(page)).toEqual([]);
      // F switches the fallback off and on again, as it would full screen.
      await page.keyboard.press('f');
      expect(await dialog.getAttribute('data-full')).toBeNull();
      expect(await note.isVisible()).toBe(false);
      await page.keyboard.press('f');
      await expect.poll(() => dialog.getAttribute('data-full')).toBe('window');
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('the projector theme', () => {
  it('is dark on white with strong lines even when the site is dark; opening moves nothing on the page', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL, { colorScheme: 'dark' });
    await page.goto(siteUrl(baseURL, '/structures/jianye-yi-wei-yi-ju-yi-zhan/'));
    const pageBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(pageBg, 'the site is dark').not.toBe('rgb(255, 255, 255)');
    // Shifts from here on: opening and closing the view (the page's load is the gates' to judge).
    await page.evaluate(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) (window as unknown as { shifts: number }).shifts += (e as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift' });
    });
    await openClassroom(page);
    await page.keyboard.press('ArrowRight');
    const theme = await page.evaluate(() => {
      const dialog = document.querySelector('dialog[data-classroom]') as HTMLElement;
      const label = dialog.querySelector('svg.cr-drawing .dg-node[data-state="current"] .dg-node-label') as SVGElement;
      const shape = dialog.querySelector('svg.cr-drawing .dg-node .dg-shape') as SVGElement;
      const line = dialog.querySelector('svg.cr-drawing .dg-line') as SVGElement;
      return {
        background: getComputedStyle(dialog).backgroundColor,
        text: getComputedStyle(dialog).color,
        label: getComputedStyle(label).fill,
        shape: parseFloat(getComputedStyle(shape).strokeWidth),
        line: parseFloat(getComputedStyle(line).strokeWidth),
        canvas: getComputedStyle(dialog).getPropertyValue('--dg-canvas').trim(),
      };
    });
    expect(theme.background).toBe('rgb(255, 255, 255)');
    expect(theme.text).toBe('rgb(0, 0, 0)');
    expect(theme.label).toBe('rgb(0, 0, 0)');
    expect(theme.shape).toBeGreaterThanOrEqual(3);
    expect(theme.line).toBeGreaterThanOrEqual(2.5);
    expect(await stateViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogOf(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), 'layout shift on the page').toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
