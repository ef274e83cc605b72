/**
 * Source dates in English at exactly their precision (issue #17): "April 2009", "end of 2009",
 * "April (year not stated)", never a guessed year. The English of formatSourceDate in ../dates.ts,
 * from the same parse of the Chinese date text.
 */
import { hasKnownYear, parseSourceDate, type DatePart, type DatePoint, type ParsedDate } from '../dates';
import type { DateSpec } from '../../schemas/common';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How a part of a year or month reads before it: "early", "mid-", "end of", "first half of". */
const PART_BEFORE: Record<DatePart, string> = {
  early: 'early ',
  mid: 'mid-',
  late: 'end of ',
  'first-half': 'first half of ',
  'second-half': 'second half of ',
};

/**
 * One date point in English, without any year the source lacks.
 *
 * @example formatPointEn({ year: 2009, month: 4 }) // 'April 2009'
 * @example formatPointEn({ month: 11, day: 4 }) // '4 November'
 * @example formatPointEn({ year: 2009, part: 'late' }) // 'end of 2009'
 */
export function formatPointEn(p: DatePoint): string {
  if (p.decade !== undefined) {
    const part = p.part === 'early' ? 'early ' : p.part === 'late' ? 'late ' : p.part === 'mid' ? 'mid-' : '';
    return `${part}${p.decade}s`;
  }
  const year = p.year !== undefined ? String(p.year) : '';
  if (p.month === undefined) return p.part ? `${PART_BEFORE[p.part]}${year}`.trim() : year;
  const month = MONTHS[p.month - 1] as string;
  const day = p.day !== undefined ? `${p.day} ` : '';
  const monthPart = p.day === undefined && p.part ? PART_BEFORE[p.part] : '';
  return [`${monthPart}${day}${month}`, year].filter(Boolean).join(' ');
}

/**
 * A parsed date in English at exactly its precision.
 *
 * @example formatSourceDateEn(parseSourceDate('今年4月')!) // 'April (year not stated)'
 */
export function formatSourceDateEn(d: ParsedDate): string {
  const pre = d.approximate ? 'about ' : '';
  if (d.precision === 'range') {
    const end = d.open ? ' to the present' : ` to ${formatPointEn(d.end as DatePoint)}`;
    return `${pre}${formatPointEn(d.start)}${end}`;
  }
  let s = `${pre}${d.by ? 'by ' : ''}${formatPointEn(d.start)}`;
  if (d.from) s = `from ${s}`;
  if (d.notBefore) s = `${s} or later`;
  if (!hasKnownYear(d)) s += ' (year not stated)';
  return s;
}

/** A date spec in English; the Chinese text as a last resort if it cannot be parsed. */
export function formatDateEn(d: DateSpec): string {
  const parsed = parseSourceDate(d.text);
  return parsed ? formatSourceDateEn(parsed) : d.text;
}

/** A period in English: "April 2009 – end of 2009", "from 2004", "April (year not stated) onwards". */
export function formatPeriodEn(p: { start: DateSpec; end?: DateSpec | undefined }): string {
  const start = formatDateEn(p.start);
  if (p.start.precision === 'range') return start;
  return p.end ? `${start} – ${formatDateEn(p.end)}` : `${start} onwards`;
}
