import { describe, expect, it } from 'vitest';
import { parseSourceDate } from '../../src/lib/dates';
import { formatPeriodEn, formatSourceDateEn } from '../../src/lib/i18n/dates-en';

const en = (text: string) => formatSourceDateEn(parseSourceDate(text) ?? { precision: 'day', start: {} });

describe('formatSourceDateEn', () => {
  it.each([
    ['2009年4月', 'April 2009'],
    ['2009年底', 'end of 2009'],
    ['2010年12月9日', '9 December 2010'],
    ['2009年', '2009'],
    ['今年4月', 'April (year not stated)'],
    ['11月4日', '4 November (year not stated)'],
  ])('%s → %s', (zh, expected) => {
    expect(en(zh)).toBe(expected);
  });
  it('never prints a year the Chinese lacks', () => {
    expect(en('9月初')).not.toMatch(/\d{4}/);
  });
});

describe('formatPeriodEn', () => {
  it('joins start and end, or says onwards', () => {
    expect(formatPeriodEn({ start: { text: '2009年4月', precision: 'month' }, end: { text: '2009年底', precision: 'year' } })).toBe('April 2009 – end of 2009');
    expect(formatPeriodEn({ start: { text: '2004年', precision: 'year' } })).toBe('2004 onwards');
  });
});
