/**
 * Every built page in a real browser, at desktop and phone width, in light and dark: axe-core finds
 * no WCAG 2.2 A/AA violation, nothing is requested from another host, the console stays free of
 * errors and CSP violations, and nothing scrolls sideways on a 360 px phone.
 *
 * One browser; two pages at a time per width; each page is loaded once per width and checked in
 * both themes by switching the emulated colour scheme, which is what the site's CSS follows.
 */
import { describe, expect, inject, it } from 'vitest';
import { listPages } from '../quality/site-pages';
import { axeViolations, COLOUR_RULES, openPage, siteUrl, useBrowser, VIEWPORTS, type WatchedPage } from './browser';

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
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // The themes differ in colour only (the same custom properties with other values), so the
    // dark pass runs the colour rules; the light pass runs every WCAG 2.2 A/AA rule.
    const rules = colorScheme === 'dark' ? COLOUR_RULES : undefined;
    for (const v of await axeViolations(page, { fast: true, ...(rules && { rules }) })) {
      problems.push(`${name} [${viewport}, ${colorScheme}] ${v.id}: ${v.help} — ${v.nodes.join(' | ')}`);
    }
  }
  if (viewport === 'phone') await page.setViewportSize({ width: 360, height: VIEWPORTS.phone.height });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) problems.push(`${name} [${viewport === 'phone' ? '360 px' : viewport}]: scrolls sideways by ${overflow}px`);
  if (viewport === 'phone') await page.setViewportSize(VIEWPORTS.phone);
  problems.push(...errors.slice(seenErrors).map((e) => `${name} [${viewport}]: ${e}`));
  problems.push(...foreignRequests.slice(seenForeign).map((u) => `${name} [${viewport}]: requested another host: ${u}`));
  return problems;
}

describe.each(Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[])('every page at %s width', (viewport) => {
  it(`has no axe violation in light or dark, no foreign request, no console error, ${viewport === 'phone' ? 'no sideways scrolling at 360 px' : 'no sideways scrolling'}`, async () => {
    const queue = [...pages];
    const found = new Map<string, string[]>();
    await Promise.all(
      Array.from({ length: WORKERS }, async () => {
        const watched = await openPage(browser(), baseURL, { viewport });
        await watched.context.addInitScript(REPORT_CSP_VIOLATIONS);
        for (let next = queue.shift(); next; next = queue.shift()) found.set(next.path, await checkPage(watched, next.path, viewport));
        await watched.context.close();
      }),
    );
    // In page order, whichever worker checked it.
    expect(pages.flatMap((p) => found.get(p.path) ?? [`${p.path}: not checked`])).toEqual([]);
  }, 60_000 + pages.length * 15_000);
});
