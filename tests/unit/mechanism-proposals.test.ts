/**
 * Practice and proposal stay apart wherever a mechanism meets a model: the knowledge index, the
 * search facets and the result list, and the open data.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-content';
import { validateKnowledgeBase } from '../../src/lib/content/validate';
import { buildKnowledgeIndex, type Entry, type KnowledgeInput } from '../../src/lib/knowledge';
import { buildDatasets, type OpenDataInput } from '../../src/lib/open-data/datasets';
import { describeFields } from '../../src/lib/open-data/fields';
import { datasetCsv } from '../../src/lib/open-data/serialize';
import { regionsLabel } from '../../src/lib/search/filters';
import { searchFacets } from '../../src/lib/search/facets';
import { mechanismSchema, type Mechanism } from '../../src/schemas/mechanisms';
import type { Model } from '../../src/schemas/models';
import type { Term } from '../../src/schemas/terms';

const root = new URL('../fixtures/kb/', import.meta.url).pathname;
const { entries } = validateKnowledgeBase(readContent(`${root}content`, root).records);
const input = Object.fromEntries(
  Object.entries(entries).map(([c, list]) => [c, list.map((r) => ({ id: r.id, data: r.data }))]),
) as unknown as KnowledgeInput;

// The fixture's implemented model (alpha, 测试) and mechanism (gamma), plus a proposal model and
// two mechanisms: one only proposed, one practised in alpha and proposed for the proposal.
const [alpha] = input.models as [Entry<Model>];
const [gamma] = input.mechanisms as [Entry<Mechanism>];
const [delta] = input.terms.filter((t) => t.id === 'delta') as [Entry<Term>];
const omega: Entry<Model> = { id: 'omega', data: { ...alpha.data, shortName: '设想', status: 'proposal', order: 1 } };
const mechanism = (id: string, title: string, models: string[], proposedFor: string[]): Entry<Mechanism> => ({
  id,
  data: mechanismSchema.parse({ ...gamma.data, title, models, proposedFor }),
});
const onlyProposed = mechanism('only-proposed', '甲清单', [], ['omega']);
const both = mechanism('both', '乙联席', ['alpha'], ['omega']);
const kb = buildKnowledgeIndex({
  ...input,
  models: [alpha, omega],
  mechanisms: [gamma, onlyProposed, both],
  terms: [{ id: 'delta', data: { ...delta.data, mechanisms: ['gamma', 'only-proposed'] } }],
});
const ids = (list: Entry<unknown>[]) => list.map((e) => e.id).sort();

describe('knowledge index', () => {
  it('lists only practised mechanisms under mechanismsOf', () => {
    expect(ids(kb.mechanismsOf('alpha'))).toEqual(['both', 'gamma']);
    expect(kb.mechanismsOf('omega')).toEqual([]);
  });
  it('lists proposed mechanisms under mechanismsProposedFor', () => {
    expect(ids(kb.mechanismsProposedFor('omega'))).toEqual(['both', 'only-proposed']);
    expect(kb.mechanismsProposedFor('alpha')).toEqual([]);
  });
});

describe('search facets', () => {
  it('keeps a proposed region in the region filter and marks it as proposed', () => {
    expect(searchFacets(kb, 'mechanisms', 'both')).toMatchObject({ regions: ['测试', '设想'], proposedRegions: ['设想'] });
    expect(searchFacets(kb, 'mechanisms', 'only-proposed')).toMatchObject({ regions: ['设想'], proposedRegions: ['设想'] });
    expect(searchFacets(kb, 'mechanisms', 'gamma')).toMatchObject({ regions: ['测试'], proposedRegions: [] });
  });
  it('gives a term the regions of its mechanisms, practice outranking a proposal', () => {
    expect(searchFacets(kb, 'terms', 'delta')).toMatchObject({ regions: ['测试', '设想'], proposedRegions: ['设想'] });
  });
  it('labels proposed regions in the result list', () => {
    expect(regionsLabel(['测试', '设想'], ['设想'])).toBe('测试、设想(建议)');
    expect(regionsLabel(['测试'], [])).toBe('测试');
  });
});

describe('open data', () => {
  const none: OpenDataInput = { sources: [], models: [], cases: [], mechanisms: [], terms: [], stages: [], events: [], figures: [], structures: [], compare: [] };
  const ds = buildDatasets({ ...none, mechanisms: [both] }).find((d) => d.name === 'mechanisms')!;
  it('documents proposedFor from the schema as an optional list', () => {
    expect(describeFields(ds.schema).find((f) => f.name === 'proposedFor')).toEqual({ name: 'proposedFor', type: '列表(文本)', required: false });
  });
  it('carries proposedFor in JSON records and as a CSV column', () => {
    expect(ds.records[0]).toMatchObject({ id: 'both', models: ['alpha'], proposedFor: ['omega'] });
    const [header, row] = datasetCsv(ds).replace(/^\uFEFF/, '').split('\r\n');
    const columns = header!.split(',').map((c) => c.replace(/"/g, ''));
    expect(columns).toContain('proposedFor');
    expect(row!.split('","')[columns.indexOf('proposedFor')]).toBe('omega');
  });
});
