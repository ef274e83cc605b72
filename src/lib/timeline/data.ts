/**
 * The timeline's data: stages and events with their dates parsed into fractional-year spans, at
 * the precision the sources give. Pure: takes validated entries, so pages and tests share it.
 */
import type { Model } from '../../schemas/models';
import type { Stage, TimelineEvent } from '../../schemas/timeline';
import { compareSourceDates, dateEndKey, dateSortKey, parseSourceDate, type ParsedDate } from '../dates';
import type { Entry } from '../knowledge';
import { TIMELINE_WORDS_ZH, type TimelineWords } from './words';

/** A lane: one model. */
export interface TimelineLane {
  id: string;
  label: string;
  /** A reform proposal rather than a practice (drawn and labelled as such). */
  proposal: boolean;
}

/** The lanes for models, in the order given. */
export function modelLanes(models: Entry<Model>[]): TimelineLane[] {
  return models.map((m) => ({ id: m.id, label: m.data.shortName, proposal: m.data.status === 'proposal' }));
}

/** An event on a lane, with the span its date can mean. */
export interface TimelineItem {
  id: string;
  lane: string;
  /** The stage the event belongs to, when the content says. */
  stage?: string;
  kind: TimelineEvent['kind'];
  title: string;
  date: ParsedDate;
  /** The date in words at its own precision, e.g. "2009年底", "9月初(年份不详)". */
  dateLabel: string;
  /** Earliest and latest instant the date can mean, in fractional years; absent when the year is unknown. */
  span?: [number, number];
  /** The earliest year an undated item can be, when the source allows a bound. */
  notBefore?: number;
}

/** A reform stage on a lane. */
export interface TimelineStage {
  id: string;
  lane: string;
  name: string;
  start: ParsedDate;
  /** The period in words, e.g. "约1992年至1999年", "2009年底起". */
  dateLabel: string;
  /** Start, and end when the source gives one, in fractional years; absent when the year is unknown. */
  t0?: number;
  t1?: number;
  /** No end is given ("至今", or the source is silent): drawn as continuing. */
  open: boolean;
  /** The source hedges the start or the end (约). */
  approximate: boolean;
  /** For an open stage: the latest instant its own dated events reach (what the sources attest). */
  attestedTo?: number;
  notBefore?: number;
}

/** Everything the timeline draws, lanes in order, items in date order. */
export interface TimelineData {
  lanes: TimelineLane[];
  stages: TimelineStage[];
  items: TimelineItem[];
}

/** Parses a date the content guard has already accepted; a failure here is a programming error. */
function parsed(text: string): ParsedDate {
  const d = parseSourceDate(text);
  if (!d) throw new Error(`unparsable date: ${text}`);
  return d;
}

/** The span a date can mean, or undefined when it has no year. Open ranges are not spans. */
export function dateSpan(d: ParsedDate): [number, number] | undefined {
  const t0 = dateSortKey(d);
  if (t0 === undefined || d.open) return undefined;
  const t1 = dateEndKey(d, t0);
  return t1 === undefined ? undefined : [t0, t1];
}

function toItem(e: Entry<TimelineEvent>, words: TimelineWords): TimelineItem {
  const date = parsed(e.data.date.text);
  const span = dateSpan(date);
  return {
    id: e.id,
    lane: e.data.model,
    ...(e.data.stage ? { stage: e.data.stage } : {}),
    kind: e.data.kind,
    title: e.data.title,
    date,
    dateLabel: words.date(date),
    ...(span ? { span } : {}),
    ...(e.data.date.notBefore !== undefined ? { notBefore: e.data.date.notBefore } : {}),
  };
}

function toStage(s: Entry<Stage>, items: TimelineItem[], words: TimelineWords): TimelineStage {
  const start = parsed(s.data.start.text);
  const end = s.data.end ? parsed(s.data.end.text) : undefined;
  const t0 = dateSortKey(start);
  // A start written as a range ("约从1992年到1999年") carries the stage's end in itself.
  const t1 = start.precision === 'range' ? (start.open ? undefined : dateEndKey(start, 0)) : end && dateEndKey(end, 0);
  const open = t1 === undefined;
  const own = items.filter((i) => i.span && i.stage === s.id);
  const attested = own.length > 0 ? Math.max(...own.map((i) => (i.span as [number, number])[1])) : undefined;
  return {
    id: s.id,
    lane: s.data.model,
    name: s.data.name,
    start,
    dateLabel: words.period(words.date(start), end && words.date(end), s.data.start.precision === 'range'),
    ...(t0 !== undefined ? { t0 } : {}),
    ...(t0 !== undefined && t1 !== undefined ? { t1 } : {}),
    open,
    approximate: Boolean(start.approximate || start.precision === 'approximate' || end?.precision === 'approximate'),
    ...(open && t0 !== undefined && attested !== undefined && attested > t0 ? { attestedTo: attested } : {}),
    ...(s.data.start.notBefore !== undefined ? { notBefore: s.data.start.notBefore } : {}),
  };
}

/**
 * Builds the timeline's data for the given lanes (models, in display order) from the stage and
 * event entries; entries of other models are left out. Dates are put in words in the words' language.
 */
export function buildTimelineData(
  lanes: TimelineLane[],
  stages: Entry<Stage>[],
  events: Entry<TimelineEvent>[],
  words: TimelineWords = TIMELINE_WORDS_ZH,
): TimelineData {
  const wanted = new Set(lanes.map((l) => l.id));
  const items = events
    .filter((e) => wanted.has(e.data.model))
    .map((e) => toItem(e, words))
    .sort((a, b) => compareSourceDates(a.date, b.date) || a.id.localeCompare(b.id));
  const laneOrder = new Map(lanes.map((l, i) => [l.id, i]));
  const builtStages = stages
    .filter((s) => wanted.has(s.data.model))
    .sort((a, b) => (laneOrder.get(a.data.model) ?? 0) - (laneOrder.get(b.data.model) ?? 0) || a.data.order - b.data.order)
    .map((s) => toStage(s, items, words));
  return { lanes, stages: builtStages, items };
}
