/**
 * Where things go in a downloaded diagram: the title above, the drawing, the legend below it,
 * its entries flowing in rows, and last the source line (where the picture comes from), wrapped. Pure and free of content schemas, so it is tested in Node and
 * costs the browser script next to nothing.
 */
import { estimateTextWidth, wrapLabel } from './text-measure';

/** Size of a legend sample (a unit's outline, a relation's line), in px: on the page and in downloads. */
export const SAMPLE = { width: 44, height: 24 } as const;

/** Sizes of the downloaded picture, in px. */
export const EXPORT_METRICS = {
  margin: 16,
  titleSize: 18,
  textSize: 13,
  /** The source line under the legend. */
  creditSize: 11,
  /** Height of the title block above the drawing. */
  header: 40,
  rowGap: 8,
  /** Space after an entry's sample and after its text. */
  gap: 6,
  entryGap: 18,
  minWidth: 480,
} as const;

/** A legend group: a heading ("单元类型") and its entries. */
export interface LegendGroup {
  title: string;
  entries: string[];
}

/** Where one legend entry goes: its sample's top-left corner; the text follows the sample. */
export interface PlacedEntry {
  group: number;
  entry: number;
  x: number;
  y: number;
}

export interface ExportLayout {
  width: number;
  height: number;
  /** Top of the drawing. */
  drawingY: number;
  /** Baselines of the group headings. */
  headings: { x: number; y: number }[];
  entries: PlacedEntry[];
  /** The source line, wrapped: each line's text and baseline. */
  credit: { text: string; x: number; y: number }[];
}

/**
 * Lays out a downloaded picture around a drawing of the given size; `credit` is the source line,
 * one paragraph per item, each wrapped to the picture's width.
 *
 * @example layoutExport(554, 682, [{ title: '单元类型', entries: ['党组织'] }]).height // 682 + header + legend
 */
export function layoutExport(drawingWidth: number, drawingHeight: number, groups: LegendGroup[], credit: readonly string[] = []): ExportLayout {
  const m = EXPORT_METRICS;
  const width = Math.max(m.minWidth, Math.ceil(drawingWidth));
  const drawingY = m.header;
  let y = drawingY + drawingHeight + m.margin;
  const headings: ExportLayout['headings'] = [];
  const entries: PlacedEntry[] = [];
  groups.forEach((g, gi) => {
    const headingWidth = estimateTextWidth(`${g.title}：`, m.textSize) + m.gap;
    headings.push({ x: m.margin, y: y + SAMPLE.height / 2 + m.textSize * 0.36 });
    let x = m.margin + headingWidth;
    g.entries.forEach((label, ei) => {
      const w = SAMPLE.width + m.gap + estimateTextWidth(label, m.textSize);
      if (x + w > width - m.margin && x > m.margin + headingWidth) {
        x = m.margin + headingWidth;
        y += SAMPLE.height + m.rowGap;
      }
      entries.push({ group: gi, entry: ei, x, y });
      x += w + m.entryGap;
    });
    y += SAMPLE.height + m.rowGap;
  });
  const lineHeight = m.creditSize * 1.5;
  const creditLines = credit.flatMap((p) => wrapLabel(p, width - 2 * m.margin, m.creditSize));
  const placed = creditLines.map((text, i) => ({ text, x: m.margin, y: y + m.creditSize + i * lineHeight }));
  if (placed.length > 0) y += m.rowGap + placed.length * lineHeight;
  return { width, height: Math.ceil(y + m.margin - m.rowGap), drawingY, headings, entries, credit: placed };
}
