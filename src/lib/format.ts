/** Small formatters shared by pages: periods, places, date specs. */
import type { DateSpec } from '../schemas/common';
import { formatSourceDate, parseSourceDate } from './dates';

/** A date spec in words at its own precision, e.g. "2009年4月", "4月(年份不详)". */
export function formatDate(d: DateSpec): string {
  const parsed = parseSourceDate(d.text);
  return parsed ? formatSourceDate(parsed) : d.text;
}

/** A period in words: "2009年4月—2009年底", "2004年至今", "4月(年份不详)起". */
export function formatPeriod(p: { start: DateSpec; end?: DateSpec | undefined }): string {
  const start = formatDate(p.start);
  if (p.start.precision === 'range') return start;
  return p.end ? `${start}—${formatDate(p.end)}` : `${start}起`;
}

/**
 * A place as province · city · district, skipping a level that the next one repeats
 * (上海 · 上海市 · 浦东新区 → 上海市 · 浦东新区).
 */
export function formatPlace(place: { province: string; city?: string | undefined; district?: string | undefined }): string {
  const parts = [place.province, place.city, place.district].filter((p): p is string => Boolean(p));
  return parts.filter((p, i) => !parts[i + 1]?.startsWith(p)).join(' · ');
}

/**
 * A figure as the source writes it, with its unit once: the hedge may follow the unit in the
 * source ("30%以上"), in which case the value text already carries it.
 *
 * @example formatFigure('2100多', '名') // '2100多名'
 * @example formatFigure('30%以上', '%') // '30%以上'
 */
export function formatFigure(valueText: string, unit: string): string {
  return valueText.includes(unit) ? valueText : `${valueText}${unit}`;
}
