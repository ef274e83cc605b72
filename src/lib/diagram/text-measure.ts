/**
 * Label widths and line breaks without a DOM, so diagrams are laid out at build time in Node.
 *
 * Widths are estimates in em, deliberately on the wide side: a CJK ideograph or full-width mark is
 * 1em in every CJK font, Latin letters and digits are narrower. Over-estimating only leaves a
 * little air in a shape; under-estimating would let a label overflow it.
 */

/**
 * Characters that must not begin a line (closing marks, pauses), after GB/T 15834 and JIS X 4051;
 * and the space between English words, which ends its line and is trimmed there.
 */
const NO_LINE_START = new Set([...'，。、；：！？）》」』】〕”’…·・—％%,.;:!?)]} ']);
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

/**
 * Splits a label into units that may not be broken: one CJK character, or a run of Latin letters
 * and digits with the marks that cling to them (an English word with its comma or brackets).
 */
function breakUnits(text: string): string[] {
  return text.match(/[A-Za-z0-9+\-.%,;:!?'’"()]+|./gu) ?? [];
}

/** Marks after which a line break reads naturally (a pause or a closing bracket). */
const GOOD_LINE_END = new Set([...'、，；：）)”》']);
/** Marks before which a line break reads naturally (an opening bracket). */
const GOOD_LINE_START = new Set([...'（(“《']);

/**
 * Two-character words common in the names of organisations, which a line break should not split
 * (组|织 reads worse than a less even break). Chinese has no spaces; a short list does most of
 * what a dictionary would for these labels.
 */
const WORDS = new Set(
  '社区 党委 党组 组织 单位 居民 委员 服务 管理 负责 街道 党员 两新 驻区 办事 群众 工作 经济 企事 事业 会议 联席 支部 小组 指导 志愿 派出 机构 综合 行政 自治 基层 代表 民警 公司 物业 区委 工委 中心 政府 职能 部门 网格 楼栋 楼院 联系 平台 执法 队伍 监察 事处 主管 文件 所列 有关'.split(' '),
);

/**
 * How well a line break before units[j] reads: best before an opening bracket (which then opens
 * its line), well after a pause mark; 0 at either end of the text and anywhere else.
 */
function breakBonus(units: string[], j: number): number {
  if (j <= 0 || j >= units.length) return 0;
  if (GOOD_LINE_START.has(units[j]?.[0] ?? '')) return 20;
  return GOOD_LINE_END.has(units[j - 1]?.at(-1) ?? '') ? 12 : 0;
}

const startsBadly = (unit: string) => NO_LINE_START.has(unit[0] ?? '');
const endsBadly = (unit: string) => NO_LINE_END.has(unit.at(-1) ?? '');

/**
 * Breaks a label into lines no wider than `maxWidth` (or one character wider, where that buys a
 * natural break): as few lines as possible, then lines of even length, breaking before a bracket
 * or after a pause mark and between rather than inside common words, and never starting a line
 * with a closing mark or ending one with an opening mark. English breaks at spaces, never inside
 * a word, and a word too long for the line has one of its own. A label with no acceptable break is
 * returned on one line (callers size the shape to its lines, whatever their width).
 *
 * @example wrapLabel('社区党委(总支、支部)', 112, 14) // ['社区党委', '(总支、支部)']
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number): string[] {
  const clean = text.trim();
  if (estimateTextWidth(clean, fontSize) <= maxWidth) return [clean];
  const units = breakUnits(clean);
  const n = units.length;
  const widths = units.map((u) => estimateTextWidth(u, fontSize));
  // A quoted name (“一线指挥部”) is a word too: how many quotes are open before each unit.
  const quoteDepth = units.reduce<number[]>((acc, u, k) => [...acc, (acc[k] ?? 0) + (u === '“' ? 1 : u === '”' ? -1 : 0)], [0]);
  // best[i]: the cheapest way to set units[i..n) as lines; exhaustive, labels are short.
  const best: { lines: number; cost: number; next: number }[] = Array.from({ length: n + 1 }, () => ({
    lines: Infinity,
    cost: Infinity,
    next: n,
  }));
  best[n] = { lines: 0, cost: 0, next: n };
  for (let i = n - 1; i >= 0; i--) {
    if (i > 0 && startsBadly(units[i] as string)) continue;
    let sum = 0;
    for (let j = i + 1; j <= n; j++) {
      sum += widths[j - 1] as number;
      // A space that ends the line is trimmed, so it takes no room.
      const trailing = units[j - 1] === ' ';
      const width = trailing ? sum - (widths[j - 1] as number) : sum;
      // A single word wider than the line gets a line of its own rather than none.
      const alone = j - i - (trailing ? 1 : 0) <= 1;
      // One character over the limit is allowed, at a price, on a line that starts or ends at a
      // natural break.
      if (width > maxWidth + fontSize && !alone) break;
      if (j < n && (endsBadly(units[j - 1] as string) || startsBadly(units[j] as string))) continue;
      const rest = best[j] as { lines: number; cost: number };
      if (rest.lines === Infinity) continue;
      const natural = breakBonus(units, j);
      if (width > maxWidth && natural === 0 && breakBonus(units, i) === 0 && !alone) continue;
      const slack = Math.max(0, maxWidth - width) / fontSize;
      const over = width > maxWidth ? 10 + ((width - maxWidth) / fontSize) ** 2 : 0;
      const splitsWord = j < n && (WORDS.has(`${units[j - 1]?.at(-1) ?? ''}${units[j]?.[0] ?? ''}`) || (quoteDepth[j] ?? 0) > 0);
      // The small linear term breaks ties in favour of a longer first line (社区管理|服务站).
      const cost = rest.cost + slack * slack + (j < n ? slack * 0.1 : 0) - natural + (splitsWord ? 8 : 0) + over;
      const lines = rest.lines + 1;
      const cur = best[i] as { lines: number; cost: number };
      if (lines < cur.lines || (lines === cur.lines && cost < cur.cost)) best[i] = { lines, cost, next: j };
    }
  }
  if (best[0]?.lines === Infinity) return [clean];
  const lines: string[] = [];
  for (let i = 0; i < n; i = best[i]?.next ?? n) lines.push(units.slice(i, best[i]?.next).join('').trimEnd());
  return lines;
}
