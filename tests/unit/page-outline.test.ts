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

  it('gives an h2 without an id one from its text: ASCII, the same on every build, unique on the page', () => {
    const first = outlinePage('<h2>阶段</h2><h2>阶段</h2><h2>成效</h2>');
    const [a, b, c] = first.headings.map((h) => h.id);
    expect(a).toMatch(/^sec-[0-9a-f]{8}$/);
    expect(b).toBe(`${a}-2`);
    expect(c).not.toBe(a);
    expect(first.html).toBe(`<h2 id="${a}">阶段</h2><h2 id="${b}">阶段</h2><h2 id="${c}">成效</h2>`);
    expect(outlinePage('<h2>阶段</h2>').headings[0]?.id).toBe(a);
  });

  it('gives an id to an h3 only inside an article, where it gets an anchor', () => {
    expect(outlinePage('<h3>卡片</h3>').html).toBe('<h3>卡片</h3>');
    expect(outlinePage('<article><h3>阶段</h3></article>').headings[0]?.id).toMatch(/^sec-/);
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

  it('escapes the heading text it writes into the link', () => {
    const { html } = outlinePage('<article><h2 id="x">A &amp; "B" &lt;C&gt;</h2></article>');
    expect(html).toContain('链接到本节：A &amp; &quot;B&quot; &lt;C&gt;');
  });
});
