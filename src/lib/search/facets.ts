/**
 * What the search index knows about each entry besides its text: its type, the regions (models)
 * and periods it belongs to (the filters), and the names and aliases that should rank it first
 * (metadata). Pages render these as hidden, ignored elements; timeline events, which have no page
 * of their own, become custom records.
 */
import type { DateSpec } from '../../schemas/common';
import { dateYear, parseSourceDate } from '../dates';
import { formatDate } from '../format';
import type { KnowledgeIndex } from '../knowledge';
import { pinyinAliases } from './pinyin-names';
import { SEARCH_TYPES, UNKNOWN_YEAR, type FilterName, type SearchType } from './filters';

/** Everything the index records about one entry besides its text. */
export interface SearchFacets {
  type: SearchType;
  /** Short names of the models the entry belongs to, e.g. 浦东. */
  regions: string[];
  /** Those of `regions` where the entry is only proposed, not practised (a mechanism for 广东). */
  proposedRegions: string[];
  /** Decades such as 2000年代, or 年份不详; empty when the entry has no date of its own. */
  periods: string[];
  /** The entry's own names: a match here is a match on what the page is about. */
  names: string[];
  /** Other spellings, English glosses, authors and outlets. */
  aliases: string[];
  /** The pinyin of the names and aliases, indexed as aliases (see pinyin.ts). */
  pinyin?: string[];
}

/** A timeline event as a custom Pagefind record, pointing at its place on the model page. */
export interface EventRecord {
  /** Site path without the base, e.g. models/shihe/#event-shihe-pilot-start. */
  path: string;
  title: string;
  /** The text to index: date, model, title and description. */
  content: string;
  facets: SearchFacets;
}

/** The collections that have a page of their own. */
export type PageCollection = 'models' | 'cases' | 'mechanisms' | 'terms' | 'sources' | 'structures';

/** 1990 → 1990年代. */
const decadeLabel = (year: number): string => `${Math.floor(year / 10) * 10}年代`;

const unique = (items: (string | undefined)[]): string[] => [...new Set(items.filter((s): s is string => !!s))];

const byPeriod = (a: string, b: string) => (a === UNKNOWN_YEAR ? 1 : b === UNKNOWN_YEAR ? -1 : a.localeCompare(b));

/**
 * The periods a set of dates falls in: the decade of each known year (every decade a range
 * spans), or 年份不详 for a date without a year.
 *
 * @example periodsOf([{ text: '约从1992年到1999年', precision: 'range', reason: '…' }]) // ['1990年代']
 */
export function periodsOf(dates: DateSpec[]): string[] {
  const labels: string[] = [];
  for (const d of dates) {
    const parsed = parseSourceDate(d.text);
    if (!parsed) continue;
    const start = dateYear(parsed);
    if (start === undefined) {
      labels.push(UNKNOWN_YEAR);
      continue;
    }
    const end = parsed.end?.year ?? parsed.end?.decade ?? start;
    for (let decade = Math.floor(start / 10) * 10; decade <= end; decade += 10) labels.push(decadeLabel(decade));
  }
  return unique(labels).sort(byPeriod);
}

/** A model's periods: its own start and end, and the date of every event that happened (not a target's). */
function modelPeriods(kb: KnowledgeIndex, model: string): string[] {
  const m = kb.model(model).data;
  const happened = kb.eventsOf(model).filter((e) => !e.data.target);
  return periodsOf([m.period.start, ...(m.period.end ? [m.period.end] : []), ...happened.map((e) => e.data.date)]);
}

/** Region names of some models, in the site's model order. */
function regionsOf(kb: KnowledgeIndex, models: string[]): string[] {
  return kb.models.filter((m) => models.includes(m.id)).map((m) => m.data.shortName);
}

/**
 * The regions of some mechanisms. A region where they are only proposed stays in the region
 * filter, so 地区:广东 still finds the Guangdong proposal's mechanisms, and is also listed in
 * `proposedRegions`, so results can say 建议. Practice anywhere in the set outranks a proposal.
 */
function mechanismRegions(kb: KnowledgeIndex, mechanisms: string[]): Pick<SearchFacets, 'regions' | 'proposedRegions'> {
  const data = mechanisms.map((id) => kb.mechanism(id).data);
  const practised = data.flatMap((m) => m.models);
  const proposed = data.flatMap((m) => m.proposedFor).filter((id) => !practised.includes(id));
  return { regions: regionsOf(kb, [...practised, ...proposed]), proposedRegions: regionsOf(kb, proposed) };
}

