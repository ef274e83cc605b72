/**
 * Lesson kits in Chromium: the parts a trainer needs, the self-check without JavaScript, the A4
 * handout (printed to PDF, pages counted, rendered to PNG for a person to look at), and the
 * classroom mode driven from the keyboard.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { BUDGETS } from '../../bench/budgets';
import { javaScriptBytes, openPage, siteUrl, stateViolations, useBrowser } from './browser';
import { openClassroom, repeatedIds, stepsOnScreen, visibleSteps } from './classroom';

const baseURL = inject('baseURL');
const browser = useBrowser();

/**
 * The kits, and how many A4 pages each may print to: measured with the structure diagrams and
 * timeline charts (shanghai 8, pudong 8, jianye 6, shihe 6, the cross-model kit with five
 * structures and four lanes 16) plus one page of slack, so a few more events or questions pass
 * but a layout that stops breaking tables across pages fails.
 */
const KITS = [
  { id: 'shanghai', maxPages: 9 },
  { id: 'pudong', maxPages: 9 },
  { id: 'jianye', maxPages: 7 },
  { id: 'shihe', maxPages: 7 },
  { id: 'si-tiao-lujing', maxPages: 17 },
] as const;

const kitUrl = (id: string) => siteUrl(baseURL, `lessons/${id}/`);

/** The binary's path when it is installed (poppler-utils), else undefined. */
function which(bin: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) if (existsSync(`${dir}/${bin}`)) return `${dir}/${bin}`;
  return undefined;
}

/** Pages of a PDF as Chromium writes it: one `/Type /Page` dictionary a page. */
function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

