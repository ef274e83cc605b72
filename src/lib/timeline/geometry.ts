/**
 * Sizes of the timeline's marks, shared by the build-time layout and the browser enhancer, which
 * re-places labels after zooming with the same rules.
 */
import type { Extent } from './labels';

/** Sizes in pixels (SVG user units). */
export const GEOMETRY = {
  axisHeight: 44,
  bandHeight: 20,
  bandGap: 4,
  rowHeight: 24,
  lanePad: 8,
  markRadius: 5,
  /** Width of the 起/至 chevron beside a glyph. */
  chevron: 6,
  labelGap: 5,
  rowGap: 8,
  fontSize: 12,
  /** The room reserved right of each mark when packing rows, so every mark keeps some label. */
  minLabelRoom: 24,
  /** Space kept free at the right edge, so the last tick's year is not cut. */
  edge: 16,
  /** Space between the dated plot and the 年份不详 panel. */
  gutter: 28,
  panelPad: 14,
} as const;

/**
 * What an event's mark covers horizontally: the span its date can mean ([x0, x1]), the glyph at
 * its centre (wider for the ringed "?" of a date without a year), and the chevron of 起 (right)
 * or 至 (left) outside both.
 */
export function markExtent(x0: number, x1: number, from: boolean, by: boolean, yearUnknown = false): Extent {
  const x = (x0 + x1) / 2;
  const r = GEOMETRY.markRadius + (yearUnknown ? 2 : 0);
  return {
    start: Math.min(x0, x - r) - (by ? GEOMETRY.chevron : 0),
    end: Math.max(x1, x + r) + (from ? GEOMETRY.chevron : 0),
  };
}

/** How far from the glyph's centre the 起/至 chevron starts: past the glyph and the span's cap. */
export function chevronOffset(x0: number, x1: number): number {
  return Math.max(GEOMETRY.markRadius, (x1 - x0) / 2) + 2;
}

/**
 * The clickable box of an event, relative to its glyph's centre `x`: its mark and label, at least
 * 24 px wide (the WCAG 2.2 target size) and a row high.
 */
export function hitBox(
  x: number,
  mark: Extent,
  label: { x: number; anchor: 'start' | 'end'; width: number },
): { x: number; width: number } {
  const start = Math.min(mark.start, label.anchor === 'end' ? label.x - label.width : Infinity) - x - 2;
  const end = Math.max(mark.end, label.anchor === 'start' ? label.x + label.width : -Infinity) - x + 2;
  const pad = Math.max(0, (24 - (end - start)) / 2);
  return { x: start - pad, width: end - start + 2 * pad };
}

/**
 * The extent an event takes when rows are packed: its mark and some room for a label on the
 * dated plot; the whole row in the 年份不详 panel, whose columns are too close for labels.
 */
export function packingExtent(x0: number, x1: number, from: boolean, by: boolean, region: 'plot' | 'panel'): Extent {
  if (region === 'panel') return { start: -Infinity, end: Infinity };
  const m = markExtent(x0, x1, from, by);
  return { start: m.start, end: m.end + GEOMETRY.labelGap + GEOMETRY.minLabelRoom };
}

/** The centre of event row `row` in a lane whose event rows start at `eventsTop`. */
export function rowCentre(eventsTop: number, row: number): number {
  return eventsTop + row * GEOMETRY.rowHeight + GEOMETRY.rowHeight / 2;
}

/** The height of a lane with `rows` event rows below `eventsTop`; never less than one row. */
export function laneHeight(eventsTop: number, rows: number): number {
  return Math.max(eventsTop + rows * GEOMETRY.rowHeight + GEOMETRY.lanePad, 2 * GEOMETRY.lanePad + GEOMETRY.rowHeight);
}
