/**
 * The knowledge base as one cross-linked index: each relation is declared once in the content
 * (a case names its mechanisms, a mechanism names its models) and derived both ways here.
 * Pure: takes plain entries, so pages and tests share it.
 */
import type { Case } from '../schemas/cases';
import type { Cite } from '../schemas/common';
import type { Figure } from '../schemas/figures';
import type { Mechanism } from '../schemas/mechanisms';
import type { Model } from '../schemas/models';
import type { Source } from '../schemas/sources';
import type { Structure } from '../schemas/structures';
import type { Term } from '../schemas/terms';
import type { Stage, TimelineEvent } from '../schemas/timeline';
import { compareSourceDates, parseSourceDate } from './dates';
import { formatFigure } from './format';

/** An entry as content collections return it: an id and validated data. */
export interface Entry<T> {
  id: string;
  data: T;
}

export interface KnowledgeInput {
  sources: Entry<Source>[];
  models: Entry<Model>[];
  cases: Entry<Case>[];
  mechanisms: Entry<Mechanism>[];
  terms: Entry<Term>[];
  stages: Entry<Stage>[];
  events: Entry<TimelineEvent>[];
  figures: Entry<Figure>[];
  structures: Entry<Structure>[];
}

/** One place where the site uses a source: which page, which section of the source. */
export interface SourceUse {
  collection: 'models' | 'cases' | 'mechanisms' | 'terms' | 'events' | 'figures' | 'structures' | 'stages';
  id: string;
  title: string;
  source: string;
  at: string;
  /** The model the use belongs to, for grouping. */
  model?: string;
}

export interface KnowledgeIndex extends KnowledgeInput {
  model(id: string): Entry<Model>;
  source(id: string): Entry<Source>;
  mechanism(id: string): Entry<Mechanism>;
  caseEntry(id: string): Entry<Case>;
  term(id: string): Entry<Term>;
  casesOf(model: string): Entry<Case>[];
  /** Mechanisms the model's sources report in practice. */
  mechanismsOf(model: string): Entry<Mechanism>[];
  /** Mechanisms a source only proposes or recommends for the model. */
  mechanismsProposedFor(model: string): Entry<Mechanism>[];
  casesUsing(mechanism: string): Entry<Case>[];
  eventsOf(model: string): Entry<TimelineEvent>[];
  stagesOf(model: string): Entry<Stage>[];
  figuresOf(model: string): Entry<Figure>[];
  structuresOf(model: string): Entry<Structure>[];
  termsFor(mechanism: string): Entry<Term>[];
  usesOf(source: string): SourceUse[];
  sectionHeading(source: string, at: string): string;
  /** The 1-based position of a section in its source, shown as §n in source markers. */
  sectionNumber(source: string, at: string): number;
}

const byOrder = <T extends { order: number }>(a: Entry<T>, b: Entry<T>) => a.data.order - b.data.order;
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byTitle = (a: Entry<{ title: string }>, b: Entry<{ title: string }>) =>
  a.data.title.localeCompare(b.data.title, 'zh-CN');

function groupBy<T>(items: T[], key: (t: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const k of key(item)) {
      const list = map.get(k) ?? [];
      list.push(item);
      map.set(k, list);
    }
  }
  return map;
}

function getter<T>(entries: Entry<T>[], what: string): (id: string) => Entry<T> {
  const map = new Map(entries.map((e) => [e.id, e]));
  return (id) => {
    const e = map.get(id);
    if (!e) throw new Error(`unknown ${what}: ${id}`);
    return e;
  };
}

