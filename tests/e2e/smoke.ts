/**
 * Browser smoke checks shared by the gates that serve the site another way (real nginx, a sub-path
 * build): one page of each type loads cleanly, search answers, a diagram draws.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { readHtmlFacts } from '../quality/html-facts';
import { onePerType, type BuiltPage } from '../quality/site-pages';
import { openPage, siteUrl } from './browser';
import { inLanes } from './lanes';

/** Pages loaded at once: each spends most of its time waiting for the network to stay quiet. */
const SMOKE_LANES = 3;

/** Loads one page of each type; returns every problem seen (bad status, console or CSP error, foreign request). */
export async function loadEachPageType(browser: Browser, siteURL: string, pages: readonly BuiltPage[]): Promise<string[]> {
  const problems: string[] = [];
  await inLanes(onePerType(pages).filter((p) => !p.path.endsWith('.html')), SMOKE_LANES, async (take) => {
    const { page, context, errors, foreignRequests } = await openPage(browser, siteURL);
    for (let next = take(); next !== undefined; next = take()) {
      const res = await page.goto(siteUrl(siteURL, next.path));
      if (res?.status() !== 200) problems.push(`${next.path || '(home)'}: HTTP ${res?.status()}`);
      // Lets enhancers (diagrams, search opener) run and fail visibly if they would.
      await page.waitForLoadState('networkidle');
    }
    problems.push(...errors, ...foreignRequests.map((u) => `requested another host: ${u}`));
    await context.close();
  });
  return problems;
}

/** A query that must find a known page: the heading of the first model page, and that page's path. */
export function knownQuery(pages: readonly BuiltPage[]): { query: string; expected: string } {
  const model = pages.find((p) => p.type === 'model');
  if (!model) throw new Error('no model page in the build');
  return { query: readHtmlFacts(readFileSync(model.file, 'utf8')).heading, expected: model.path };
}

/**
 * Runs a query through the site's Pagefind bundle inside the page (as the search UI does) and
 * returns the result URLs, best first.
 */
export async function searchUrls(browser: Browser, siteURL: string, query: string): Promise<{ urls: string[]; problems: string[] }> {
  const { page, context, errors, foreignRequests } = await openPage(browser, siteURL);
  await page.goto(siteUrl(siteURL, 'search/'));
  // A string, not a function: Vitest would rewrite a dynamic import() in test code for Node.
  const urls = await page.evaluate<string[]>(`(async () => {
    const pagefind = await import(${JSON.stringify(siteUrl(siteURL, 'pagefind/pagefind.js'))});
    const search = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    return data.map((d) => d.url);
  })()`);
  const problems = [...errors, ...foreignRequests.map((u) => `requested another host: ${u}`)];
  await context.close();
  return { urls, problems };
}

/** The first structure diagram page; throws when the build has none. */
export function diagramPage(pages: readonly BuiltPage[]): BuiltPage {
  const page = pages.find((p) => p.type === 'structure');
  if (!page) throw new Error('no structure diagram page (structures/<id>/) in the build');
  return page;
}

/** Opens a diagram page and reports how many SVG diagrams its main content draws. */
export async function countDiagrams(browser: Browser, siteURL: string, path: string): Promise<{ svgs: number; problems: string[] }> {
  const { page, context, errors, foreignRequests } = await openPage(browser, siteURL);
  await page.goto(siteUrl(siteURL, path));
  await page.waitForLoadState('networkidle');
  const svgs = await page.locator('main svg:not([aria-hidden="true"])').count();
  const problems = [...errors, ...foreignRequests.map((u) => `requested another host: ${u}`)];
  await context.close();
  return { svgs, problems };
}
