/**
 * Numbers and dates cannot drift (issue #17): every number and date in the main content of a built
 * English page (dist/en/) also appears in the main content of its Chinese counterpart, the page at
 * the same path without /en/ (tests/quality/en-drift.ts). Reads the built files; run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteDrift } from '../quality/en-drift';

const dist = new URL('../../dist/', import.meta.url).pathname;

describe('English pages against their Chinese counterparts', () => {
  it('every number and date on an English page is on its Chinese page', (ctx) => {
    // Until the English edition is built there is nothing to compare; once dist/en/ exists, it must pair.
    if (!existsSync(`${dist}en`)) return ctx.skip('dist/en/ does not exist yet: no English pages have been built');
    const report = siteDrift(dist);
    expect(report.paired.length, `no page under dist/en/ has a Chinese counterpart (unpaired: ${report.unpaired.join(', ')})`).toBeGreaterThan(0);
    expect(report.drift).toEqual([]);
  });
});
