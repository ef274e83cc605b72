import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../src/lib/compare/matrix';
import { defaultSelection, parseSelection, rowDiffers, selectionQuery } from '../../src/lib/compare/selection';
import { COMPARE_DIMENSIONS } from '../../src/schemas/compare';

const choices = {
  models: ['shanghai', 'pudong', 'jianye', 'shihe', 'guangdong'],
  dimensions: [...COMPARE_DIMENSIONS],
};
const all = defaultSelection(choices);

describe('parseSelection(search, choices)', () => {
  it('returns everything for an empty query', () => {
    expect(parseSelection('', choices)).toEqual({ models: choices.models, dimensions: choices.dimensions, diff: false });
  });
  it('keeps the matrix order and drops unknown and repeated ids', () => {
    expect(parseSelection('?m=jianye,nowhere,shanghai,jianye&d=wenti,xyz,lingdao-hexin&diff=1', choices)).toEqual({
      models: ['shanghai', 'jianye'],
      dimensions: ['lingdao-hexin', 'wenti'],
      diff: true,
    });
  });
  it('falls back to every model when fewer than two remain', () => {
    expect(parseSelection('?m=jianye', choices).models).toEqual(choices.models);
  });
  it('falls back to every dimension when none remains', () => {
    expect(parseSelection('?d=nothing', choices).dimensions).toEqual(choices.dimensions);
  });
  it('keeps at most five models', () => {
    const six = { ...choices, models: [...choices.models, 'extra'] };
    expect(parseSelection(`?m=${six.models.join(',')}`, six).models).toHaveLength(5);
  });
});

describe('selectionQuery(selection, choices)', () => {
  it('is empty for the default selection', () => {
    expect(selectionQuery(all, choices)).toBe('');
  });
  it('writes only what differs from the default', () => {
    expect(selectionQuery({ models: ['jianye', 'shanghai'], dimensions: choices.dimensions, diff: true }, choices)).toBe(
      '?m=shanghai,jianye&diff=1',
    );
    expect(selectionQuery({ models: choices.models, dimensions: ['wenti', 'cengji-jiagou'], diff: false }, choices)).toBe(
      '?d=cengji-jiagou,wenti',
    );
  });
  it('round-trips through parseSelection', () => {
    const sel = { models: ['pudong', 'shihe', 'guangdong'], dimensions: ['xinxihua', 'chengxiao'], diff: true };
    expect(parseSelection(selectionQuery(sel, choices), choices)).toEqual(sel);
  });
});

describe('rowDiffers(keys)', () => {
  it('is false when every key is the same, ignoring punctuation and spaces', () => {
    expect(rowDiffers(['原文未涉及', '原文未涉及。', ' 原文未涉及'])).toBe(false);
  });
  it('is true when any key differs', () => {
    expect(rowDiffers(['社区党委', '社区（街道）党工委'])).toBe(true);
  });
});

describe('buildMatrix(models, entries)', () => {
  it('gives one row per dimension in the fixed order and one cell per model, empty where a file is missing', () => {
    const cell = { dimension: 'wenti' as const, status: 'reported' as const, key: 'k', text: 't', mechanisms: [], figures: [], cites: [{ source: 's', at: 'a' }] };
    const rows = buildMatrix(['a', 'b'], [{ id: 'a', data: { cells: [cell], updated: '2026-01-01' } }]);
    expect(rows.map((r) => r.dimension)).toEqual([...COMPARE_DIMENSIONS]);
    const wenti = rows.find((r) => r.dimension === 'wenti');
    expect(wenti?.label).toBe('已知问题');
    expect(wenti?.cells).toEqual([{ model: 'a', cell }, { model: 'b', cell: undefined }]);
  });
});
