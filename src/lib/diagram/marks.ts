/**
 * The drawing of a laid-out structure as a plain tree of SVG elements (tag, attributes, children,
 * text), in the manner of Observable Plot's marks: the layout says where things are, the marks say
 * what is drawn there. The Astro component renders the tree at build time; tests pin it as SVG.
 *
 * Geometry, dashes and line widths are presentation attributes, so the SVG keeps its grammar when
 * saved as a file. Colours come from CSS classes (`dg-kind-*`, `dg-rel-*`) that follow the theme.
 */
import type { NodeKind, Relation } from '../../schemas/structures';
import { SAMPLE } from './export-layout';
import { arrowPath, isFilledArrow, KIND_STYLES, RELATION_STYLES, shapePath } from './grammar';
import { nodeElementId } from './ids';
import { METRICS, type DiagramLayout, type PlacedNode } from './layout';
import type { RoutedEdge } from './routes';

/** One SVG element: its tag, attributes, children and text. */
export interface SvgElement {
  tag: string;
  attrs: Record<string, string | number>;
  children?: SvgElement[];
  text?: string;
}

/** What the marks need to know beyond the layout: ids, links and spoken descriptions. */
export interface MarkContext {
  /** The structure's id, prefix of every element id. */
  structure: string;
  /** Where a unit links to: its entry in the text version, or its place on another page. */
  nodeHref: (node: string) => string;
  /** What a screen reader hears on a unit. */
  describe: (node: string) => string;
}

const el = (tag: string, attrs: SvgElement['attrs'], children?: SvgElement[], text?: string): SvgElement => ({
  tag,
  attrs,
  ...(children ? { children } : {}),
  ...(text !== undefined ? { text } : {}),
});

/** A unit's outline: the shape of its kind, with the dash that marks 党员·群众. */
export function shapeMark(kind: NodeKind, width: number, height: number): SvgElement {
  const style = KIND_STYLES[kind];
  return el('path', {
    class: 'dg-shape',
    d: shapePath(style.shape, width, height),
    'stroke-width': style.strokeWidth,
    ...(style.shape === 'dashed' ? { 'stroke-dasharray': '5 3' } : {}),
  });
}

/** A relation's line and end marks along a path; shared by the diagram and the legend. */
function relationStroke(relation: Relation, path: string, arrow: string, startDot?: string): SvgElement[] {
  const style = RELATION_STYLES[relation];
  const line = { fill: 'none', 'stroke-width': style.width, ...(style.dash ? { 'stroke-dasharray': style.dash } : {}) };
  const cap = relation === '报到' ? { 'stroke-linecap': 'round' } : {};
  const parts: SvgElement[] = style.double
    ? [
        // Two parallel lines: a wide stroke with a background-coloured stroke down its middle.
        el('path', { class: 'dg-line', d: path, ...line, 'stroke-width': Math.round(style.width * 34) / 10 }),
        el('path', { class: 'dg-line-gap', d: path, fill: 'none', 'stroke-width': Math.round(style.width * 12) / 10 }),
      ]
    : [el('path', { class: 'dg-line', d: path, ...line, ...cap })];
  if (arrow) {
    const kind = isFilledArrow(style.arrow) ? 'dg-arrow-filled' : style.arrow === 'open' ? 'dg-arrow-open' : 'dg-arrow-hollow';
    parts.push(el('path', { class: `dg-arrow ${kind}`, d: arrow, 'stroke-width': 1.6, 'stroke-linejoin': 'round' }));
  }
  if (startDot) parts.push(el('path', { class: 'dg-arrow dg-arrow-filled', d: startDot }));
  return parts;
}

/**
 * A relation: its line, arrowhead and start dot. No tooltip in words: the units' names and detail
 * and the text version's relation table say it, and a copy per line would weigh on the page.
 */
function edgeMark(edge: RoutedEdge): SvgElement {
  const slug = RELATION_STYLES[edge.relation].slug;
  return el(
    'g',
    { class: `dg-edge dg-rel-${slug}`, 'data-edge': edge.key, 'data-from': edge.from, 'data-to': edge.to, 'data-rel': slug },
    relationStroke(edge.relation, edge.path, edge.arrow, edge.startDot),
  );
}

