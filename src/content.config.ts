/**
 * Astro content collections. Schemas live in src/schemas (one file per topic) and are shared with
 * the content guard, which proves every cross-reference exists before Astro loads anything.
 *
 * Astro caches parsed entries (node_modules/.astro/data-store.json) and drops the cache only when
 * the text of this file changes, not when a schema in src/schemas does: an unchanged entry then
 * keeps its old parse, without a newly added field's default. So a schema change that adds a field
 * revises this note too (last: the English edition's collections, content/en/, issue #17).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS } from './lib/content/collections';
import { yamlList } from './loaders/yaml-list';

const fromSpec = <K extends keyof typeof COLLECTIONS>(name: K) => {
  const spec = COLLECTIONS[name];
  return spec.layout === 'list-per-file'
    ? yamlList(`content/${spec.dir}`, 'idKey' in spec ? spec.idKey : 'id')
    : glob({ pattern: spec.pattern, base: `./content/${spec.dir}` });
};

export const collections = {
  sources: defineCollection({ loader: fromSpec('sources'), schema: COLLECTIONS.sources.schema }),
  models: defineCollection({ loader: fromSpec('models'), schema: COLLECTIONS.models.schema }),
  cases: defineCollection({ loader: fromSpec('cases'), schema: COLLECTIONS.cases.schema }),
  mechanisms: defineCollection({ loader: fromSpec('mechanisms'), schema: COLLECTIONS.mechanisms.schema }),
  terms: defineCollection({ loader: fromSpec('terms'), schema: COLLECTIONS.terms.schema }),
  stages: defineCollection({ loader: fromSpec('stages'), schema: COLLECTIONS.stages.schema }),
  events: defineCollection({ loader: fromSpec('events'), schema: COLLECTIONS.events.schema }),
  figures: defineCollection({ loader: fromSpec('figures'), schema: COLLECTIONS.figures.schema }),
  structures: defineCollection({ loader: fromSpec('structures'), schema: COLLECTIONS.structures.schema }),
  lessons: defineCollection({ loader: fromSpec('lessons'), schema: COLLECTIONS.lessons.schema }),
  compare: defineCollection({ loader: fromSpec('compare'), schema: COLLECTIONS.compare.schema }),
  // The English edition: an empty or missing content/en/<folder> is an empty collection.
  enModels: defineCollection({ loader: fromSpec('enModels'), schema: COLLECTIONS.enModels.schema }),
  enStructures: defineCollection({ loader: fromSpec('enStructures'), schema: COLLECTIONS.enStructures.schema }),
  enCompare: defineCollection({ loader: fromSpec('enCompare'), schema: COLLECTIONS.enCompare.schema }),
  enTerms: defineCollection({ loader: fromSpec('enTerms'), schema: COLLECTIONS.enTerms.schema }),
  enSources: defineCollection({ loader: fromSpec('enSources'), schema: COLLECTIONS.enSources.schema }),
  enEvents: defineCollection({ loader: fromSpec('enEvents'), schema: COLLECTIONS.enEvents.schema }),
  enStages: defineCollection({ loader: fromSpec('enStages'), schema: COLLECTIONS.enStages.schema }),
  enFigures: defineCollection({ loader: fromSpec('enFigures'), schema: COLLECTIONS.enFigures.schema }),
};
