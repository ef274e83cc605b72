import { describe, expect, it } from 'vitest';
import { anchorName, outlinePage } from '../../src/lib/page-outline';

describe('outlinePage(html)', () => {
  it('lists the visible h2 and h3 in document order, with their text', () => {
    const { headings } = outlinePage('<h2 id="a">概况</h2><p>…</p><h3 id="b">试点 <em>2008</em></h3><h4 id="c">x</h4>');
    expect(headings).toEqual([
      { depth: 2, id: 'a', text: '概况' },
      { depth: 3, id: 'b', text: '试点 2008' },
    ]);
  });

  it('leaves out headings in navigation, templates, closed dialogs and hidden elements', () => {
    const html = '<nav><h2 id="t">本页目录</h2></nav><template><h2 id="u">单位</h2></template><dialog><h2 id="d">对话</h2></dialog><div hidden><h2 id="h">隐藏</h2></div><h2 id="ok">成效</h2>';
    expect(outlinePage(html).headings.map((h) => h.id)).toEqual(['ok']);
  });

  it('gives a heading without an id one from its text, unique on the page', () => {
    const { html, headings } = outlinePage('<p id="阶段">x</p><h3>阶段</h3><h3>阶段</h3>');
    expect(headings.map((h) => h.id)).toEqual(['阶段-2', '阶段-3']);
    expect(html).toBe('<p id="阶段">x</p><h3 id="阶段-2">阶段</h3><h3 id="阶段-3">阶段</h3>');
  });

  it('puts a link to itself beside each heading of an article, named for screen readers and kept out of search', () => {
    const { html } = outlinePage('<article><h2 id="zuzhi" class="x">组织架构</h2><p>正文</p></article>');
    expect(html).toMatch(/^<article><div class="heading-anchored"><h2 id="zuzhi" class="x">组织架构<\/h2><a class="heading-anchor" data-pagefind-ignore href="#zuzhi"><svg [^>]*aria-hidden="true"[^>]*>.*<\/svg><span class="visually-hidden">链接到本节：组织架构<\/span><\/a><\/div><p>正文<\/p><\/article>$/);
    expect(anchorName('组织架构')).toBe('链接到本节：组织架构');
  });

  it('adds no link outside articles or inside their controls (data-pagefind-ignore)', () => {
    const html = '<h2 id="a">甲</h2><article><section data-pagefind-ignore="all"><h2 id="b">引用本页</h2></section></article>';
    const out = outlinePage(html);
    expect(out.html).toBe(html);
    expect(out.headings.map((h) => h.id)).toEqual(['a', 'b']);
  });

  it('escapes what it writes into attributes and text', () => {
    const { html } = outlinePage('<article><h2>A &amp; "B"</h2></article>');
    expect(html).toContain('<h2 id="A-&amp;-&quot;B&quot;">');
    expect(html).toContain('链接到本节：A &amp; &quot;B&quot;');
  });
});
