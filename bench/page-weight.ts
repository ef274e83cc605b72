/**
 * What a first visit to a page costs over the wire: bytes as sent (compressed by the server) per
 * kind of resource, and the JavaScript inlined in the HTML, counted apart from the scripts it loads.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { openPage, siteUrl } from '../tests/e2e/browser.ts';
import { readHtmlFacts } from '../tests/quality/html-facts.ts';
import type { BuiltPage } from '../tests/quality/site-pages.ts';

/** Bytes of one first visit (empty cache), as transferred. */
export interface PageWeight {
  path: string;
  /** Compressed body bytes by kind. `js` counts script files only; inline scripts are in `inlineJs`. */
  html: number;
  css: number;
  js: number;
  other: number;
  /** Everything the visit transferred, bodies and response headers. */
  total: number;
  requests: number;
  /** Script files requested, for reading the figures. */
  scripts: string[];
  /** JavaScript inside the HTML (theme setting and the like): raw bytes and gzip bytes. */
  inlineJs: { bytes: number; gzip: number };
  /** Whether the main content draws an SVG diagram (icons, which are aria-hidden, do not count). */
  hasDiagram: boolean;
}

/** Loads a page in a fresh context (empty cache) and adds up what came over the wire. */
export async function measurePageWeight(browser: Browser, siteURL: string, page: BuiltPage): Promise<PageWeight> {
  const watched = await openPage(browser, siteURL);
  const weight: PageWeight = { path: page.path, html: 0, css: 0, js: 0, other: 0, total: 0, requests: 0, scripts: [], inlineJs: { bytes: 0, gzip: 0 }, hasDiagram: false };
  const pending: Promise<void>[] = [];
  watched.page.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then((sizes) => {
        const type = request.resourceType();
        const body = sizes.responseBodySize;
        if (type === 'document') weight.html += body;
        else if (type === 'stylesheet') weight.css += body;
        else if (type === 'script') {
          weight.js += body;
          weight.scripts.push(new URL(request.url()).pathname);
        } else weight.other += body;
        weight.total += body + sizes.responseHeadersSize;
        weight.requests += 1;
      }),
    );
  });
  await watched.page.goto(siteUrl(siteURL, page.path), { waitUntil: 'networkidle' });
  await Promise.all(pending);
  weight.hasDiagram = (await watched.page.locator('main svg:not([aria-hidden="true"])').count()) > 0;
  await watched.context.close();
  const inline = readHtmlFacts(readFileSync(page.file, 'utf8')).inlineScripts.join('\n');
  weight.inlineJs = { bytes: Buffer.byteLength(inline), gzip: inline ? gzipSync(inline, { level: 6 }).length : 0 };
  return weight;
}
