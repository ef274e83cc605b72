import { describe, expect, it } from 'vitest';
import { prepareHtmlForIndex } from '../../src/lib/search/index-html';
import { NAME_FIELDS } from '../../src/lib/search/ranking';
import { WORD_BREAK } from '../../src/lib/search/segment';

const prepare = (html: string) => prepareHtmlForIndex(html, NAME_FIELDS).replaceAll(WORD_BREAK, '|');

describe('prepareHtmlForIndex(html, spacedMeta)', () => {
  it('marks word breaks in text and leaves tags and attributes alone', () => {
    expect(prepare('<p class="lede" aria-label="双报到制度">双报到制度<br>在职党员</p>')).toBe(
      '<p class="lede" aria-label="双报到制度">双|报到|制度<br>在|职|党员</p>',
    );
  });

  it('keeps entity references whole', () => {
    expect(prepare('<p>“社区&amp;街道”&lt;党组织&gt;</p>')).toBe('<p>“|社区|&amp;|街道|”|&lt;|党|组织|&gt;</p>');
  });

  it('joins the words of each name with spaces and ends each name with a separator', () => {
    expect(prepare('<span data-pagefind-meta="aliases"><span>大党(工)委制</span><span>1+3</span></span>')).toBe(
      '<span data-pagefind-meta="aliases"><span>大 党 工 委 制 / </span><span>1 + 3 / </span></span>',
    );
  });

  it('leaves filter and sort values read from text exactly as written', () => {
    expect(prepare('<span data-pagefind-filter="类型">资料来源</span><b data-pagefind-sort="date">2010年12月</b>')).toBe(
      '<span data-pagefind-filter="类型">资料来源</span><b data-pagefind-sort="date">2010年12月</b>',
    );
  });

  it('treats other metadata read from text (the title) as page text', () => {
    expect(prepare('<h1 data-pagefind-meta="title">三会一站</h1>')).toBe('<h1 data-pagefind-meta="title">三|会|一站</h1>');
  });

  it('keeps hidden elements, closed dialogs and templates out of the index', () => {
    expect(prepare('<div hidden>甲</div><DIV HIDDEN class="x">乙</DIV><dialog>丙</dialog><dialog open>丁</dialog><template>戊</template>')).toBe(
      '<div data-pagefind-ignore hidden>甲</div><DIV data-pagefind-ignore HIDDEN class="x">乙</DIV><dialog data-pagefind-ignore>丙</dialog><dialog open>丁</dialog><template data-pagefind-ignore>戊</template>',
    );
  });

  it('respects an ignore already there, and content meant to be found (hidden="until-found")', () => {
    expect(prepare('<div hidden data-pagefind-ignore="all">甲</div><div hidden="until-found">乙</div>')).toBe(
      '<div hidden data-pagefind-ignore="all">甲</div><div hidden="until-found">乙</div>',
    );
  });

  it('never touches scripts and styles', () => {
    const html = '<script>const a = "双报到";</script><style>.a::after{content:"双报到"}</style>';
    expect(prepare(html)).toBe(html);
  });
});

describe('prepareHtmlForIndex: terms and descriptions read as sentences', () => {
  it('ends a term with ：and a description with 。 when their text has no punctuation', () => {
    const html = '<dl><dt>拼音</dt><dd>wǎnggéhuà guǎnlǐ</dd><dt>英文</dt><dd><span>grid-based management</span></dd></dl>';
    expect(prepareHtmlForIndex(html, []).replaceAll('\u200b', '')).toBe(
      '<dl><dt>拼音：</dt><dd>wǎnggéhuà guǎnlǐ。</dd><dt>英文：</dt><dd><span>grid-based management</span>。</dd></dl>',
    );
  });

  it('adds nothing where the text already ends with punctuation, or inside hidden metadata', () => {
    expect(prepareHtmlForIndex('<dl><dt>说明：</dt><dd>见原文。</dd></dl>', []).replaceAll('\u200b', '')).toBe('<dl><dt>说明：</dt><dd>见原文。</dd></dl>');
    expect(prepareHtmlForIndex('<dl><dd data-pagefind-filter="地区">浦东</dd></dl>', [])).toBe('<dl><dd data-pagefind-filter="地区">浦东</dd></dl>');
  });
});

describe('prepareHtmlForIndex: a closing quote is not a stop', () => {
  it('ends a description that ends with a quote', () => {
    expect(prepareHtmlForIndex('<dl><dd>“大党（工）委制”</dd></dl>', []).replaceAll('\u200b', '')).toBe('<dl><dd>“大党（工）委制”。</dd></dl>');
  });
});
