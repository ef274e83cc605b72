/**
 * The glossary's filter box: which entries a query keeps. An entry's text is its term, pinyin,
 * English gloss and aliases as the page shows them; a query matches Chinese as written, and
 * pinyin or English with tones, spaces and punctuation ignored (da gong wei, dàgōngwěi, committee).
 */
import { pinyinKey } from '../search/pinyin';

/** The element the filter reads each entry's text from, and the classes it hides entries and sections with. */
export const GLOSSARY_FILTER = {
  entry: '.entry',
  /** The parts of an entry the filter matches against. */
  text: 'dt, .aliases',
  section: 'section',
} as const;

/**
 * Whether an entry whose text is `text` matches the query; an empty query matches everything.
 *
 * @example termMatches('jiedao danggongwei', '街道党工委 jiēdào dǎng gōngwěi sub-district Party working committee') // true
 */
export function termMatches(query: string, text: string): boolean {
  const q = query.normalize('NFKC').trim().toLocaleLowerCase();
  if (q === '') return true;
  if (text.normalize('NFKC').toLocaleLowerCase().includes(q)) return true;
  const key = pinyinKey(q);
  return key !== '' && pinyinKey(text).includes(key);
}
