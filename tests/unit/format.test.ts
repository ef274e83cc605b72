import { describe, expect, it } from 'vitest';
import { formatFigure, formatPeriod, formatPlace } from '../../src/lib/format';

describe('formatFigure(valueText, unit)', () => {
  it.each([
    ['2100多', '名', '2100多名'],
    ['13607', '名', '13607名'],
    ['30%以上', '%', '30%以上'],
    ['1.6万余', '项', '1.6万余项'],
  ])('%s + %s → %s', (v, u, expected) => expect(formatFigure(v, u)).toBe(expected));
});

describe('formatPeriod(period)', () => {
  it('joins start and end at their own precisions', () => {
    expect(formatPeriod({ start: { text: '2009年4月', precision: 'month' }, end: { text: '2009年底', precision: 'year' } })).toBe(
      '2009年4月—2009年底',
    );
  });
  it('marks an open period with 起 and never invents a year', () => {
    expect(formatPeriod({ start: { text: '今年4月', precision: 'year-unknown', reason: '原文未写年份' } })).toBe('4月(年份不详)起');
  });
  it('shows a range as one phrase', () => {
    expect(formatPeriod({ start: { text: '2004年至今', precision: 'range' } })).toBe('2004年至今');
  });
});

describe('formatPlace(place)', () => {
  it('drops repeated levels', () => {
    expect(formatPlace({ province: '上海市', city: '上海市', district: '浦东新区' })).toBe('上海市 · 浦东新区');
    expect(formatPlace({ province: '上海', city: '上海市' })).toBe('上海市');
    expect(formatPlace({ province: '江苏省', city: '南京市', district: '建邺区' })).toBe('江苏省 · 南京市 · 建邺区');
  });
});
