/**
 * Dates as the sources write them, with their real precision.
 *
 * The sources give dates at very different precisions: a day ("2010年12月09日"), a month
 * ("2009年4月"), part of a year ("2009年底"), a stage ("约从1992年到1999年"), or a month with no
 * year at all ("今年4月"). The site never sharpens a date: it parses the source's wording into a
 * structured value that keeps the precision, and formats it back in words.
 */

export const DATE_PRECISIONS = ['day', 'month', 'year', 'range', 'approximate', 'year-unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Chinese labels of the precisions, for legends and data pages. */
export const PRECISION_LABELS: Record<DatePrecision, string> = {
  day: '精确到日',
  month: '精确到月',
  year: '精确到年',
  range: '时间段',
  approximate: '约略时间',
  'year-unknown': '年份不详',
};

/** Part of a year or month that the source names: 初 (early), 中 (mid), 底/末 (late), 上/下半年. */
export type DatePart = 'early' | 'mid' | 'late' | 'first-half' | 'second-half';

/** One point in time at the precision the source gives. `year` is absent when the source omits it. */
export interface DatePoint {
  year?: number;
  month?: number;
  day?: number;
  part?: DatePart;
  /** A decade such as 20世纪90年代 (1990). */
  decade?: number;
}

/** A parsed source date. */
export interface ParsedDate {
  precision: DatePrecision;
  start: DatePoint;
  /** Only for ranges; absent when the range is open ("至今"). */
  end?: DatePoint;
  /** The range runs to the time of writing ("至今"). */
  open?: boolean;
  /** 约: the source hedges the date. */
  approximate?: boolean;
  /** 起 / 以来: from this date on. */
  from?: boolean;
  /** 至 / 到: by this date. */
  by?: boolean;
  /** 以后 / 之后: not before this year (used when only a lower bound is known). */
  notBefore?: boolean;
}

const NUM = '(\\d{1,4})';
const PARTS: Record<string, DatePart> = {
  初: 'early',
  中: 'mid',
  中旬: 'mid',
  底: 'late',
  末: 'late',
  上半年: 'first-half',
  下半年: 'second-half',
};

/** Reads one date point ("2009年4月", "2009年底", "4月", "11月4日", "2019-08-26"). */
function parsePoint(text: string): DatePoint | undefined {
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (iso) {
    return stripUndefined({ year: Number(iso[1]), month: Number(iso[2]), day: iso[3] ? Number(iso[3]) : undefined });
  }
  const decade = /^20世纪(\d)0年代(初|中期|末)?$/.exec(text);
  if (decade) {
    const part: DatePart | undefined = decade[2] === '初' ? 'early' : decade[2] === '末' ? 'late' : decade[2] ? 'mid' : undefined;
    return stripUndefined({ decade: 1900 + Number(decade[1]) * 10, part });
  }
  const m = new RegExp(
    `^(?:${NUM}年)?(?:(上半年|下半年|初|中|底|末)|第\\d+期)?(?:${NUM}月(?:份)?)?(?:${NUM}[日号])?(初|中旬|中|底|末)?$`,
  ).exec(text);
  if (!m || (!m[1] && !m[3])) return undefined;
  const [, y, yearPart, mo, d, monthPart] = m;
  if (yearPart && mo) return undefined; // "2009年底4月" is not a date
  if (monthPart && !mo) return undefined;
  if (d && !mo) return undefined;
  const point = stripUndefined({
    year: y ? Number(y) : undefined,
    month: mo ? Number(mo) : undefined,
    day: d ? Number(d) : undefined,
    part: PARTS[(yearPart ?? monthPart) as string],
  });
  if (point.month !== undefined && (point.month < 1 || point.month > 12)) return undefined;
  if (point.day !== undefined && (point.day < 1 || point.day > 31)) return undefined;
  return point;
}

/** `T` with every possibly-undefined property made optional instead (exactOptionalPropertyTypes). */
type WithoutUndefined<T> = { [K in keyof T]?: Exclude<T[K], undefined> } & {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
};

/** Drops properties whose value is undefined, so results compare cleanly and serialise small. */
function stripUndefined<T extends object>(o: T): WithoutUndefined<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as WithoutUndefined<T>;
}

function pointPrecision(p: DatePoint): DatePrecision {
  if (p.year === undefined) return p.decade !== undefined ? 'approximate' : 'year-unknown';
  if (p.day !== undefined) return 'day';
  if (p.month !== undefined) return 'month';
  return 'year';
}

