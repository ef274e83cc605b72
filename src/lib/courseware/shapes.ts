/**
 * A laid-out structure as native PowerPoint shapes, in the site's visual grammar: each unit one
 * shape of its kind's outline and colours with its name as text, each relation one line with the
 * dash, arrowhead and colour of its type, and its label on a plate. Positions are the site's own
 * layout (src/lib/diagram/layout.ts), scaled to the slide, so a trainer sees the drawing they know
 * from the site and can move, recolour or retype any part of it.
 */
import type PptxGenJS from 'pptxgenjs';
import { ARROW_LENGTH, KIND_ORDER, KIND_STYLES, RELATION_ORDER, RELATION_STYLES, type ArrowName, type ShapeName } from '../diagram/grammar';
import { METRICS, type DiagramLayout } from '../diagram/layout';
import type { DiagramPalette } from '../diagram/palette';
import type { NodeKind, Relation, Structure } from '../../schemas/structures';
import { estimateTextWidth } from '../diagram/text-measure';
import { DOUBLE_LINE, INK, textBase } from './slide-kit';

/** A box on the slide, in inches. */
export interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** How a unit is shown on a classroom step: reached before, reached now, or not yet. */
export type StepState = 'past' | 'current' | 'future';

export interface DrawOptions {
  palette: DiagramPalette;
  /** The largest scale, in inches per layout px, so a small structure is not blown up. */
  maxScale?: number;
  /** A unit's state on a classroom step; without it every unit is current. */
  state?: (node: string) => StepState;
}

const PT = 72;
const round = (n: number, d = 3) => Math.round(n * 10 ** d) / 10 ** d;

/** The preset outline for each of the grammar's shapes. */
const PRESET: Record<ShapeName, PptxGenJS.SHAPE_NAME> = {
  rounded: 'roundRect',
  square: 'rect',
  stadium: 'roundRect',
  hexagon: 'hexagon',
  slanted: 'parallelogram',
  leaf: 'round2DiagRect',
  dashed: 'roundRect',
};

/**
 * The size of a preset's adjustable corner, slant or point, in layout px, as the site draws it
 * (grammar.ts shapePath); undefined where the preset's default is the site's look.
 */
function adjust(shape: ShapeName, height: number): number | undefined {
  switch (shape) {
    case 'rounded':
      return 7;
    case 'stadium':
      return height / 2;
    case 'dashed':
      return 4;
    case 'hexagon':
      return Math.min(14, height / 2.6);
    case 'slanted':
      return 10;
    default:
      return undefined;
  }
}

/** OOXML line ends for the grammar's arrowheads (OOXML has no hollow head: its stealth head stands in). */
const LINE_END: Record<ArrowName, NonNullable<PptxGenJS.ShapeLineProps['endArrowType']>> = {
  filled: 'triangle',
  open: 'arrow',
  hollow: 'stealth',
  diamond: 'diamond',
  dot: 'oval',
  none: 'none',
};

/**
 * The nearest preset dash to an SVG dash array: dots, short dashes, dashes, long dashes, or a
 * dash-dot for a four-part pattern.
 *
 * @example presetDash('7 4') // 'dash'
 */
export function presetDash(dash: string | undefined): NonNullable<PptxGenJS.ShapeLineProps['dashType']> {
  if (!dash) return 'solid';
  const parts = dash.split(/\s+/).map(Number);
  if (parts.length > 2) return 'lgDashDot';
  const on = parts[0] ?? 0;
  if (on <= 3) return 'sysDot';
  if (on <= 5) return 'sysDash';
  return on >= 12 ? 'lgDash' : 'dash';
}

type Pt = { x: number; y: number };
/** One piece of a route: a straight line or a cubic curve to `to`. */
type Piece = { to: Pt; c1?: Pt; c2?: Pt };

/**
 * Reads a route's SVG path (M, then L or C commands, as routes.ts writes them) and puts back the
 * length the site takes off for its drawn arrowhead: PowerPoint puts the head's tip at the end.
 */
export function routePoints(path: string, cut: number): { start: Pt; pieces: Piece[] } {
  const tokens = path.match(/[MLC]|-?\d+(?:\.\d+)?/g) ?? [];
  const nums: number[] = [];
  let start: Pt = { x: 0, y: 0 };
  const pieces: Piece[] = [];
  let cmd = '';
  const take = (): Pt => ({ x: nums.shift() as number, y: nums.shift() as number });
  const flush = () => {
    while (cmd === 'M' && nums.length >= 2) start = take();
    while (cmd === 'L' && nums.length >= 2) pieces.push({ to: take() });
    while (cmd === 'C' && nums.length >= 6) pieces.push({ c1: take(), c2: take(), to: take() });
  };
  for (const t of tokens) {
    if (/[MLC]/.test(t)) {
      flush();
      cmd = t;
    } else nums.push(Number(t));
  }
  flush();
  const last = pieces.at(-1);
  if (last && cut > 0) {
    const prev = last.c2 ?? (pieces.at(-2)?.to ?? start);
    const dx = last.to.x - prev.x;
    const dy = last.to.y - prev.y;
    const len = Math.hypot(dx, dy) || 1;
    last.to = { x: last.to.x + (dx / len) * cut, y: last.to.y + (dy / len) * cut };
  }
  return { start, pieces };
}

