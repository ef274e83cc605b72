import { describe, expect, it } from 'vitest';
import { MAX_MODELS } from '../../src/lib/compare/selection';
import { SCALABLE_ABOVE_MODELS, comparePageFor, comparePagePath, comparePages, splitEvenly, usesScalableForm } from '../../src/lib/scale';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `m${i + 1}`);

describe('usesScalableForm(models)', () => {
  it('keeps the site’s five models, and up to the threshold, on the plain form', () => {
    expect(usesScalableForm(5)).toBe(false);
    expect(usesScalableForm(SCALABLE_ABOVE_MODELS)).toBe(false);
  });
  it('switches above the threshold', () => {
    expect(usesScalableForm(SCALABLE_ABOVE_MODELS + 1)).toBe(true);
    expect(usesScalableForm(1000)).toBe(true);
  });
});

describe('splitEvenly(items, size)', () => {
  it.each([
    [0, 5, [0]],
    [5, 5, [5]],
    [6, 5, [3, 3]],
    [11, 5, [4, 4, 3]],
    [101, 5, [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4]],
    [1000, 5, Array(200).fill(5)],
  ])('%i items in pages of at most %i: sizes %j', (n, size, sizes) => {
    const pages = splitEvenly(ids(n), size);
    expect(pages.map((p) => p.length)).toEqual(sizes);
    expect(pages.flat()).toEqual(ids(n));
  });
  it('refuses a page size below one', () => {
    expect(() => splitEvenly([1], 0)).toThrow('page size must be at least 1, not 0');
  });
});

describe('comparePages(models) and comparePagePath(n)', () => {
  it('puts the site’s models on one page, /compare/', () => {
    expect(comparePages(ids(5))).toEqual([ids(5)]);
    expect(comparePagePath(1)).toBe('compare/');
  });
  it('splits many models into pages a comparison can hold, at /compare/2/ and on', () => {
    const pages = comparePages(ids(1000));
    expect(pages).toHaveLength(200);
    expect(Math.max(...pages.map((p) => p.length))).toBe(MAX_MODELS);
    expect(pages[1]).toEqual(['m6', 'm7', 'm8', 'm9', 'm10']);
    expect(comparePagePath(2)).toBe('compare/2/');
  });
  it('never leaves a page with fewer than two models to compare', () => {
    for (let n = SCALABLE_ABOVE_MODELS + 1; n <= 60; n++) expect(Math.min(...comparePages(ids(n)).map((p) => p.length))).toBeGreaterThanOrEqual(2);
  });
});

describe('comparePageFor(models, chosen)', () => {
  it('is the page holding every chosen model', () => {
    expect(comparePageFor(ids(5), ['m2', 'm5'])).toBe(1);
    expect(comparePageFor(ids(1000), ['m51', 'm52'])).toBe(11);
  });
  it('falls back to the first page when no page holds them all', () => {
    expect(comparePageFor(ids(1000), ['m5', 'm6'])).toBe(1);
  });
});
