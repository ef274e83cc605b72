/**
 * A build-time HAST plugin for Astro's Markdown processor (Sätteri, `markdown.processor` in
 * astro.config.mjs) that makes every Markdown table a `.stack-table` (src/styles/global.css): each
 * body cell gets its column's header text as `data-label`, which a phone shows above the cell once
 * the rows become cards. Writers keep plain Markdown tables; no column is lost on a phone.
 */

/** The element shape the plugin reads (structurally compatible with `hast`). */
export interface TableNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: TableNode[];
}

/** The visitor context calls the plugin uses (a subset of Sätteri's HastVisitorContext). */
interface VisitorContext {
  setProperty(node: object, key: string, value: unknown): void;
  textContent(node: object): string;
}

/** The class that turns a table's rows into cards on a phone. */
const STACK_TABLE_CLASS = 'stack-table';

const elements = (node: TableNode | undefined, tag: string): TableNode[] =>
  (node?.children ?? []).filter((c) => c.type === 'element' && c.tagName === tag);

/**
 * Each body cell of a table with the header it sits under: `[cell, label]` pairs, in document
 * order. Cells past the last header get none.
 *
 * @example cellLabels(table, (n) => text(n)) // [[td₁, '组成部分'], [td₂, '参加者'], …]
 */
export function cellLabels(table: TableNode, text: (node: TableNode) => string): [TableNode, string][] {
  const headers = elements(elements(elements(table, 'thead')[0], 'tr')[0], 'th').map((th) => text(th).trim());
  return elements(table, 'tbody')
    .flatMap((body) => elements(body, 'tr'))
    .flatMap((row) => elements(row, 'td').flatMap((td, i): [TableNode, string][] => (headers[i] ? [[td, headers[i]]] : [])));
}

/** The plugin factory for `satteri({ hastPlugins: [tableCardsPlugin()] })`. */
export function tableCardsPlugin() {
  return () => ({
    name: 'table-cards',
    element: {
      filter: ['table'],
      visit(node: TableNode, ctx: VisitorContext) {
        const className = node.properties?.className;
        ctx.setProperty(node, 'className', [...(Array.isArray(className) ? className : []), STACK_TABLE_CLASS]);
        for (const [cell, label] of cellLabels(node, (n) => ctx.textContent(n))) ctx.setProperty(cell, 'dataLabel', label);
      },
    },
  });
}
