import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-content';
import { validateKnowledgeBase } from '../../src/lib/content/validate';
import { buildKnowledgeIndex, type KnowledgeInput } from '../../src/lib/knowledge';
import { eventRecords, filterValues, periodsOf, searchFacets } from '../../src/lib/search/facets';

const root = new URL('../fixtures/kb/', import.meta.url).pathname;
const { entries } = validateKnowledgeBase(readContent(`${root}content`, root).records);
const kb = buildKnowledgeIndex(
  Object.fromEntries(Object.entries(entries).map(([c, list]) => [c, list.map((r) => ({ id: r.id, data: r.data }))])) as unknown as KnowledgeInput,
);

describe('periodsOf(dates)', () => {
  it.each([
    [[{ text: '2009年4月', precision: 'month' as const }], ['2000年代']],
    [[{ text: '约从1992年到2001年', precision: 'range' as const, reason: '约' }], ['1990年代', '2000年代']],
    [[{ text: '2004年至今', precision: 'range' as const }], ['2000年代']],
    [[{ text: '20世纪90年代中期', precision: 'approximate' as const, reason: '原文' }], ['1990年代']],
    [[{ text: '今年4月', precision: 'year-unknown' as const, reason: '原文' }, { text: '2019-08-26', precision: 'day' as const }], ['2010年代', '年份不详']],
    [[], []],
  ])('periodsOf(%j) is %j', (dates, expected) => {
    expect(periodsOf(dates)).toEqual(expected);
  });
});

describe('searchFacets(kb, collection, id)', () => {
  it('gives a model its region, the periods of its dates and events, and its place names', () => {
    expect(searchFacets(kb, 'models', 'alpha')).toEqual({
      type: '模式',
      regions: ['测试'],
      proposedRegions: [],
      periods: ['2000年代', '年份不详'],
      names: ['测试', '南京市'],
      aliases: ['测试模式'],
      pinyin: ['ceshi', 'nanjingshi', 'ceshimoshi'],
    });
  });

  it('gives names and aliases their pinyin, a term its own pinyin field first', () => {
    expect(searchFacets(kb, 'terms', 'delta').pinyin).toEqual(['zhuqudanwei', 'xiaqudanwei']);
    expect(searchFacets(kb, 'mechanisms', 'gamma').pinyin).toEqual(['sanhuiyizhan', 'sanhuiyizhanjizhi']);
  });
  it('gives long-titled entries (cases, sources, structures) no pinyin', () => {
    expect(searchFacets(kb, 'cases', 'beta').pinyin).toBeUndefined();
  });

  it('gives a mechanism its aliases, and a term its aliases and English gloss', () => {
    expect(searchFacets(kb, 'mechanisms', 'gamma')).toMatchObject({ type: '机制', regions: ['测试'], names: ['三会一站'], aliases: ['三会一站机制'] });
    expect(searchFacets(kb, 'terms', 'delta')).toMatchObject({ type: '术语', regions: ['测试'], names: ['驻区单位'], aliases: ['辖区单位', 'units located in the area'] });
  });

  it('gives a source its authors and outlet, and the decade it was published', () => {
    expect(searchFacets(kb, 'sources', 's-test')).toMatchObject({ type: '资料来源', periods: ['2010年代'], aliases: ['测试作者', '测试日报'] });
  });

  it('leaves entries without dates of their own out of the period filter', () => {
    expect(searchFacets(kb, 'cases', 'beta')).toMatchObject({ type: '案例', regions: ['测试'], periods: [], names: ['测试案例', '某区某街道'] });
    expect(searchFacets(kb, 'structures', 'alpha-core')).toMatchObject({ type: '结构', periods: [], names: [], aliases: ['测试结构'] });
  });

  it('throws on an unknown id', () => {
    expect(() => searchFacets(kb, 'structures', 'nope')).toThrow('unknown structure: nope');
  });
});

describe('eventRecords(kb)', () => {
  it('points each event at its place on the model page, with its date and model in the text', () => {
    expect(eventRecords(kb)).toEqual([
      {
        path: 'models/alpha/#event-alpha-start',
        title: '开始试点',
        content: '2009年4月，测试：开始试点。测试事件。',
        facets: { type: '事件', regions: ['测试'], proposedRegions: [], periods: ['2000年代'], names: ['开始试点'], aliases: [] },
      },
      {
        path: 'models/alpha/#event-alpha-visit',
        title: '调研',
        content: '11月4日(年份不详)，测试：调研。测试事件。',
        facets: { type: '事件', regions: ['测试'], proposedRegions: [], periods: ['年份不详'], names: ['调研'], aliases: [] },
      },
    ]);
  });
});

describe('filterValues(kb)', () => {
  it('offers every type, region and period that some entry has', () => {
    expect(filterValues(kb)).toEqual({
      类型: ['模式', '案例', '机制', '术语', '资料来源', '结构', '事件'],
      地区: ['测试'],
      时期: ['2000年代', '2010年代', '年份不详'],
    });
  });
});

describe('a target date (到2030年)', () => {
  const input = Object.fromEntries(Object.entries(entries).map(([c, list]) => [c, list.map((r) => ({ id: r.id, data: r.data }))])) as unknown as KnowledgeInput;
  const goal = { ...input.events[0]!, id: 'alpha-goal', data: { ...input.events[0]!.data, id: 'alpha-goal', date: { text: '到2030年', precision: 'year' as const }, target: true, title: '目标' } };
  const withGoal = buildKnowledgeIndex({ ...input, events: [...input.events, goal] });

  it('gives its model no period, and its own record none', () => {
    expect(searchFacets(withGoal, 'models', 'alpha').periods).toEqual(['2000年代', '年份不详']);
    expect(eventRecords(withGoal).find((r) => r.title === '目标')?.facets.periods).toEqual([]);
  });
});
