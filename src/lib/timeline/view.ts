/**
 * What part of the timeline is shown, and its place in the URL, so a view can be shared:
 * `?models=shanghai,jianye&kinds=试点&from=1996&to=2006`. Shared by the page (links) and the
 * browser enhancer (reading and writing the query). Pure.
 */

/** The choices a view is made from: every lane, every kind, and the whole years [first, end). */
export interface ViewBounds {
  models: readonly string[];
  kinds: readonly string[];
  domain: readonly [number, number];
}

/** A view: the models and kinds shown, and the first and last whole year of the period. */
export interface TimelineView {
  models: string[];
  kinds: string[];
  from: number;
  to: number;
}

/** Everything, over the whole period. */
export function defaultView(b: ViewBounds): TimelineView {
  return { models: [...b.models], kinds: [...b.kinds], from: b.domain[0], to: b.domain[1] - 1 };
}

/** Keeps the known values of a comma list, in the bounds' order; a missing list means all. */
function pickList(raw: string | null, known: readonly string[]): string[] {
  if (raw === null) return [...known];
  const wanted = new Set(raw.split(',').map((s) => s.trim()));
  return known.filter((k) => wanted.has(k));
}

/** A whole year within [min, max], or the fallback when the text is not a year. */
function pickYear(raw: string | null, min: number, max: number, fallback: number): number {
  const n = raw === null || raw.trim() === '' ? Number.NaN : Number(raw);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : fallback;
}

/**
 * Reads a view from a query string; unknown models and kinds are dropped, years are clamped to
 * the domain, and a reversed period is put right.
 *
 * @example parseView('?models=jianye&from=2008&to=2011', bounds) // { models: ['jianye'], kinds: all, from: 2008, to: 2011 }
 */
export function parseView(search: string, b: ViewBounds): TimelineView {
  const q = new URLSearchParams(search);
  const first = b.domain[0];
  const last = b.domain[1] - 1;
  const from = pickYear(q.get('from'), first, last, first);
  const to = pickYear(q.get('to'), first, last, last);
  return {
    models: pickList(q.get('models'), b.models),
    kinds: pickList(q.get('kinds'), b.kinds),
    from: Math.min(from, to),
    to: Math.max(from, to),
  };
}

/**
 * Writes a view as a query string, leaving out what is at its default; '' for the default view.
 *
 * @example formatView({ models: ['shanghai'], kinds: allKinds, from: 1996, to: 2006 }, bounds) // '?models=shanghai&from=1996&to=2006'
 */
export function formatView(v: TimelineView, b: ViewBounds): string {
  const parts: string[] = [];
  const list = (name: string, chosen: string[], known: readonly string[]) => {
    if (chosen.length !== known.length) parts.push(`${name}=${chosen.map(encodeURIComponent).join(',')}`);
  };
  list('models', v.models, b.models);
  list('kinds', v.kinds, b.kinds);
  if (v.from !== b.domain[0] || v.to !== b.domain[1] - 1) parts.push(`from=${v.from}`, `to=${v.to}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** What the view needs to know of an event to decide whether it is shown. */
export interface ViewItem {
  model: string;
  kind: string;
  /** The span the date can mean, in fractional years; absent when the year is unknown. */
  t0?: number;
  t1?: number;
  /** For an undated event: the earliest year it can be. */
  notBefore?: number;
}

/**
 * Whether an event is shown: its model and kind are chosen, and its date can fall in the period.
 * An undated event stays shown unless its lower bound lies after the period: the site cannot
 * place it, so it does not hide it on a guess.
 */
export function isShown(item: ViewItem, v: TimelineView): boolean {
  if (!v.models.includes(item.model) || !v.kinds.includes(item.kind)) return false;
  const end = v.to + 1;
  if (item.t0 === undefined || item.t1 === undefined) return item.notBefore === undefined || item.notBefore < end;
  return item.t1 > v.from && item.t0 < end;
}

/** Where the events a view shows are: the years of the dated ones, and whether any are undated. */
export interface ViewFit {
  /** The whole years [from, to] to zoom the plot to. */
  from: number;
  to: number;
  /** 'panel' when every shown event sits in the 年份不详 panel, so the reader must see that first. */
  focus: 'plot' | 'panel';
}

/**
 * Fits the period to the events of the chosen models and kinds: the whole years their dated
 * events span (and the lower bounds of their undated ones), widened to at least `minSpan` years inside the domain. With only undated events it
 * spans from their earliest possible year ("not before") to the end, and focuses the 年份不详
 * panel. Undefined when the view shows no event: the period is left as it is.
 *
 * @example fitView([{ model: 'shihe', kind: '试点', notBefore: 2011 }], view, bounds, 2) // { from: 2011, to: 2020, focus: 'panel' }
 */
export function fitView(items: readonly ViewItem[], v: TimelineView, b: ViewBounds, minSpan: number): ViewFit | undefined {
  const chosen = items.filter((i) => v.models.includes(i.model) && v.kinds.includes(i.kind));
  if (chosen.length === 0) return undefined;
  const [first, end] = b.domain;
  const dated = chosen.filter((i) => i.t0 !== undefined && i.t1 !== undefined);
  const bounds = chosen.flatMap((i) => (i.t0 === undefined && i.notBefore !== undefined ? [i.notBefore] : []));
  let from: number;
  let to: number;
  if (dated.length > 0) {
    // The lower bounds of undated events count too: their "not before" mark stays in view.
    from = Math.floor(Math.min(...dated.map((i) => i.t0 as number), ...bounds));
    to = Math.max(Math.ceil(Math.max(...dated.map((i) => i.t1 as number))) - 1, ...bounds);
  } else if (bounds.length > 0) {
    from = Math.min(...bounds);
    to = end - 1;
  } else {
    from = first;
    to = end - 1;
  }
  from = Math.max(first, Math.min(from, end - minSpan));
  to = Math.min(end - 1, Math.max(to, from + minSpan - 1));
  return { from, to, focus: dated.length > 0 ? 'plot' : 'panel' };
}
