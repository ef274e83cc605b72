/**
 * Routes the relations of a placed structure: where each line leaves and enters a unit, the curve
 * it follows, its arrowhead and where its label sits.
 *
 * Lines between rows leave a unit's bottom and enter the next unit's top, each at its own port,
 * ports ordered by where the line goes so that lines of one unit do not cross at the unit. A line
 * that skips rows passes through the virtual points the layout reserved for it. Two units of the
 * same row are joined by a straight line when they are neighbours, and by an arc over the row
 * when other units stand between them. Labels go on their line, at the first of a few positions
 * along it that does not cover a unit or another label, or else just beside it.
 */
import type { StructureEdge } from '../../schemas/structures';
import { ARROW_LENGTH, arrowPath, KIND_STYLES, RELATION_STYLES, shapeInset } from './grammar';
import { estimateTextWidth } from './text-measure';

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What routing needs to know of a placed unit. */
export interface RouteNode {
  id: string;
  kind: keyof typeof KIND_STYLES;
  row: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A relation ready to draw. */
export interface RoutedEdge {
  /** Unique within the structure: `<from>--<to>--<n>`, n counting repeats of the same pair. */
  key: string;
  from: string;
  to: string;
  relation: StructureEdge['relation'];
  /** The relation's name as the plate on its line shows it, in the page's language. */
  name: string;
  /** The source's own wording of the relation, when it has one. */
  label?: string;
  /** SVG path data of the line, stopping where the arrowhead begins. */
  path: string;
  /** SVG path data of the arrowhead at the `to` end ('' when the relation has none). */
  arrow: string;
  /** SVG path data of the dot at the `from` end, for relations that have one. */
  startDot?: string;
  /** The label's box; the label text is the relation's name. */
  labelBox: Box;
  /** Topmost y the line reaches (arcs rise above their row). */
  top: number;
}

/** One cubic Bézier piece of a route: start, two control points, end. */
type Cubic = [Point, Point, Point, Point];

const LABEL_HEIGHT = 17;
const LABEL_PAD = 5;
const DOT_RADIUS = 3.5;

const r1 = (n: number) => Math.round(n * 10) / 10;
const fmt = (p: Point) => `${r1(p.x)},${r1(p.y)}`;

/** The point at parameter t of a cubic Bézier curve. */
function cubicAt([p0, p1, p2, p3]: Cubic, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y };
}

/** Whether two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const inflate = (b: Box, d: number): Box => ({ x: b.x - d, y: b.y - d, width: b.width + 2 * d, height: b.height + 2 * d });

/** A unit's bounding box. */
export function nodeBox(n: Pick<RouteNode, 'x' | 'y' | 'width' | 'height'>): Box {
  return { x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height };
}

/** An S-curve between two points, leaving and arriving vertically (as d3's curveBumpY). */
function bumpY(a: Point, b: Point): Cubic {
  const my = (a.y + b.y) / 2;
  return [a, { x: a.x, y: my }, { x: b.x, y: my }, b];
}

/** Spreads k ports evenly across the usable width of a unit, centred on the unit. */
function portXs(node: RouteNode, k: number): number[] {
  const usable = Math.max(0, node.width - 2 * shapeInset(KIND_STYLES[node.kind].shape, node.height) - 20);
  const step = k > 1 ? Math.min(16, usable / (k - 1)) : 0;
  return Array.from({ length: k }, (_, i) => node.x + (i - (k - 1) / 2) * step);
}

type Kind = 'vertical' | 'beside' | 'arc';

