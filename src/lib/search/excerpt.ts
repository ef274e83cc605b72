/**
 * Pagefind excerpts as plain text parts, so the browser can show them with textContent and
 * <mark> elements it creates itself, never by parsing HTML from the index.
 */
import { stripWordBreaks } from './segment';

/** A run of excerpt text, highlighted when it matched the query. */
export interface TextPart {
  text: string;
  mark: boolean;
}

/** Punctuation that ends or continues a sentence: an excerpt never starts with it. */
const LEADING_PUNCTUATION = /^[\s.,;:!?。，、；：！？)）」』》”’]+/u;

/** Pagefind's sentence break (". " after a block that ends without a stop) after Chinese text. */
const PAGEFIND_STOP = /(?<=[\p{Script=Han}”’」』》）)])\. ?/gu;
const CHINESE_END = /[\p{Script=Han}”’」』》）)]$/u;

/**
 * Splits a Pagefind excerpt (text with <mark> around matches, < and > escaped) into parts.
 * Neighbouring highlights merge, so 大党工委 shows as one highlight, not three. It reads as
 * sentences: Pagefind's ". " between Chinese blocks becomes 。, and punctuation left at the start
 * by the excerpt's cut is dropped.
 *
 * @example excerptParts('实行<mark>大</mark><mark>党</mark>工委') // [{ text: '实行', mark: false }, { text: '大党', mark: true }, { text: '工委', mark: false }]
 */
export function excerptParts(excerpt: string): TextPart[] {
  const parts: TextPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      mark = piece === '<mark>';
      continue;
    }
    const last = parts.at(-1);
    let text = stripWordBreaks(piece).replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    // A stop right after a highlight: the lookbehind cannot see the previous part.
    if (last && CHINESE_END.test(last.text) && text.startsWith('.')) text = `。${text.slice(1).replace(/^ /, '')}`;
    text = text.replace(PAGEFIND_STOP, '。');
    if (!last) text = text.replace(LEADING_PUNCTUATION, '');
    if (text === '') continue;
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}

/** An excerpt's text without highlighting. */
export function plainExcerpt(parts: TextPart[]): string {
  return parts.map((p) => p.text).join('');
}

/**
 * True when a sub-result's excerpt shows the same passage as the page's own excerpt (Pagefind
 * builds both around the best match), judged by the text from its first highlight on.
 */
export function showsSamePassage(page: TextPart[], sub: TextPart[]): boolean {
  const at = sub.findIndex((p) => p.mark);
  if (at < 0) return false;
  const key = plainExcerpt(sub.slice(at)).slice(0, 8);
  return plainExcerpt(page).includes(key);
}
