import { describe, expect, it } from 'vitest';
import { groupByInitial, pinyinInitial } from '../../src/lib/glossary/initials';

describe('pinyinInitial', () => {
  it.each([
    ['wǎnggéhuà', 'W'],
    ['Ài', 'A'],
    ['ǒu', 'O'],
    ['  dǎng', 'D'],
    ['1+3', '#'],
    ['', '#'],
  ])('%s → %s', (pinyin, initial) => expect(pinyinInitial(pinyin)).toBe(initial));
});

describe('groupByInitial', () => {
  it('keeps the order given and starts a group where the initial changes', () => {
    const items = ['āi', 'ān', 'bā', 'chē', 'cí'];
    expect(groupByInitial(items, (p) => p)).toEqual([
      { initial: 'A', items: ['āi', 'ān'] },
      { initial: 'B', items: ['bā'] },
      { initial: 'C', items: ['chē', 'cí'] },
    ]);
  });

  it('gives no group for no items', () => {
    expect(groupByInitial([], (p: string) => p)).toEqual([]);
  });
});
