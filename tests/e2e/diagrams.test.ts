/**
 * Structure diagrams in the browser: the static drawing without JavaScript, keyboard and pointer
 * interaction, the legend filter, deep links, downloads, accessibility and how they look.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { BUDGETS } from '../../bench/budgets';
import { javaScriptBytes, openPage, siteUrl, stateViolations, useBrowser } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();
/** Every structure page, read from the index so new structures are covered the day they appear. */
let structurePages: string[] = [];

const JIANYE = 'jianye-yi-wei-yi-ju-yi-zhan';
const jianyePage = `/structures/${JIANYE}/`;

beforeAll(async () => {
  const { page, context } = await openPage(browser(), baseURL);
  await page.goto(siteUrl(baseURL, '/structures/'));
  // Site paths relative to the base path (the site may be built under /kb/).
  const base = new URL(baseURL).pathname;
  structurePages = await page
    .locator('.structure-list a')
    .evaluateAll((as, b) => as.map((a) => `/${new URL((a as HTMLAnchorElement).href).pathname.slice(b.length)}`), base);
  await context.close();
});

/** The id of the element that has focus. */
const focusedNode = (page: Page) => page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset?.node);

describe('structure pages without JavaScript', () => {
  it('draw every diagram completely, each unit a link to its entry in the text version', async () => {
    expect(structurePages.length).toBeGreaterThanOrEqual(7);
    const { page, context, errors } = await openPage(browser(), baseURL, { javaScriptEnabled: false });
    for (const path of structurePages) {
      await page.goto(siteUrl(baseURL, path));
      const id = path.split('/').at(-2) as string;
      const svg = page.locator('svg.dg-svg');
      expect(await svg.count(), path).toBe(1);
      // Named by its <title>: the structure's title.
      expect(await svg.locator('title').first().textContent()).toBe(await page.locator('h1').textContent());
      expect(await svg.evaluate((el) => el.firstElementChild?.localName)).toBe('title');
      const textEntries = await page.locator(`#${id}-text li[id^="${id}-node-"]`).count();
      const links = page.locator('svg.dg-svg a.dg-node');
      expect(await links.count(), path).toBe(textEntries);
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
        expect(await page.locator(href).count(), href).toBe(1);
      }
      expect(await page.locator('svg.dg-svg g.dg-edge').count()).toBe(await page.locator(`#${id}-text tbody tr`).count());
      // Controls that need the script stay hidden; the link to the text version is there.
      expect(await page.locator('[data-toolbar]').isVisible()).toBe(false);
      expect(await page.locator(`a[href="#${id}-text"]`).count()).toBeGreaterThanOrEqual(1);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keep every label inside its shape, as the browser sets the font', async () => {
    const { page, context } = await openPage(browser(), baseURL, { javaScriptEnabled: false });
    for (const path of structurePages) {
      await page.goto(siteUrl(baseURL, path));
      const overflows = await page.evaluate(() =>
        [...document.querySelectorAll<SVGAElement>('svg.dg-svg a.dg-node')].flatMap((a) => {
          const shape = a.querySelector<SVGGraphicsElement>('.dg-shape')!.getBBox();
          return [...a.querySelectorAll<SVGTSpanElement>('tspan')].flatMap((t) => {
            const b = t.getBBox();
            const inside = b.x >= shape.x && b.x + b.width <= shape.x + shape.width && b.y >= shape.y && b.y + b.height <= shape.y + shape.height;
            return inside ? [] : [`${a.dataset.node}: ${t.textContent}`];
          });
        }),
      );
      expect(overflows, path).toEqual([]);
    }
    await context.close();
  });

  it('scroll a wide diagram sideways on a phone instead of widening the page', async () => {
    const { page, context } = await openPage(browser(), baseURL, { javaScriptEnabled: false, viewport: 'phone' });
    await page.goto(siteUrl(baseURL, jianyePage));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const canvas = await page.locator('.dg-canvas').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(canvas.scroll).toBeGreaterThan(canvas.client);
    await context.close();
  });
});

