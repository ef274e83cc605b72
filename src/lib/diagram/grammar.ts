/**
 * The visual grammar shared by every structure diagram: a node's kind gives its shape (and,
 * through a CSS class, its colour); a relation gives its line style, its arrowhead and its label.
 * Shape and line style carry the meaning on their own, so a diagram printed in black and white,
 * or read by someone who does not tell the colours apart, loses nothing.
 */
import { NODE_KINDS, RELATIONS, type NodeKind, type Relation } from '../../schemas/structures';

/** Outline of a node. */
export type ShapeName = 'rounded' | 'square' | 'stadium' | 'hexagon' | 'slanted' | 'leaf' | 'dashed';

/** Mark drawn at the end of a relation line. */
export type ArrowName = 'filled' | 'open' | 'hollow' | 'diamond' | 'dot' | 'none';

export interface KindStyle {
  /** ASCII name for classes (`dg-kind-party`) and ids. */
  slug: string;
  shape: ShapeName;
  /** Outline width: party organisations are drawn heavier, as the lines that lead. */
  strokeWidth: number;
}

export interface RelationStyle {
  slug: string;
  /** SVG stroke-dasharray; undefined for a solid line. */
  dash?: string;
  width: number;
  /** Drawn as two parallel lines (dual leadership). */
  double?: boolean;
  arrow: ArrowName;
  /** A dot where the line starts (organisational leadership reaches into the unit's organisation). */
  startDot?: boolean;
}

/** Node kind → shape. Order and names follow NODE_KINDS in the schema. */
export const KIND_STYLES: Record<NodeKind, KindStyle> = {
  党组织: { slug: 'party', shape: 'rounded', strokeWidth: 2.5 },
  政府及派出机构: { slug: 'gov', shape: 'square', strokeWidth: 1.5 },
  自治组织: { slug: 'self', shape: 'stadium', strokeWidth: 1.5 },
  服务平台: { slug: 'platform', shape: 'hexagon', strokeWidth: 1.5 },
  '驻区单位·企业': { slug: 'unit', shape: 'slanted', strokeWidth: 1.5 },
  社会组织: { slug: 'social', shape: 'leaf', strokeWidth: 1.5 },
  '党员·群众': { slug: 'people', shape: 'dashed', strokeWidth: 1.5 },
};

/** Relation → line style and arrowhead. Order and names follow RELATIONS in the schema. */
export const RELATION_STYLES: Record<Relation, RelationStyle> = {
  领导: { slug: 'lead', width: 2.2, arrow: 'filled' },
  组织领导: { slug: 'org-lead', width: 2.2, arrow: 'filled', startDot: true },
  指导: { slug: 'guide', dash: '7 4', width: 1.8, arrow: 'open' },
  协调: { slug: 'coord', dash: '2.5 3', width: 2, arrow: 'open' },
  监督: { slug: 'supervise', dash: '9 3 2 3', width: 1.8, arrow: 'diamond' },
  双重领导: { slug: 'dual-lead', width: 1.4, double: true, arrow: 'filled' },
  '吸纳·兼职': { slug: 'co-opt', dash: '12 4', width: 1.8, arrow: 'hollow' },
  报到: { slug: 'report', dash: '1 4', width: 2.4, arrow: 'dot' },
  服务: { slug: 'serve', width: 1.4, arrow: 'open' },
  联动: { slug: 'link', width: 1.4, arrow: 'none' },
  下设: { slug: 'sub', width: 1.4, arrow: 'filled' },
  执行: { slug: 'execute', dash: '5 2', width: 1.8, arrow: 'filled' },
};

/** Node kinds in the schema's order, e.g. for a legend. */
export const KIND_ORDER: readonly NodeKind[] = NODE_KINDS;
/** Relations in the schema's order. */
export const RELATION_ORDER: readonly Relation[] = RELATIONS;

/**
 * Horizontal room, in px on each side, that a shape's outline takes from the text area (points,
 * slants, rounded ends). The text sits around the middle line, where these outlines are widest,
 * so about half of the slant is enough.
 */
export function shapeInset(shape: ShapeName, height: number): number {
  switch (shape) {
    case 'stadium':
      return height * 0.22;
    case 'hexagon':
      return hexagonPoint(height) * 0.6;
    case 'slanted':
      return SLANT * 0.6;
    case 'leaf':
      return leafRadius(height) * 0.3;
    default:
      return 0;
  }
}

