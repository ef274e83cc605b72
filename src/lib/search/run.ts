/**
 * One search, from the reader's query to ranked results, on top of Pagefind's JavaScript API
 * (passed in, so the same code runs in the browser, in the golden-query tests and in unit tests).
 *
 * Pagefind ranks by word matches (BM25) plus boosts for matches in metadata. On top of that:
 * 1. an entry whose name or alias is exactly the query comes first (大工委 → 大党(工)委制);
 * 2. then pages where the query's words stand together as a phrase (Pagefind alone matches
 *    them anywhere on the page: 大, 党 and 工委 apart);
 * 3. a query in pinyin is searched as the index holds pinyin (`da gong wei` → dagongwei, see pinyin.ts);
 * 4. a Chinese query that no page has as a phrase (白领驿家头雁工程), or that has a word the index
 *    lacks, is split into the longest phrases the index does have (白领驿家, 头雁工程), each
 *    searched on its own, and the results say that they match parts of the query: the looser
 *    matching a Chinese query needs, since it has no spaces to tell where one thing ends and the
 *    next begins.
 */
import { excerptParts } from './excerpt';
import { isQuoted, joinWords, nameKey, normalizeQuery, queryWords, type SearchState } from './query';
import { pinyinQuery } from './pinyin';
import { namesOf } from './ranking';
import { hasHan } from './segment';

