/**
 * Gate over every built page in dist/: no page's HTML file exceeds the gzip budget (issue #12: a
 * phone on a slow network downloads it before it can show anything). The benchmark reports the
 * same figure per page type; this gate holds it for every page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../bench/budgets';
import { htmlSize } from '../../bench/page-weight';
import { listPages } from '../quality/site-pages';

const dist = new URL('../../dist/', import.meta.url).pathname;

describe('HTML size', () => {
  it(`every page is at most ${BUDGETS.htmlGzip / 1024} KB gzip`, () => {
    const pages = listPages(dist);
    expect(pages.length).toBeGreaterThan(100);
    const over = pages
      .map((p) => ({ path: `/${p.path}`, ...htmlSize(readFileSync(p.file)) }))
      .filter((s) => s.gzip > BUDGETS.htmlGzip)
      .map((s) => `${s.path}: ${(s.gzip / 1024).toFixed(1)} KB gzip (${(s.bytes / 1024).toFixed(0)} KB raw)`);
    expect(over).toEqual([]);
  });
});
