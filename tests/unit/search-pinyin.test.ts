import { describe, expect, it } from 'vitest';
import { pinyinAliases } from '../../src/lib/search/pinyin-names';
import { pinyinKey, pinyinQuery } from '../../src/lib/search/pinyin';

describe('pinyinQuery(query)', () => {
  it.each([
    ['da gong wei', 'dagongwei'],
    ['dàgōngwěi', 'dagongwei'],
    ['Dà Gōng Wěi', 'dagongwei'],
    ['jūmín wěiyuánhuì', 'juminweiyuanhui'],
    ["xi'an", 'xian'],
    ['lǜ', 'lu'],
  ])('brings %s to the index form %s', (query, key) => {
    expect(pinyinQuery(query)).toBe(key);
  });
  it.each(['dagongwei', 'homeowners committee', 'grid-based management', 'New Public Management', '大工委', '1+3', 'blockchain'])(
    'leaves %s alone',
    (query) => {
      expect(pinyinQuery(query)).toBeUndefined();
    },
  );
});

describe('pinyinKey(text) and pinyinAliases(names, known)', () => {
  it('drops tones, spaces and punctuation', () => {
    expect(pinyinKey('liǎng jí zhèngfǔ, sān jí guǎnlǐ')).toBe('liangjizhengfusanjiguanli');
  });
  it('gives each Chinese name its pinyin once, the known pinyin first, and skips names without Chinese', () => {
    expect(pinyinAliases(['大工委', '大党（工）委制', '1+3', 'Party'], ['Dà gōngwěi'])).toEqual(['dagongwei', 'dadanggongweizhi']);
  });
  it('leaves out names too long to be typed in pinyin, but never a known reading', () => {
    expect(pinyinAliases(['上海社区党建领导体制改革探索'], ['shàngmiàn qiān tiáo xiàn, xiàmiàn yì gēn zhēn'])).toEqual(['shangmianqiantiaoxianxiamianyigenzhen']);
  });
});
