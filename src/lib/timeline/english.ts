/**
 * The timeline's English words (issue #17): dates by the English edition's formatter at exactly
 * their source precision, event kinds and precisions from src/lib/i18n/ui.ts, and the few places
 * the sources name as learned from or spread to. Server side only.
 */
import type { DatePoint } from '../dates';
import { formatDateEn, formatPointEn, MONTHS_EN } from '../i18n/dates-en';
import { EVENT_KIND_EN, PRECISION_LABELS_EN } from '../i18n/ui';
import { englishTimelineWords } from './words';

/**
 * The places and scopes of the events' `learnedFrom` and `spreadTo`, and the cases learned from,
 * in English. A place not listed keeps its Chinese name (tests/unit/timeline-english.test.ts
 * fails on one the content uses).
 */
export const PLACE_EN: Readonly<Record<string, string>> = {
  全国: 'the whole country',
  全市: 'the whole city',
  全区城市社区: 'every urban community of the district',
  上海: 'Shanghai',
  武汉: 'Wuhan',
  深圳: 'Shenzhen',
  '江浙沪一些地方（原文未点名）': 'some places in Jiangsu, Zhejiang and Shanghai (not named by the source)',
  // Cases learned from, by their titles (cases have no English pages).
  虹桥街道虹储居民区: 'Hongchu Residential Area, Hongqiao Street',
  闸北临汾街道: 'Linfen Street, Zhabei',
};

/** A column of the narrow year-not-stated panel: the point with its month shortened ("early Sep"). */
const shortPoint = (p: DatePoint) => formatPointEn(p).replace(new RegExp(`\\b(${MONTHS_EN.join('|')})\\b`), (m) => m.slice(0, 3));

export const TIMELINE_WORDS_EN = englishTimelineWords({
  date: formatDateEn,
  point: shortPoint,
  kind: (k) => EVENT_KIND_EN[k as keyof typeof EVENT_KIND_EN] ?? k,
  precision: (p) => PRECISION_LABELS_EN[p],
  placeName: (p) => PLACE_EN[p] ?? p,
});
