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

/**
 * Splits a Pagefind excerpt (text with <mark> around matches, < and > escaped) into parts.
 * Neighbouring highlights merge, so 大党工委 shows as one highlight, not three.
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
    const text = stripWordBreaks(piece).replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    if (text === '') continue;
    const last = parts.at(-1);
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
