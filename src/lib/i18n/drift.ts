/**
 * Numbers and dates that could drift between the two editions (issue #17): every number and date
 * on an English page must also appear on its Chinese counterpart. Both texts are reduced to the
 * same tokens, so "454,000" on the English page matches "45.4万" on the Chinese one, "April 2009"
 * matches "2009年4月" and "18th" matches "十八大"; any English token the Chinese lacks is drift.
 *
 * English numbers written as words ("three") are not read: the contract lets Chinese counts in
 * characters become English words, and a word cannot carry a drifted figure unnoticed for long.
 */

/** A number or date found in a text: its normalised token and the text it was read from. */
export interface NumberMention {
  /** "454000", "46.8", or "2009-04" for a month with its year. */
  token: string;
  raw: string;
  /** Where `raw` starts in the text. */
  index: number;
}

/** "045" → "45", "45.40" → "45.4", 45.4 × 10⁴ → "454000" (no floating-point tail). */
const canonical = (n: number) => String(Number(n.toPrecision(12)));

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const yearMonth = (year: string | number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** A run of Chinese numerals as a number: 十八 → 18, 三千六百 → 3600, 两 → 2. */
export function chineseNumeral(run: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of run) {
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch] as number;
    else if (ch in CN_UNITS) {
      section += (digit || 1) * (CN_UNITS[ch] as number);
      digit = 0;
    } else if (ch in CN_BIG) {
      total += (section + digit || 1) * (CN_BIG[ch] as number);
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

/** Full-width digits and punctuation as ASCII, so "６８％" reads as "68%". */
const halfWidth = (s: string) => s.replace(/[０-９．，％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Every number and date in a Chinese text, as tokens (万 and 亿 give the number both as written and multiplied out). */
export function chineseNumbers(text: string): Set<string> {
  const s = halfWidth(text);
  const tokens = new Set<string>();
  // A hedge may stand between the number and its unit: 300余万, 2000多万.
  for (const m of s.matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)\s*(?:[余多]\s*)?([万亿])?/g)) {
    const n = Number((m[1] as string).replace(/,/g, ''));
    tokens.add(canonical(n));
    if (m[2]) tokens.add(canonical(n * (CN_BIG[m[2]] as number)));
  }
  for (const m of s.matchAll(/[零〇一二两三四五六七八九十百千万亿]+/g)) {
    if (!/^[万亿]+$/.test(m[0])) tokens.add(canonical(chineseNumeral(m[0]))); // 万 alone follows digits (45.4万), read above
  }
  for (const m of s.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月/g)) tokens.add(yearMonth(m[1] as string, Number(m[2])));
  for (const m of s.matchAll(/(\d{4})-(\d{2})-\d{2}/g)) tokens.add(yearMonth(m[1] as string, Number(m[2])));
  // 20世纪90年代 is the 1990s.
  for (const m of s.matchAll(/(\d{2}|二十|十九)世纪(\d|[一二三四五六七八九])0年代/g)) {
    const century = /\d/.test(m[1] as string) ? Number(m[1]) : chineseNumeral(m[1] as string);
    const decade = /\d/.test(m[2] as string) ? Number(m[2]) : chineseNumeral(m[2] as string);
    tokens.add(canonical((century - 1) * 100 + decade * 10));
  }
  return tokens;
}

/** Every number and date in an English text, in order, with the words it was read from. */
export function englishNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  const add = (index: number, token: string, raw: string) => found.push({ token, raw, index });
  // Numbers: thousands separators dropped; "1990s", "18th" and "68%" read as 1990, 18 and 68.
  for (const m of text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)) {
    add(m.index, canonical(Number(m[0].replace(/,/g, ''))), m[0]);
  }
  // Month names: the month's number, and with an adjacent year ("April 2009", "9 December 2010") the month of that year.
  const month = 'January|February|March|April|May|June|July|August|September|October|November|December';
  for (const m of text.matchAll(new RegExp(`\\b(${month})\\b(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b,?)?(?:\\s+(\\d{4})\\b)?`, 'g'))) {
    const name = m[1] as string;
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const dated = Boolean(m[2] || m[3]) || /\d\s+$/.test(before);
    // "May" is also a verb: only a May next to a day or year is a month.
    if (name === 'May' && !dated) continue;
    const n = MONTHS.indexOf(name.toLowerCase()) + 1;
    add(m.index, String(n), name);
    if (m[3]) add(m.index, yearMonth(m[3], n), m[0]);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The numbers and dates of an English text that its Chinese counterpart does not contain. */
export function numberDrift(english: string, chinese: string): NumberMention[] {
  const zh = chineseNumbers(chinese);
  return englishNumbers(english).filter((m) => !zh.has(m.token));
}