/**
 * Parses a date as a source words it. Returns undefined when the wording is not one the site reads.
 *
 * @example parseSourceDate('2009年底') // { precision: 'year', start: { year: 2009, part: 'late' } }
 * @example parseSourceDate('今年4月') // { precision: 'year-unknown', start: { month: 4 } }
 */
export function parseSourceDate(input: string): ParsedDate | undefined {
  let text = input.trim().replace(/\s+/g, '');
  let approximate = false;
  if (/^(约|大约|大致)/.test(text)) {
    approximate = true;
    text = text.replace(/^(约|大约|大致)/, '');
  }
  // "今年" names the year of writing, which the source does not state.
  text = text.replace(/^今年/, '');

  const range = /^(?:从)?(.+?)(?:至|到|—|–|-{1,2}|~)(今|至今|.+?)$/.exec(text);
  if (range && !/^\d{4}-\d{2}/.test(text)) {
    const startText = range[1] as string;
    const endText = range[2] as string;
    // "1992—1999年": the year suffix on the end applies to the start as well.
    const start = parsePoint(startText) ?? (/^\d{4}$/.test(startText) ? { year: Number(startText) } : undefined);
    if (!start) return undefined;
    if (endText === '今' || endText === '至今') {
      return stripUndefined({ precision: 'range' as const, start, open: true, approximate: approximate || undefined });
    }
    const end = parsePoint(endText);
    if (!end) return undefined;
    return stripUndefined({ precision: 'range' as const, start, end, approximate: approximate || undefined });
  }

  let from = false;
  let by = false;
  let notBefore = false;
  if (/^(至|到)/.test(text)) {
    by = true;
    text = text.replace(/^(至|到)/, '');
  }
  if (/(起|以来)$/.test(text)) {
    from = true;
    text = text.replace(/(起|以来)$/, '');
  }
  if (/(以后|之后)$/.test(text)) {
    notBefore = true;
    text = text.replace(/(以后|之后)$/, '');
  }
  const start = parsePoint(text);
  if (!start) return undefined;
  // A date with no year stays "year-unknown" even when hedged: its year is the larger gap.
  const base = pointPrecision(start);
  const precision = base !== 'year-unknown' && (approximate || notBefore) ? 'approximate' : base;
  return stripUndefined({
    precision,
    start,
    approximate: approximate || undefined,
    from: from || undefined,
    by: by || undefined,
    notBefore: notBefore || undefined,
  });
}

const PART_WORDS: Record<DatePart, string> = {
  early: '初',
  mid: '中',
  late: '底',
  'first-half': '上半年',
  'second-half': '下半年',
};

/**
 * One date point in Chinese, without any year the source lacks, e.g. "9月初", "2009年底".
 * Used on its own to label dates whose year is unknown, which are placed in source order.
 */
export function formatPoint(p: DatePoint): string {
  if (p.decade !== undefined) {
    const part = p.part === 'early' ? '初' : p.part === 'late' ? '末' : p.part === 'mid' ? '中期' : '';
    return `20世纪${String(p.decade).slice(2, 3)}0年代${part}`;
  }
  let s = p.year !== undefined ? `${p.year}年` : '';
  if (p.month === undefined && p.part) s += PART_WORDS[p.part];
  if (p.month !== undefined) s += `${p.month}月`;
  if (p.day !== undefined) s += `${p.day}日`;
  if (p.month !== undefined && p.day === undefined && p.part) s += PART_WORDS[p.part];
  return s;
}

/**
 * Formats a parsed date in Chinese at exactly its precision, never adding a year the source lacks.
 *
 * @example formatSourceDate(parseSourceDate('今年4月')!) // '4月(年份不详)'
 */
export function formatSourceDate(d: ParsedDate): string {
  const pre = d.approximate ? '约' : '';
  if (d.precision === 'range') {
    const end = d.open ? '至今' : `至${formatPoint(d.end as DatePoint)}`;
    return `${pre}${formatPoint(d.start)}${end}`;
  }
  let s = `${pre}${d.by ? '至' : ''}${formatPoint(d.start)}`;
  if (d.from) s += '起';
  if (d.notBefore) s += '以后';
  // An approximate date can lack a year too ("9月初以后"): say so whatever the precision.
  if (!hasKnownYear(d)) s += '(年份不详)';
  return s;
}

/**
 * A number for ordering dates on a time axis: the earliest instant the date can mean, in
 * fractional years. Dates with no year return undefined: they have no place on the axis.
 */
