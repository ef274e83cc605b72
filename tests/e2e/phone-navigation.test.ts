/**
 * Finding one's way on a phone (issue #12, points 3–6), in a real touch context (isMobile,
 * hasTouch) at 360×740 and 390×844, light and dark: the floating 目录 and 回到顶部 on long pages,
 * heading anchors, the header menu that reaches every section, the 404 page, the dark-mode switch,
 * the timeline fitted to the chosen region with its filters collapsed, and search excerpts that
 * read as sentences.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { NAV } from '../../src/lib/site';
import { axeViolations, siteUrl, useBrowser } from './browser';

const baseURL = inject('baseURL');
const base = new URL(baseURL).pathname;
const browser = useBrowser();

const PHONES = [
  { name: '360', viewport: { width: 360, height: 740 }, colorScheme: 'light' },
  { name: '390', viewport: { width: 390, height: 844 }, colorScheme: 'dark' },
] as const;

interface Phone {
  page: Page;
  context: BrowserContext;
  errors: string[];
}

/** A phone: touch, mobile viewport; requests to another host are blocked and fail the test. */
async function openPhone(b: Browser, phone: (typeof PHONES)[number], javaScriptEnabled = true): Promise<Phone> {
  const context = await b.newContext({
    viewport: phone.viewport,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    colorScheme: phone.colorScheme,
    locale: 'zh-CN',
    javaScriptEnabled,
  });
  const origin = new URL(baseURL).origin;
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    errors.push(`request to another host: ${u}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { page, context, errors };
}

/** Whether an element lies wholly inside the viewport. */
const inViewport = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
  });

for (const phone of PHONES) {
  describe(`on a ${phone.name} px touch phone (${phone.colorScheme})`, () => {
    it('a long model page has 目录 always in reach: it opens a sheet with every section and 引用本页, jumps and closes', async () => {
      const { page, context, errors } = await openPhone(browser(), phone);
      await page.goto(siteUrl(baseURL, 'models/shihe/'));
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeGreaterThan(2 * phone.viewport.height);
      // Far down the page, the button is on screen.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      expect(await inViewport(page, '[data-page-toc] summary')).toBe(true);
      await page.locator('[data-page-toc] summary').tap();
      const sheet = page.getByRole('navigation', { name: '本页导航' }).locator('.sheet');
      await expect.poll(() => sheet.isVisible()).toBe(true);
      const items = await sheet.getByRole('link').allTextContents();
      const sections = await page.locator('article h2[id]').evaluateAll((hs) => hs.filter((h) => !h.closest('nav')).map((h) => h.textContent?.trim()));
      expect(items).toEqual(sections);
      expect(items).toContain('组织架构');
      expect(items.at(-1)).toBe('引用本页');
      expect(await inViewport(page, '[data-page-toc] .sheet')).toBe(true);
      // The site-wide gate sees the sheet closed; open, it must pass axe too.
      expect(await axeViolations(page)).toEqual([]);
      await sheet.getByRole('link', { name: '引用本页' }).tap();
      await expect.poll(() => new URL(page.url()).hash).toBe('#cite-page-heading');
      await expect.poll(() => inViewport(page, '#cite-page-heading')).toBe(true);
      expect(await sheet.isVisible()).toBe(false);
      // 回到顶部.
      await page.getByRole('link', { name: '顶部' }).tap();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });

    it('every page type longer than two screens offers 目录 (when it has sections) and 回到顶部 on screen', async () => {
      const { page, context, errors } = await openPhone(browser(), phone);
      const long: string[] = [];
      for (const path of ['cases/lujiazui/', 'mechanisms/da-dang-gong-wei/', 'sources/s000-shao/', 'structures/', 'timeline/', 'data/', 'lessons/si-tiao-lujing/', 'glossary/', 'compare/']) {
        await page.goto(siteUrl(baseURL, path));
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        if (height <= 2 * phone.viewport.height) continue;
        long.push(path);
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight - innerHeight * 1.5));
        expect(await inViewport(page, '.to-top'), `${path}: 回到顶部 on screen`).toBe(true);
        const sections = await page.locator('main h2[id]').evaluateAll((hs) => hs.filter((h) => !h.closest('nav, template, dialog, [hidden]')).length);
        if (sections > 1) expect(await inViewport(page, '[data-page-toc] summary'), `${path}: 目录 on screen`).toBe(true);
      }
      expect(long.length).toBeGreaterThan(5);
      expect(errors).toEqual([]);
      await context.close();
    });

    it('every heading of an article has a link to itself, shown on a touch screen and named after the heading', async () => {
      const { page, context, errors } = await openPhone(browser(), phone);
      await page.goto(siteUrl(baseURL, 'models/shihe/'));
      const headings = await page.locator('article :is(h2, h3)[id]').evaluateAll((hs) =>
        hs.filter((h) => !h.closest('nav, template, dialog, [hidden], [data-pagefind-ignore]')).map((h) => ({ id: h.id, text: (h.textContent ?? '').replace(/\s+/g, ' ').trim() })),
      );
      expect(headings.length).toBeGreaterThan(10);
      for (const h of headings) {
        const link = page.getByRole('link', { name: `链接到本节：${h.text}`, exact: true });
        expect(await link.count(), h.text).toBe(1);
        expect(await link.getAttribute('href')).toBe(`#${h.id}`);
      }
      // Visible without hover, big enough to tap, and a copyable address of the section.
      const anchor = page.getByRole('link', { name: '链接到本节：组织架构', exact: true });
      await anchor.scrollIntoViewIfNeeded();
      expect(Number(await anchor.evaluate((a) => getComputedStyle(a).opacity))).toBeGreaterThan(0.5);
      const box = await anchor.boundingBox();
      expect(box && box.width >= 24 && box.height >= 24).toBe(true);
      await anchor.tap();
      const id = headings.find((h) => h.text === '组织架构')?.id as string;
      await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(`#${id}`);
      expect(await inViewport(page, `[id="${id}"]`)).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    });

    it('the header menu reaches every section; the footer lists them all', async () => {
      const { page, context, errors } = await openPhone(browser(), phone);
      await page.goto(siteUrl(baseURL, 'cases/lujiazui/'));
      const nav = page.getByRole('navigation', { name: '主导航' });
      expect(await nav.isVisible()).toBe(false);
      const menu = page.locator('.menu-toggle summary');
      expect(await menu.textContent()).toContain('菜单');
      expect(await inViewport(page, '.menu-toggle summary')).toBe(true);
      await menu.tap();
      await expect.poll(() => nav.isVisible()).toBe(true);
      for (const item of NAV) {
        const link = nav.getByRole('link', { name: item.label, exact: true });
        expect(await link.isVisible(), item.label).toBe(true);
        expect(new URL((await link.getAttribute('href')) as string, page.url()).pathname).toBe(`${base}${item.path}`);
        expect(await inViewport(page, `header nav a[href="${base}${item.path}"]`), item.label).toBe(true);
      }
      expect(await axeViolations(page)).toEqual([]);
      await nav.getByRole('link', { name: '结构图', exact: true }).tap();
      await page.waitForURL(`**${base}structures/`);
      expect(await page.locator('header nav a[aria-current="page"]').textContent()).toContain('结构图');
      const footer = await page.locator('footer a').allTextContents();
      expect(footer).toEqual(expect.arrayContaining(NAV.map((n) => n.label)));
      expect(errors).toEqual([]);
      await context.close();
    });

    it('the dark-mode switch is a labelled toggle whose aria-pressed follows the theme', async () => {
      const { page, context, errors } = await openPhone(browser(), phone);
      await page.goto(siteUrl(baseURL, ''));
      const toggle = page.getByRole('button', { name: '深色模式', exact: true });
      expect(await toggle.isVisible()).toBe(true);
      expect(await inViewport(page, '[data-theme-toggle]')).toBe(true);
      const dark = phone.colorScheme === 'dark';
      expect(await toggle.getAttribute('aria-pressed')).toBe(String(dark));
      await toggle.tap();
      expect(await toggle.getAttribute('aria-pressed')).toBe(String(!dark));
      expect(await page.getAttribute('html', 'data-theme')).toBe(dark ? 'light' : 'dark');
      await page.reload();
      expect(await toggle.getAttribute('aria-pressed')).toBe(String(!dark));
      expect(errors).toEqual([]);
      await context.close();
    });

    it('the timeline filtered to 浉河 shows its three undated events on screen, with the filters collapsed', async () => {
      const { page, context, errors } = await openPhone(browser(), phone);
      await page.goto(siteUrl(baseURL, 'timeline/'));
      const toggle = page.locator('[data-tl-filters-toggle] summary');
      expect(await toggle.textContent()).toContain('筛选');
      // Collapsed: the filters take no screen until asked for; the count stays in view.
      expect(await page.locator('[data-tl-controls] fieldset').first().isVisible()).toBe(false);
      const controls = await page.locator('[data-tl-controls]').boundingBox();
      expect(controls && controls.height).toBeLessThan(phone.viewport.height / 4);
      expect(await page.locator('[data-tl-status]').isVisible()).toBe(true);
      await toggle.tap();
      await expect.poll(() => page.locator('[data-tl-controls] fieldset').first().isVisible()).toBe(true);
      for (const label of ['上海', '浦东', '南京建邺', '广东']) await page.locator('[data-tl-controls] label', { hasText: label }).first().tap();
      await expect.poll(() => new URL(page.url()).searchParams.get('models')).toBe('shihe');
      const events = page.locator('svg.tl-chart .tl-lane[data-lane="shihe"] a.tl-event');
      expect(await events.count()).toBe(3);
      await page.locator('.tl-scroll').scrollIntoViewIfNeeded();
      for (let i = 0; i < 3; i += 1) {
        const inView = await events.nth(i).evaluate((a) => {
          const r = a.getBoundingClientRect();
          return r.left >= 0 && r.right <= innerWidth + 1;
        });
        expect(inView, `event ${i} across the screen`).toBe(true);
      }
      // A shared link to 浉河 opens the same way.
      await page.goto(siteUrl(baseURL, 'timeline/?models=shihe'));
      await page.locator('.tl-scroll').scrollIntoViewIfNeeded();
      await expect.poll(() => events.first().evaluate((a) => a.getBoundingClientRect().right <= innerWidth + 1 && a.getBoundingClientRect().left >= 0)).toBe(true);
      expect(await page.locator('[data-tl-status]').textContent()).toContain('显示 3 /');
      expect(errors).toEqual([]);
      await context.close();
    });

    it('search excerpts read as sentences: labels set off, no leading punctuation, no “. ” after Chinese', async () => {
      const { page, context, errors } = await openPhone(browser(), phone);
      await page.goto(siteUrl(baseURL, `search/?q=${encodeURIComponent('网格化')}`));
      await page.locator('main .search-result').first().waitFor();
      const excerpts = await page.locator('main .result-excerpt').allTextContents();
      expect(excerpts.length).toBeGreaterThan(3);
      const term = await page.locator('main .search-result', { has: page.locator('a[href$="terms/wanggehua-guanli/"]') }).locator('.result-excerpt').textContent();
      expect(term).toMatch(/拼音：wǎnggéhuà guǎnlǐ。英文：grid-based management/);
      for (const text of excerpts) {
        expect(text, text).not.toMatch(/^[\s.,;:!?。，、；：！？]/u);
        expect(text, text).not.toMatch(/\p{Script=Han}\. /u);
        expect(text, text).not.toMatch(/拼音[^：]|英文[^：]|又称[^：]/u);
        expect(text, text).not.toContain('链接到本节');
      }
      for (const q of ['大党工委', '浉河']) {
        await page.goto(siteUrl(baseURL, `search/?q=${encodeURIComponent(q)}`));
        await page.locator('main .search-result').first().waitFor();
        for (const text of await page.locator('main .result-excerpt').allTextContents()) {
          expect(text, text).not.toMatch(/^[\s.,;:!?。，、；：！？]/u);
          expect(text, text).not.toContain('大党（工）委制地级市辖区');
          expect(text, text).not.toMatch(/所属模式[^：]|地点[^：]/u);
        }
      }
      expect(errors).toEqual([]);
      await context.close();
    });

    it('the 404 page lists every section and has a search box that works without JavaScript', async () => {
      for (const javaScriptEnabled of [true, false]) {
        const { page, context, errors } = await openPhone(browser(), phone, javaScriptEnabled);
        const response = await page.goto(siteUrl(baseURL, '404.html'));
        expect(response?.status()).toBe(200);
        const links = await page.locator('main a').allTextContents();
        expect(links).toEqual(expect.arrayContaining(NAV.filter((n) => n.path !== 'search/').map((n) => n.label)));
        const box = page.getByRole('searchbox', { name: '在本站搜索' });
        await box.fill('网格化');
        await page.getByRole('search').getByRole('button', { name: '搜索' }).tap();
        await page.waitForURL(`**${base}search/?q=*`);
        expect(new URL(page.url()).searchParams.get('q')).toBe('网格化');
        if (javaScriptEnabled) await page.locator('main .search-result').first().waitFor();
        expect(errors).toEqual([]);
        await context.close();
      }
    });
  });
}