/** Builds the cross-linked index from validated collections. */
export function buildKnowledgeIndex(input: KnowledgeInput): KnowledgeIndex {
  // Every order ends in the id, so it never depends on the order the entries were loaded in (Astro's
  // data store keeps the order of earlier builds; the content check reads the files in order).
  const models = [...input.models].sort((a, b) => byOrder(a, b) || byId(a, b));
  const cases = [...input.cases].sort((a, b) => a.data.order - b.data.order || byTitle(a, b) || byId(a, b));
  const mechanisms = [...input.mechanisms].sort((a, b) => byTitle(a, b) || byId(a, b));
  const events = [...input.events].sort(
    (a, b) => compareSourceDates(parseSourceDate(a.data.date.text)!, parseSourceDate(b.data.date.text)!) || byId(a, b),
  );
  const stages = [...input.stages].sort((a, b) => byOrder(a, b) || byId(a, b));
  const structures = [...input.structures].sort((a, b) => byOrder(a, b) || byId(a, b));
  const terms = [...input.terms].sort((a, b) => a.data.term.localeCompare(b.data.term, 'zh-CN') || byId(a, b));

  const casesByModel = groupBy(cases, (c) => [c.data.model]);
  const mechanismsByModel = groupBy(mechanisms, (m) => m.data.models);
  const proposalsByModel = groupBy(mechanisms, (m) => m.data.proposedFor);
  const casesByMechanism = groupBy(cases, (c) => c.data.mechanisms);
  const eventsByModel = groupBy(events, (e) => [e.data.model]);
  const stagesByModel = groupBy(stages, (s) => [s.data.model]);
  const figuresByModel = groupBy(input.figures, (f) => [f.data.model]);
  const structuresByModel = groupBy(structures, (s) => [s.data.model]);
  const termsByMechanism = groupBy(terms, (t) => t.data.mechanisms);

  const uses: SourceUse[] = [];
  const addUses = (collection: SourceUse['collection'], id: string, title: string, cites: Cite[], model?: string) => {
    for (const c of cites) uses.push({ collection, id, title, source: c.source, at: c.at, ...(model ? { model } : {}) });
  };
  for (const m of models) addUses('models', m.id, m.data.title, m.data.cites, m.id);
  for (const c of cases) addUses('cases', c.id, c.data.title, c.data.cites, c.data.model);
  for (const m of mechanisms) addUses('mechanisms', m.id, m.data.title, m.data.cites);
  for (const t of terms) addUses('terms', t.id, t.data.term, t.data.cites);
  for (const s of stages) addUses('stages', s.id, s.data.name, s.data.cites, s.data.model);
  for (const e of events) addUses('events', e.id, e.data.title, e.data.cites, e.data.model);
  for (const f of input.figures) addUses('figures', f.id, `${f.data.counts}：${formatFigure(f.data.valueText, f.data.unit)}`, [f.data.cite], f.data.model);
  for (const s of structures) addUses('structures', s.id, s.data.title, s.data.cites, s.data.model);
  const usesBySource = groupBy(uses, (u) => [u.source]);

  const source = getter(input.sources, 'source');
  return {
    ...input,
    models,
    cases,
    mechanisms,
    events,
    stages,
    structures,
    terms,
    sources: [...input.sources].sort((a, b) => byOrder(a, b) || byId(a, b)),
    model: getter(models, 'model'),
    source,
    mechanism: getter(mechanisms, 'mechanism'),
    caseEntry: getter(cases, 'case'),
    term: getter(terms, 'term'),
    casesOf: (m) => casesByModel.get(m) ?? [],
    mechanismsOf: (m) => mechanismsByModel.get(m) ?? [],
    mechanismsProposedFor: (m) => proposalsByModel.get(m) ?? [],
    casesUsing: (m) => casesByMechanism.get(m) ?? [],
    eventsOf: (m) => eventsByModel.get(m) ?? [],
    stagesOf: (m) => stagesByModel.get(m) ?? [],
    figuresOf: (m) => figuresByModel.get(m) ?? [],
    structuresOf: (m) => structuresByModel.get(m) ?? [],
    termsFor: (m) => termsByMechanism.get(m) ?? [],
    usesOf: (s) => usesBySource.get(s) ?? [],
    sectionHeading: (s, at) => source(s).data.sections.find((sec) => sec.id === at)?.heading ?? at,
    sectionNumber: (s, at) => source(s).data.sections.findIndex((sec) => sec.id === at) + 1,
  };
}
