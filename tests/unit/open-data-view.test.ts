import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { pickRecords, recordKey, viewCsv } from '../../src/lib/open-data/view';

const cells = [
  { model: 'jianye', dimension: 'xinxihua', status: 'reported', key: '网站', cites: [{ source: 's', at: 'a' }] },
  { model: 'shanghai', dimension: 'wenti', status: 'reported', key: '问题' },
  { model: 'shanghai', dimension: 'xinxihua', status: 'not-covered', key: '原文未涉及' },
];

describe('recordKey(fields) and pickRecords(records, keys)', () => {
  it('marks a record by its key fields', () => {
    expect(recordKey({ model: 'shanghai', dimension: 'xinxihua' })).toBe('model=shanghai&dimension=xinxihua');
    expect(recordKey({ id: '大 党' })).toBe('id=%E5%A4%A7+%E5%85%9A');
  });
  it('picks the named records in the order the page shows them, each once', () => {
    const keys = [recordKey({ model: 'shanghai', dimension: 'xinxihua' }), recordKey({ model: 'jianye', dimension: 'xinxihua' }), recordKey({ model: 'shanghai', dimension: 'xinxihua' })];
    expect(pickRecords(cells, keys).map((r) => r['model'])).toEqual(['shanghai', 'jianye']);
  });
  it('fails on a mark that names no record', () => {
    expect(() => pickRecords(cells, ['model=pudong&dimension=wenti'])).toThrow('no record for model=pudong&dimension=wenti');
  });
});

describe('viewCsv(columns, records, keys)', () => {
  it('writes the shown records with the data set’s columns: BOM, header, one row each', () => {
    const csv = viewCsv(['model', 'dimension', 'key', 'cites'], cells, ['model=jianye&dimension=xinxihua']);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['model', 'dimension', 'key', 'cites'],
      ['jianye', 'xinxihua', '网站', '[{"source":"s","at":"a"}]'],
    ]);
  });
  it('writes only the header when nothing is shown', () => {
    expect(parseCsv(viewCsv(['id'], cells, []))).toEqual([['id']]);
  });
});
