/**
 * The knowledge index orders every list completely (ties end in the id), so pages and courseware
 * do not depend on the order the entries were loaded in: Astro's getCollection gives no order, and
 * the content check, which feeds the courseware worker, reads the files in theirs.
 */
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { inspectContent } from '../../src/lib/content/check';
import { buildKnowledgeIndex, type KnowledgeInput } from '../../src/lib/knowledge';

const root = `${resolve(import.meta.dirname, '../..')}/`;
const { entries } = inspectContent(`${root}content`, root);
const ORDERED = ['sources', 'models', 'cases', 'mechanisms', 'terms', 'stages', 'events', 'structures'] as const;
const ids = (input: KnowledgeInput) => {
  const kb = buildKnowledgeIndex(input);
  return Object.fromEntries(ORDERED.map((c) => [c, kb[c].map((e) => e.id)]));
};

it('gives every list the same order whatever order the entries come in', () => {
  const reversed = Object.fromEntries(Object.entries(entries).map(([c, list]) => [c, [...list].reverse()])) as unknown as KnowledgeInput;
  expect(ids(reversed)).toEqual(ids(entries));
});

it('orders events of the same date by id (two Shanghai events of 2003 share their year)', () => {
  const kb = buildKnowledgeIndex(entries);
  const same = kb.events.filter((e) => e.data.date.text === '2003年' && e.data.model === 'shanghai').map((e) => e.id);
  expect(same.length).toBeGreaterThan(1);
  expect(same).toEqual([...same].sort());
});