describe('phone pages stay still and light', () => {
  /** Sums the page's layout shifts not caused by the reader (CLS as Lighthouse counts it on load). */
  const watchShifts = (context: BrowserContext) =>
    context.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
  const shiftAfterLoad = async (page: Page, path: string) => {
    await page.goto(siteUrl(baseURL, path), { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    return page.evaluate(() => (window as unknown as { cls: number }).cls);
  };
  // The search pages draw their filters and, from a shared link, their results after the first paint.
  const SEARCHES = ['search/', 'en/search/', `search/?q=${encodeURIComponent('双报到')}`];

  it('the page tools, the header menu and the search box cause no layout shift while a page loads', async () => {
    // The four screens at once: each page load is mostly a wait for the network and the page to go quiet.
    const phones = PHONES.map(async (phone) => {
      const { page, context } = await openPhone(browser(), phone);
      await watchShifts(context);
      for (const path of ['cases/lujiazui/', 'models/shihe/', 'timeline/', ...SEARCHES]) {
        expect(await shiftAfterLoad(page, path), `${path} at ${phone.name} px`).toBeLessThanOrEqual(0.02);
      }
      await context.close();
    });
    // Lighthouse's phone, and a desktop, where the search filters open by themselves.
    const others = [{ width: 412, height: 823 }, { width: 1280, height: 800 }].map(async (viewport) => {
      const context = await browser().newContext({ viewport });
      await watchShifts(context);
      const page = await context.newPage();
      for (const path of SEARCHES) expect(await shiftAfterLoad(page, path), `${path} at ${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(0.02);
      await context.close();
    });
    await Promise.all([...phones, ...others]);
  });
});
