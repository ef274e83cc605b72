/**
 * How a golden query is judged against a Pagefind index in Chromium: shared by the golden suite
 * (the site's index) and the stock-index experiment that the benchmark runs.
 */
import type { Browser } from 'playwright-core';
import { PAGEFIND_OPTIONS } from '../../src/lib/search/ranking';
import { runSearch, type Pagefind } from '../../src/lib/search/run';
import { openPage, siteUrl } from './browser';
import type { GoldenQuery } from './golden-queries';
import { pagefindInPage } from './pagefind-bridge';

/** What a golden query got: the first three result paths (without the base) and whether that passes. */
export interface Verdict {
  query: string;
  top: string[];
  pass: boolean;
}

/** Runs one golden query through the site's own search logic and judges its first results. */
export async function judge(pf: Pagefind, g: GoldenQuery, base: string): Promise<Verdict> {
  const outcome = await runSearch(pf, { q: g.query, filters: {} });
  const top = await Promise.all(
    outcome.results.slice(0, 3).map(async (r) => (await r.data()).url.slice(base.length)),
  );
  const pass =
    g.expect.length === 0
      ? outcome.match === 'some' || outcome.results.length === 0
      : outcome.match === 'all' && top.slice(0, g.within).some((path) => g.expect.includes(path));
  return { query: g.query, top, pass };
}

/**
 * Loads the Pagefind index served at `siteBase` into a page of `chromium`: the index of the
 * language of the page it is loaded on (`from`, a Chinese page unless given).
 */
export async function openPagefind(chromium: Browser, siteBase: string, from = 'about/'): Promise<Pagefind> {
  const { page } = await openPage(chromium, siteBase);
  await page.goto(siteUrl(siteBase, from));
  return pagefindInPage(page, siteUrl(siteBase, 'pagefind/'), PAGEFIND_OPTIONS);
}