export function dateSortKey(d: ParsedDate): number | undefined {
  return pointStart(d.start);
}

/** The latest instant a date can mean, in fractional years (for drawing ranges and bands). */
export function dateEndKey(d: ParsedDate, now: number): number | undefined {
  if (d.precision === 'range') return d.open ? now : d.end ? pointEnd(d.end) : undefined;
  return pointEnd(d.start);
}

function pointStart(p: DatePoint): number | undefined {
  if (p.decade !== undefined) {
    return p.decade + (p.part === 'mid' ? 3 : p.part === 'late' ? 7 : 0);
  }
  if (p.year === undefined) return undefined;
  if (p.month !== undefined) return p.year + (p.month - 1) / 12 + ((p.day ?? 1) - 1) / 365;
  if (p.part === 'late') return p.year + 0.75;
  if (p.part === 'second-half') return p.year + 0.5;
  if (p.part === 'mid') return p.year + 0.33;
  return p.year;
}

function pointEnd(p: DatePoint): number | undefined {
  if (p.decade !== undefined) {
    return p.decade + (p.part === 'early' ? 3 : p.part === 'mid' ? 7 : 10);
  }
  if (p.year === undefined) return undefined;
  if (p.day !== undefined && p.month !== undefined) return p.year + (p.month - 1) / 12 + p.day / 365;
  if (p.month !== undefined) return p.year + p.month / 12;
  if (p.part === 'early') return p.year + 0.25;
  if (p.part === 'first-half') return p.year + 0.5;
  if (p.part === 'mid') return p.year + 0.67;
  return p.year + 1;
}

/** True when the date can be placed on a year axis (it names a year or a decade). */
export function hasKnownYear(d: ParsedDate): boolean {
  return dateSortKey(d) !== undefined;
}

/**
 * Where a date falls within its (unknown) year, in months from 0: orders "今年4月", "9月初",
 * "9月初以后" and "11月4日" by the source's own wording, without inventing a year.
 */
export function dateKeyInYear(d: ParsedDate): number {
  const p = d.start;
  if (p.month === undefined) return 0;
  const within = p.day !== undefined ? (p.day - 1) / 31 : p.part === 'mid' ? 0.33 : p.part === 'late' ? 0.67 : 0;
  // "以后" comes just after the point it is bounded by.
  return p.month - 1 + within + (d.notBefore ? 0.01 : 0);
}

/**
 * Orders dates for lists and timelines: by earliest instant, then more precise first; dates with
 * no known year go last, ordered by month, part of month and day.
 */
export function compareSourceDates(a: ParsedDate, b: ParsedDate): number {
  const ka = dateSortKey(a);
  const kb = dateSortKey(b);
  if (ka === undefined && kb === undefined) return dateKeyInYear(a) - dateKeyInYear(b);
  if (ka === undefined) return 1;
  if (kb === undefined) return -1;
  return ka - kb || precisionRank(a) - precisionRank(b);
}

function precisionRank(d: ParsedDate): number {
  return ['day', 'month', 'year', 'approximate', 'range', 'year-unknown'].indexOf(d.precision);
}

/** The year a date falls in, for grouping lists by year; undefined when the year is unknown. */
export function dateYear(d: ParsedDate): number | undefined {
  return d.start.year ?? d.start.decade;
}

/**
 * Why a date's wording names a day or month that does not exist ("2009-13-45", "2009年2月30日"),
 * or undefined when every month and day in it is real. Checked before parsing, so the editor is
 * told what is impossible rather than that the wording is unreadable.
 */
export function calendarProblem(text: string): string | undefined {
  const dates = [
    ...[...text.matchAll(/(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/g)],
    ...[...text.matchAll(/(?:(\d{4})年)?(\d{1,2})月(?:份)?(?:(\d{1,2})[日号])?/g)],
  ];
  for (const [, y, mo, d] of dates) {
    const month = Number(mo);
    if (month < 1 || month > 12) return `“${text}”不是真实的日期：没有 ${month} 月。月份应为 1 到 12。`;
    if (d === undefined) continue;
    const year = y === undefined ? undefined : Number(y);
    // Without a year, 29 February may be real.
    const last = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
    const day = Number(d);
    if (day < 1 || day > last) {
      return `“${text}”不是真实的日期：${year === undefined ? '' : `${year}年`}${month}月只有 ${last} 天。核对原文的写法。`;
    }
  }
  return undefined;
}
