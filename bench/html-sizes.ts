/**
 * The HTML weight of a built site: for each page type, its heaviest page, raw and gzip (as the
 * server sends it). Read from the files, so it also works on a 5,000-page scaling build that no
 * browser loads.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BuiltPage } from '../tests/quality/site-pages.ts';

/** One page's HTML size. */
export interface HtmlSize {
  path: string;
  bytes: number;
  gzip: number;
}

/**
 * The page of each type with the largest gzip HTML (the budget's measure), with its raw size.
 * gzip level 6, the level nginx's `gzip_comp_level` is set to in deploy/nginx.
 */
export function largestHtmlByType(pages: readonly BuiltPage[]): Record<string, HtmlSize> {
  const out: Record<string, HtmlSize> = {};
  for (const page of pages) {
    const html = readFileSync(page.file);
    const size = { path: page.path, bytes: html.length, gzip: gzipSync(html, { level: 6 }).length };
    const held = out[page.type];
    if (!held || size.gzip > held.gzip) out[page.type] = size;
  }
  return out;
}
