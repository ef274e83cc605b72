/**
 * The words a timeline says, in each language of the site: dates at their source precision, the
 * chart's labels and titles, the key, the filters, the list and the explorer's status line. The
 * content's event kinds are Chinese names (the filters' values); `kind()` gives the name a reader
 * sees. Free of content schemas, so the browser script takes its words from here.
 */
import { formatPoint, formatSourceDate, type DatePoint, type ParsedDate, type DatePrecision, PRECISION_LABELS } from '../dates';

export type TimelineLang = 'zh' | 'en';

export interface TimelineWords {
  lang: TimelineLang;
  /** A parsed source date at its precision ("2009年底", "April (year not stated)"). */
  date(d: ParsedDate): string;
  /** One date point, as a column of the year-unknown panel is headed ("9月初"). */
  point(p: DatePoint): string;
  /** A stage's period from its start and (optional) end, already in words; `range` when the start is a range. */
  period(start: string, end: string | undefined, range: boolean): string;
  kind(kind: string): string;
  precision(p: DatePrecision): string;
  /** Years on the axis, the period selects and headings. */
  year(y: number): string;
  /** An influence in words: a lane spreading its experience, its foot label, a lane learning from places. */
  spread(lane: string, scope: string): string;
  spreadFoot(scope: string): string;
  learned(lane: string, places: string): string;
  placesJoin: string;
  /** A place or scope the sources name (上海, 全国), in the words' language. */
  placeName(place: string): string;
  /** The lane, case and place of a learned-from place ("浦东新区" + "陆家嘴"). */
  place(lane: string, place: string): string;
  scrollHint: string;
  panelTitle: string;
  proposalNote: string;
  notBefore(year: number): string;
  eventLabel(title: string, date: string, lane: string, kind: string): string;
  eventTitle(title: string, date: string, kind: string): string;
  bandTitle(name: string, date: string): string;
  brushTitle: string;
  status(shown: number, total: number, from: number, to: number): string;
}

/** The words the browser script writes, by the page's language. */
export const TIMELINE_CLIENT_WORDS: Record<TimelineLang, Pick<TimelineWords, 'brushTitle' | 'status'>> = {
  zh: {
    brushTitle: '拖动以选取时段',
    status: (shown, total, from, to) => `显示 ${shown} / ${total} 个事件，${from}年至${to}年`,
  },
  en: {
    brushTitle: 'Drag to select a period',
    status: (shown, total, from, to) => `Showing ${shown} of ${total} events, ${from} to ${to}`,
  },
};

export const TIMELINE_WORDS_ZH: TimelineWords = {
  lang: 'zh',
  date: formatSourceDate,
  point: formatPoint,
  period: (start, end, range) => (range ? start : end ? `${start}—${end}` : `${start}起`),
  kind: (k) => k,
  precision: (p) => PRECISION_LABELS[p],
  year: (y) => `${y}年`,
  spread: (lane, scope) => `${lane}的经验推广至${scope}`,
  spreadFoot: (scope) => `推广至${scope}`,
  learned: (lane, places) => `${lane}借鉴${places}`,
  placesJoin: '、',
  placeName: (p) => p,
  place: (lane, place) => `${lane}${place}`,
  scrollHint: '图较宽，可左右滑动查看。',
  panelTitle: '年份不详 · 按原文先后排列',
  proposalNote: '(建议)',
  notBefore: (year) => `年份不详的事件：不早于${year}年，见右侧`,
  eventLabel: (title, date, lane, kind) => `${title}（${date}，${lane}，${kind}）`,
  eventTitle: (title, date, kind) => `${date} · ${kind} · ${title}`,
  bandTitle: (name, date) => `${name}(${date})`,
  ...TIMELINE_CLIENT_WORDS.zh,
};

/**
 * English words; dates, kinds and precisions come from the English edition's formatter and names
 * (src/lib/i18n), given by the caller so this file stays free of the schemas.
 */
export function englishTimelineWords(names: {
  placeName(place: string): string;
  date(d: ParsedDate): string;
  point(p: DatePoint): string;
  kind(kind: string): string;
  precision(p: DatePrecision): string;
}): TimelineWords {
  return {
    lang: 'en',
    ...names,
    period: (start, end, range) => (range ? start : end ? `${start} – ${end}` : `from ${start}`),
    year: (y) => String(y),
    ...TIMELINE_CLIENT_WORDS.en,
    spread: (lane, scope) => `${lane}'s experience spread to ${scope}`,
    spreadFoot: (scope) => `spread to ${scope}`,
    learned: (lane, places) => `${lane} learned from ${places}`,
    placesJoin: ', ',
    place: (lane, place) => `${lane}: ${place}`,
    scrollHint: 'The chart is wide: swipe sideways to see all of it.',
    panelTitle: 'Year not stated · source order',
    proposalNote: '(proposal)',
    notBefore: (year) => `Events with no year: not before ${year}, see right`,
    eventLabel: (title, date, lane, kind) => `${title} (${date}, ${lane}, ${kind})`,
    eventTitle: (title, date, kind) => `${date} · ${kind} · ${title}`,
    bandTitle: (name, date) => `${name} (${date})`,
  };
}

/** The browser script's words for a page, by its `<html lang>`. */
export function timelineClientWords(lang: string): Pick<TimelineWords, 'brushTitle' | 'status'> {
  return lang.toLowerCase().startsWith('en') ? TIMELINE_CLIENT_WORDS.en : TIMELINE_CLIENT_WORDS.zh;
}
