import { describe, expect, it } from 'vitest';
import {
  compareSourceDates,
  dateEndKey,
  dateKeyInYear,
  dateSortKey,
  dateYear,
  formatPoint,
  formatSourceDate,
  hasKnownYear,
  parseSourceDate,
  type ParsedDate,
} from '../../src/lib/dates';

const p = (s: string): ParsedDate => {
  const d = parseSourceDate(s);
  if (!d) throw new Error(`unparsed: ${s}`);
  return d;
};

describe('parseSourceDate(text)', () => {
  it.each([
    ['2010年12月09日', { precision: 'day', start: { year: 2010, month: 12, day: 9 } }],
    ['2019-08-26', { precision: 'day', start: { year: 2019, month: 8, day: 26 } }],
    ['2009年4月', { precision: 'month', start: { year: 2009, month: 4 } }],
    ['1996年3月', { precision: 'month', start: { year: 1996, month: 3 } }],
    ['2009年', { precision: 'year', start: { year: 2009 } }],
    ['2009年底', { precision: 'year', start: { year: 2009, part: 'late' } }],
    ['2010年上半年', { precision: 'year', start: { year: 2010, part: 'first-half' } }],
    ['2004年9月起', { precision: 'month', start: { year: 2004, month: 9 }, from: true }],
    ['至2006年底', { precision: 'year', start: { year: 2006, part: 'late' }, by: true }],
    ['2014年第3期', { precision: 'year', start: { year: 2014 } }],
    ['约从1992年到1999年', { precision: 'range', start: { year: 1992 }, end: { year: 1999 }, approximate: true }],
    ['1992—1999年', { precision: 'range', start: { year: 1992 }, end: { year: 1999 } }],
    ['2009年4月至2009年底', { precision: 'range', start: { year: 2009, month: 4 }, end: { year: 2009, part: 'late' } }],
    ['2004年至今', { precision: 'range', start: { year: 2004 }, open: true }],
    ['20世纪90年代中期', { precision: 'approximate', start: { decade: 1990, part: 'mid' } }],
    ['2011年以后', { precision: 'approximate', start: { year: 2011 }, notBefore: true }],
    ['今年4月', { precision: 'year-unknown', start: { month: 4 } }],
    ['今年4月份以来', { precision: 'year-unknown', start: { month: 4 }, from: true }],
    ['9月初', { precision: 'year-unknown', start: { month: 9, part: 'early' } }],
    ['11月4日', { precision: 'year-unknown', start: { month: 11, day: 4 } }],
    ['9月初以后', { precision: 'year-unknown', start: { month: 9, part: 'early' }, notBefore: true }],
  ])('reads %s', (text, expected) => {
    expect(parseSourceDate(text)).toEqual(expected);
  });

  it.each(['', '去年', '近年来', '2009年13月', '4月32日', '2009年底4月', '初'])('rejects %j', (text) => {
    expect(parseSourceDate(text)).toBeUndefined();
  });
});

describe('formatSourceDate(date)', () => {
  it.each([
    ['2010年12月09日', '2010年12月9日'],
    ['2009年4月', '2009年4月'],
    ['2009年底', '2009年底'],
    ['2004年9月起', '2004年9月起'],
    ['至2006年底', '至2006年底'],
    ['约从1992年到1999年', '约1992年至1999年'],
    ['2004年至今', '2004年至今'],
    ['20世纪90年代中期', '20世纪90年代中期'],
    ['今年4月', '4月(年份不详)'],
    ['9月初', '9月初(年份不详)'],
    ['11月4日', '11月4日(年份不详)'],
    ['9月初以后', '9月初以后(年份不详)'],
  ])('writes %s as %s, never adding a year', (text, expected) => {
    expect(formatSourceDate(p(text))).toBe(expected);
  });
});

describe('ordering', () => {
  it('puts dates on a year axis by their earliest instant', () => {
    expect(dateSortKey(p('2009年'))).toBe(2009);
    expect(dateSortKey(p('2009年4月'))).toBeCloseTo(2009.25, 5);
    expect(dateSortKey(p('2009年底'))).toBe(2009.75);
    expect(dateSortKey(p('今年4月'))).toBeUndefined();
  });

  it('gives ranges and parts of years their end', () => {
    expect(dateEndKey(p('约从1992年到1999年'), 2026)).toBe(2000);
    expect(dateEndKey(p('2004年至今'), 2011)).toBe(2011);
    expect(dateEndKey(p('2009年4月'), 2026)).toBeCloseTo(2009 + 4 / 12, 5);
  });

  it('sorts by time, more precise first on ties, and unknown years last by month', () => {
    const texts = ['11月4日', '2009年底', '今年4月', '2009年', '1996年3月', '9月初', '2009年4月'];
    const sorted = texts.map(p).sort(compareSourceDates).map(formatSourceDate);
    expect(sorted).toEqual(['1996年3月', '2009年', '2009年4月', '2009年底', '4月(年份不详)', '9月初(年份不详)', '11月4日(年份不详)']);
  });

  it('groups by year, and has no year for a date without one', () => {
    expect(dateYear(p('2009年底'))).toBe(2009);
    expect(dateYear(p('今年4月'))).toBeUndefined();
  });
});

describe('dates without a year', () => {
  it.each([
    ['2009年4月', true],
    ['20世纪90年代中期', true],
    ['今年4月', false],
    ['9月初以后', false],
  ])('hasKnownYear(%s) is %s', (text, known) => {
    expect(hasKnownYear(p(text))).toBe(known);
  });

  it('orders within the unknown year by month, part of month and day; 以后 just after its bound', () => {
    const texts = ['11月4日', '9月初以后', '今年4月', '9月底', '9月初'];
    expect(texts.map(p).sort(compareSourceDates).map(formatSourceDate)).toEqual([
      '4月(年份不详)',
      '9月初(年份不详)',
      '9月初以后(年份不详)',
      '9月底(年份不详)',
      '11月4日(年份不详)',
    ]);
    expect(dateKeyInYear(p('今年4月'))).toBe(3);
  });

  it('writes a point without the year it lacks, for labelling undated columns', () => {
    expect(formatPoint(p('9月初以后').start)).toBe('9月初');
    expect(formatPoint(p('2009年底').start)).toBe('2009年底');
  });
});