/** A relation's label: its name on a small plate that interrupts the line. */
function labelMark(edge: RoutedEdge): SvgElement {
  const b = edge.labelBox;
  const slug = RELATION_STYLES[edge.relation].slug;
  return el('g', { class: `dg-edge-label dg-rel-${slug}`, 'data-edge': edge.key, 'data-rel': slug }, [
    el('rect', { class: 'dg-label-plate', x: b.x, y: b.y, width: b.width, height: b.height, rx: 3 }),
    el(
      'text',
      { class: 'dg-label-text', x: Math.round((b.x + b.width / 2) * 10) / 10, y: Math.round((b.y + b.height / 2 + 4.2) * 10) / 10, 'font-size': METRICS.edgeFontSize, 'text-anchor': 'middle' },
      undefined,
      edge.name,
    ),
  ]);
}

/**
 * The label's lines, each that was broken at a space keeping it, so the text of the lines reads as
 * the label does ("Sub-district big…", not "Sub-districtbig…"): screen readers and the visible-label
 * check read the lines' text joined.
 */
function spacedLines(label: string, lines: string[]): string[] {
  let at = 0;
  return lines.map((line) => {
    at = label.indexOf(line, at) + line.length;
    return label[at] === ' ' ? `${line} ` : line;
  });
}

/** A unit: a link around its outline and label lines (its focus ring is CSS outline, diagram.css). */
function nodeMark(node: PlacedNode, ctx: MarkContext): SvgElement {
  const { fontSize, lineHeight } = METRICS;
  const first = -((node.lines.length - 1) * lineHeight) / 2 + fontSize * 0.36;
  return el(
    'a',
    {
      id: nodeElementId(ctx.structure, node.id),
      href: ctx.nodeHref(node.id),
      class: `dg-node dg-kind-${KIND_STYLES[node.kind].slug}`,
      transform: `translate(${node.x},${node.y})`,
      'data-node': node.id,
      'data-row': node.row,
      'data-x': node.x,
      'data-y': node.y,
      'aria-label': ctx.describe(node.id),
    },
    [
      shapeMark(node.kind, node.width, node.height),
      el(
        'text',
        { class: 'dg-node-label', 'font-size': fontSize, 'text-anchor': 'middle' },
        spacedLines(node.label, node.lines).map((line, i) => el('tspan', { x: 0, y: Math.round((first + i * lineHeight) * 10) / 10 }, undefined, line)),
      ),
    ],
  );
}

/** The whole drawing, in paint order: lines, then their labels, then the units on top. */
export function diagramMarks(layout: DiagramLayout, ctx: MarkContext): SvgElement[] {
  return [
    el('g', { class: 'dg-edges', 'aria-hidden': 'true' }, layout.edges.map(edgeMark)),
    el('g', { class: 'dg-labels', 'aria-hidden': 'true' }, layout.edges.map(labelMark)),
    el('g', { class: 'dg-nodes' }, layout.nodes.map((n) => nodeMark(n, ctx))),
  ];
}

/** A legend sample of a unit kind: its outline, small. */
export function kindSampleMarks(kind: NodeKind): SvgElement[] {
  return [
    el('g', { class: `dg-kind-${KIND_STYLES[kind].slug}`, transform: `translate(${SAMPLE.width / 2},${SAMPLE.height / 2})` }, [
      shapeMark(kind, SAMPLE.width - 6, SAMPLE.height - 6),
    ]),
  ];
}

/** A legend sample of a relation: a short line with its arrowhead (and start dot). */
export function relationSampleMarks(relation: Relation): SvgElement[] {
  const style = RELATION_STYLES[relation];
  const y = SAMPLE.height / 2;
  const tip = SAMPLE.width - 3;
  const end = style.arrow === 'none' ? tip : style.arrow === 'open' ? tip - 1 : tip - 9;
  const dot = style.startDot ? `M2.5,${y}a3.5,3.5 0 1 0 7,0a3.5,3.5 0 1 0 -7,0Z` : undefined;
  return [
    el('g', { class: `dg-rel-${style.slug}` }, relationStroke(relation, `M6,${y}L${end},${y}`, arrowPath(style.arrow, tip, y, 0), dot)),
  ];
}
