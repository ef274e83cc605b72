import { describe, expect, it } from 'vitest';
import { ROW_VERDICT_TEXT, rowVerdict } from '../../src/lib/compare/selection';

const silent = { key: '原文未涉及', status: 'not-covered' };

describe('rowVerdict(cells)', () => {
  it('says no source covers a row where every shown cell is not-covered, never that the models agree', () => {
    expect(rowVerdict([silent, silent])).toBe('none-covered');
    expect(ROW_VERDICT_TEXT[rowVerdict([silent, silent, silent])]).toBe('各来源均未涉及');
  });
  it('compares the keys when at least one cell reports something', () => {
    expect(rowVerdict([{ key: '社区党委', status: 'reported' }, { key: '社区党委。', status: 'reported' }])).toBe('same');
    expect(rowVerdict([{ key: '社区党委', status: 'reported' }, silent])).toBe('differs');
    expect(rowVerdict([{ key: '社区党委', status: 'reported' }, { key: '大党工委', status: 'proposal' }])).toBe('differs');
  });
  it('keeps the three texts apart', () => {
    expect(new Set(Object.values(ROW_VERDICT_TEXT)).size).toBe(3);
  });
});
