import { describe, expect, it } from 'vitest';
import { hasFilters, isQuoted, joinWords, nameKey, normalizeQuery, queryWords, readSearchState, searchParams } from '../../src/lib/search/query';
import { namesOf } from '../../src/lib/search/ranking';

describe('normalizeQuery(raw)', () => {
  it.each([
    ['  大党（工）委制 ', '大党(工)委制'],
    ['1＋3', '1+3'],
    ['ｇｒｉｄ   管理', 'grid 管理'],
    ['x'.repeat(100), 'x'.repeat(64)],
  ])('normalizeQuery(%j) is %j', (raw, expected) => {
    expect(normalizeQuery(raw)).toBe(expected);
  });
});

describe('isQuoted(q)', () => {
  it.each([
    ['"党组织"', true],
    ['“党组织”', true],
    ['党组织', false],
    ['"', false],
  ])('isQuoted(%j) is %j', (q, expected) => {
    expect(isQuoted(q)).toBe(expected);
  });
});

describe('queryWords(q) and joinWords(words)', () => {
  it('splits as the index does, lower-cased', () => {
    expect(queryWords('在职党员双报到')).toEqual(['在', '职', '党员', '双', '报到']);
    expect(queryWords('Grid-based Management')).toEqual(['grid', 'based', 'management']);
  });
  it.each([
    [['白领', '驿', '家'], '白领驿家'],
    [['homeowners', 'committee'], 'homeowners committee'],
    [['1', '+', '3'], '1+3'],
    [['i', '党', '建'], 'i党建'],
  ])('joinWords(%j) is %j', (words, text) => {
    expect(joinWords(words)).toBe(text);
  });
});

describe('nameKey(text)', () => {
  it('gives spellings that differ only in brackets, quotes, spaces and width the same key', () => {
    expect(nameKey('大党（工）委制')).toBe(nameKey('大党(工)委制'));
    expect(nameKey('“1+3”领导体制')).toBe(nameKey('1 + 3 领导 体制'));
    expect(nameKey("Residents' Committee")).toBe('residentscommittee');
    expect(nameKey('大工委')).not.toBe(nameKey('大党委'));
  });
});

describe('namesOf(meta)', () => {
  it('lists the names and aliases the index builder separated', () => {
    expect(namesOf({ name: '双 报到 /', aliases: '在 职 党员 双 报到 / 双 报到 制度 /', title: '双报到' })).toEqual([
      '双 报到',
      '在 职 党员 双 报到',
      '双 报到 制度',
    ]);
    expect(namesOf({})).toEqual([]);
  });
});

describe('the search state in the URL', () => {
  it('reads the query and the filters, ignoring empty values', () => {
    const state = readSearchState(new URLSearchParams('q=%20双报到%20&type=机制&type=术语&region=&period=2000年代&other=x'));
    expect(state).toEqual({ q: '双报到', filters: { 类型: ['机制', '术语'], 时期: ['2000年代'] } });
    expect(hasFilters(state)).toBe(true);
    expect(hasFilters(readSearchState(new URLSearchParams('q=x')))).toBe(false);
  });

  it('writes parameters in a fixed order, so the same search gives the same link', () => {
    const params = searchParams({ q: '1+3', filters: { 时期: ['2000年代'], 类型: ['机制'] } });
    expect(params.toString()).toBe('q=1%2B3&type=%E6%9C%BA%E5%88%B6&period=2000%E5%B9%B4%E4%BB%A3');
    expect(readSearchState(params)).toEqual({ q: '1+3', filters: { 类型: ['机制'], 时期: ['2000年代'] } });
    expect(searchParams({ q: '', filters: {} }).toString()).toBe('');
  });
});
