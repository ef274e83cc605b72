/**
 * Prepares a built page for Pagefind: marks word breaks in its text (see segment.ts), spaces out
 * metadata that must match word by word, and keeps hidden elements out of the index.
 *
 * Only text and the start tags of hidden elements change; everything else is copied byte for
 * byte, so filters, metadata attributes and anchors reach Pagefind exactly as Astro wrote them.
 */
import { Parser } from 'htmlparser2';
import { NAME_SEPARATOR } from './ranking.ts';
import { markWordBreaks, spaceWords } from './segment.ts';

/** How the text inside an element is prepared. */
type TextMode = 'words' | 'spaced' | 'verbatim';

/** Elements whose text is code or styling, never words. */
const RAW_TEXT = new Set(['script', 'style']);

/**
 * Terms and descriptions end with a stop in the index when their text has none, so an excerpt
 * reads "拼音：wǎnggéhuà。英文：grid…" rather than "拼音wǎnggéhuà英文grid…": Pagefind runs them
 * together, as it does with any element it does not take for a paragraph.
 */
const STOPS: Record<string, string> = { dt: '：', dd: '。' };
/** A stop already there: a closing quote or bracket is not one. */
const ENDS_WITH_PUNCTUATION = /[。！？；：，、.!?;:,]\s*$/u;

/** One change to the source: replace [start, end) with `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Entity references are kept as written: each is swapped for a private-use character (which the
 * segmenter treats as a symbol, not part of a word) and swapped back afterwards.
 */
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;
const PLACEHOLDER_BASE = 0xf0000;

function withEntitiesKept(raw: string, prepare: (text: string) => string): string {
  const entities: string[] = [];
  const text = raw.replace(ENTITY, (e) => String.fromCodePoint(PLACEHOLDER_BASE + entities.push(e) - 1));
  return prepare(text).replace(/[\u{F0000}-\u{FFFFD}]/gu, (c) => entities[(c.codePointAt(0) ?? 0) - PLACEHOLDER_BASE] ?? c);
}

/** The keys an attribute such as `data-pagefind-meta="title, model:浦东"` reads from the element's text. */
function keysFromText(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !part.includes(':') && !part.includes('['));
}

/** An element the reader cannot see, whatever the stylesheet says. */
function isHidden(name: string, attribs: Record<string, string>): boolean {
  if (name === 'template') return true;
  if (name === 'dialog' && !('open' in attribs)) return true;
  // hidden="until-found" content is meant to be found by searching the page.
  return 'hidden' in attribs && attribs['hidden'] !== 'until-found';
}

function modeOf(name: string, attribs: Record<string, string>, parent: TextMode, spacedMeta: readonly string[]): TextMode {
  if (RAW_TEXT.has(name)) return 'verbatim';
  // Filter and sort values read from text must stay exactly as written.
  if (keysFromText(attribs['data-pagefind-filter']).length > 0) return 'verbatim';
  if (keysFromText(attribs['data-pagefind-sort']).length > 0) return 'verbatim';
  if (keysFromText(attribs['data-pagefind-meta']).some((key) => spacedMeta.includes(key))) return 'spaced';
  return parent;
}

/**
 * Returns the page's HTML ready for Pagefind.
 *
 * - Text gets U+200B between its words; inside an element whose `data-pagefind-meta` key is in
 *   `spacedMeta`, each text node becomes its words joined by spaces (Pagefind splits metadata
 *   on spaces), ended by NAME_SEPARATOR so that one name can be told from the next.
 * - Filter and sort values taken from text, scripts and styles are left alone.
 * - Elements with `hidden`, closed `<dialog>`s and `<template>`s get `data-pagefind-ignore`, so
 *   their text never shows in results (their filters and metadata still count).
 * - A `<dt>` or `<dd>` whose text ends without punctuation gets ：or 。 (STOPS).
 *
 * @example prepareHtmlForIndex('<p>双报到制度</p>', []) // '<p>双\u200b报到\u200b制度</p>'
 */
export function prepareHtmlForIndex(html: string, spacedMeta: readonly string[]): string {
  const edits: Edit[] = [];
  const modes: TextMode[] = [];
  /** The open terms and descriptions, each with the last text seen inside it. */
  const stops: { name: string; last: string }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        modes.push(modeOf(name, attribs, modes.at(-1) ?? 'words', spacedMeta));
        if (name in STOPS) stops.push({ name, last: '' });
        if (isHidden(name, attribs) && !('data-pagefind-ignore' in attribs)) {
          const afterName = parser.startIndex + 1 + name.length;
          edits.push({ start: afterName, end: afterName, text: ' data-pagefind-ignore' });
        }
      },
      onclosetag(name) {
        const mode = modes.pop();
        if (!(name in STOPS)) return;
        const open = stops.pop();
        // Only before a written end tag, and only where the text is indexed as words.
        if (open && mode === 'words' && open.last !== '' && !ENDS_WITH_PUNCTUATION.test(open.last) && html.startsWith('</', parser.startIndex)) {
          edits.push({ start: parser.startIndex, end: parser.startIndex, text: STOPS[name] as string });
        }
      },
      ontext(raw) {
        const mode = modes.at(-1) ?? 'words';
        if (raw.trim() !== '') for (const s of stops) s.last = raw;
        if (mode === 'verbatim' || raw.trim() === '') return;
        const text = withEntitiesKept(raw, mode === 'words' ? markWordBreaks : (t) => spaceWords(t) + NAME_SEPARATOR);
        edits.push({ start: parser.startIndex, end: parser.endIndex + 1, text });
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);

  let out = '';
  let cursor = 0;
  for (const edit of edits) {
    out += html.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + html.slice(cursor);
}
