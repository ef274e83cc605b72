/**
 * One search, from the reader's query to ranked results, on top of Pagefind's JavaScript API
 * (passed in, so the same code runs in the browser, in the golden-query tests and in unit tests).
 *
 * Pagefind ranks by word matches (BM25) plus boosts for matches in metadata. On top of that:
 * 1. an entry whose name or alias is exactly the query comes first (大工委 → 大党(工)委制);
 * 2. then pages where the query's words stand together as a phrase (Pagefind alone matches
 *    them anywhere on the page: 大, 党 and 工委 apart);
 * 3. a query with a word the index does not have, or whose words never occur together, is
 *    retried word by word with the words it does have (looser matching), and the results say
 *    that only some of the words matched.
 */
import { excerptParts } from './excerpt';
import { isQuoted, nameKey, normalizeQuery, queryWords, type SearchState } from './query';
import { namesOf } from './ranking';

/** A sub-result: a heading of the page with its own excerpt. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}

/** What Pagefind returns for one result once its fragment is loaded. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: SubResult[];
}

/** One result before its fragment is loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

/** The part of Pagefind's JavaScript API a search needs. */
export interface Pagefind {
  search(
    term: string | null,
    options?: { filters?: Record<string, string[]> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

/** The results of one search. `match` is 'some' when only some of the query's words matched. */
export interface SearchOutcome {
  query: string;
  results: PagefindResult[];
  match: 'all' | 'some';
}

/** How many top results are checked for an exact name match (their fragments are loaded anyway, for display). */
export const EXACT_WINDOW = 10;

/** Loads a result's fragment once, however often it is asked for. */
function withCachedData(r: PagefindResult): PagefindResult {
  let loaded: Promise<ResultData> | undefined;
  return { id: r.id, score: r.score, data: () => (loaded ??= r.data()) };
}

async function resultsOf(pf: Pagefind, term: string | null, filters: Record<string, string[]>): Promise<PagefindResult[]> {
  const response = await pf.search(term, { filters });
  return (response?.results ?? []).map(withCachedData);
}

/** Moves the results that pass `first` to the front, keeping the order within both groups. */
function promote<T>(items: T[], first: (item: T, index: number) => boolean): T[] {
  const flags = items.map(first);
  return [...items.filter((_, i) => flags[i]), ...items.filter((_, i) => !flags[i])];
}

/** Results of several searches merged: most searches matched first, then by total score. */
function mergeByCoverage(lists: PagefindResult[][]): PagefindResult[] {
  const merged = new Map<string, { result: PagefindResult; hits: number; score: number }>();
  for (const list of lists) {
    for (const r of list) {
      const m = merged.get(r.id) ?? { result: r, hits: 0, score: 0 };
      m.hits += 1;
      m.score += r.score;
      merged.set(r.id, m);
    }
  }
  return [...merged.values()].sort((a, b) => b.hits - a.hits || b.score - a.score).map((m) => m.result);
}

/**
 * True when the index has the word. Pagefind matches a word it does not know by the longest word
 * it knows that begins it (比赛 → 比, blockchain → block), which finds unrelated pages; so each
 * word must be in the index as it is, except the last one, which the reader may still be
 * typing: it counts when it begins a word that a page has (双报 → 双报到).
 */
async function isKnownWord(pf: Pagefind, word: string, last: boolean, filters: Record<string, string[]>): Promise<boolean> {
  if ((await resultsOf(pf, `"${word}"`, filters)).length > 0) return true;
  if (!last) return false;
  const [first] = await resultsOf(pf, word, filters);
  if (!first) return false;
  const marks = excerptParts((await first.data()).excerpt).filter((p) => p.mark);
  // A match only in the page's names leaves no highlight to check: trust it.
  return marks.length === 0 || marks.some((m) => m.text.trim().toLocaleLowerCase().startsWith(word));
}

/** Moves the results whose names include the query itself (by nameKey) to the front. */
async function promoteNamed(results: PagefindResult[], query: string): Promise<PagefindResult[]> {
  const key = nameKey(query);
  const named = await Promise.all(
    results.slice(0, EXACT_WINDOW).map(async (r) => namesOf((await r.data()).meta).some((n) => nameKey(n) === key)),
  );
  return promote(results, (_, i) => named[i] === true);
}

/** The chosen filter values in the shape Pagefind expects, empty filters left out. */
function pagefindFilters(state: SearchState): Record<string, string[]> {
  return Object.fromEntries(Object.entries(state.filters).filter(([, values]) => values.length > 0));
}

/**
 * Runs a search and ranks its results. An empty query with filters lists everything the filters
 * allow; an empty query without filters finds nothing.
 */
export async function runSearch(pf: Pagefind, state: SearchState): Promise<SearchOutcome> {
  const query = normalizeQuery(state.q);
  const filters = pagefindFilters(state);
  if (query === '') {
    const results = Object.keys(filters).length > 0 ? await resultsOf(pf, null, filters) : [];
    return { query, results, match: 'all' };
  }
  if (isQuoted(query)) {
    // Pagefind gives every exact match the same score: rank them as the unquoted query would.
    const [all, exact] = await Promise.all([resultsOf(pf, query.slice(1, -1), filters), resultsOf(pf, query, filters)]);
    const inExact = new Set(exact.map((r) => r.id));
    return { query, results: await promoteNamed(all.filter((r) => inExact.has(r.id)), query), match: 'all' };
  }

  const words = queryWords(query);
  const known = await Promise.all(words.map((w, i) => isKnownWord(pf, w, i === words.length - 1, filters)));
  const [all, phrase] = words.every((_, i) => known[i])
    ? await Promise.all([
        resultsOf(pf, query, filters),
        words.length > 1 ? resultsOf(pf, `"${words.join(' ')}"`, filters) : Promise.resolve([]),
      ])
    : [[], []];
  if (all.length === 0) {
    const usable = [...new Set(words.filter((_, i) => known[i]))];
    const each = await Promise.all(usable.map((w) => resultsOf(pf, w, filters)));
    return { query, results: mergeByCoverage(each), match: usable.length > 0 ? 'some' : 'all' };
  }

  const inPhrase = new Set(phrase.map((r) => r.id));
  return { query, results: await promoteNamed(promote(all, (r) => inPhrase.has(r.id)), query), match: 'all' };
}
