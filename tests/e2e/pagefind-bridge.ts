/**
 * Pagefind's JavaScript API, running in a Chromium page against a built site, driven from the
 * test: the search code under test (src/lib/search/run.ts) runs in Node and calls into the page.
 */
import type { Page } from 'playwright-core';
import type { Pagefind, ResultData } from '../../src/lib/search/run';

declare global {
  interface Window {
    __pagefind?: {
      search(term: string | null, options: object): Promise<{ results: { id: string; score: number; data(): Promise<ResultData> }[] } | null>;
    };
    __pagefindResults?: Map<string, { data(): Promise<ResultData> }>;
  }
}

/** Loads the site's pagefind.js into the page (already on the site) and returns the API. */
export async function pagefindInPage(page: Page, bundleUrl: string, options: object): Promise<Pagefind> {
  // A string, so the test runner does not rewrite the dynamic import for Node.
  await page.evaluate(`(async () => {
    const pf = await import(${JSON.stringify(`${bundleUrl}pagefind.js`)});
    await pf.options(${JSON.stringify(options)});
    await pf.init();
    window.__pagefind = pf;
    window.__pagefindResults = new Map();
  })()`);
  return {
    async search(term, opts) {
      const found = await page.evaluate(
        async ({ term, filters }) => {
          const response = await window.__pagefind!.search(term, { filters });
          return (response?.results ?? []).map((r) => {
            window.__pagefindResults!.set(r.id, r);
            return { id: r.id, score: r.score };
          });
        },
        { term, filters: opts?.filters ?? {} },
      );
      return {
        results: found.map((r) => ({
          ...r,
          data: () =>
            page.evaluate(async (id) => {
              const d = await window.__pagefindResults!.get(id)!.data();
              return { url: d.url, ...(d.content === undefined ? {} : { content: d.content }), excerpt: d.excerpt, meta: d.meta, filters: d.filters, sub_results: d.sub_results.map(({ title, url, excerpt }) => ({ title, url, excerpt })) };
            }, r.id),
        })),
      };
    },
  };
}
