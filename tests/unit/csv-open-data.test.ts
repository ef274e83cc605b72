/**
 * The open data: every schema field is documented, records validate against the content schemas,
 * and the CSV keeps every column.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { buildDatasets, recordForSchema, type OpenDataInput } from '../../src/lib/open-data/datasets';
import { fieldNote } from '../../src/lib/open-data/field-notes';
import { describeFields } from '../../src/lib/open-data/fields';
import { columnsOf, csvCell, datasetCsv, datasetJson } from '../../src/lib/open-data/serialize';
import { modelSchema } from '../../src/schemas/models';

const empty: OpenDataInput = { sources: [], models: [], cases: [], mechanisms: [], terms: [], stages: [], events: [], figures: [], structures: [], compare: [] };
const model = {
  id: 'jianye',
  data: modelSchema.parse({
    title: '建邺“一委一居一站”',
    shortName: '建邺',
    place: { province: '江苏省', city: '南京市', district: '建邺区' },
    level: '市辖区',
    period: { start: { text: '2009年4月', precision: 'month' } },
    summary: '测试，“引号”与逗号,都在。',
    status: 'implemented',
    tags: ['甲', '乙'],
    sources: ['s002-guangming'],
    signature: '一委一居一站',
    order: 2,
    cites: [{ source: 's002-guangming', at: 'daoyu' }],
    updated: '2026-11-22',
  }),
};
const datasets = buildDatasets({ ...empty, models: [model] });

describe('buildDatasets(kb)', () => {
  it('publishes models, cases, mechanisms, terms, events, figures, structure nodes and edges', () => {
    expect(datasets.map((d) => d.name)).toEqual(
      expect.arrayContaining(['models', 'cases', 'mechanisms', 'terms', 'events', 'figures', 'structure-nodes', 'structure-edges']),
    );
  });
  it.each(datasets.map((d) => [d.name, d] as const))('documents every field of %s', (_, ds) => {
    const missing = [ds.key.field, ...describeFields(ds.schema).map((f) => f.name)].filter((f) => f !== ds.key.field && !fieldNote(ds.name, f));
    expect(missing).toEqual([]);
  });
  it('gives records that validate against the content schema once the key is removed', () => {
    const ds = datasets.find((d) => d.name === 'models')!;
    expect(ds.records).toHaveLength(1);
    expect(ds.schema.parse(recordForSchema(ds, ds.records[0]!))).toEqual(model.data);
  });
});

describe('describeFields(schema)', () => {
  it('reads names, types, required flags and enum values from the Zod schema', () => {
    const fields = describeFields(modelSchema);
    expect(fields.find((f) => f.name === 'title')).toEqual({ name: 'title', type: '文本', required: true });
    expect(fields.find((f) => f.name === 'tags')).toEqual({ name: 'tags', type: '列表(文本)', required: false });
    expect(fields.find((f) => f.name === 'status')).toEqual({ name: 'status', type: '枚举', required: true, values: ['implemented', 'proposal'] });
    expect(fields.find((f) => f.name === 'updated')?.type).toBe('文本');
  });
});

describe('datasetCsv(ds) and datasetJson(ds)', () => {
  const ds = datasets.find((d) => d.name === 'models')!;
  it('writes one column per field, lists joined with “；”, one column per part of a plain object, other nested values as JSON', () => {
    const [header, row] = parseCsv(datasetCsv(ds));
    expect(header).toEqual(columnsOf(ds));
    const cell = (name: string) => row?.[header!.indexOf(name)];
    expect(cell('id')).toBe('jianye');
    expect(cell('summary')).toBe('测试，“引号”与逗号,都在。');
    expect(cell('tags')).toBe('甲；乙');
    expect(header).not.toContain('place');
    for (const [part, value] of Object.entries(model.data.place)) expect(cell(`place.${part}`)).toBe(value);
    expect(JSON.parse(cell('cites') as string)).toEqual(model.data.cites);
  });
  it('splits a date into its text, precision and, for a vague date, reason and lower bound', () => {
    const events = datasets.find((d) => d.name === 'events')!;
    const columns = columnsOf(events);
    expect(columns.filter((c) => c.startsWith('date'))).toEqual(['date.text', 'date.precision', 'date.reason', 'date.notBefore']);
  });
  it('writes numbers and booleans as they are and nothing for absent values', () => {
    expect([csvCell(3), csvCell(true), csvCell(undefined)]).toEqual([3, true, '']);
  });
  it('wraps the records in a header naming the data set and licence', () => {
    const json = JSON.parse(datasetJson(ds, { site: '社区党建模式库', licence: 'CC BY 4.0', documentation: 'https://x/data/' }));
    expect(json).toMatchObject({ dataset: 'models', licence: 'CC BY 4.0', records: [{ id: 'jianye' }] });
  });
});
