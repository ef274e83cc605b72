/**
 * Source dates in English, at exactly the precision the Chinese wording gives (issue #17): the
 * English edition writes no date files of its own, it formats each Chinese dateSpec. Like the
 * Chinese formatter (src/lib/dates.ts), it never adds what the source lacks: "今年4月" is
 * "April (year not stated)", never a guessed year.
 */
import { hasKnownYear, parseSourceDate, type DatePart, type DatePoint, type ParsedDate } from '../dates';
import type { DateSpec } from '../../schemas/common';

export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** What a date with no year says in place of it. */
export const YEAR_NOT_STATED = '(year not stated)';

/** A part of a year or month around its name: "early 2009", "mid-September", "end of 2009". */
const PART: Record<DatePart, (s: string) => string> = {
  early: (s) => `early ${s}`,
  mid: (s) => `mid-${s}`,
  late: (s) => `end of ${s}`,
  'first-half': (s) => `first half of ${s}`,
  'second-half': (s) => `second half of ${s}`,
};

/** One date point in English, without any year the source lacks: "9 December 2010", "early September". */
export function formatPointEn(p: DatePoint): string {
  if (p.decade !== undefined) {
    const decade = `${p.decade}s`;
    return p.part === 'early' ? `the early ${decade}` : p.part === 'mid' ? `the mid-${decade}` : p.part === 'late' ? `the late ${decade}` : `the ${decade}`;
  }
  const month = p.month === undefined ? undefined : MONTHS_EN[p.month - 1];
  const named = [p.day, month, p.year].filter((x) => x !== undefined).join(' ');
  return p.part ? PART[p.part](named) : named;
}

/** Joins a range: "1992–1999" between bare years, "April 2009 – end of 2009" otherwise. */
function range(start: string, end: string): string {
  return /^\d{4}$/.test(start) && /^\d{4}$/.test(end) ? `${start}–${end}` : `${start} – ${end}`;
}

/**
 * A parsed source date in English at exactly its precision.
 *
 * @example formatSourceDateEn(parseSourceDate('今年4月')!) // 'April (year not stated)'
 * @example formatSourceDateEn(parseSourceDate('约从1992年到1999年')!) // 'around 1992–1999'
 */
export function formatSourceDateEn(d: ParsedDate): string {
  const around = d.approximate ? 'around ' : '';
  if (d.precision === 'range') {
    const start = formatPointEn(d.start);
    return d.open ? `${around}${start} to the present` : `${around}${range(start, formatPointEn(d.end as DatePoint))}`;
  }
  let s = formatPointEn(d.start);
  // "至2006年底" is "by the end of 2006": the article reads naturally after "by".
  if (d.by) s = `by ${s.startsWith('end of') ? `the ${s}` : s}`;
  if (d.from) s = `from ${s}`;
  s = `${around}${s}`;
  if (d.notBefore) s = `after ${s}`;
  if (!hasKnownYear(d)) s += ` ${YEAR_NOT_STATED}`;
  return s;
}

/**
 * A date in English: a dateSpec (`{ text }` as the Chinese content words it), or a date already
 * parsed (both are in use on the English pages).
 */
export function formatDateEn(date: Pick<DateSpec, 'text'> | ParsedDate): string {
  if (!('text' in date)) return formatSourceDateEn(date);
  const parsed = parseSourceDate(date.text);
  // The schema accepts only readable wordings; Chinese text must not slip into an English page.
  if (!parsed) throw new Error(`unreadable source date “${date.text}”`);
  return formatSourceDateEn(parsed);
}

/** A period in English: "April 2009 – end of 2009", "from 2004 onwards" reads as "2004 onwards". */
export function formatPeriodEn(p: { start: DateSpec; end?: DateSpec | undefined }): string {
  const start = formatDateEn(p.start);
  // A range is a whole period in itself ("2004 to the present").
  if (p.start.precision === 'range') return start;
  return p.end ? `${start} – ${formatDateEn(p.end)}` : `${start} onwards`;
}
