/**
 * The site built with a base path (`npm run build:subpath`: BASE_PATH=/kb/ into dist-kb/) and served
 * under /kb/, as on an intranet server that hosts other things: every URL carries the base, every
 * link and fragment resolves, search answers with /kb/ URLs, and each page type loads cleanly.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, describeBrokenLinks, findUnresolvedAttributeUrls } from '../quality/links';
import { isBuiltFile, listPages } from '../quality/site-pages';
import { launchBrowser } from './browser';
import { countDiagrams, diagramPage, knownQuery, loadEachPageType, searchUrls } from './smoke';
import { startStaticServer, type RunningServer } from './static-server';

const BASE = '/kb/';
const distKb = new URL('../../dist-kb/', import.meta.url).pathname;
if (!existsSync(`${distKb}index.html`)) {
  throw new Error('dist-kb/ has no build: run `npm run build:subpath` first (npm test does this for you).');
}
const pages = listPages(distKb);

describe(`the site built for ${BASE}`, () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startStaticServer(distKb, BASE);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is served under the base path', () => {
    expect(new URL(server.url).pathname).toBe(BASE);
  });

  it('every root-relative URL on every page starts with /kb/ and names a built file', () => {
    expect(findUnresolvedAttributeUrls(pages, BASE, isBuiltFile(distKb))).toEqual([]);
  });

  it('every internal link and #fragment on every page resolves', () => {
    const { broken } = checkLinks(pages, { base: BASE, exists: isBuiltFile(distKb) });
    expect(describeBrokenLinks(broken, BASE, pages)).toEqual([]);
  });

  it('one page of each type loads with no console error or foreign request', async () => {
    expect(await loadEachPageType(browser, server.url, pages)).toEqual([]);
  });

  it('search finds a known page at its /kb/ URL', async () => {
    const { query, expected } = knownQuery(pages);
    const { urls, problems } = await searchUrls(browser, server.url, query);
    expect(urls).toContain(`${BASE}${expected}`);
    expect(problems).toEqual([]);
  });

  it('a diagram page draws its diagram', async () => {
    const { svgs, problems } = await countDiagrams(browser, server.url, diagramPage(pages).path);
    expect(svgs).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
