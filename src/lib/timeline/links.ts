/**
 * Influence links laid out on a timeline: arrows between lanes from the place learned from to the
 * event that states the learning, and arrows from a spreading event down across every lane when
 * the experience was spread nationally. Undated influences (stated only on cases) are drawn in the
 * 年份不详 panel. Offsets are kept per lane so the browser can restack lanes when filtering.
 */
import { GEOMETRY, type Region, type TimelineLayout } from './layout';
import { sourceLanes, type Influence } from './influence';
import { estimateTextWidth, packRows, wrapText } from './labels';
import { TIMELINE_WORDS_ZH, type TimelineWords } from './words';

/**
 * One arrow. `to` absent: it runs below the lanes (a national spread), and `dy1` is measured from
 * the bottom of the lanes.
 */
export interface LinkMark {
  id: string;
  kind: Influence['kind'];
  region: Region;
  from: string;
  to?: string;
  x: number;
  /** The time at x, for re-scaling in the plot. */
  t?: number;
  /** The event the arrow points to (learn) or starts from (spread), if any. */
  event?: string;
  /** Start within the `from` lane, and end within the `to` lane (or below the lanes). */
  dy0: number;
  dy1: number;
  /** What the arrow says, for its tooltip. */
  text: string;
  /** The same, wrapped into lines to draw beside the arrow's start; empty when there is no room. */
  lines: string[];
}

/** Labels under the lanes: where each national spread went ("推广至全国"). */
export interface FootLabel {
  link: string;
  x: number;
  t?: number;
  /** Baseline below the bottom of the lanes. */
  dy: number;
  text: string;
}

/**
 * Where an arrow starts and ends within its lanes (`dy0` in the source lane, `dy1` in the target
 * lane), from the lanes' heights and the row of the event it points to or starts from. The
 * browser calls this again when filtering packs the rows anew.
 */
export function linkEnds(
  kind: Influence['kind'],
  down: boolean,
  src: { height: number },
  target: { height: number } | undefined,
  eventY: number | undefined,
): { dy0: number; dy1: number } {
  const r = GEOMETRY.markRadius;
  if (kind === 'spread') return { dy0: (eventY ?? 0) + r + 2, dy1: 0 };
  if (eventY !== undefined) return down ? { dy0: src.height, dy1: eventY - r - 3 } : { dy0: 0, dy1: eventY + r + 3 };
  // Undated learning, in the panel: from the middle of the source lane to the edge of the target.
  return { dy0: src.height / 2, dy1: down ? 2 : (target?.height ?? 0) - 2 };
}

/** Names that describe a learn influence: "上海(虹储居民区、临汾街道)" or "上海、武汉、深圳". */
export function describePlaces(
  influence: Extract<Influence, { kind: 'learn' }>,
  laneLabel: (id: string) => string,
  words: Pick<TimelineWords, 'place' | 'placeName' | 'placesJoin'> = TIMELINE_WORDS_ZH,
): string {
  return influence.places
    .map((p) => (p.case && p.model ? words.place(laneLabel(p.model), words.placeName(p.place)) : words.placeName(p.place)))
    .join(words.placesJoin);
}

/**
 * Lays out the influence links over a laid-out timeline; returns the arrows, the labels under the
 * lanes, and the drawing's new height (taller when there are labels under the lanes).
 */
export function layoutLinks(
  layout: TimelineLayout,
  influences: Influence[],
  words: TimelineWords = TIMELINE_WORDS_ZH,
): { links: LinkMark[]; foot: FootLabel[]; height: number } {
  const g = GEOMETRY;
  const lane = new Map(layout.lanes.map((l) => [l.id, l]));
  const label = (id: string) => lane.get(id)?.label ?? id;
  const links: LinkMark[] = [];
  const footRaw: { link: string; x: number; t?: number; text: string }[] = [];

  for (const inf of influences) {
    if (inf.kind === 'spread') {
      const src = lane.get(inf.from);
      const mark = src?.events.find((e) => e.id === inf.event);
      if (!src || !mark || !inf.national) continue;
      const t = mark.t0 !== undefined && mark.t1 !== undefined ? (mark.t0 + mark.t1) / 2 : undefined;
      const text = words.spread(src.label, words.placeName(inf.scope));
      const ends = linkEnds('spread', true, src, undefined, mark.y);
      links.push({ id: inf.id, kind: 'spread', region: mark.region, from: inf.from, event: mark.id, x: mark.x, ...(t !== undefined ? { t } : {}), ...ends, text, lines: [] });
      footRaw.push({ link: inf.id, x: mark.x, ...(t !== undefined ? { t } : {}), text: words.spreadFoot(words.placeName(inf.scope)) });
      continue;
    }
    const target = lane.get(inf.to);
    if (!target) continue;
    const mark = inf.event ? target.events.find((e) => e.id === inf.event) : undefined;
    const text = words.learned(target.label, describePlaces(inf, label, words));
    for (const from of sourceLanes(inf)) {
      const src = lane.get(from);
      if (!src || from === inf.to) continue;
      const down = src.y < target.y;
      if (mark) {
        const t = mark.t0 !== undefined && mark.t1 !== undefined ? (mark.t0 + mark.t1) / 2 : undefined;
        links.push({
          id: `${inf.id}-${from}`,
          kind: 'learn',
          region: mark.region,
          from,
          to: inf.to,
          event: mark.id,
          x: mark.x,
          ...(t !== undefined ? { t } : {}),
          ...linkEnds('learn', down, src, target, mark.y),
          text,
          lines: [],
        });
      } else if (layout.panel) {
        // Undated learning: drawn in the 年份不详 panel, at its left edge, labelled in the
        // source lane when nothing of that lane is undated.
        const srcHasUndated = src.bands.some((b) => b.region === 'panel') || src.events.some((e) => e.region === 'panel');
        links.push({
          id: `${inf.id}-${from}`,
          kind: 'learn',
          region: 'panel',
          from,
          to: inf.to,
          x: layout.panel.start + 4,
          ...linkEnds('learn', down, src, target, undefined),
          text,
          lines: srcHasUndated ? [] : wrapText(text, layout.panel.end - layout.panel.start - 10, g.fontSize),
        });
      }
    }
  }

  const fontSize = g.fontSize;
  const extents = footRaw.map((f) => ({ start: f.x - estimateTextWidth(f.text, fontSize) / 2, end: f.x + estimateTextWidth(f.text, fontSize) / 2 }));
  const order = extents.map((_, i) => i).sort((a, b) => (extents[a]?.start ?? 0) - (extents[b]?.start ?? 0));
  const { rows, count } = packRows(order.map((i) => extents[i] as { start: number; end: number }), g.labelGap);
  const foot: FootLabel[] = order.map((i, k) => ({ ...(footRaw[i] as (typeof footRaw)[number]), dy: 18 + (rows[k] as number) * 16 }));
  for (const l of links) if (l.kind === 'spread') l.dy1 = (foot.find((f) => f.link === l.id)?.dy ?? 18) - 13;
  return { links, foot, height: layout.height + (count > 0 ? count * 16 + 8 : 0) };
}
