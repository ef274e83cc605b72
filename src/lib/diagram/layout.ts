/**
 * Lays out an organisation structure for drawing: sizes every unit from its wrapped label, puts
 * the units in rows by level, routes the relations and places their labels. Pure data in, pure
 * data out (after d3-hierarchy's `tree()`), run at build time; the Astro components only draw it.
 *
 * A structure that is a proper tree (one root, one parent each, every relation one level down) is
 * placed by d3-hierarchy's tidy tree; any other goes through the layered layout in ./layered.
 */
import { stratify, tree } from 'd3-hierarchy';
import type { Structure, StructureEdge, StructureNode } from '../../schemas/structures';
import { KIND_STYLES, shapeInset } from './grammar';
import { layoutLayers, type LayerItem, type LayerLink } from './layered';
import { routeEdges, type RoutedEdge } from './routes';
import { estimateTextWidth, wrapLabel } from './text-measure';
import { DIAGRAM_WORDS_ZH, type DiagramWords } from './words';

/** Sizes of the drawing, in px at scale 1. */
export const METRICS = {
  fontSize: 14,
  lineHeight: 19,
  /** Longest line of a unit's label before it wraps (9 CJK characters). */
  maxLine: 126,
  /** Shortest line a crowded row may wrap its labels to (4 CJK characters). */
  minLine: 56,
  /** Labels no longer than this (5 CJK characters) are never wrapped. */
  keepWhole: 70,
  /**
   * English labels: the shortest line a crowded row may wrap to (about 12 letters, so a name does
   * not stand one word per line), and the longest.
   */
  minLineLatin: 98,
  maxLineLatin: 140,
  /** A row wider than this wraps its labels shorter, so diagrams fit a page column. */
  maxRowWidth: 760,
  padX: 12,
  padY: 9,
  minWidth: 76,
  rowGap: 78,
  colGap: 24,
  margin: 16,
  edgeFontSize: 12,
} as const;

/** A unit placed in the drawing; x and y are its centre. */
export interface PlacedNode {
  id: string;
  label: string;
  kind: StructureNode['kind'];
  level: number;
  /** Index of the unit's row from the top (levels without units are skipped). */
  row: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label broken into lines that fit the shape. */
  lines: string[];
}

export interface DiagramLayout {
  /** Which algorithm placed the units. */
  method: 'tree' | 'layered';
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: RoutedEdge[];
}

/** A unit's size from its label: wrapped lines, padding, and the room its outline takes. */
export function measureNode(
  node: Pick<StructureNode, 'label' | 'kind'>,
  maxLine: number = METRICS.maxLine,
): { width: number; height: number; lines: string[] } {
  const { fontSize, lineHeight, padX, padY, minWidth, keepWhole } = METRICS;
  // Short names stay whole: 社区居委会 reads badly as 社区居|委会.
  const whole = estimateTextWidth(node.label, fontSize) <= keepWhole;
  const lines = whole ? [node.label] : wrapLabel(node.label, maxLine, fontSize);
  const height = lines.length * lineHeight + padY * 2;
  const text = Math.max(...lines.map((l) => estimateTextWidth(l, fontSize)));
  const inset = shapeInset(KIND_STYLES[node.kind].shape, height);
  const width = Math.max(minWidth, Math.ceil(text + padX * 2 + inset * 2));
  return { width, height, lines };
}

/** Whether d3's tidy tree can place the structure: one root, one parent each, one level per step. */
export function isProperTree(nodes: { id: string; row: number }[], edges: Pick<StructureEdge, 'from' | 'to'>[]): boolean {
  const row = new Map(nodes.map((n) => [n.id, n.row]));
  const parents = new Map<string, number>();
  for (const e of edges) {
    if ((row.get(e.to) ?? 0) !== (row.get(e.from) ?? 0) + 1) return false;
    parents.set(e.to, (parents.get(e.to) ?? 0) + 1);
  }
  const roots = nodes.filter((n) => !parents.has(n.id));
  return roots.length === 1 && [...parents.values()].every((c) => c === 1);
}

/** x positions from d3-hierarchy's tidy tree, with siblings kept apart by their real widths. */
function treeX(nodes: (PlacedNode & { index: number })[], edges: StructureEdge[]): Map<string, number> {
  const parent = new Map(edges.map((e) => [e.to, e.from]));
  const root = stratify<PlacedNode>()
    .id((n) => n.id)
    .parentId((n) => parent.get(n.id))(nodes);
  // nodeSize [1, 1]: separation() is then the distance between neighbours in px.
  tree<PlacedNode>()
    .nodeSize([1, 1])
    .separation((a, b) => (a.data.width + b.data.width) / 2 + METRICS.colGap * (a.parent === b.parent ? 1 : 1.5))(root);
  return new Map(root.descendants().map((d) => [d.data.id, d.x ?? 0]));
}