describe('diagram interaction', () => {
  it('Tab enters the diagram once; arrow keys follow relations; Enter opens the detail; Esc closes it', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, jianyePage));
    await page.locator('[data-export="png"]').focus();
    await page.keyboard.press('Tab');
    expect(await focusedNode(page)).toBe('quwei');
    // Only one unit is in the tab order.
    expect(await page.locator('a.dg-node[tabindex="0"]').count()).toBe(1);
    await expect.poll(() => page.locator('[data-panel-body] .dg-detail-title').textContent()).toBe('建邺区委');

    await page.keyboard.press('ArrowDown');
    expect(await focusedNode(page)).toBe('shequ-dangwei');
    expect(await page.locator('svg.dg-svg').getAttribute('class')).toContain('has-active');
    expect(await page.locator('a.dg-node[data-node="jiedao"]').getAttribute('class')).not.toContain('is-related');
    expect(await page.locator('a.dg-node[data-node="juweihui"]').getAttribute('class')).toContain('is-related');
    await page.keyboard.press('ArrowUp');
    expect(await focusedNode(page)).toBe('quwei');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const below = await focusedNode(page);
    const related = await page.locator(`g.dg-edge[data-from="shequ-dangwei"][data-to="${below}"]`).count();
    expect(related, `${below} is led by 社区党委`).toBe(1);

    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe(`#node-${JIANYE}-${below}`);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('dg-detail-title');
    const panel = page.locator('[data-panel]');
    expect(await panel.getAttribute('class')).toContain('is-open');
    // The detail cites the source section it rests on.
    const cite = panel.locator('.dg-detail-source a');
    expect(await cite.getAttribute('href')).toMatch(/\/sources\/s002-guangming\/#[a-z0-9-]+$/);
    expect((await page.request.get(await cite.evaluate((a) => (a as HTMLAnchorElement).href))).status()).toBe(200);

    await page.keyboard.press('Escape');
    expect(new URL(page.url()).hash).toBe('');
    expect(await focusedNode(page)).toBe(below);
    expect(await panel.getAttribute('class')).not.toContain('is-open');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('hovering a unit highlights its relations and shows its detail', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, jianyePage));
    await page.locator('a.dg-node[data-node="fuwuzhan"]').hover();
    await expect.poll(() => page.locator('[data-panel-body] .dg-detail-title').textContent()).toBe('社区管理服务站');
    const dimmed = await page.evaluate(() =>
      [...document.querySelectorAll<SVGElement>('svg.dg-svg g.dg-edge')].map((g) => [g.dataset.edge, getComputedStyle(g).opacity]),
    );
    for (const [edge, opacity] of dimmed) {
      const touches = edge!.startsWith('fuwuzhan--') || edge!.includes('--fuwuzhan--');
      expect(Number(opacity), edge).toBe(touches ? 1 : 0.18);
    }
    await page.mouse.move(0, 0);
    await expect.poll(() => page.locator('svg.dg-svg').getAttribute('class')).not.toContain('has-active');
    await context.close();
  });

  it('a legend button hides and shows one relation type, and arrow keys skip hidden relations', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, jianyePage));
    const toggle = page.locator('[data-relation-list] li[data-rel="sub"] button');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const visible = () => page.locator('svg.dg-svg [data-rel="sub"]').evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
    expect(await visible()).toBe(8);
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await visible()).toBe(0);
    expect(await page.locator('svg.dg-svg [data-rel="lead"]').first().isVisible()).toBe(true);
    // 社区居委会 下设 居委会下属委员会; with 下设 hidden, ArrowDown goes to the unit right below instead.
    const down = async () => {
      await page.locator('a.dg-node[data-node="juweihui"]').focus();
      await page.keyboard.press('ArrowDown');
      return focusedNode(page);
    };
    expect(await down()).toBe('baozhang-zu');
    await toggle.click();
    expect(await down()).toBe('xiashu-weiyuanhui');
    await toggle.click();
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await visible()).toBe(8);
    await context.close();
  });

  it('a link with #node-<structure>-<unit> opens the diagram at that unit, on its page and on the model page', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    for (const path of [jianyePage, '/models/jianye/']) {
      await page.goto(siteUrl(baseURL, `${path}#node-${JIANYE}-juweihui`));
      const node = page.locator('a.dg-node[data-node="juweihui"]');
      await expect.poll(() => node.getAttribute('class')).toContain('is-selected');
      expect(await page.locator('[data-panel-body] .dg-detail-title').textContent(), path).toBe('社区居委会');
      expect(await node.isVisible()).toBe(true);
      expect(await node.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
    }
    // The text version's anchors still work.
    await page.goto(siteUrl(baseURL, `/models/jianye/#${JIANYE}-node-juweihui`));
    expect(await page.locator(`#${JIANYE}-node-juweihui`).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('zooms in and back with the toolbar', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, jianyePage));
    const viewport = page.locator('g.dg-viewport');
    await page.locator('[data-zoom="in"]').click();
    expect(await viewport.getAttribute('transform')).toMatch(/scale\(1\.5\)/);
    await page.locator('[data-zoom="reset"]').click();
    expect(await viewport.getAttribute('transform')).toBe('translate(0,0) scale(1)');
    await context.close();
  });
});

