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
  /** Space between the dated plot and the 年份不详 panel. */
  gutter: 28,
  panelPad: 14,
} as const;

/**
 * What an event's mark covers horizontally: the span its date can mean ([x0, x1]), the glyph at
 * its centre (wider for the ringed "?" of a date without a year), and the chevron of 起 (right)
 * or 至 (left).
 */
export function markExtent(x0: number, x1: number, from: boolean, by: boolean, yearUnknown = false): Extent {
  const x = (x0 + x1) / 2;
  const r = GEOMETRY.markRadius + (yearUnknown ? 2 : 0);
  return {
    start: Math.min(x0, x - r - (by ? GEOMETRY.chevron : 0)),
    end: Math.max(x1, x + r + (from ? GEOMETRY.chevron : 0)),
  };
}
