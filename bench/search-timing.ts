/**
 * Search as a reader meets it on the search page: the bytes the first search pulls in (search code,
 * Pagefind's engine and index chunks), and the time from typing a query to its first result on
 * screen, cold (first query of a visit) and warm (later queries). A query is entered in one input
 * event, as an IME commits a Chinese word.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { openPage, siteUrl } from '../tests/e2e/browser.ts';
import { median } from './process-stats.ts';

/** The search figures of one bench run. */
export interface SearchFigures {
  /** Bytes (as transferred) from the first query until its results and their requests settled. */
  firstSearchBytes: number;
  firstSearchRequests: number;
  /** Median over the queries, each in a fresh visit; null when no query was answered. */
  coldMs: number | null;
  /** Median over the queries, each after a first query in the same visit; null when none was answered. */
  warmMs: number | null;
  queries: string[];
  /** Queries that rendered no result within 5 s. */
  unanswered: string[];
}

const INPUT = 'main input[type="search"]';

/**
 * Arms the page to time the next query: from its input event to the first link added to the page
 * after it (a result), plus one frame so it is painted. Resolves to milliseconds, or -1 on timeout.
 */
async function timeQuery(page: Page, query: string): Promise<number> {
  const timing = page.evaluate(
    (selector) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>(selector);
        if (!input) return resolve(-1);
        let start = 0;
        input.addEventListener('input', (e) => (start = e.timeStamp), { once: true, capture: true });
        const observer = new MutationObserver((records) => {
          if (!start) return;
          const added = records.some((r) => [...r.addedNodes].some((n) => n instanceof Element && (n.matches('a[href]') || n.querySelector('a[href]'))));
          if (!added) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(-1);
        }, 5_000);
      }),
    INPUT,
  );
  await page.fill(INPUT, query);
  return timing;
}

/** Measures search over `queries` (at least two) on the site's search page. */
export async function measureSearch(browser: Browser, siteURL: string, queries: readonly string[]): Promise<SearchFigures> {
  const cold: number[] = [];
  const warm: number[] = [];
  const unanswered = new Set<string>();
  let firstSearchBytes = 0;
  let firstSearchRequests = 0;
  for (const [i, query] of queries.entries()) {
    const { page, context } = await openPage(browser, siteURL);
    await page.goto(siteUrl(siteURL, 'search/'), { waitUntil: 'networkidle' });
    let bytes = 0;
    let requests = 0;
    const pending: Promise<void>[] = [];
    const count = (r: Request) => {
      pending.push(
        r.sizes().then((s) => {
          bytes += s.responseBodySize + s.responseHeadersSize;
          requests += 1;
        }),
      );
    };
    page.on('requestfinished', count);
    const ms = await timeQuery(page, query);
    await page.waitForLoadState('networkidle');
    // Stop counting before the warm query: a size still asked for when the context closes would
    // reject with nobody waiting, and end the bench.
    page.off('requestfinished', count);
    await Promise.all(pending);
    if (ms < 0) unanswered.add(query);
    else cold.push(ms);
    if (i === 0) {
      firstSearchBytes = bytes;
      firstSearchRequests = requests;
    }
    // Warm: the engine and its index are loaded; the next query is what a reader refining a search waits for.
    const next = queries[(i + 1) % queries.length]!;
    const warmMs = await timeQuery(page, next);
    if (warmMs < 0) unanswered.add(next);
    else warm.push(warmMs);
    await context.close();
  }
  return {
    firstSearchBytes,
    firstSearchRequests,
    coldMs: cold.length ? median(cold) : null,
    warmMs: warm.length ? median(warm) : null,
    queries: [...queries],
    unanswered: [...unanswered],
  };
}
