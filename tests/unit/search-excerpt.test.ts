import { describe, expect, it } from 'vitest';
import { excerptParts, plainExcerpt, showsSamePassage } from '../../src/lib/search/excerpt';

describe('excerptParts(excerpt)', () => {
  it('splits highlights from text and merges neighbouring highlights', () => {
    expect(excerptParts('实行<mark>大</mark><mark>党</mark>工委制')).toEqual([
      { text: '实行', mark: false },
      { text: '大党', mark: true },
      { text: '工委制', mark: false },
    ]);
  });

  it('unescapes < and > and drops word breaks, so text can be shown as text', () => {
    expect(excerptParts('a &lt;b&gt; <mark>双\u200b报到</mark>')).toEqual([
      { text: 'a <b> ', mark: false },
      { text: '双报到', mark: true },
    ]);
  });

  it('never yields markup from the index as markup', () => {
    const parts = excerptParts('<mark>&lt;img src=x onerror=alert(1)&gt;</mark>');
    expect(parts).toEqual([{ text: '<img src=x onerror=alert(1)>', mark: true }]);
  });
});

describe('showsSamePassage(page, sub)', () => {
  const page = excerptParts('推行在职党员“<mark>双报到</mark>”。又称在职党员双报到');
  it('is true when the sub-result excerpt shows the page excerpt’s passage', () => {
    expect(showsSamePassage(page, excerptParts('浦东也推行在职党员“<mark>双报到</mark>”。'))).toBe(true);
  });
  it('is false for another passage, or one without a highlight', () => {
    expect(showsSamePassage(page, excerptParts('单位党组织和在职党员到社区<mark>双报到</mark>，登记'))).toBe(false);
    expect(showsSamePassage(page, excerptParts('推行在职党员'))).toBe(false);
  });
  it('plainExcerpt joins the parts', () => {
    expect(plainExcerpt(page)).toBe('推行在职党员“双报到”。又称在职党员双报到');
  });
});

describe('excerptParts reads as sentences', () => {
  it('drops punctuation left at the start by the excerpt’s cut', () => {
    expect(plainExcerpt(excerptParts('. 五星街道“大党（工）委制”试点. 浉河区首批'))).toBe('五星街道“大党（工）委制”试点。浉河区首批');
    expect(plainExcerpt(excerptParts('，、<mark>社区</mark>党委'))).toBe('社区党委');
  });

  it('turns Pagefind’s “. ” between Chinese blocks into 。, also right after a highlight', () => {
    expect(excerptParts('<mark>网格化管理</mark>. 把辖区划成网格')).toEqual([
      { text: '网格化管理', mark: true },
      { text: '。把辖区划成网格', mark: false },
    ]);
  });

  it('leaves stops in English and numbers alone', () => {
    expect(plainExcerpt(excerptParts('英文：grid-based management. 又称 3.5 万'))).toBe('英文：grid-based management. 又称 3.5 万');
  });
});