/** A sub-result: a heading of the page with its own excerpt. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}

/** What Pagefind returns for one result once its fragment is loaded. */
export interface ResultData {
  url: string;
  /** The page's indexed text, as Pagefind stores it. */
  content?: string;
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

/**
 * The results of one search. `parts` lists what was searched: the query itself, or, when no
 * page matched all of it, the phrases it was split into (`match` is then 'some').
 */
export interface SearchOutcome {
  query: string;
  results: PagefindResult[];
  match: 'all' | 'some';
  parts: string[];
}

/** How many top results are checked for an exact name match (their fragments are loaded anyway, for display). */
export const EXACT_WINDOW = 8;

type Filters = Record<string, string[]>;

/** Loads a result's fragment once, however often it is asked for. */
function withCachedData(r: PagefindResult): PagefindResult {
  let loaded: Promise<ResultData> | undefined;
  return { id: r.id, score: r.score, data: () => (loaded ??= r.data()) };
}

async function resultsOf(pf: Pagefind, term: string | null, filters: Filters): Promise<PagefindResult[]> {
  const response = await pf.search(term, { filters });
  return (response?.results ?? []).map(withCachedData);
}

/** Pagefind's exact-phrase search: the words, in this order, next to each other. */
const phraseOf = (words: string[]) => `"${words.join(' ')}"`;

/** Moves the items that pass `first` to the front, keeping the order within both groups. */
function promote<T>(items: T[], first: (item: T, index: number) => boolean): T[] {
  const flags = items.map(first);
  return [...items.filter((_, i) => flags[i]), ...items.filter((_, i) => !flags[i])];
}

/** The results in order, each page once. */
function uniqueById(results: PagefindResult[]): PagefindResult[] {
  const seen = new Set<string>();
  return results.filter((r) => !seen.has(r.id) && seen.add(r.id));
}

/** Takes the first of each list, then the second of each, and so on. */
function interleave(lists: PagefindResult[][]): PagefindResult[] {
  const longest = Math.max(0, ...lists.map((l) => l.length));
  return Array.from({ length: longest }, (_, i) => lists.flatMap((l) => l[i] ?? [])).flat();
}

/**
 * True when the index has the word. Pagefind matches a word it does not know by the longest word
 * it knows that begins it (比赛 → 比, blockchain → block), which finds unrelated pages; so a word
 * must be in the index as it is, except the last one, which the reader may still be typing: it
 * counts when it begins a word that a page has (双报 → 双报到).
 */
async function isKnownWord(pf: Pagefind, word: string, last: boolean, filters: Filters): Promise<boolean> {
  // A single character has no shorter word to fall back to: if no word begins with it, nothing matches anyway.
  if ([...word].length === 1) return true;
  if ((await resultsOf(pf, phraseOf([word]), filters)).length > 0) return true;
  if (!last) return false;
  const [first] = await resultsOf(pf, word, filters);
  if (!first) return false;
  const marks = excerptParts((await first.data()).excerpt).filter((p) => p.mark);
  // A match only in the page's names leaves no highlight to check: trust it.
  return marks.length === 0 || marks.some((m) => m.text.trim().toLocaleLowerCase().startsWith(word));
}

/** Moves the results whose names include the query itself (compared by nameKey) to the front. */
async function promoteNamed(results: PagefindResult[], query: string): Promise<PagefindResult[]> {
  const key = nameKey(query);
  const named = await Promise.all(
    results.slice(0, EXACT_WINDOW).map(async (r) => namesOf((await r.data()).meta).some((n) => nameKey(n) === key)),
  );
  return promote(results, (_, i) => named[i] === true);
}

/** The pages that have every word, ranked (steps 1 and 2 above), and the ids of those that have them as a phrase. */
async function searchAll(pf: Pagefind, words: string[], filters: Filters): Promise<{ results: PagefindResult[]; inPhrase: Set<string> }> {
  const known = await Promise.all(words.map((w, i) => isKnownWord(pf, w, i === words.length - 1, filters)));
  if (!known.every(Boolean)) return { results: [], inPhrase: new Set() };
  const [all, phrase] = await Promise.all([
    resultsOf(pf, words.join(' '), filters),
    words.length > 1 ? resultsOf(pf, phraseOf(words), filters) : Promise.resolve(undefined),
  ]);
  // A page with the phrase keeps its score but shows the phrase's excerpt: Pagefind highlights
  // every word that begins with any query word (党 → 党委, 党员), the phrase search only the phrase.
  const phraseData = new Map((phrase ?? all).map((r) => [r.id, r.data]));
  const ranked = promote(all, (r) => phraseData.has(r.id)).map((r) => ({ ...r, data: phraseData.get(r.id) ?? r.data }));
  return { results: await promoteNamed(ranked, joinWords(words)), inPhrase: new Set(phraseData.keys()) };
}

/** Splits the words, left to right, into the longest runs that some page has as a phrase; unknown words are dropped. */
async function splitIntoPhrases(pf: Pagefind, words: string[], filters: Filters): Promise<string[][]> {
  const parts: string[][] = [];
  let start = 0;
  while (start < words.length) {
    let end = words.length;
    while (end > start) {
      const run = words.slice(start, end);
      const found =
        run.length === 1
          ? await isKnownWord(pf, run[0]!, end === words.length, filters)
          : (await resultsOf(pf, phraseOf(run), filters)).length > 0;
      if (found) break;
      end -= 1;
    }
    if (end > start) parts.push(words.slice(start, end));
    start = Math.max(end, start + 1);
  }
  return parts;
}

/** The chosen filter values in the shape Pagefind expects, empty filters left out. */
function pagefindFilters(state: SearchState): Filters {
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
    return { query, results, match: 'all', parts: [] };
  }
  if (isQuoted(query)) {
    // Pagefind gives every exact match the same score: rank them as the unquoted query would.
    const inner = query.slice(1, -1);
    const words = queryWords(inner);
    const [all, exact] = await Promise.all([resultsOf(pf, words.join(' '), filters), resultsOf(pf, phraseOf(words), filters)]);
    const inExact = new Set(exact.map((r) => r.id));
    return { query, results: await promoteNamed(all.filter((r) => inExact.has(r.id)), inner), match: 'all', parts: [inner] };
  }

  // Pinyin typed with tones or spaces is searched in the index's form of it (da gong wei → dagongwei).
  const words = queryWords(pinyinQuery(query) ?? query);
  const all = await searchAll(pf, words, filters);
  // Words apart on a page are weak evidence for a Chinese query, which has no spaces to show
  // where one thing ends and the next begins: the reader may have typed two things at once.
  const together = all.results.some((r) => all.inPhrase.has(r.id)) || (all.results.length > 0 && !hasHan(query));
  if (together || words.length < 2) return { query, results: all.results, match: 'all', parts: [query] };

  const phrases = await splitIntoPhrases(pf, words, filters);
  const parts = await Promise.all(phrases.map((p) => searchAll(pf, p, filters)));
  // First the pages that have every part as a phrase, then each part's best in turn, then the rest.
  const inEvery = all.results.filter((r) => parts.every((p) => p.inPhrase.has(r.id)));
  const results = uniqueById([...inEvery, ...interleave(parts.map((p) => p.results)), ...all.results]);
  return { query, results, match: results.length > 0 ? 'some' : 'all', parts: phrases.map(joinWords) };
}