/** Where the layout's px land on the slide: scale (inches per px) and offset. */
export function fitLayout(width: number, height: number, frame: Frame, maxScale = Infinity): { scale: number; x: number; y: number } {
  const scale = Math.min(frame.w / width, frame.h / height, maxScale);
  return { scale, x: frame.x + (frame.w - width * scale) / 2, y: frame.y + (frame.h - height * scale) / 2 };
}

/**
 * Draws a laid-out structure into a frame of a slide. On a classroom step, units not yet reached
 * and their relations are left out, and those reached before are drawn paler.
 */
export function drawStructure(slide: PptxGenJS.Slide, layout: DiagramLayout, frame: Frame, opts: DrawOptions): void {
  const { palette } = opts;
  const fit = fitLayout(layout.width, layout.height, frame, opts.maxScale);
  const s = fit.scale;
  const X = (px: number) => round(fit.x + px * s);
  const Y = (px: number) => round(fit.y + px * s);
  const pt = (px: number) => Math.max(0.75, round(px * s * PT, 1));
  const state = opts.state ?? (() => 'current' as const);
  const label = new Map(layout.nodes.map((n) => [n.id, n.label]));
  const shown = (id: string) => state(id) !== 'future';
  const faded = (id: string) => (state(id) === 'past' ? 45 : 0);

  // Paint order as on the site: lines, then their labels, then the units on top.
  const edges = layout.edges.filter((e) => shown(e.from) && shown(e.to));
  for (const e of edges) {
    const style = RELATION_STYLES[e.relation];
    const cut = style.arrow === 'none' ? 0 : style.arrow === 'open' ? 1 : ARROW_LENGTH;
    const { start, pieces } = routePoints(e.path, cut);
    const all = [start, ...pieces.flatMap((p) => [p.c1, p.c2, p.to].filter((q): q is Pt => q !== undefined))];
    // A box around the route, padded so a straight vertical or horizontal line has a size.
    const pad = 1;
    const x0 = Math.min(...all.map((p) => p.x)) - pad;
    const y0 = Math.min(...all.map((p) => p.y)) - pad;
    const x1 = Math.max(...all.map((p) => p.x)) + pad;
    const y1 = Math.max(...all.map((p) => p.y)) + pad;
    const at = (p: Pt) => ({ x: round((p.x - x0) * s), y: round((p.y - y0) * s) });
    const points: PptxGenJS.ShapeProps['points'] = [
      at(start),
      ...pieces.map((p) =>
        p.c1 && p.c2
          ? { ...at(p.to), curve: { type: 'cubic' as const, x1: at(p.c1).x, y1: at(p.c1).y, x2: at(p.c2).x, y2: at(p.c2).y } }
          : at(p.to),
      ),
    ];
    const past = faded(e.from) > 0 && faded(e.to) > 0 ? 45 : 0;
    const name = `关系：${label.get(e.from)} → ${label.get(e.to)}（${e.relation}）${style.double ? DOUBLE_LINE : ''}`;
    // pptxgenjs draws free paths (custGeom) but leaves the name out of its shape-name type.
    slide.addShape('custGeom' as PptxGenJS.SHAPE_NAME, {
      objectName: name,
      x: X(x0),
      y: Y(y0),
      w: round((x1 - x0) * s),
      h: round((y1 - y0) * s),
      points,
      line: {
        color: palette.relations[style.slug] ?? palette.ink,
        width: pt(style.double ? style.width * 3.4 : style.width),
        dashType: presetDash(style.dash),
        transparency: past,
        ...(style.arrow !== 'none' ? { endArrowType: LINE_END[style.arrow] } : {}),
        ...(style.startDot ? { beginArrowType: 'oval' as const } : {}),
      },
    });
  }
  for (const e of edges) {
    const style = RELATION_STYLES[e.relation];
    const b = e.labelBox;
    slide.addText(e.relation, {
      ...textBase,
      objectName: `关系标签：${label.get(e.from)} → ${label.get(e.to)}`,
      x: X(b.x),
      y: Y(b.y),
      w: round(b.width * s),
      h: round(b.height * s),
      fontSize: pt(METRICS.edgeFontSize),
      bold: true,
      color: palette.relations[style.slug] ?? palette.ink,
      fill: { color: palette.canvas },
      align: 'center',
      valign: 'middle',
      margin: 0,
      wrap: false,
    });
  }
  for (const n of layout.nodes) {
    if (!shown(n.id)) continue;
    const kind = KIND_STYLES[n.kind];
    const colours = palette.kinds[kind.slug] ?? { fill: palette.canvas, stroke: palette.ink };
    const adj = adjust(kind.shape, n.height);
    const fade = faded(n.id);
    slide.addText(
      n.lines.map((line, i) => ({ text: line, options: i < n.lines.length - 1 ? { breakLine: true } : {} })),
      {
        ...textBase,
        objectName: `单元：${n.label}`,
        shape: PRESET[kind.shape],
        x: X(n.x - n.width / 2),
        y: Y(n.y - n.height / 2),
        w: round(n.width * s),
        h: round(n.height * s),
        ...(adj !== undefined ? { rectRadius: round(adj * s) } : {}),
        fill: { color: colours.fill, transparency: fade },
        line: { color: colours.stroke, width: pt(kind.strokeWidth), transparency: fade, ...(kind.shape === 'dashed' ? { dashType: 'dash' as const } : {}) },
        fontSize: pt(METRICS.fontSize),
        color: fade ? '7A746D' : palette.ink,
        bold: state(n.id) === 'current' && opts.state !== undefined,
        align: 'center',
        valign: 'middle',
        margin: 0,
        wrap: false,
        lineSpacing: pt(METRICS.lineHeight),
      },
    );
  }
}

