/**
 * Labels without a DOM: text width estimated from character classes, truncation to a width, and
 * first-fit packing of horizontal extents into rows so no two labels or marks overlap.
 */

/** Widths in em of the characters the labels use; CJK and full-width forms are one em. */
function charWidth(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x2e80 || (c >= 0x2010 && c <= 0x201f) || c === 0x2026) return 1;
  if (c === 0x20) return 0.3;
  if (c >= 0x30 && c <= 0x39) return 0.56;
  if (c >= 0x41 && c <= 0x5a) return 0.68;
  if (c >= 0x61 && c <= 0x7a) return 0.52;
  return 0.6;
}

/**
 * The width of a label in pixels at a font size, erring wide: CJK at one em, Latin narrower.
 *
 * @example estimateTextWidth('上海', 12) // 24
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize;
}

/** Chinese word boundaries (the browser's and Node's ICU dictionary). */
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The text cut to fit a width, ending in "…" when cut; empty when not even one character fits.
 * It cuts between words, so the shown words are words of the full title an event link is named
 * by (WCAG 2.5.3 Label in Name: 上海城区工作… is in 上海城区工作会议, 上海城区工作会… is not);
 * only a first word too long for the width is cut inside.
 *
 * @example fitText('中组部向全国印发上海社区党建调研报告', 60, 12) // '中组部向…'
 * @example fitText('3,600-plus cadres recruited', 40, 12) // ''
 */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const room = maxWidth - estimateTextWidth('…', fontSize);
  let kept = '';
  for (const { segment } of WORDS.segment(text)) {
    if (estimateTextWidth(kept + segment, fontSize) > room) break;
    kept += segment;
  }
  // Chinese may be cut between any two characters; an English word cut short ("3,60…") is not a
  // word of the name, so a label whose first word does not fit is left empty.
  if (!kept && !/^[A-Za-z0-9]/.test(text)) {
    for (const ch of text) {
      if (estimateTextWidth(kept + ch, fontSize) > room) break;
      kept += ch;
    }
  }
  return kept ? `${kept}…` : '';
}

/**
 * The text broken into lines no wider than a width, at any character (Chinese needs no spaces);
 * a line never starts with a closing mark such as "、" or "”".
 *
 * @example wrapText('浉河借鉴上海虹储居民区', 60, 12) // ['浉河借鉴上', '海虹储居民', '区']
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    const closing = /[、，。；：！？”’）》」』]/.test(ch);
    if (line && !closing && estimateTextWidth(line + ch, fontSize) > maxWidth) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/** A horizontal extent in pixels. */
export interface Extent {
  start: number;
  end: number;
}

/**
 * Assigns each extent the first row where it clears every extent already there by `gap`;
 * extents are taken in the order given (sort them by start for a left-to-right fill).
 * Returns the row of each extent and the number of rows used.
 */
export function packRows(extents: readonly Extent[], gap: number): { rows: number[]; count: number } {
  const rowEnds: number[] = [];
  const rows = extents.map((e) => {
    let row = rowEnds.findIndex((end) => e.start >= end + gap);
    if (row === -1) row = rowEnds.push(e.end) - 1;
    else rowEnds[row] = e.end;
    return row;
  });
  return { rows, count: rowEnds.length };
}

/** A mark in a row: its horizontal extent and the text to label it with. */
export interface RowMark extends Extent {
  text: string;
}

/** A label placed beside a mark: its x, which side it is anchored on, and its (possibly cut) text. */
export interface RowLabel {
  x: number;
  anchor: 'start' | 'end';
  text: string;
}

/**
 * Labels the marks of one row (sorted by start) without overlap: each label goes right of its mark
 * when it fits before the next mark, else left when it fits after the previous mark and its label,
 * else it is cut to the wider side (possibly to nothing). Run again after zooming, when the marks
 * have moved apart, to show more of each label.
 */
export function labelRow(
  marks: readonly RowMark[],
  bounds: Extent,
  opts: { gap: number; fontSize: number; maxWidth: number },
): RowLabel[] {
  let occupied = bounds.start;
  return marks.map((m, i) => {
    const next = marks[i + 1]?.start ?? bounds.end + opts.gap;
    const right = Math.min(next - opts.gap, bounds.end) - (m.end + opts.gap);
    const left = m.start - opts.gap - (occupied + (i > 0 ? opts.gap : 0));
    const full = fitText(m.text, opts.maxWidth, opts.fontSize);
    const width = estimateTextWidth(full, opts.fontSize);
    const side = width <= right || (width > left && right >= left) ? 'right' : 'left';
    const room = side === 'right' ? right : left;
    const cut = width <= room ? full : fitText(m.text, Math.min(room, opts.maxWidth), opts.fontSize);
    // One character and an ellipsis says nothing: leave the mark unlabelled (its title remains).
    const text = cut === full || [...cut].length >= 3 ? cut : '';
    if (side === 'right') {
      occupied = m.end + (text ? opts.gap + estimateTextWidth(text, opts.fontSize) : 0);
      return { x: m.end + opts.gap, anchor: 'start', text };
    }
    occupied = m.end;
    return { x: m.start - opts.gap, anchor: 'end', text };
  });
}

/** Where a label goes beside a mark: its x, anchor and text, kept inside the bounds. */
export interface PlacedLabel extends RowLabel {
  /** The extent of mark and label together, for row packing. */
  extent: Extent;
}

/**
 * Places a label right of a mark, or left of it when it does not fit on the right; when it fits
 * on neither side it is cut to the wider side.
 */
export function placeLabel(
  text: string,
  mark: Extent,
  bounds: Extent,
  opts: { gap: number; fontSize: number; maxWidth: number },
): PlacedLabel {
  const [label] = labelRow([{ ...mark, text }], bounds, opts);
  const placed = label as RowLabel;
  const w = estimateTextWidth(placed.text, opts.fontSize);
  const extent =
    placed.anchor === 'start' ? { start: mark.start, end: placed.x + w } : { start: placed.x - w, end: mark.end };
  return { ...placed, extent };
}
