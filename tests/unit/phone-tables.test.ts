import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isBackgroundFigure, localFiguresFirst } from '../../src/lib/figures';
import { cellLabels, tableCardsPlugin, type TableNode } from '../../src/lib/markdown/table-cards-plugin';

describe('localFiguresFirst(figures)', () => {
  const entry = (id: string, kind: '成效' | '背景' | '组织建设') => ({ id, data: { kind } });

  it('moves background figures after the model’s own, keeping each group’s order', () => {
    const ordered = localFiguresFirst([entry('a', '背景'), entry('b', '组织建设'), entry('c', '背景'), entry('d', '成效')]);
    expect(ordered.map((f) => f.id)).toEqual(['b', 'd', 'a', 'c']);
  });
  it('leaves a list without background figures as it is', () => {
    expect(localFiguresFirst([entry('x', '成效'), entry('y', '组织建设')]).map((f) => f.id)).toEqual(['x', 'y']);
  });
  it('knows background by its kind alone', () => {
    expect([isBackgroundFigure({ kind: '背景' }), isBackgroundFigure({ kind: '投入' })]).toEqual([true, false]);
  });
});

describe('tableCardsPlugin()', () => {
  const render = (md: string) => markdownToHtml(md, { hastPlugins: [tableCardsPlugin()] }).html;

  it('makes a Markdown table a .stack-table and labels every body cell with its column', () => {
    const html = render('| 组成部分 | 参加者 |\n|---|---|\n| 社情民意建言会 | 社区党员和**居民群众** |\n| 社区事务评议会 | 居民代表 |\n');
    expect(html).toContain('<table class="stack-table">');
    expect(html.match(/<td[^>]*>/g)).toEqual([
      '<td data-label="组成部分">',
      '<td data-label="参加者">',
      '<td data-label="组成部分">',
      '<td data-label="参加者">',
    ]);
    // Header cells stay as they are: the thead is the table's own header on a wide screen.
    expect(html).toContain('<th>组成部分</th>');
  });
});

describe('cellLabels(table, text)', () => {
  // Each node carries the text the plugin would read from Sätteri's textContent().
  const el = (tagName: string, children: TableNode[] = [], text = ''): TableNode => ({ type: 'element', tagName, children, properties: { text } });
  const textOf = (n: TableNode) => String(n.properties?.text ?? '');

  it('pairs each body cell with the header above it and leaves a cell past the last header unlabelled', () => {
    const cells = [el('td', [], '一'), el('td', [], '二')];
    const table = el('table', [el('thead', [el('tr', [el('th', [], ' 甲 ')])]), el('tbody', [el('tr', cells)])]);
    expect(cellLabels(table, textOf)).toEqual([[cells[0], '甲']]);
  });
  it('labels nothing in a table without a header row', () => {
    expect(cellLabels(el('table', [el('tbody', [el('tr', [el('td', [], '一')])])]), textOf)).toEqual([]);
  });
});