/**
 * The entries whose names readers type in pinyin: the short names of models, mechanisms and terms.
 * Case, source and structure titles are long phrases nobody types syllable by syllable, and every
 * pinyin word costs the first search bytes of index.
 */
const PINYIN_NAMED: ReadonlySet<PageCollection> = new Set(['models', 'mechanisms', 'terms']);

/**
 * The facets of an entry that has a page; for models, mechanisms and terms, their names' pinyin
 * (a term's from its own pinyin field), so `dagongwei` finds 大工委. Throws on an unknown id, like
 * the knowledge index.
 */
export function searchFacets(kb: KnowledgeIndex, collection: PageCollection, id: string): SearchFacets {
  const facets = ownFacets(kb, collection, id);
  if (!PINYIN_NAMED.has(collection)) return facets;
  const known = collection === 'terms' ? [kb.term(id).data.pinyin] : [];
  return { ...facets, pinyin: pinyinAliases([...facets.names, ...facets.aliases], known) };
}

function ownFacets(kb: KnowledgeIndex, collection: PageCollection, id: string): SearchFacets {
  switch (collection) {
    case 'models': {
      const m = kb.model(id).data;
      return {
        type: '模式',
        regions: [m.shortName],
        proposedRegions: [],
        periods: modelPeriods(kb, id),
        names: unique([m.shortName, m.place.city, m.place.district]),
        // The full title names the model's signature mechanism too: an alias, so the mechanism's own page ranks first.
        aliases: [m.title],
      };
    }
    case 'cases': {
      const c = kb.caseEntry(id).data;
      return {
        type: '案例',
        regions: regionsOf(kb, [c.model]),
        proposedRegions: [],
        periods: c.date ? periodsOf([c.date]) : [],
        names: unique([c.title, c.place]),
        aliases: [],
      };
    }
    case 'mechanisms': {
      const m = kb.mechanism(id).data;
      return { type: '机制', ...mechanismRegions(kb, [id]), periods: [], names: [m.title], aliases: m.aliases };
    }
    case 'terms': {
      const t = kb.term(id).data;
      return { type: '术语', ...mechanismRegions(kb, t.mechanisms), periods: [], names: [t.term], aliases: [...t.aliases, t.english] };
    }
    case 'sources': {
      const s = kb.source(id).data;
      return {
        type: '资料来源',
        regions: regionsOf(kb, s.models),
        proposedRegions: [],
        periods: s.date ? periodsOf([s.date]) : [],
        names: unique([s.title, s.shortName]),
        aliases: unique([...s.authors.map((a) => a.name), s.outlet, s.series]),
      };
    }
    case 'structures': {
      const s = kb.structures.find((e) => e.id === id);
      if (!s) throw new Error(`unknown structure: ${id}`);
      // The title names what the structure draws (a case's or a mechanism's organisation): an
      // alias, so that the entry itself ranks first.
      return { type: '结构', regions: regionsOf(kb, [s.data.model]), proposedRegions: [], periods: [], names: [], aliases: [s.data.title] };
    }
  }
}

/** Every timeline event as a record for the index, in timeline order. */
export function eventRecords(kb: KnowledgeIndex): EventRecord[] {
  return kb.events.map(({ id, data: e }) => {
    const model = kb.model(e.model).data;
    return {
      path: `models/${e.model}/#event-${id}`,
      title: e.title,
      content: `${formatDate(e.date)}，${model.shortName}：${e.title}。${e.description}`,
      facets: { type: '事件', regions: [model.shortName], proposedRegions: [], periods: e.target ? [] : periodsOf([e.date]), names: [e.title], aliases: [] },
    };
  });
}

/** The values each filter can take across the whole knowledge base, for the search form. */
export function filterValues(kb: KnowledgeIndex): Record<FilterName, string[]> {
  const all: SearchFacets[] = [
    ...kb.models.map((e) => searchFacets(kb, 'models', e.id)),
    ...kb.cases.map((e) => searchFacets(kb, 'cases', e.id)),
    ...kb.mechanisms.map((e) => searchFacets(kb, 'mechanisms', e.id)),
    ...kb.terms.map((e) => searchFacets(kb, 'terms', e.id)),
    ...kb.sources.map((e) => searchFacets(kb, 'sources', e.id)),
    ...kb.structures.map((e) => searchFacets(kb, 'structures', e.id)),
    ...eventRecords(kb).map((r) => r.facets),
  ];
  const types = new Set(all.map((f) => f.type));
  const periods = unique(all.flatMap((f) => f.periods)).sort(byPeriod);
  return {
    类型: SEARCH_TYPES.filter((t) => types.has(t)),
    地区: kb.models.map((m) => m.data.shortName),
    时期: periods,
  };
}
