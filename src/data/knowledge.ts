/** Loads every collection once per build and returns the cross-linked index. */
import { getCollection } from 'astro:content';
import { buildKnowledgeIndex, type KnowledgeIndex } from '../lib/knowledge';

let cached: Promise<KnowledgeIndex> | undefined;

export function getKnowledge(): Promise<KnowledgeIndex> {
  cached ??= (async () =>
    buildKnowledgeIndex({
      sources: await getCollection('sources'),
      models: await getCollection('models'),
      cases: await getCollection('cases'),
      mechanisms: await getCollection('mechanisms'),
      terms: await getCollection('terms'),
      stages: await getCollection('stages'),
      events: await getCollection('events'),
      figures: await getCollection('figures'),
      structures: await getCollection('structures'),
    }))();
  return cached;
}
