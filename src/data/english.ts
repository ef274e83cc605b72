/**
 * The English collections, loaded once per build and keyed by the Chinese id each entry
 * translates (an English file or list item has the Chinese entry's id). Pages read the Chinese
 * entry for everything that is not text (dates, levels, citations) and this for the words.
 */
import { getCollection } from 'astro:content';
import type { EnEvent, EnFigure, EnModel, EnSource, EnStage, EnStructure, EnTerm } from '../schemas/en';

export interface EnglishText {
  models: ReadonlyMap<string, EnModel>;
  sources: ReadonlyMap<string, EnSource>;
  terms: ReadonlyMap<string, EnTerm>;
  structures: ReadonlyMap<string, EnStructure>;
  events: ReadonlyMap<string, EnEvent>;
  stages: ReadonlyMap<string, EnStage>;
  figures: ReadonlyMap<string, EnFigure>;
}

const byId = <T>(entries: { id: string; data: T }[]) => new Map(entries.map((e) => [e.id, e.data]));

let cached: Promise<EnglishText> | undefined;

export function getEnglish(): Promise<EnglishText> {
  cached ??= (async () => ({
    models: byId(await getCollection('enModels')),
    sources: byId(await getCollection('enSources')),
    terms: byId(await getCollection('enTerms')),
    structures: byId(await getCollection('enStructures')),
    events: byId(await getCollection('enEvents')),
    stages: byId(await getCollection('enStages')),
    figures: byId(await getCollection('enFigures')),
  }))();
  return cached;
}
