/**
 * The knowledge base's collections: where each lives under `content/`, how its files are laid out,
 * and which schema checks it. Shared by Astro's content config and the content guard.
 */
import type { z } from 'astro/zod';
import { caseSchema } from '../../schemas/cases';
import { compareSchema } from '../../schemas/compare';
import {
  enCompareSchema,
  enEventSchema,
  enFigureSchema,
  enModelSchema,
  enSourceSchema,
  enStageSchema,
  enStructureSchema,
  enTermSchema,
} from '../../schemas/en';
import { figureSchema } from '../../schemas/figures';
import { lessonSchema } from '../../schemas/lessons';
import { mechanismSchema } from '../../schemas/mechanisms';
import { modelSchema } from '../../schemas/models';
import { sourceSchema } from '../../schemas/sources';
import { structureSchema } from '../../schemas/structures';
import { termSchema } from '../../schemas/terms';
import { eventSchema, stageSchema } from '../../schemas/timeline';

/**
 * `entry-per-file`: one entry a file, its id the file name (models/shanghai.mdx → shanghai).
 * `list-per-file`: a YAML file holds a list of entries, each with its own `id` (events/shihe.yaml).
 */
export type CollectionLayout = 'entry-per-file' | 'list-per-file';

export interface CollectionSpec {
  /** The folder under content/ (English collections: en/<Chinese folder>). */
  dir: string;
  pattern: string;
  layout: CollectionLayout;
  schema: z.ZodType;
  /** For list files: the field holding each entry's id (`translationOf` in English lists). Default `id`. */
  idKey?: string;
}

export const COLLECTIONS = {
  sources: { dir: 'sources', pattern: '*.yaml', layout: 'entry-per-file', schema: sourceSchema },
  models: { dir: 'models', pattern: '*.mdx', layout: 'entry-per-file', schema: modelSchema },
  cases: { dir: 'cases', pattern: '*.mdx', layout: 'entry-per-file', schema: caseSchema },
  mechanisms: { dir: 'mechanisms', pattern: '*.mdx', layout: 'entry-per-file', schema: mechanismSchema },
  terms: { dir: 'terms', pattern: '*.yaml', layout: 'entry-per-file', schema: termSchema },
  stages: { dir: 'stages', pattern: '*.yaml', layout: 'list-per-file', schema: stageSchema },
  events: { dir: 'events', pattern: '*.yaml', layout: 'list-per-file', schema: eventSchema },
  figures: { dir: 'figures', pattern: '*.yaml', layout: 'list-per-file', schema: figureSchema },
  structures: { dir: 'structures', pattern: '*.yaml', layout: 'entry-per-file', schema: structureSchema },
  lessons: { dir: 'lessons', pattern: '*.yaml', layout: 'entry-per-file', schema: lessonSchema },
  compare: { dir: 'compare', pattern: '*.yaml', layout: 'entry-per-file', schema: compareSchema },
  // The English edition (issue #17): an entry's id is the id of the Chinese entry it translates.
  enModels: { dir: 'en/models', pattern: '*.mdx', layout: 'entry-per-file', schema: enModelSchema },
  enStructures: { dir: 'en/structures', pattern: '*.yaml', layout: 'entry-per-file', schema: enStructureSchema },
  enCompare: { dir: 'en/compare', pattern: '*.yaml', layout: 'entry-per-file', schema: enCompareSchema },
  enTerms: { dir: 'en/terms', pattern: '*.yaml', layout: 'entry-per-file', schema: enTermSchema },
  enSources: { dir: 'en/sources', pattern: '*.yaml', layout: 'entry-per-file', schema: enSourceSchema },
  enEvents: { dir: 'en/events', pattern: '*.yaml', layout: 'list-per-file', schema: enEventSchema, idKey: 'translationOf' },
  enStages: { dir: 'en/stages', pattern: '*.yaml', layout: 'list-per-file', schema: enStageSchema, idKey: 'translationOf' },
  enFigures: { dir: 'en/figures', pattern: '*.yaml', layout: 'list-per-file', schema: enFigureSchema, idKey: 'translationOf' },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

/** Each English collection and the Chinese collection it translates (same file names). */
export const TRANSLATIONS = {
  enModels: 'models',
  enStructures: 'structures',
  enCompare: 'compare',
  enTerms: 'terms',
  enSources: 'sources',
  enEvents: 'events',
  enStages: 'stages',
  enFigures: 'figures',
} as const satisfies Record<string, CollectionName>;
export type EnCollectionName = keyof typeof TRANSLATIONS;
export const EN_COLLECTION_NAMES = Object.keys(TRANSLATIONS) as EnCollectionName[];
/** The Chinese collections (the site's primary edition). */
export type ZhCollectionName = Exclude<CollectionName, EnCollectionName>;

/** The field that holds each entry's id in a list file. */
export const listIdKey = (name: CollectionName): string => (COLLECTIONS[name] as CollectionSpec).idKey ?? 'id';
/** Each collection's entry data as its schema outputs it. */
export type EntryData = { [K in CollectionName]: z.output<(typeof COLLECTIONS)[K]['schema']> };
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The URL folder of each collection that has pages. */
export const COLLECTION_ROUTES: Partial<Record<CollectionName, string>> = {
  models: 'models',
  cases: 'cases',
  mechanisms: 'mechanisms',
  terms: 'terms',
  sources: 'sources',
  structures: 'structures',
  lessons: 'lessons',
};