/** Height of a legend row, in inches. */
const LEGEND_ROW = 0.34;
const LEGEND_SIZE = 10;
const SAMPLE = { w: 0.42, h: 0.22, gap: 0.06 } as const;

/** A legend entry placed: a unit kind or a relation, its left edge and its row. */
type LegendEntry = { label: string; x: number; row: number; width: number } & ({ kind: NodeKind } | { relation: Relation });

/**
 * Where the legend of a structure slide puts its entries, as the site's legend does: a sample of
 * each unit kind and relation the structure uses, with its name, flowing in rows of `width` inches.
 */
export function layoutLegend(structure: Pick<Structure, 'nodes' | 'edges'>, width: number): { entries: LegendEntry[]; height: number } {
  const wanted: ({ label: string } & ({ kind: NodeKind } | { relation: Relation }))[] = [
    ...KIND_ORDER.filter((k) => structure.nodes.some((n) => n.kind === k)).map((k) => ({ kind: k, label: k })),
    ...RELATION_ORDER.filter((r) => structure.edges.some((e) => e.relation === r)).map((r) => ({ relation: r, label: r })),
  ];
  const entries: LegendEntry[] = [];
  let x = 0;
  let row = 0;
  for (const e of wanted) {
    const w = SAMPLE.w + SAMPLE.gap + (estimateTextWidth(e.label, LEGEND_SIZE) + LEGEND_SIZE) / PT;
    if (x + w > width && x > 0) {
      x = 0;
      row += 1;
    }
    entries.push({ ...e, x, row, width: w });
    x += w + 0.12;
  }
  return { entries, height: (row + 1) * LEGEND_ROW };
}

/** Draws a laid-out legend with its top left at (x, y). */
export function drawLegend(slide: PptxGenJS.Slide, legend: ReturnType<typeof layoutLegend>, x: number, y: number, palette: DiagramPalette): void {
  for (const e of legend.entries) {
    const left = round(x + e.x);
    const top = y + e.row * LEGEND_ROW;
    const mid = top + LEGEND_ROW / 2;
    if ('kind' in e) {
      const kind = KIND_STYLES[e.kind];
      const colours = palette.kinds[kind.slug] ?? { fill: palette.canvas, stroke: palette.ink };
      slide.addShape(PRESET[kind.shape], {
        objectName: `图例：${e.label}`,
        x: left,
        y: round(mid - SAMPLE.h / 2),
        w: SAMPLE.w,
        h: SAMPLE.h,
        fill: { color: colours.fill },
        line: { color: colours.stroke, width: kind.strokeWidth * 0.6, ...(kind.shape === 'dashed' ? { dashType: 'dash' as const } : {}) },
      });
    } else {
      const style = RELATION_STYLES[e.relation];
      slide.addShape('line', {
        objectName: `图例：${e.label}`,
        x: left,
        y: round(mid),
        w: SAMPLE.w,
        h: 0,
        line: {
          color: palette.relations[style.slug] ?? palette.ink,
          width: style.double ? style.width * 1.6 : style.width * 0.6,
          dashType: presetDash(style.dash),
          ...(style.arrow !== 'none' ? { endArrowType: LINE_END[style.arrow] } : {}),
          ...(style.startDot ? { beginArrowType: 'oval' as const } : {}),
        },
      });
    }
    const textX = round(left + SAMPLE.w + SAMPLE.gap);
    slide.addText(e.label, { ...textBase, x: textX, y: round(top), w: round(e.width - SAMPLE.w - SAMPLE.gap), h: LEGEND_ROW, fontSize: LEGEND_SIZE, color: INK.muted, margin: 0, valign: 'middle', wrap: false });
  }
}
