/**
 * Source dates in English (src/lib/i18n/dates-en.ts): every dateSpec wording that occurs in
 * content/ is formatted at exactly its precision, and no English date names a year its Chinese
 * wording does not.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-content';
import { parseSourceDate } from '../../src/lib/dates';
import { formatDateEn, formatPeriodEn, formatPointEn, formatSourceDateEn } from '../../src/lib/i18n/dates-en';

const root = new URL('../../', import.meta.url).pathname;

/** Every dateSpec in content/ (an object with `text` and `precision`), as written. */
function contentDateSpecs(): { text: string; precision: string }[] {
  const found = new Map<string, { text: string; precision: string }>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.text === 'string' && typeof o.precision === 'string') found.set(o.text, { text: o.text, precision: o.precision });
      else Object.values(o).forEach(walk);
    }
  };
  for (const r of readContent(`${root}content`, root).records) walk(r.data);
  return [...found.values()];
}

/** The English of every wording the content uses (a new wording must be added here, and checked). */
const ENGLISH: Record<string, string> = {
  '2019-08-26': '26 August 2019',
  '2010年12月09日': '9 December 2010',
  '1996年3月': 'March 1996',
  '2002年12月': 'December 2002',
  '2003年10月': 'October 2003',
  '2004年10月': 'October 2004',
  '2004年12月': 'December 2004',
  '2009年4月': 'April 2009',
  '2004年9月起': 'from September 2004',
  '1992年': '1992',
  '1996年': '1996',
  '1997年': '1997',
  '1999年': '1999',
  '2001年': '2001',
  '2002年': '2002',
  '2003年': '2003',
  '2005年': '2005',
  '2006年': '2006',
  '2010年': '2010',
  '2011年': '2011',
  '2014年': '2014',
  '2017年': '2017',
  '2019年': '2019',
  '2009年底': 'end of 2009',
  '2010年上半年': 'first half of 2010',
  '至2006年底': 'by the end of 2006',
  '到2020年': 'by 2020',
  '2000年起': 'from 2000',
  '2004年起': 'from 2004',
  '约1999年': 'around 1999',
  '约2003年': 'around 2003',
  '约从1992年到1999年': 'around 1992–1999',
  '约从2000年至2003年': 'around 2000–2003',
  '从2004年至今': '2004 to the present',
  '今年4月': 'April (year not stated)',
  '9月初': 'early September (year not stated)',
  '9月初以后': 'after early September (year not stated)',
  '11月4日': '4 November (year not stated)',
};

describe('source dates in English', () => {
  const specs = contentDateSpecs();

  it('finds the dates of the content (all precisions occur)', () => {
    expect(specs.length).toBeGreaterThan(30);
    expect(new Set(specs.map((s) => s.precision))).toEqual(new Set(['day', 'month', 'year', 'range', 'approximate', 'year-unknown']));
  });

  it.each(contentDateSpecs().map((s) => [s.text, s.precision]))('formats %s (%s) at its precision', (text) => {
    expect(ENGLISH, `add the English of “${text}” to this test`).toHaveProperty([text]);
    expect(formatDateEn({ text })).toBe(ENGLISH[text]);
  });

  it('never names a year the Chinese wording lacks, and says so when there is none', () => {
    for (const { text } of specs) {
      const english = formatDateEn({ text });
      const years = (s: string) => (s.match(/\d{4}/g) ?? []).sort();
      expect(years(english), text).toEqual(years(text.replace(/-\d\d-\d\d$/, '')));
      expect(english.includes('(year not stated)'), text).toBe(!/\d{4}/.test(text));
    }
  });

  it('formats the other wordings the parser reads', () => {
    const en = (t: string) => formatSourceDateEn(parseSourceDate(t) as NonNullable<ReturnType<typeof parseSourceDate>>);
    expect(en('20世纪90年代中期')).toBe('the mid-1990s');
    expect(en('20世纪90年代')).toBe('the 1990s');
    expect(en('2009年初')).toBe('early 2009');
    expect(en('2009年下半年')).toBe('second half of 2009');
    expect(en('2009年4月至2009年底')).toBe('April 2009 – end of 2009');
    expect(en('1992—1999年')).toBe('1992–1999');
    expect(en('9月中旬')).toBe('mid-September (year not stated)');
    expect(en('今年4月起')).toBe('from April (year not stated)');
    expect(en('2011年以后')).toBe('after 2011');
    expect(formatPointEn({ month: 2, day: 29 })).toBe('29 February');
    expect(formatDateEn(parseSourceDate('今年4月') as NonNullable<ReturnType<typeof parseSourceDate>>)).toBe('April (year not stated)');
  });

  it('formats a period from its start and end', () => {
    expect(formatPeriodEn({ start: { text: '2009年4月', precision: 'month' }, end: { text: '2009年底', precision: 'year' } })).toBe('April 2009 – end of 2009');
    expect(formatPeriodEn({ start: { text: '2004年', precision: 'year' } })).toBe('2004 onwards');
    expect(formatPeriodEn({ start: { text: '约从1992年到1999年', precision: 'range' } })).toBe('around 1992–1999');
  });

  it('refuses a wording it cannot read rather than put Chinese on an English page', () => {
    expect(() => formatDateEn({ text: '去年年底左右' })).toThrow(/unreadable/);
  });
});