/** Routes every relation of a placed structure; `via` gives the virtual points of long edges. */
export function routeEdges(
  nodes: RouteNode[],
  edges: StructureEdge[],
  via: (e: StructureEdge) => Point[],
  relationName: (relation: StructureEdge['relation']) => string = (r) => r,
): RoutedEdge[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const get = (id: string) => byId.get(id) as RouteNode;

  // Which kind of route each edge takes, and the far point each end's port is sorted by.
  const kinds = edges.map((e): Kind => {
    const a = get(e.from);
    const b = get(e.to);
    if (a.row !== b.row) return 'vertical';
    const [lo, hi] = a.x < b.x ? [a.x, b.x] : [b.x, a.x];
    return nodes.some((n) => n.row === a.row && n.x > lo && n.x < hi) ? 'arc' : 'beside';
  });
  const vias = edges.map((e) => via(e));
  const upperOf = (e: StructureEdge) => (get(e.from).row < get(e.to).row ? e.from : e.to);

  // Ports: each unit's bottom and top ends, sorted by where their lines go.
  const ends = new Map<string, { edge: number; side: 'top' | 'bottom'; toward: number }[]>();
  const addEnd = (node: string, edge: number, side: 'top' | 'bottom', toward: number) => {
    const list = ends.get(node) ?? [];
    list.push({ edge, side, toward });
    ends.set(node, list);
  };
  edges.forEach((e, i) => {
    const kind = kinds[i] as Kind;
    if (kind === 'beside') return;
    if (kind === 'arc') {
      addEnd(e.from, i, 'top', get(e.to).x);
      addEnd(e.to, i, 'top', get(e.from).x);
      return;
    }
    const upper = upperOf(e);
    const lower = upper === e.from ? e.to : e.from;
    const pts = vias[i] as Point[];
    addEnd(upper, i, 'bottom', (pts[0] ?? get(lower)).x);
    addEnd(lower, i, 'top', (pts.at(-1) ?? get(upper)).x);
  });
  const port = new Map<string, Point>();
  for (const [id, list] of ends) {
    const n = get(id);
    for (const side of ['top', 'bottom'] as const) {
      const mine = list.filter((l) => l.side === side).sort((a, b) => a.toward - b.toward || a.edge - b.edge);
      const xs = portXs(n, mine.length);
      mine.forEach((l, k) => port.set(`${l.edge}:${id}`, { x: xs[k] as number, y: side === 'top' ? n.y - n.height / 2 : n.y + n.height / 2 }));
    }
  }

  const placedLabels: Box[] = [];
  const nodeBoxes = nodes.map((n) => inflate(nodeBox(n), 4));
  const seen = new Map<string, number>();

  return edges.map((e, i) => {
    const kind = kinds[i] as Kind;
    const a = get(e.from);
    const b = get(e.to);
    let pieces: Cubic[];
    if (kind === 'beside') {
      const dir = Math.sign(b.x - a.x);
      const p0 = { x: a.x + (dir * a.width) / 2, y: a.y };
      const p3 = { x: b.x - (dir * b.width) / 2, y: b.y };
      pieces = [[p0, p0, p3, p3]];
    } else if (kind === 'arc') {
      const p0 = port.get(`${i}:${e.from}`) as Point;
      const p3 = port.get(`${i}:${e.to}`) as Point;
      const rise = Math.min(52, 26 + Math.abs(p3.x - p0.x) * 0.08);
      pieces = [[p0, { x: p0.x, y: p0.y - rise }, { x: p3.x, y: p3.y - rise }, p3]];
    } else {
      const upper = upperOf(e);
      const lower = upper === e.from ? e.to : e.from;
      const pts = [port.get(`${i}:${upper}`) as Point, ...(vias[i] as Point[]), port.get(`${i}:${lower}`) as Point];
      if (upper !== e.from) pts.reverse();
      pieces = pts.slice(1).map((p, k) => bumpY(pts[k] as Point, p));
    }

    const style = RELATION_STYLES[e.relation];
    const last = pieces.at(-1) as Cubic;
    const tip = last[3];
    const from = last[2].x === tip.x && last[2].y === tip.y ? last[0] : last[2];
    const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
    // The line stops where the arrowhead begins, so a thick line never blunts the tip.
    const cut = style.arrow === 'none' ? 0 : style.arrow === 'open' ? 1 : ARROW_LENGTH;
    const shift = { x: Math.cos(angle) * cut, y: Math.sin(angle) * cut };
    const drawn = [...pieces];
    drawn[drawn.length - 1] = [last[0], last[1] === last[0] ? last[0] : last[1], { x: last[2].x - shift.x, y: last[2].y - shift.y }, { x: tip.x - shift.x, y: tip.y - shift.y }];
    const first = (drawn[0] as Cubic)[0];
    const path = `M${fmt(first)}${drawn.map(([, c1, c2, p]) => (kind === 'beside' ? `L${fmt(p)}` : `C${fmt(c1)} ${fmt(c2)} ${fmt(p)}`)).join('')}`;
    const arrow = arrowPath(style.arrow, tip.x, tip.y, angle);
    const startDot = style.startDot
      ? `M${r1(first.x - DOT_RADIUS)},${r1(first.y)}a${DOT_RADIUS},${DOT_RADIUS} 0 1 0 ${DOT_RADIUS * 2},0a${DOT_RADIUS},${DOT_RADIUS} 0 1 0 ${-DOT_RADIUS * 2},0Z`
      : undefined;

    // The label: first free spot along the line, near the target end for lines between rows, where
    // lines fanning out of one unit have spread apart.
    const name = relationName(e.relation);
    const width = Math.ceil(estimateTextWidth(name, 12) + LABEL_PAD * 2);
    const ts = kind === 'vertical' ? [0.7, 0.6, 0.8, 0.5, 0.9, 0.4, 0.3, 0.2, 0.1] : kind === 'arc' ? [0.5, 0.35, 0.65, 0.2, 0.8] : [0.5];
    const piece = kind === 'vertical' ? (pieces.length > 1 ? (pieces.at(-1) as Cubic) : (pieces[0] as Cubic)) : (pieces[0] as Cubic);
    // On the line first; failing that, just beside it (left, then right), still touching it.
    const candidates = [0, -1, 1].flatMap((side) =>
      ts.map((t) => {
        const p = cubicAt(piece, t);
        return { x: r1(p.x - width / 2 + (side * (width + 4)) / 2), y: r1(p.y - LABEL_HEIGHT / 2), width, height: LABEL_HEIGHT };
      }),
    );
    const clashes = (box: Box) => [...nodeBoxes, ...placedLabels.map((l) => inflate(l, 2))].filter((o) => boxesOverlap(box, o)).length;
    const labelBox = candidates.find((c) => clashes(c) === 0) ?? [...candidates].sort((p, q) => clashes(p) - clashes(q))[0] as Box;
    placedLabels.push(labelBox);

    const pair = `${e.from}--${e.to}`;
    const n = seen.get(pair) ?? 0;
    seen.set(pair, n + 1);
    const top = kind === 'arc' ? Math.min(...pieces.map((p) => cubicAt(p, 0.5).y)) : Math.min(first.y, tip.y);
    return {
      key: `${pair}--${n}`,
      from: e.from,
      to: e.to,
      relation: e.relation,
      name,
      ...(e.label ? { label: e.label } : {}),
      path,
      arrow,
      ...(startDot ? { startDot } : {}),
      labelBox,
      top: Math.min(top, labelBox.y),
    };
  });
}
