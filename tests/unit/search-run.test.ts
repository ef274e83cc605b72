import { describe, expect, it } from 'vitest';
import { runSearch, type Pagefind, type PagefindResult } from '../../src/lib/search/run';

interface FakePage {
  id: string;
  words: string[];
  names?: string[];
  /** Multiplies the score, standing in for Pagefind's ranking. */
  weight?: number;
  filters?: Record<string, string[]>;
}

/**
 * A small stand-in for Pagefind with the behaviour the search code relies on: every word of an
 * unquoted query must match (as a prefix, or, when no word begins with it, by the longest known
 * word that begins it); a quoted query matches the exact words next to each other.
 */
function fakePagefind(pages: FakePage[]): Pagefind & { terms: (string | null)[] } {
  const vocabulary = [...new Set(pages.flatMap((p) => p.words))];
  const matcher = (term: string) => {
    if (vocabulary.some((w) => w.startsWith(term))) return (w: string) => w.startsWith(term);
    const fallback = vocabulary.filter((w) => term.startsWith(w)).sort((a, b) => b.length - a.length)[0];
    return (w: string) => w === fallback;
  };
  const terms: (string | null)[] = [];
  return {
    terms,
    async search(term, options) {
      terms.push(term);
      const filters = Object.entries(options?.filters ?? {});
      const candidates = pages.filter((p) => filters.every(([k, values]) => values.some((v) => p.filters?.[k]?.includes(v))));
      const found: { page: FakePage; marked: Set<number> }[] = [];
      for (const page of candidates) {
        const marked = new Set<number>();
        if (term === null) {
          found.push({ page, marked });
        } else if (/^".+"$/.test(term)) {
          const phrase = term.slice(1, -1).split(' ');
          const at = page.words.findIndex((_, i) => phrase.every((w, j) => page.words[i + j] === w));
          if (at >= 0) {
            phrase.forEach((_, j) => marked.add(at + j));
            found.push({ page, marked });
          }
        } else {
          const matchers = term.split(' ').map(matcher);
          if (matchers.every((m) => page.words.some(m))) {
            page.words.forEach((w, i) => matchers.some((m) => m(w)) && marked.add(i));
            found.push({ page, marked });
          }
        }
      }
      const results: PagefindResult[] = found
        .map(({ page, marked }) => ({
          id: page.id,
          score: (page.weight ?? 1) * Math.max(1, marked.size),
          data: async () => ({
            url: `/${page.id}/`,
            excerpt: page.words.map((w, i) => (marked.has(i) ? `<mark>${w}</mark>` : w)).join(''),
            meta: { title: page.id, name: (page.names ?? []).map((n) => `${n} /`).join(' ') },
            filters: page.filters ?? {},
            sub_results: [],
          }),
        }))
        .sort((a, b) => b.score - a.score);
      return { results };
    },
  };
}

const search = async (pf: Pagefind, q: string, filters = {}) => {
  const outcome = await runSearch(pf, { q, filters });
  return { ...outcome, ids: outcome.results.map((r) => r.id) };
};

describe('runSearch(pagefind, state)', () => {
  it('puts the entry named by the query first, then pages with the words as a phrase', async () => {
    const pf = fakePagefind([
      { id: 'apart', words: ['工委', '和', '大'], weight: 10 },
      { id: 'phrase', words: ['实行', '大', '工委'], weight: 5 },
      { id: 'named', words: ['大', '工委', '是'], names: ['大党(工)委制', '大工委'] },
    ]);
    expect((await search(pf, '大工委')).ids).toEqual(['named', 'phrase', 'apart']);
  });

  it('shows the phrase search’s excerpt for a page with the phrase', async () => {
    const pf = fakePagefind([{ id: 'a', words: ['党', '员', '党', '组织'] }]);
    const [first] = (await search(pf, '党组织')).results;
    expect((await first!.data()).excerpt).toBe('党员<mark>党</mark><mark>组织</mark>');
  });

  it('finds nothing for words the index does not have, instead of pages with a shorter word', async () => {
    const pf = fakePagefind([{ id: 'a', words: ['同', '比', '增长'] }, { id: 'b', words: ['block', 'leading'] }]);
    expect(await search(pf, '足球比赛')).toMatchObject({ ids: [], match: 'all' });
    expect(await search(pf, 'blockchain')).toMatchObject({ ids: [], match: 'all' });
  });

  it('counts a last word the reader is still typing when a page has a word beginning with it', async () => {
    const pf = fakePagefind([{ id: 'a', words: ['governance', 'theory'] }]);
    expect((await search(pf, 'govern')).ids).toEqual(['a']);
    expect((await search(pf, 'theory govern')).ids).toEqual(['a']);
    expect((await search(pf, 'governancex')).ids).toEqual([]);
  });

  it('splits a query that no page matches as a whole into the phrases pages have', async () => {
    const pf = fakePagefind([
      { id: 'bailing', words: ['白领', '驿', '家'] },
      { id: 'touyan', words: ['头', '雁', '工程'] },
      { id: 'other', words: ['工程', '家'] },
    ]);
    expect(await search(pf, '白领驿家头雁工程')).toMatchObject({ ids: ['bailing', 'touyan'], match: 'some', parts: ['白领驿家', '头雁工程'] });
  });

  it('ranks pages with every part as a phrase first, and pages with the words scattered last', async () => {
    const pf = fakePagefind([
      { id: 'scattered', words: ['白领', '头', '驿', '雁', '家', '工程'], weight: 9 },
      { id: 'bailing', words: ['白领', '驿', '家'] },
      { id: 'touyan', words: ['头', '雁', '工程'] },
      { id: 'both', words: ['头', '雁', '工程', '和', '白领', '驿', '家'] },
    ]);
    expect(await search(pf, '白领驿家头雁工程')).toMatchObject({ ids: ['both', 'bailing', 'touyan', 'scattered'], match: 'some' });
  });

  it('takes words apart at their word for an English query', async () => {
    const pf = fakePagefind([{ id: 'a', words: ['smart', 'digital', 'party', 'building'] }]);
    expect(await search(pf, 'smart party building')).toMatchObject({ ids: ['a'], match: 'all' });
  });

  it('keeps only exact matches for a quoted query, ranked as the unquoted query would be', async () => {
    const pf = fakePagefind([
      { id: 'apart', words: ['组织', '党'], weight: 9 },
      { id: 'low', words: ['党', '组织'] },
      { id: 'high', words: ['党', '组织', '党'], weight: 3 },
    ]);
    expect((await search(pf, '"党组织"')).ids).toEqual(['high', 'low']);
  });

  it('lists everything a filter allows for an empty query, and nothing without filters', async () => {
    const pf = fakePagefind([
      { id: 'a', words: ['甲'], filters: { 类型: ['机制'] } },
      { id: 'b', words: ['乙'], filters: { 类型: ['术语'] } },
    ]);
    expect((await search(pf, '', { 类型: ['机制'] })).ids).toEqual(['a']);
    expect((await search(pf, '  ')).ids).toEqual([]);
    expect(pf.terms).toEqual([null]);
  });

  it('passes the filters to every search it makes', async () => {
    const pf = fakePagefind([
      { id: 'a', words: ['双', '报到'], filters: { 类型: ['机制'] } },
      { id: 'b', words: ['双', '报到'], filters: { 类型: ['案例'] } },
    ]);
    expect((await search(pf, '双报到', { 类型: ['案例'] })).ids).toEqual(['b']);
  });
});
