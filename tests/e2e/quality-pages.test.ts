/**
 * Every built page in a real browser, at desktop width and on a touch phone (390×844, then resized
 * to 360×740), in light and dark: axe-core finds no WCAG 2.2 A/AA violation, nothing is requested
 * from another host, the console stays free of errors and CSP violations; on the phone at both
 * widths no table cell, caption or paragraph with more than four characters is narrower than 6 em
 * (tests/e2e/narrow-text.ts), and nothing scrolls sideways.
 *
 * One browser; two pages at a time per width; each page is loaded once per width and checked in
 * both themes by switching the emulated colour scheme, which is what the site's CSS follows. The
 * themes differ in colour only, so widths are measured once per width, in the same page load.
 */
import { describe, expect, inject, it } from 'vitest';
import { listPages } from '../quality/site-pages';
import { openPage, preloadAxe, siteUrl, SMALL_PHONE, stateViolations, useBrowser, VIEWPORTS, type WatchedPage } from './browser';
import { inLanes } from './lanes';
import { MIN_WIDTH_EM, narrowTextBlocks } from './narrow-text';

const baseURL = inject('baseURL');
const pages = listPages(new URL('../../dist/', import.meta.url).pathname);
const browser = useBrowser();

/** Chromium reports CSP violations as events; make each one a console error the page records. */
const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (e) => {
  console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline code'));
});`;

/** Pages checked at once: the CI machine has two cores, and Chromium runs each page's axe in its own process. */
const WORKERS = 2;

/** Loads one page and returns every problem found on it at one width, in both themes. */
async function checkPage(watched: WatchedPage, path: string, viewport: keyof typeof VIEWPORTS): Promise<string[]> {
  const { page, errors, foreignRequests } = watched;
  const name = path || '(home)';
  const problems: string[] = [];
  const seenErrors = errors.length;
  const seenForeign = foreignRequests.length;
  const res = await page.goto(siteUrl(baseURL, path), { waitUntil: 'load' });
  if (!path.endsWith('404.html') && res?.status() !== 200) problems.push(`${name}: HTTP ${res?.status()}`);
  // The themes differ in colour only (the same custom properties with other values), so the
  // dark pass runs the colour rules; the light pass runs every WCAG 2.2 A/AA rule.
  for (const v of await stateViolations(page)) problems.push(`${name} [${viewport}] ${v}`);
  for (const size of viewport === 'phone' ? [VIEWPORTS.phone, SMALL_PHONE] : [VIEWPORTS.desktop]) {
    const where = viewport === 'phone' ? `${size.width}×${size.height}` : viewport;
    if (size !== VIEWPORTS[viewport]) await page.setViewportSize(size);
    // Against the width asked for: a mobile viewport widens itself to fit content that overflows.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth) - size.width;
    if (overflow > 0) problems.push(`${name} [${where}]: scrolls sideways by ${overflow}px`);
    if (viewport === 'phone') {
      for (const b of await narrowTextBlocks(page)) problems.push(`${name} [${where}]: ${b.what} is ${b.width}px wide, under ${MIN_WIDTH_EM} em (${b.needed}px)`);
    }
  }
  if (viewport === 'phone') await page.setViewportSize(VIEWPORTS.phone);
  problems.push(...errors.slice(seenErrors).map((e) => `${name} [${viewport}]: ${e}`));
  problems.push(...foreignRequests.slice(seenForeign).map((u) => `${name} [${viewport}]: requested another host: ${u}`));
  return problems;
}

describe.each(Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[])('every page at %s width', (viewport) => {
  it(`has no axe violation in light or dark, no foreign request, no console error, no sideways scrolling${viewport === 'phone' ? ', no text squeezed under 6 em at 390 and 360 px with touch' : ''}`, async () => {
    const found = new Map<string, string[]>();
    await inLanes(pages, WORKERS, async (take) => {
      const watched = await openPage(browser(), baseURL, { viewport, touch: viewport === 'phone' });
      await watched.context.addInitScript(REPORT_CSP_VIOLATIONS);
      await preloadAxe(watched.context);
      for (let next = take(); next !== undefined; next = take()) found.set(next.path, await checkPage(watched, next.path, viewport));
      await watched.context.close();
    });
    // In page order, whichever worker checked it.
    expect(pages.flatMap((p) => found.get(p.path) ?? [`${p.path}: not checked`])).toEqual([]);
  }, 60_000 + pages.length * 15_000);
});
