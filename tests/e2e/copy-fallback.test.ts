/**
 * Copy buttons on a plain-HTTP intranet, in Chromium: browsers offer navigator.clipboard only on
 * secure origins, so each case removes or breaks it before the page loads. The text must reach
 * the clipboard by the older method, or be left selected with a hint; never silently dropped.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, siteUrl, useBrowser } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** A case page: a text page whose 引用本页 block has a copy button per citation style. */
const PAGE = '/cases/lujiazui/';
const TARGET = 'cite-page-gbt';

/** What the page starts without, as on a plain-HTTP host (or a browser that refuses). */
const NO_CLIPBOARD = () => {
  Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
};
const REFUSING_CLIPBOARD = () => {
  Object.defineProperty(Navigator.prototype, 'clipboard', {
    configurable: true,
    get: () => ({ writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) }),
  });
};
const NO_COMMAND = () => {
  Document.prototype.execCommand = () => false;
};

async function pressCopy(page: Page, target = TARGET) {
  const button = page.locator(`copy-button[data-target="${target}"] button`);
  await button.click();
  const status = page.locator(`copy-button[data-target="${target}"] [role="status"]`);
  await expect.poll(() => status.textContent()).not.toBe('');
  return { status: await status.textContent(), text: await page.locator(`#${target}`).textContent() };
}

/** The clipboard's text, read from a second page of the same browser context (which has a clipboard). */
async function clipboardText(page: Page): Promise<string> {
  const reader = await page.context().newPage();
  await reader.goto(siteUrl(baseURL, '/'));
  await reader.bringToFront();
  const text = await reader.evaluate(() => navigator.clipboard.readText());
  await reader.close();
  return text;
}

describe('copy buttons without the asynchronous clipboard', () => {
  for (const [name, script] of [
    ['navigator.clipboard missing (plain HTTP)', NO_CLIPBOARD],
    ['navigator.clipboard refusing', REFUSING_CLIPBOARD],
  ] as const) {
    it(`${name}: the button is shown and copies by the older method`, async () => {
      const { page, context, errors } = await openPage(browser(), baseURL);
      await page.addInitScript(script);
      await page.goto(siteUrl(baseURL, PAGE));
      expect(await page.evaluate(() => typeof navigator.clipboard?.writeText)).toBe(name.includes('missing') ? 'undefined' : 'function');
      const { status, text } = await pressCopy(page);
      expect(status).toBe('已复制');
      expect(text?.length).toBeGreaterThan(20);
      expect(await clipboardText(page)).toBe(text);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('when the older method fails too, the text is left selected with a “按 Ctrl+C 复制” hint', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.addInitScript(NO_CLIPBOARD);
    await page.addInitScript(NO_COMMAND);
    await page.goto(siteUrl(baseURL, PAGE));
    const { status, text } = await pressCopy(page);
    expect(status).toContain('按 Ctrl+C');
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(text);
    // The selection is the citation on screen, where the reader sees it.
    expect(await page.evaluate((id) => getSelection()?.getRangeAt(0).commonAncestorContainer === document.getElementById(id), TARGET)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a citation folded away (RIS in a closed <details>) is unfolded, selected and copied', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.addInitScript(NO_CLIPBOARD);
    await page.goto(siteUrl(baseURL, PAGE));
    const fold = page.locator('details:has(#cite-page-ris)');
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const { status, text } = await pressCopy(page, 'cite-page-ris');
    expect(status).toBe('已复制');
    expect(text).toMatch(/^TY {2}- /);
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await clipboardText(page)).toBe(text);
    expect(errors).toEqual([]);
    await context.close();
  });
});