/** How far a hexagon's points stick out beyond its flat top. */
const hexagonPoint = (height: number) => Math.min(14, height / 2.6);
/** How far a slanted (parallelogram) outline leans. */
const SLANT = 10;
/** Corner radius of the two rounded corners of a leaf outline. */
const leafRadius = (height: number) => Math.min(14, height / 2);

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Joins points into a closed SVG path, coordinates rounded to 0.1 px. */
function polygon(points: [number, number][]): string {
  return `M${points.map(([x, y]) => `${r1(x)},${r1(y)}`).join('L')}Z`;
}

/** A rectangle with corner radius r, centred on the origin. */
function roundedRect(w: number, h: number, r: number): string {
  const x = -w / 2;
  const y = -h / 2;
  if (r <= 0) return polygon([[x, y], [x + w, y], [x + w, y + h], [x, y + h]]);
  const a = `A${r1(r)},${r1(r)} 0 0 1`;
  return (
    `M${r1(x + r)},${r1(y)}H${r1(x + w - r)}${a} ${r1(x + w)},${r1(y + r)}V${r1(y + h - r)}` +
    `${a} ${r1(x + w - r)},${r1(y + h)}H${r1(x + r)}${a} ${r1(x)},${r1(y + h - r)}V${r1(y + r)}${a} ${r1(x + r)},${r1(y)}Z`
  );
}

/**
 * The outline of a node of width w and height h, centred on the origin, as SVG path data.
 *
 * @example shapePath('square', 80, 36) // 'M-40,-18L40,-18L40,18L-40,18Z'
 */
export function shapePath(shape: ShapeName, w: number, h: number): string {
  const x = w / 2;
  const y = h / 2;
  switch (shape) {
    case 'rounded':
      return roundedRect(w, h, 7);
    case 'square':
      return roundedRect(w, h, 0);
    case 'stadium':
      return roundedRect(w, h, h / 2);
    case 'dashed':
      return roundedRect(w, h, 4);
    case 'hexagon': {
      const c = hexagonPoint(h);
      return polygon([[-x, 0], [-x + c, -y], [x - c, -y], [x, 0], [x - c, y], [-x + c, y]]);
    }
    case 'slanted': {
      const s = SLANT;
      return polygon([[-x + s, -y], [x, -y], [x - s, y], [-x, y]]);
    }
    case 'leaf': {
      // Two opposite corners rounded (top left, bottom right), the other two square.
      const r = leafRadius(h);
      const a = `A${r1(r)},${r1(r)} 0 0 1`;
      return `M${r1(-x + r)},${r1(-y)}H${r1(x)}V${r1(y - r)}${a} ${r1(x - r)},${r1(y)}H${r1(-x)}V${r1(-y + r)}${a} ${r1(-x + r)},${r1(-y)}Z`;
    }
  }
}

/** Length of an arrowhead along its line, so the line can stop where the head begins. */
export const ARROW_LENGTH = 9;

/**
 * An arrowhead with its tip at (x, y), pointing in direction `angle` (radians, 0 = right,
 * π/2 = down), as SVG path data. Open heads are strokes, the others are filled shapes.
 */
export function arrowPath(arrow: ArrowName, x: number, y: number, angle: number): string {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // Points are given in the arrow's frame: tip at 0, the body along negative u.
  const at = (u: number, v: number): [number, number] => [x + u * cos - v * sin, y + u * sin + v * cos];
  const pts = (list: [number, number][]) => list.map(([u, v]) => at(u, v));
  const L = ARROW_LENGTH;
  switch (arrow) {
    case 'filled':
    case 'hollow':
      return polygon(pts([[0, 0], [-L, -L * 0.5], [-L, L * 0.5]]));
    case 'open':
      return `M${pts([[-L, -L * 0.55], [0, 0], [-L, L * 0.55]])
        .map(([px, py]) => `${r1(px)},${r1(py)}`)
        .join('L')}`;
    case 'diamond':
      return polygon(pts([[0, 0], [-L / 2, -L * 0.4], [-L, 0], [-L / 2, L * 0.4]]));
    case 'dot': {
      const [cx, cy] = at(-L / 2, 0);
      const r = L / 2;
      return `M${r1(cx - r)},${r1(cy)}a${r},${r} 0 1 0 ${r * 2},0a${r},${r} 0 1 0 ${-r * 2},0Z`;
    }
    case 'none':
      return '';
  }
}

/** Whether an arrowhead is drawn as a filled shape (rather than a stroke or a hollow outline). */
export function isFilledArrow(arrow: ArrowName): boolean {
  return arrow === 'filled' || arrow === 'dot';
}
