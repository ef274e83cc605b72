/**
 * Chinese word segmentation for the search index.
 *
 * Pagefind's browser code splits a Chinese query with `Intl.Segmenter`, while its indexer splits
 * page text with its own dictionary (jieba): the two disagree, so words a reader types are often
 * not words in the index (Pagefind issue #1237). The index builder therefore splits the text with
 * the same `Intl.Segmenter('zh-CN')` before Pagefind sees it, and marks the boundaries with
 * U+200B, which Pagefind treats as a word break in Chinese text and strips from stored text.
 * Metadata is split on spaces only, so metadata that should match word by word gets spaces.
 */

/** The invisible word boundary Pagefind honours in Chinese text: ZERO WIDTH SPACE. */
export const WORD_BREAK = '\u200b';

/**
 * Characters Pagefind must keep as words (its `includeCharacters`), so that 1+3 and 5+X are
 * found as typed. The index builder passes the same string to Pagefind.
 */
export const KEPT_CHARACTERS = '+';

let made: Intl.Segmenter | undefined;
/**
 * The segmenter, made on first use: making it loads ICU's Chinese word data (15–25 ms in Chromium),
 * which the search page should not spend while it loads, before anyone has typed.
 */
const segmenter = () => (made ??= new Intl.Segmenter('zh-CN', { granularity: 'word' }));

/** A segment that carries no word: whitespace only. */
const isSpace = (s: string) => /^\s+$/u.test(s);

/** A segment that is a word, or one of the characters kept as words. */
const isWord = (s: Intl.SegmentData) => s.isWordLike === true || [...s.segment].every((c) => KEPT_CHARACTERS.includes(c));

/**
 * The words of a text as `Intl.Segmenter('zh-CN')` finds them, without spaces and punctuation.
 *
 * @example segmentWords('浉河区实行大党工委制') // ['浉', '河', '区', '实行', '大', '党', '工委', '制']
 */
export function segmentWords(text: string): string[] {
  return [...segmenter().segment(text)].filter(isWord).map((s) => s.segment);
}

/**
 * The text with a word break between every two segments that are not whitespace, so Pagefind
 * indexes exactly the words a query will be split into. Readers never see the breaks.
 *
 * @example markWordBreaks('双报到制度') // '双\u200b报到\u200b制度'
 */
export function markWordBreaks(text: string): string {
  let out = '';
  let previous: string | undefined;
  for (const { segment } of segmenter().segment(text)) {
    if (previous !== undefined && !isSpace(previous) && !isSpace(segment)) out += WORD_BREAK;
    out += segment;
    previous = segment;
  }
  return out;
}

/**
 * The words of a text joined by spaces, for metadata that must match word by word.
 *
 * @example spaceWords('“1+3”领导体制') // '1 + 3 领导 体制'
 */
export function spaceWords(text: string): string {
  return segmentWords(text).join(' ');
}

/** Removes the word breaks from text that came out of the index (titles, metadata). */
export function stripWordBreaks(text: string): string {
  return text.replaceAll(WORD_BREAK, '');
}

/** True when the text contains a Han character (then segmentation and looser matching apply). */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
