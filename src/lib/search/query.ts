/**
 * Queries and the search state in the URL: what the reader typed, tidied the way the index was
 * built, and the filters, so that a search can be shared as a link (?q=双报到&type=机制).
 */
import { FILTERS, type FilterName } from './filters';
import { hasHan, segmentWords } from './segment';

/** What a search asks for: the query and the chosen values of each filter. */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string[]>>;
}

/** Queries longer than this are cut: no entry has a longer name, and each word costs a lookup. */
export const MAX_QUERY_LENGTH = 64;

/**
 * Tidies a query: full-width letters, digits and brackets become their plain forms (＋ → +,
 * （ → (), spaces are collapsed and the length is capped.
 *
 * @example normalizeQuery('  大党（工）委制 ') // '大党(工)委制'
 */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** True when the reader put the whole query in quotes, asking for the exact phrase. */
export function isQuoted(q: string): boolean {
  return /^["“].+["”]$/u.test(q);
}

/**
 * The words of a query as the index splits them, lower-cased like Pagefind does.
 *
 * @example queryWords('在职党员双报到') // ['在', '职', '党员', '双', '报到']
 */
export function queryWords(q: string): string[] {
  return segmentWords(q).map((w) => w.toLocaleLowerCase());
}

/**
 * Words put back together as text: Chinese words run on, other words keep a space between them.
 *
 * @example joinWords(['白领', '驿', '家']) // '白领驿家'
 * @example joinWords(['homeowners', 'committee']) // 'homeowners committee'
 */
export function joinWords(words: string[]): string {
  const spaced = (c: string) => /[\p{L}\p{N}]/u.test(c) && !hasHan(c);
  return words.reduce((text, w) => (spaced(text.slice(-1)) && spaced(w.slice(0, 1)) ? `${text} ${w}` : text + w), '');
}

/**
 * A name reduced to what identifies it: plain forms, lower case, letters, digits and + only.
 * Two spellings that differ only in quotes, brackets, dots or spaces get the same key.
 *
 * @example nameKey('大党（工）委制') === nameKey('大党(工)委制 ') // true
 */
export function nameKey(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/[^\p{L}\p{N}+]/gu, '');
}

/** Reads the search state from a URL's parameters; unknown filter values are kept (the index decides). */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const { name, param } of FILTERS) {
    const values = params.getAll(param).filter((v) => v !== '');
    if (values.length > 0) filters[name] = values;
  }
  return { q: normalizeQuery(params.get('q') ?? ''), filters };
}

/**
 * The URL parameters for a search state, in a fixed order, empty filters left out.
 *
 * @example searchParams({ q: '双报到', filters: { 类型: ['机制'] } }).toString() // 'q=%E5%8F%8C…&type=%E6%9C%BA%E5%88%B6'
 */
export function searchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const { name, param } of FILTERS) {
    for (const value of state.filters[name] ?? []) params.append(param, value);
  }
  return params;
}

/** True when at least one filter value is chosen. */
export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((values) => values.length > 0);
}
