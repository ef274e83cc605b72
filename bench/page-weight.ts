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
  /** The HTML file itself: raw bytes and gzip bytes (see `htmlSize`), whatever the server sends. */
  htmlFile: { bytes: number; gzip: number };
  /** Whether the main content draws an SVG diagram (icons, which are aria-hidden, do not count). */
  hasDiagram: boolean;
}

/**
 * An HTML file's size, raw and gzipped at level 6, the level deploy/nginx/ compresses at (a reader
 * on a phone downloads the gzip; the browser parses the raw).
 */
export function htmlSize(html: Buffer | string): { bytes: number; gzip: number } {
  return { bytes: Buffer.byteLength(html), gzip: gzipSync(html, { level: 6 }).length };
}

/** Loads a page in a fresh context (empty cache) and adds up what came over the wire. */
export async function measurePageWeight(browser: Browser, siteURL: string, page: BuiltPage): Promise<PageWeight> {
  const watched = await openPage(browser, siteURL);
  const weight: PageWeight = { path: page.path, html: 0, css: 0, js: 0, other: 0, total: 0, requests: 0, scripts: [], inlineJs: { bytes: 0, gzip: 0 }, htmlFile: { bytes: 0, gzip: 0 }, hasDiagram: false };
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
  const html = readFileSync(page.file, 'utf8');
  weight.htmlFile = htmlSize(html);
  const inline = readHtmlFacts(html).inlineScripts.join('\n');
  weight.inlineJs = { bytes: Buffer.byteLength(inline), gzip: inline ? gzipSync(inline, { level: 6 }).length : 0 };
  return weight;
}
