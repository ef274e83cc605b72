import { describe, expect, it } from 'vitest';
import { countsText, describeNode, relationPhrase, relationsOf, structureCounts } from '../../src/lib/diagram/describe';
import { SAMPLE_STRUCTURE } from './diagram-fixtures';

describe('relationsOf(structure, node)', () => {
  it('lists both directions in content order, with the source wording', () => {
    expect(relationsOf(SAMPLE_STRUCTURE, 'juweihui').map((r) => [r.relation, r.direction, r.other.id, r.label])).toEqual([
      ['领导', 'in', 'dangwei', '社区党委领导'],
      ['监督', 'out', 'zhan', undefined],
      ['联动', 'in', 'danwei', undefined],
      ['指导', 'out', 'xiehui', undefined],
    ]);
  });
});

describe('relationPhrase(relation)', () => {
  it('says which way a relation runs', () => {
    expect(relationPhrase({ relation: '领导', direction: 'out', other: { label: '社区居委会' } })).toBe('领导（指向 社区居委会）');
    expect(relationPhrase({ relation: '报到', direction: 'in', other: { label: '区直单位党员' } })).toBe('报到（来自 区直单位党员）');
  });
});

describe('describeNode(structure, node)', () => {
  it('names the unit, its kind and every relation, for screen readers', () => {
    expect(describeNode(SAMPLE_STRUCTURE, 'zhan')).toBe(
      '社区管理服务站，服务平台。3条关系：领导（来自 社区党委）；双重领导（来自 街道办事处）；监督（来自 社区居委会）',
    );
  });

  it('fails with the unknown id', () => {
    expect(() => describeNode(SAMPLE_STRUCTURE, 'nope')).toThrow('unknown node: nope');
  });
});

describe('structureCounts / countsText', () => {
  it('counts units, levels, relations and relation types', () => {
    expect(structureCounts(SAMPLE_STRUCTURE)).toEqual({ nodes: 7, levels: 4, edges: 8, relationTypes: 7, partyOrganisations: 1 });
    expect(countsText(SAMPLE_STRUCTURE)).toBe('7个组织单元，4层，8条关系（7种）');
  });
});
