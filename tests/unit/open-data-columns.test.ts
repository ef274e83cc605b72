import { describe, expect, it } from 'vitest';
import { describeColumns } from '../../src/lib/open-data/columns';
import { buildDatasets, type OpenDataInput } from '../../src/lib/open-data/datasets';
import { columnsOf } from '../../src/lib/open-data/serialize';
import { modelSchema } from '../../src/schemas/models';

const empty: OpenDataInput = { sources: [], models: [], cases: [], mechanisms: [], terms: [], stages: [], events: [], figures: [], structures: [], compare: [] };
const model = (id: string, place: Record<string, string>, tags?: string[]) => ({
  id,
  data: modelSchema.parse({
    title: `${id} 模式`,
    shortName: id,
    place,
    level: '市辖区',
    period: { start: { text: '2009年4月', precision: 'month' } },
    summary: '概括',
    status: 'implemented',
    ...(tags ? { tags } : {}),
    sources: ['s002-guangming'],
    signature: '一委一居一站',
    order: 1,
    cites: [{ source: 's002-guangming', at: 'daoyu' }],
    updated: '2026-11-22',
  }),
});
const ds = buildDatasets({ ...empty, models: [model('a', { province: '江苏省', city: '南京市' }, ['甲']), model('b', { province: '上海市' }, [])] }).find((d) => d.name === 'models')!;
const columns = describeColumns(ds);
const col = (name: string) => columns.find((c) => c.name === name);

describe('describeColumns(ds)', () => {
  it('describes every CSV column, in the file’s order', () => {
    expect(columns.map((c) => c.name)).toEqual(columnsOf(ds));
  });
  it('gives a part column its own type, values and note, not the key’s', () => {
    expect(col('place.province')).toEqual({ name: 'place.province', type: '文本', required: true, note: '地点：省' });
    expect(col('status')).toMatchObject({ type: '枚举', values: ['implemented', 'proposal'] });
  });
  it('marks a column required only when the schema requires it and no record leaves it empty', () => {
    expect(col('place.city')?.required).toBe(false);
    expect(col('place.district')?.required).toBe(false);
    // tags is optional in the schema, and an empty list is an empty cell
    expect(col('tags')).toMatchObject({ type: '文本列表', required: false });
    expect(col('id')?.required).toBe(true);
  });
  it('calls lists of objects and nested objects JSON, as the CSV writes them', () => {
    expect(col('cites')?.type).toBe('JSON');
    expect(col('period')?.type).toBe('JSON');
  });
});