describe('downloads', () => {
  it('saves a self-contained SVG file with a white background, the title and the legend', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL, { colorScheme: 'dark' });
    await page.goto(siteUrl(baseURL, jianyePage));
    await page.locator('[data-relation-list] li[data-rel="sub"] button').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="svg"]').click()]);
    expect(download.suggestedFilename()).toBe(`${JIANYE}.svg`);
    const text = readFileSync((await download.path()) as string, 'utf8');
    expect(text.startsWith('<?xml')).toBe(true);
    const parsed = await page.evaluate((src) => {
      const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        tag: root.localName,
        ns: root.namespaceURI,
        width: Number(root.getAttribute('width')),
        background: root.querySelector('rect')?.getAttribute('fill'),
        texts: [...root.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        classes: root.querySelectorAll('[class]').length,
        links: root.querySelectorAll('a').length,
        labelFill: root.querySelector('tspan')?.parentElement?.getAttribute('fill'),
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.tag).toBe('svg');
    expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
    expect(parsed.width).toBeGreaterThan(400);
    expect(parsed.background).toBe('rgb(255, 255, 255)');
    expect(parsed.texts[0]).toBe('建邺区社区“一委一居一站”组织架构');
    for (const t of ['社区党委', '社区居委会', '单元类型：', '关系类型：', '党组织', '领导', '监督']) expect(parsed.texts, t).toContain(t);
    // 下设 was hidden in the legend: neither its lines nor its legend entry are in the file.
    expect(parsed.texts).not.toContain('下设');
    expect(parsed.classes).toBe(0);
    expect(parsed.links).toBe(0);
    // Light colours, although the page is dark.
    expect(parsed.labelFill).toBe('rgb(29, 27, 25)');
    // The source line: site, title and the page's own address (the only URL in the file), then the sources.
    const address = new URL(page.url());
    const credit = parsed.texts.slice(parsed.texts.findIndex((t) => t.startsWith('来源：'))).join('');
    const sources = await page.locator('structure-diagram').getAttribute('data-sources');
    expect(sources).toMatch(/《.+》|报告/);
    expect(credit).toBe(`来源：社区党建模式库《建邺区社区“一委一居一站”组织架构》 ${address.origin}${address.pathname}依据：${sources}`);
    expect(text.match(/https?:\/\/[^\s<"]+/g)?.filter((u) => !u.startsWith('http://www.w3.org'))).toEqual([`${address.origin}${address.pathname}`]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves a PNG rendered in the browser', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, jianyePage));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="png"]').click()]);
    expect(download.suggestedFilename()).toBe(`${JIANYE}.png`);
    const png = readFileSync((await download.path()) as string);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const svgWidth = await page.locator('svg.dg-svg').evaluate((s) => (s as SVGSVGElement).viewBox.baseVal.width);
    expect(width).toBe(2 * Math.max(480, Math.ceil(svgWidth)));
    expect(height).toBeGreaterThan(400);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('diagram pages: cost, reach and accessibility', () => {
  it('load only their own small script, and none on pages without a diagram', async () => {
    const diagram = await javaScriptBytes(browser(), baseURL, jianyePage);
    expect(diagram.total, diagram.files.join()).toBeLessThanOrEqual(BUDGETS.diagramPageJsGzip);
    expect(diagram.files.some((s) => s.includes('StructureDiagram'))).toBe(true);
    const plain = await javaScriptBytes(browser(), baseURL, '/sources/s002-guangming/');
    expect(plain.files.some((s) => s.includes('StructureDiagram'))).toBe(false);
  });

  it('axe-core finds no violation with a unit open (its panel and links), light and dark', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, `${jianyePage}#node-${JIANYE}-fuwuzhan`));
    await expect.poll(() => page.locator('[data-panel]').getAttribute('class')).toContain('is-open');
    expect(await stateViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('a model page with several diagrams', () => {
  it('keeps every id unique and each diagram working on its own', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, '/models/shanghai/'));
    const diagrams = page.locator('structure-diagram');
    expect(await diagrams.count()).toBeGreaterThanOrEqual(2);
    const duplicates = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
    expect(duplicates).toEqual([]);
    // Opening a unit in the second diagram leaves the first alone.
    const second = diagrams.nth(1);
    await second.locator('a.dg-node').first().click();
    expect(await second.locator('[data-panel]').getAttribute('class')).toContain('is-open');
    expect(await diagrams.nth(0).locator('[data-panel]').getAttribute('class')).not.toContain('is-open');
    expect(errors).toEqual([]);
    await context.close();
  });
});
