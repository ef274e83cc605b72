/**
 * Label widths and line breaks without a DOM, so diagrams are laid out at build time in Node.
 *
 * Widths are estimates in em, deliberately on the wide side: a CJK ideograph or full-width mark is
 * 1em in every CJK font, Latin letters and digits are narrower. Over-estimating only leaves a
 * little air in a shape; under-estimating would let a label overflow it.
 */

/** Characters that must not begin a line (closing marks, pauses), after GB/T 15834 and JIS X 4051. */
const NO_LINE_START = new Set([...'，。、；：！？）》」』】〕”’…·・—％%,.;:!?)]}']);
/** Characters that must not end a line (opening marks). */
const NO_LINE_END = new Set([...'（《「『【〔“‘([{']);

/** Width of one character in em. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20) return 0;
  if (ch === ' ') return 0.33;
  if (code < 0x7f) return /[A-Z0-9]/.test(ch) ? 0.62 : 0.56;
  // Everything else in a Chinese label (ideographs, full-width punctuation, curly quotes, ·) is
  // set full-width by CJK fonts.
  return 1;
}

/**
 * Estimated width of a text in pixels at a font size.
 *
 * @example estimateTextWidth('社区党委', 14) // 56
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize;
}

/** Splits a label into units that may not be broken: one CJK character, or a run of Latin letters and digits. */
function breakUnits(text: string): string[] {
  return text.match(/[A-Za-z0-9+\-.%]+|./gu) ?? [];
}

/** Marks after which a line break reads naturally (a pause or a closing bracket). */
const GOOD_LINE_END = new Set([...'、，；：）)”》']);
/** Marks before which a line break reads naturally (an opening bracket). */
const GOOD_LINE_START = new Set([...'（(“《']);

const startsBadly = (unit: string) => NO_LINE_START.has(unit[0] ?? '');
const endsBadly = (unit: string) => NO_LINE_END.has(unit.at(-1) ?? '');

/**
 * Breaks a label into lines no wider than `maxWidth`: as few lines as possible, then lines of
 * even length, breaking after a pause mark or before a bracket where that costs little, and
 * never starting a line with a closing mark or ending one with an opening mark. A label with
 * no acceptable break is returned on one line (callers widen the shape to fit).
 *
 * @example wrapLabel('社区党委(总支、支部)', 112, 14) // ['社区党委', '(总支、支部)']
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number): string[] {
  const clean = text.trim();
  if (estimateTextWidth(clean, fontSize) <= maxWidth) return [clean];
  const units = breakUnits(clean);
  const n = units.length;
  const widths = units.map((u) => estimateTextWidth(u, fontSize));
  // best[i]: the cheapest way to set units[i..n) as lines; exhaustive, labels are short.
  const best: { lines: number; cost: number; next: number }[] = Array.from({ length: n + 1 }, () => ({
    lines: Infinity,
    cost: Infinity,
    next: n,
  }));
  best[n] = { lines: 0, cost: 0, next: n };
  for (let i = n - 1; i >= 0; i--) {
    if (i > 0 && startsBadly(units[i] as string)) continue;
    let width = 0;
    for (let j = i + 1; j <= n; j++) {
      width += widths[j - 1] as number;
      if (width > maxWidth) break;
      if (j < n && (endsBadly(units[j - 1] as string) || startsBadly(units[j] as string))) continue;
      const rest = best[j] as { lines: number; cost: number };
      if (rest.lines === Infinity) continue;
      const slack = (maxWidth - width) / fontSize;
      const natural = j < n && (GOOD_LINE_END.has(units[j - 1]?.at(-1) ?? '') || GOOD_LINE_START.has(units[j]?.[0] ?? ''));
      // The small linear term breaks ties in favour of a longer first line (社区管理|服务站).
      const cost = rest.cost + slack * slack + (j < n ? slack * 0.1 : 0) - (natural ? 12 : 0);
      const lines = rest.lines + 1;
      const cur = best[i] as { lines: number; cost: number };
      if (lines < cur.lines || (lines === cur.lines && cost < cur.cost)) best[i] = { lines, cost, next: j };
    }
  }
  if (best[0]?.lines === Infinity) return [clean];
  const lines: string[] = [];
  for (let i = 0; i < n; i = best[i]?.next ?? n) lines.push(units.slice(i, best[i]?.next).join(''));
  return lines;
}