describe('lesson kits', () => {
  for (const { id } of KITS) {
    it(`${id}: has every part of a kit, and no request to another host`, async () => {
      const { page, context, errors, foreignRequests } = await openPage(browser(), baseURL);
      const res = await page.goto(kitUrl(id));
      expect(res?.status()).toBe(200);
      const headings = await page.locator('.lesson-body > .heading-anchored > h2').allTextContents();
      expect(headings).toEqual(['学习目标', '要点', '组织架构', '改革历程', '讨论题', '比较练习', '自测', '阅读材料']);
      const questions = await page.locator('.questions > li').count();
      expect(questions).toBeGreaterThanOrEqual(3);
      expect(questions).toBeLessThanOrEqual(5);
      expect(await page.locator('.self-check details').count()).toBeGreaterThanOrEqual(3);
      expect(await page.locator('.lesson-kit a[href*="/compare/?m="]').count()).toBe(1);
      expect(await page.locator('.lesson-kit .structure-text').count()).toBeGreaterThan(0);
      // Every fact in the key points and answers carries a source marker.
      for (const sel of ['.key-points > li', '.self-check > li', '.questions > li']) {
        const withoutCite = await page.locator(sel).evaluateAll((items) => items.filter((li) => !li.querySelector('a[data-cite]')).length);
        expect(withoutCite, `${sel} without a citation`).toBe(0);
      }
      expect(foreignRequests).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('key points link to headings that exist on the model pages', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    const links = new Set<string>();
    for (const { id } of KITS) {
      await page.goto(kitUrl(id));
      for (const href of await page.locator('.key-points .see a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) links.add(href);
    }
    expect(links.size).toBeGreaterThan(10);
    for (const href of links) {
      const target = new URL(href);
      await page.goto(target.href);
      const id = decodeURIComponent(target.hash.slice(1));
      expect(await page.evaluate((i) => document.getElementById(i)?.tagName, id), href).toMatch(/^H[23]$/);
    }
    await context.close();
  });

  it('the exercise link opens the comparison with the exercise’s models and rows chosen', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(kitUrl('pudong'));
    const worksheetModels = await page.locator('.worksheet thead th').allTextContents();
    // Rows that /compare/ has carry its question under the label; the others are worksheet-only.
    const compareRows = await page.locator('.worksheet tbody th .row-question').count();
    await page.locator('.lesson-kit a[href*="/compare/?m="]').click();
    await page.waitForURL(/\/compare\//);
    const shown = (sel: string) =>
      page.locator(sel).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.textContent?.trim() ?? ''));
    await expect.poll(async () => (await shown('compare-matrix thead th[data-model]')).length).toBe(worksheetModels.length - 1);
    for (const name of worksheetModels.slice(1)) expect((await shown('compare-matrix thead th[data-model]')).join('|')).toContain(name);
    expect(compareRows).toBeGreaterThanOrEqual(2);
    expect((await shown('compare-matrix tbody tr[data-dim]')).length).toBe(compareRows);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the lesson list, the home page and each model page lead to the kits', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, 'lessons/'));
    const listed = await page.locator('.lesson-cards h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(listed.map((p) => p.split('/').at(-2))).toEqual(KITS.map((k) => k.id));
    await page.goto(baseURL);
    expect(await page.locator('.uses a[href$="/lessons/"]').count()).toBe(1);
    for (const id of ['shanghai', 'pudong', 'jianye', 'shihe']) {
      await page.goto(siteUrl(baseURL, `models/${id}/`));
      const link = page.locator(`.entry-header a[href$="/lessons/${id}/"]`);
      expect(await link.textContent(), id).toBe('教学用讲义');
    }
    await context.close();
  });
});

describe('self-check without JavaScript', () => {
  it('answers stay hidden until the reader opens them, and the classroom button stays hidden', async () => {
    const { page, context } = await openPage(browser(), baseURL, { javaScriptEnabled: false });
    await page.goto(kitUrl('shihe'));
    const first = page.locator('.self-check details').first();
    const answer = first.locator('.answer');
    expect(await answer.isVisible()).toBe(false);
    await first.locator('summary').click();
    expect(await answer.isVisible()).toBe(true);
    expect(await answer.textContent()).toContain('街道大工委');
    expect(await page.locator('[data-classroom-open]').first().isVisible()).toBe(false);
    await context.close();
  });
});

describe('print', () => {
  const out = new URL('../../test-results/print/', import.meta.url).pathname;
  beforeAll(() => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
  });

  it('hides navigation and controls in print media, and prints link addresses', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(kitUrl('shanghai'));
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.site-header', 'header nav', '.breadcrumbs', '.lesson-toc', '.site-footer', '[data-classroom-open]', '.print-note', '.skip-link']) {
      const visible = await page.locator(sel).evaluateAll((els) => els.some((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0));
      expect(visible, `${sel} visible in print`).toBe(false);
    }
    expect(await page.locator('.print-only').isVisible()).toBe(true);
    // The handout's own address: the configured origin, or else the one it was opened at.
    expect(await page.locator('.print-only').textContent()).toContain(process.env['SITE_URL'] ? new URL(kitUrl('shanghai')).pathname : kitUrl('shanghai'));
    const after = await page.locator('.see a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/models/shanghai/#');
    // Self-check answers print under their questions.
    expect(await page.locator('.self-check .answer').first().isVisible()).toBe(true);
    await context.close();
  });

  it('prints dark text on white paper when the reader’s system is in dark mode', async () => {
    const { page, context } = await openPage(browser(), baseURL, { colorScheme: 'dark' });
    await page.goto(kitUrl('shihe'));
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const colours = await page.evaluate(() =>
      ['.lesson-kit', '.structure-text .detail', '.guide', '.cite'].map((s) => getComputedStyle(document.querySelector(s) as Element).color),
    );
    for (const c of colours) {
      const [r = 255, g = 255, b = 255] = (c.match(/\d+/g) ?? []).map(Number);
      expect(Math.max(r, g, b), c).toBeLessThan(100);
    }
    await context.close();
  });

  for (const { id, maxPages } of KITS) {
    it(`${id}: prints to at most ${maxPages} A4 pages with the running header and footer`, async () => {
      const { page, context } = await openPage(browser(), baseURL);
      await page.goto(kitUrl(id));
      const head = page.locator('link[rel="stylesheet"][media="print"][href$="running-head.css"]');
      const css = await (await page.request.get(new URL((await head.getAttribute('href')) ?? '', page.url()).href)).text();
      expect(css).toContain(`@top-left { content: "${await page.locator('h1').textContent()}"; }`);
      expect(css).toContain('@bottom-left { content: "本站所有事实');
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      writeFileSync(`${out}${id}.pdf`, pdf);
      const pages = countPdfPages(pdf);
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(maxPages);
      await context.close();
    });
  }

  const pdftoppm = which('pdftoppm');
  it.skipIf(!pdftoppm)('renders every printed kit to one PNG a page, to look at (pdftoppm, Debian poppler-utils)', () => {
    for (const { id } of KITS) {
      const pdf = `${out}${id}.pdf`;
      expect(existsSync(pdf), `${pdf} (printed by the test above)`).toBe(true);
      execFileSync(pdftoppm as string, ['-r', '60', '-png', pdf, `${out}${id}`]);
      const pngs = readdirSync(out).filter((f) => f.startsWith(`${id}-`) && f.endsWith('.png'));
      expect(pngs.length, id).toBe(countPdfPages(readFileSync(pdf)));
    }
  });
});

describe('classroom mode', () => {
  it('steps through a structure level by level with the arrow keys, and Esc leaves', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(kitUrl('shanghai'));
    const button = await openClassroom(page, 0);
    const dialog = page.locator('dialog[data-classroom]');
    expect(await dialog.locator('[data-classroom-title]').textContent()).toBe('社区党建“1+3”领导体制（一委三线）');
    const levels = await dialog.locator('[data-step]').count();
    expect(levels).toBe(4);
    expect(await visibleSteps(page)).toEqual(['current', '-', '-', '-']);
    expect(await dialog.locator('[data-step]').first().textContent()).toContain('区委');
    expect(await page.locator('[data-classroom-progress]').textContent()).toContain('1 / 4');
    await page.keyboard.press('ArrowRight');
    expect(await visibleSteps(page)).toEqual(['past', 'current', '-', '-']);
    await page.keyboard.press('ArrowDown');
    expect(await visibleSteps(page)).toEqual(['past', 'past', 'current', '-']);
    await page.keyboard.press('ArrowLeft');
    expect(await visibleSteps(page)).toEqual(['past', 'current', '-', '-']);
    await page.keyboard.press('End');
    expect(await visibleSteps(page)).toEqual(['past', 'past', 'past', 'current']);
    await page.keyboard.press('ArrowRight');
    expect(await visibleSteps(page), 'stops at the last level').toEqual(['past', 'past', 'past', 'current']);
    await page.keyboard.press('Home');
    expect(await visibleSteps(page)).toEqual(['current', '-', '-', '-']);
    const size = await dialog.boundingBox();
    expect(size?.width).toBe(1280);
    expect(size?.height).toBe(900);
    const fontSize = await dialog.locator('.cr-node').first().evaluate((n) => parseFloat(getComputedStyle(n).fontSize));
    expect(fontSize, 'large type').toBeGreaterThanOrEqual(28);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reveals the structure diagram row by row beside the level’s text, with no repeated ids', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(kitUrl('pudong'));
    await openClassroom(page, 0);
    const diagram = page.locator('dialog[data-classroom] svg.cr-drawing');
    expect(await diagram.isVisible()).toBe(true);
    const lastRow = await diagram.locator('.dg-node').evaluateAll((ns) => Math.max(...ns.map((n) => Number((n as SVGElement).dataset.row))));
    const shown = async () =>
      new Set(
        await diagram
          .locator('.dg-node, .dg-edge')
          .evaluateAll((els) =>
            els.filter((e) => getComputedStyle(e).visibility !== 'hidden').map((e) => (e.classList.contains('dg-node') ? `n${(e as SVGElement).dataset.row}` : 'e')),
          ),
      );
    expect(await shown()).toEqual(new Set(['n0']));
    await page.keyboard.press('ArrowRight');
    expect(await shown()).toEqual(new Set(['n0', 'n1', 'e']));
    await page.keyboard.press('End');
    expect((await shown()).has(`n${lastRow}`)).toBe(true);
    expect(await diagram.locator('.dg-node[data-state="current"]').count()).toBeGreaterThan(0);
    expect(await stepsOnScreen(page), 'only the current level’s text beside the drawing').toEqual([
      await page.locator('dialog[data-classroom] [data-step][data-state="current"]').getAttribute('data-step-label'),
    ]);
    expect(await repeatedIds(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[data-classroom]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reveals the timeline chart stage by stage: bands and events of later stages stay hidden', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(kitUrl('shanghai'));
    await openClassroom(page, 1);
    const chart = page.locator('dialog[data-classroom] svg.cr-drawing');
    expect(await chart.isVisible()).toBe(true);
    const shownBands = () =>
      chart.locator('.tl-band').evaluateAll((bands) => bands.filter((b) => getComputedStyle(b).visibility !== 'hidden').map((b) => (b as SVGElement).dataset.name));
    const hiddenEvents = () => chart.locator('.tl-event').evaluateAll((es) => es.filter((e) => getComputedStyle(e).visibility === 'hidden').length);
    expect(await shownBands()).toEqual(['起步探索阶段']);
    const laterEvents = await hiddenEvents();
    expect(laterEvents).toBeGreaterThan(0);
    await page.keyboard.press('ArrowRight');
    expect(await shownBands()).toEqual(['起步探索阶段', '重点突破阶段']);
    expect(await hiddenEvents()).toBeLessThan(laterEvents);
    expect(await chart.locator('.tl-band[data-state="current"]').getAttribute('data-name')).toBe('重点突破阶段');
    await page.keyboard.press('End');
    expect(await shownBands()).toEqual(['起步探索阶段', '重点突破阶段', '深化内涵阶段']);
    expect(await hiddenEvents()).toBe(0);
    expect(await stepsOnScreen(page), 'only the current stage’s text under the chart').toEqual(['深化内涵阶段']);
    expect(await repeatedIds(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('steps through a timeline stage by stage; the buttons do the same', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL, { colorScheme: 'dark' });
    await page.goto(kitUrl('shihe'));
    await openClassroom(page, 1);
    const dialog = page.locator('dialog[data-classroom]');
    expect(await dialog.locator('[data-classroom-title]').textContent()).toBe('浉河：改革历程');
    expect(await visibleSteps(page)).toEqual(['current', '-', '-']);
    expect(await dialog.locator('[data-step]').first().textContent()).toContain('试点');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowRight');
    expect(await visibleSteps(page)).toEqual(['past', 'past', 'current']);
    await dialog.locator('[data-classroom-prev]').click();
    expect(await visibleSteps(page)).toEqual(['past', 'current', '-']);
    await dialog.locator('[data-classroom-close]').click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a phone screen', async () => {
    const { page, context } = await openPage(browser(), baseURL, { viewport: 'phone' });
    await page.goto(kitUrl('si-tiao-lujing'));
    await openClassroom(page, 3);
    await page.keyboard.press('ArrowRight');
    const overflow = await page.locator('[data-classroom-stage]').evaluate((s) => s.scrollWidth - s.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('lesson pages: layout, script size and accessibility', () => {
  it('ships no more JavaScript (gzip) on a kit than a diagram page may, and less on the lesson list', async () => {
    const sizes = async (path: string) => (await javaScriptBytes(browser(), baseURL, path)).total;
    const kit = await sizes('lessons/si-tiao-lujing/');
    expect(kit).toBeLessThanOrEqual(BUDGETS.diagramPageJsGzip);
    const themeOnly = await sizes('lessons/');
    expect(themeOnly, 'the list ships only the site-wide theme script').toBeLessThan(kit);
  });

  it('axe-core finds no violation in the open classroom view, light and dark', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(kitUrl('pudong'));
    await openClassroom(page, 0);
    await page.keyboard.press('End');
    expect(await stateViolations(page)).toEqual([]);
    await context.close();
  });
});
