import { describe, expect, inject, it } from 'vitest';
import { axeViolations, openPage, stateViolations, useBrowser } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

describe('home page', () => {
  it('renders in Chinese with the four models and no request to another host', async () => {
    const { page, context, errors, foreignRequests } = await openPage(browser(), baseURL);
    const res = await page.goto(baseURL);
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.title()).toContain('社区党建模式库');
    const cards = await page.locator('.model-card h3 a').allTextContents();
    expect(cards.length).toBeGreaterThanOrEqual(4);
    for (const name of ['上海', '浦东', '建邺', '浉河']) {
      expect(cards.some((c) => c.includes(name)), `card for ${name}`).toBe(true);
    }
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has a skip link that moves focus to the main content', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(baseURL);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(first).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});

describe('theme', () => {
  it('the toggle switches to dark and the choice survives a reload without a flash', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL, { colorScheme: 'light' });
    await page.goto(baseURL);
    const toggle = page.locator('[data-theme-toggle]');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.reload();
    // The inline head script sets the theme before first paint: check before any module runs.
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(21, 20, 19)');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows the system setting when the reader has not chosen', async () => {
    const { page, context } = await openPage(browser(), baseURL, { colorScheme: 'dark' });
    await page.goto(baseURL);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(21, 20, 19)');
    await context.close();
  });
});

describe('the axe-core helper every accessibility check goes through', () => {
  it('reports a rule broken in light, a contrast broken only in dark, and refuses a page with a frame', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.setContent(`<!doctype html><html lang="zh-CN"><head><title>axe</title>
      <style>p { color: #111; background: #fff } @media (prefers-color-scheme: dark) { p { color: #333; background: #000 } }</style></head>
      <body><main><h1>axe</h1><p>正文文字</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>`);
    const ids = (found: string[]) => found.map((v) => v.split(':')[0]);
    // Light: every rule runs, the missing alt is found and the dark-only contrast is not.
    expect(ids(await stateViolations(page))).toEqual(['[light] image-alt', '[dark] color-contrast']);
    await page.setContent('<!doctype html><html lang="zh-CN"><title>frame</title><main><iframe title="x" srcdoc="<p>x</p>"></iframe></main></html>');
    await expect(axeViolations(page)).rejects.toThrow(/1 frame/);
    await context.close();
  });
});
