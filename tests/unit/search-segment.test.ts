import { describe, expect, it } from 'vitest';
import { hasHan, markWordBreaks, segmentWords, spaceWords, stripWordBreaks, WORD_BREAK } from '../../src/lib/search/segment';

/** Shows word breaks as | so expectations stay readable. */
const shown = (s: string) => s.replaceAll(WORD_BREAK, '|');

describe('segmentWords(text)', () => {
  it.each([
    ['浉河区实行大党工委制', ['浉', '河', '区', '实行', '大', '党', '工委', '制']],
    ['大党（工）委制', ['大', '党', '工', '委', '制']],
    ['“1+3”领导体制', ['1', '+', '3', '领导', '体制']],
    ['13607名', ['13607', '名']],
    ["residents' committee", ['residents', 'committee']],
  ])('segmentWords(%j) is %j', (text, words) => {
    expect(segmentWords(text)).toEqual(words);
  });
});

describe('markWordBreaks(text)', () => {
  it('puts a word break between words and punctuation, never next to a space', () => {
    expect(shown(markWordBreaks('双报到制度，在职党员'))).toBe('双|报到|制度|，|在|职|党员');
    expect(shown(markWordBreaks('grid-based management'))).toBe('grid|-|based management');
  });

  it('changes nothing a reader sees', () => {
    const text = '据报告，全区有党员13607名（2010年）。';
    expect(stripWordBreaks(markWordBreaks(text))).toBe(text);
  });
});

describe('spaceWords(text)', () => {
  it('joins the words with spaces and drops punctuation except +', () => {
    expect(spaceWords('“1+3”领导体制')).toBe('1 + 3 领导 体制');
    expect(spaceWords('大党（工）委制')).toBe('大 党 工 委 制');
  });
});

describe('hasHan(text)', () => {
  it.each([
    ['双报到', true],
    ['1+3', false],
    ['grid 网格', true],
  ])('hasHan(%j) is %j', (text, expected) => {
    expect(hasHan(text)).toBe(expected);
  });
});