/** x positions from the layered layout, with virtual points for relations that skip rows. */
function layeredX(nodes: (PlacedNode & { index: number })[], edges: StructureEdge[], words: Pick<DiagramWords, 'plate'>) {
  const items: LayerItem[] = nodes.map((n) => ({ id: n.id, row: n.row, width: n.width, index: n.index, virtual: false }));
  const links: LayerLink[] = [];
  const chains = new Map<StructureEdge, string[]>();
  const row = new Map(nodes.map((n) => [n.id, n.row]));
  edges.forEach((e, i) => {
    const [upper, lower] = (row.get(e.from) as number) <= (row.get(e.to) as number) ? [e.from, e.to] : [e.to, e.from];
    const top = row.get(upper) as number;
    const bottom = row.get(lower) as number;
    if (top === bottom) {
      // Room between the two units for the relation's label and arrowhead.
      const gap = estimateTextWidth(words.plate(e.relation), METRICS.edgeFontSize) + 30;
      links.push({ upper, lower, gap });
      return;
    }
    const chain = [upper];
    for (let r = top + 1; r < bottom; r++) {
      const id = `\u0000${i}-${r}`;
      items.push({ id, row: r, width: 18, index: 1000 + i, virtual: true });
      chain.push(id);
    }
    chain.push(lower);
    for (let k = 1; k < chain.length; k++) links.push({ upper: chain[k - 1] as string, lower: chain[k] as string });
    chains.set(e, chain.slice(1, -1));
  });
  const { x } = layoutLayers(items, links, { gap: METRICS.colGap });
  return { x, chains };
}

/**
 * Lays out a structure: every unit gets a position and size, every relation a route and a label
 * (the relation's name in the words' language).
 *
 * @example layoutStructure(structure).nodes[0] // { id: 'quwei', x: 320, y: 34.5, width: 76, … }
 */
export function layoutStructure(structure: Pick<Structure, 'nodes' | 'edges'>, words: Pick<DiagramWords, 'plate' | 'lang'> = DIAGRAM_WORDS_ZH): DiagramLayout {
  const { rowGap, margin } = METRICS;
  const [maxLine, minLine] = words.lang === 'en' ? [METRICS.maxLineLatin, METRICS.minLineLatin] : [METRICS.maxLine, METRICS.minLine];
  const levels = [...new Set(structure.nodes.map((n) => n.level))].sort((a, b) => a - b);
  const nodes = structure.nodes.map((n, index) => ({
    id: n.id,
    label: n.label,
    kind: n.kind,
    level: n.level,
    row: levels.indexOf(n.level),
    x: 0,
    y: 0,
    index,
    ...measureNode(n, maxLine),
  }));
  // A crowded row trades width for height: shorter lines, one CJK character at a time.
  levels.forEach((_, r) => {
    const inRow = nodes.filter((n) => n.row === r);
    const rowWidth = () => inRow.reduce((s, n) => s + n.width + METRICS.colGap, -METRICS.colGap);
    for (let line = maxLine - METRICS.fontSize; line >= minLine && rowWidth() > METRICS.maxRowWidth; line -= METRICS.fontSize) {
      for (const n of inRow) Object.assign(n, measureNode(n, line));
    }
  });

  const method = isProperTree(nodes, structure.edges) ? 'tree' : 'layered';
  const placed = method === 'tree' ? { x: treeX(nodes, structure.edges), chains: new Map<StructureEdge, string[]>() } : layeredX(nodes, structure.edges, words);

  // Rows are as tall as their tallest unit; units sit on the row's middle line.
  const rowHeight = levels.map((_, r) => Math.max(...nodes.filter((n) => n.row === r).map((n) => n.height)));
  const rowMid: number[] = [];
  let y = margin;
  for (const h of rowHeight) {
    rowMid.push(y + h / 2);
    y += h + rowGap;
  }
  const xs = [...placed.x.values()];
  const left = Math.min(...nodes.map((n) => (placed.x.get(n.id) as number) - n.width / 2), ...xs);
  const virtualPoint = (id: string, dx: number) => ({
    x: round((placed.x.get(id) as number) - left + margin + dx),
    y: rowMid[Number(id.split('-')[1])] as number,
  });
  const route = (dx: number, dy: number) => {
    for (const n of nodes) {
      n.x = round((placed.x.get(n.id) as number) - left + margin + dx);
      n.y = round((rowMid[n.row] as number) + dy);
    }
    return routeEdges(
      nodes,
      structure.edges,
      (e) =>
        (placed.chains.get(e) ?? []).map((id) => {
          const p = virtualPoint(id, dx);
          return { x: p.x, y: p.y + dy };
        }),
      (r) => words.plate(r),
    );
  };
  let edges = route(0, 0);
  // Arcs between units of the top row rise above it, and a long relation name beside a line of
  // the leftmost unit may stick out to its left: move everything down or right to make room.
  const overshoot = margin - Math.min(...edges.map((e) => e.top), margin);
  const overLeft = margin - Math.min(...edges.map((e) => e.labelBox.x), margin);
  if (overshoot > 0 || overLeft > 0) edges = route(Math.ceil(overLeft), Math.ceil(overshoot));
  const right = Math.max(...nodes.map((n) => n.x + n.width / 2), ...edges.map((e) => e.labelBox.x + e.labelBox.width));
  const bottom = Math.max(...nodes.map((n) => n.y + n.height / 2));
  return {
    method,
    width: Math.ceil(right + margin),
    height: Math.ceil(bottom + margin),
    nodes: nodes.map(({ index: _index, ...n }) => n),
    edges,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
