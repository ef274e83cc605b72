/**
 * The handout's pictures as standalone SVG: a structure drawn by the site's own layout and marks
 * (src/lib/diagram), with its title and legend as the diagram download has them, and a timeline
 * drawn from the site's timeline layout. A file has no stylesheet, so the colours the site gives
 * through classes are written on as attributes: the diagram's from diagram.css itself, the
 * timeline's from the site's light palette in global.css.
 */
import diagramCss from '../../components/diagram/diagram.css?raw';
import globalCss from '../../styles/global.css?raw';
import { EXPORT_METRICS, layoutExport, SAMPLE } from '../diagram/export-layout';
import { RASTER_FONT_FAMILY } from '../raster/svg-to-png';
import { KIND_ORDER, RELATION_ORDER } from '../diagram/grammar';
import { layoutStructure } from '../diagram/layout';
import { diagramMarks, kindSampleMarks, relationSampleMarks, type SvgElement } from '../diagram/marks';
import { chevronOffset, GEOMETRY } from '../timeline/geometry';
import type { TimelineLayout } from '../timeline/layout';
import type { Structure } from '../../schemas/structures';

/** A picture: its SVG text and its size in px. */
export interface Figure {
  svg: string;
  width: number;
  height: number;
}

/**
 * The pictures' typeface: the rasteriser's packaged font first, then what Word on Windows and WPS
 * have, so the SVG they draw is set in a Chinese face rather than whatever their default is.
 */
const FONT_FAMILY = `'${RASTER_FONT_FAMILY}', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif`;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Serialises a mark tree (attributes and text escaped). */
export function svgText(el: SvgElement): string {
  const attrs = Object.entries(el.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  const inner = (el.text === undefined ? '' : escapeXml(el.text)) + (el.children ?? []).map(svgText).join('');
  return `<${el.tag}${attrs}>${inner}</${el.tag}>`;
}

const el = (tag: string, attrs: SvgElement['attrs'], children?: SvgElement[], text?: string): SvgElement => ({
  tag,
  attrs,
  ...(children ? { children } : {}),
  ...(text !== undefined ? { text } : {}),
});

/** The paint properties copied from the stylesheet; the rest (focus, hover, layout) has no place in a file. */
const PAINT = new Set(['fill', 'stroke', 'font-weight', 'stroke-width', 'stroke-dasharray']);

/** Rules whose selector is a list of plain class names (`.dg-shape`, `.dg-rel-lead, .dg-rel-sub`), outside media queries. */
function classRules(css: string): Map<string, [string, string][]> {
  const rules = new Map<string, [string, string][]>();
  const top = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  for (const m of top.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = (m[1] ?? '').split(',').map((s) => s.trim());
    const decls = (m[2] ?? '')
      .split(';')
      .map((d) => d.split(':').map((p) => p.trim()))
      .filter((d): d is [string, string] => d.length === 2 && Boolean(d[0]) && Boolean(d[1]));
    for (const s of selectors) {
      // The palette block (`:root, structure-diagram, …`) declares the colours for everything.
      const key = /^\.[a-z-]+$/.test(s) ? s.slice(1) : s === ':root' ? ':root' : undefined;
      if (key) rules.set(key, [...(rules.get(key) ?? []), ...decls]);
    }
  }
  return rules;
}

const DIAGRAM_RULES = classRules(diagramCss);

/** The light half of light-dark(), and var() looked up in the custom properties in scope. */
function resolve(value: string, vars: Map<string, string>): string | undefined {
  let v = value;
  for (let i = 0; i < 4 && v.includes('var('); i++) v = v.replace(/var\((--[a-z-]+)\)/g, (_m, name: string) => vars.get(name) ?? '');
  const light = /^light-dark\(\s*([^,]+),/.exec(v);
  const out = (light ? light[1] ?? '' : v).trim();
  return out === '' || out.includes('var(') ? undefined : out;
}

/** Writes each element's colours from the diagram stylesheet onto it, and drops classes, links and data. */
function paint(node: SvgElement, inherited: Map<string, string>): SvgElement {
  const vars = new Map(inherited);
  const classes = String(node.attrs['class'] ?? '').split(/\s+/).filter(Boolean);
  const decls = classes.flatMap((c) => DIAGRAM_RULES.get(c) ?? []);
  for (const [p, v] of decls) if (p.startsWith('--')) vars.set(p, resolve(v, vars) ?? '');
  const attrs: SvgElement['attrs'] = {};
  for (const [k, v] of Object.entries(node.attrs)) {
    if (k === 'class' || k === 'id' || k === 'href' || k.startsWith('data-') || k.startsWith('aria-')) continue;
    attrs[k] = v;
  }
  for (const [p, v] of decls) {
    const value = PAINT.has(p) ? resolve(v, vars) : undefined;
    if (value) attrs[p] = value;
  }
  // A unit is a link on the page; in a file it is a group.
  const tag = node.tag === 'a' ? 'g' : node.tag;
  return { ...node, tag, attrs, ...(node.children ? { children: node.children.map((c) => paint(c, vars)) } : {}) };
}

const ROOT_VARS = new Map(
  (DIAGRAM_RULES.get(':root') ?? []).filter(([p]) => p.startsWith('--')).map(([p, v]) => [p, resolve(v, new Map()) ?? ''] as const),
);
if (!ROOT_VARS.get('--dg-ink')) throw new Error('diagram.css declares no --dg-ink on :root: the handout pictures would lose their colours');

/**
 * A structure as the diagram download draws it: title, drawing, and a legend of the unit kinds
 * and relation types it uses.
 */
export function structureFigure(structure: Pick<Structure, 'title' | 'nodes' | 'edges'>): Figure {
  const layout = layoutStructure(structure);
  const kinds = KIND_ORDER.filter((k) => structure.nodes.some((n) => n.kind === k));
  const relations = RELATION_ORDER.filter((r) => structure.edges.some((e) => e.relation === r));
  const groups = [
    { title: '单元类型', entries: [...kinds] },
    { title: '关系类型', entries: [...relations] },
  ];
  const L = layoutExport(layout.width, layout.height, groups);
  const m = EXPORT_METRICS;
  const ink = ROOT_VARS.get('--dg-ink') ?? '#000000';
  const label = (x: number, y: number, size: number, text: string, bold = false) =>
    el('text', { x, y, 'font-size': size, fill: ink, ...(bold ? { 'font-weight': 700 } : {}) }, undefined, text);
  const marks = diagramMarks(layout, { structure: 'handout', nodeHref: () => '', describe: () => '' });
  const samples = [kinds.map(kindSampleMarks), relations.map(relationSampleMarks)];
  const children: SvgElement[] = [
    el('rect', { width: L.width, height: L.height, fill: ROOT_VARS.get('--dg-canvas') ?? '#ffffff' }),
    label(m.margin, m.margin + m.titleSize * 0.6, m.titleSize, structure.title, true),
    el('g', { transform: `translate(${(L.width - layout.width) / 2},${L.drawingY})` }, marks),
    ...groups.map((g, gi) => label(L.headings[gi]?.x ?? 0, L.headings[gi]?.y ?? 0, m.textSize, `${g.title}：`)),
    ...L.entries.flatMap((e) => [
      el('g', { transform: `translate(${e.x},${e.y})` }, samples[e.group]?.[e.entry] ?? []),
      label(e.x + SAMPLE.width + m.gap, e.y + SAMPLE.height / 2 + m.textSize * 0.36, m.textSize, groups[e.group]?.entries[e.entry] ?? ''),
    ]),
  ];
  const root = el('svg', { xmlns: 'http://www.w3.org/2000/svg', 'font-family': FONT_FAMILY, width: L.width, height: L.height, viewBox: `0 0 ${L.width} ${L.height}` }, children);
  return { svg: svgText(paint(root, ROOT_VARS)), width: L.width, height: L.height };
}

/** The site's light colours (the first, :root, declaration of each). */
function siteColour(name: string): string {
  const m = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(globalCss);
  if (!m?.[1]) throw new Error(`global.css declares no --${name}`);
  return m[1];
}

/**
 * A timeline as the kit page draws it (TimelineChart.astro), in its print colours: year axis and
 * grid, one lane a model (named when there are several), stage bands, event marks by date
 * precision with their labels, and the 年份不详 panel.
 */
export function timelineFigure(layout: TimelineLayout, laneNames: boolean): Figure {
  const c = { text: siteColour('text'), muted: siteColour('text-muted'), border: siteColour('border'), accent: siteColour('accent'), proposal: siteColour('proposal') };
  const g = GEOMETRY;
  const n = (v: number) => Math.round(v * 10) / 10;
  const halo = { 'paint-order': 'stroke', stroke: '#ffffff', 'stroke-width': 3, 'stroke-linejoin': 'round' };
  const { plot, panel } = layout;
  const clip = plot ? { 'clip-path': 'url(#plot)' } : {};
  const parts: SvgElement[] = [el('rect', { width: layout.width, height: layout.height, fill: '#ffffff' })];
  if (plot) {
    parts.push(
      el('defs', {}, [el('clipPath', { id: 'plot' }, [el('rect', { x: n(plot.start), y: -2000, width: n(plot.end - plot.start), height: 10000 })])]),
      el('g', { stroke: c.border }, layout.years.map((y) => el('line', { x1: n(y.x), x2: n(y.x), y1: layout.top, y2: n(layout.bottom) }))),
      el('g', { transform: `translate(0,${layout.top - 6})`, 'font-size': 12, 'text-anchor': 'middle' }, [
        el('path', { d: `M${n(plot.start)},-6V0H${n(plot.end)}V-6`, fill: 'none', stroke: c.muted }),
        ...layout.ticks.map((t) =>
          el('g', { transform: `translate(${n(t.x)},0)` }, [el('line', { y2: -6, stroke: c.muted }), el('text', { y: -9, fill: c.text }, undefined, String(t.value))]),
        ),
      ]),
    );
  }
  if (panel) {
    parts.push(
      el('text', { x: n(panel.start), y: 14, 'font-size': 12, 'font-weight': 700, fill: c.text }, undefined, '年份不详 · 按原文先后排列'),
      ...(plot ? [el('line', { x1: n(panel.start - g.gutter / 2), x2: n(panel.start - g.gutter / 2), y1: 4, y2: n(layout.bottom), stroke: c.muted, 'stroke-dasharray': '6 3 2 3' })] : []),
      ...panel.columns.map((col, i) =>
        el('text', { x: n(col.x), y: layout.top - 15, 'font-size': 12, fill: c.muted, 'text-anchor': i === panel.columns.length - 1 && panel.columns.length > 1 ? 'end' : 'start' }, undefined, col.label),
      ),
    );
  }
  layout.lanes.forEach((lane, i) => {
    const lanePart: SvgElement[] = [];
    if (i > 0) lanePart.push(el('line', { x1: 0, x2: layout.width, stroke: c.border }));
    if (laneNames) {
      lanePart.push(el('text', { x: 0, y: n(Math.min(lane.height / 2, 22)) + 5, 'font-size': 14, 'font-weight': 700, fill: lane.proposal ? c.proposal : c.text }, undefined, lane.label));
      if (lane.proposal) lanePart.push(el('text', { x: 0, y: n(Math.min(lane.height / 2, 22)) + 21, 'font-size': 12, fill: c.proposal }, undefined, '(建议)'));
    }
    const bands = lane.bands.map((b) =>
      el('g', b.region === 'plot' ? clip : {}, [
        el('rect', { x: n(b.x0), y: b.y, width: n(Math.max(2, b.x1 - b.x0)), height: g.bandHeight, fill: '#ffffff', stroke: c.accent, 'stroke-width': 1.5, ...(b.approximate ? { 'stroke-dasharray': '5 3' } : {}) }),
        ...(b.tailX1 !== undefined
          ? [el('rect', { x: n(b.x1), y: b.y + 0.5, width: n(Math.max(0, b.tailX1 - b.x1 - 1)), height: g.bandHeight - 1, fill: 'none', stroke: c.accent, 'stroke-width': 1.5, 'stroke-dasharray': '2 4' })]
          : []),
        el(
          'text',
          { x: n(b.labelX), y: b.y + g.bandHeight / 2 + 4, 'font-size': 12, fill: c.text, 'text-anchor': !b.labelInside && b.labelX < b.x0 ? 'end' : 'start', ...(b.labelInside ? {} : halo) },
          undefined,
          b.label,
        ),
      ]),
    );
    const notBefore = lane.notBefore && plot
      ? [el('g', clip, [
          el('line', { x1: n(lane.notBefore.x), x2: n(plot.end - 2), y1: lane.notBefore.y, y2: lane.notBefore.y, stroke: c.muted, 'stroke-width': 1.5, 'stroke-dasharray': '6 4' }),
          el('text', { x: n(lane.notBefore.x + 4), y: lane.notBefore.y - 5, 'font-size': 12, fill: c.text }, undefined, `年份不详的事件：不早于${lane.notBefore.year}年，见右侧`),
        ])]
      : [];
    const events = lane.events.map((e) => {
      const r = g.markRadius;
      const solid = { fill: c.text };
      const ring = { fill: '#ffffff', stroke: c.text, 'stroke-width': 2 };
      const chev = g.chevron - 2;
      const at = n(chevronOffset(e.x0, e.x1));
      const glyph: SvgElement[] = [
        ...(e.precision !== 'day' && e.t0 !== undefined
          ? [el('path', { d: `M${n(e.x0 - e.x)},-4v8M${n(e.x0 - e.x)},0H${n(e.x1 - e.x)}M${n(e.x1 - e.x)},-4v8`, fill: 'none', stroke: c.muted, 'stroke-width': 1.5, ...(e.precision === 'approximate' ? { 'stroke-dasharray': '3 2' } : {}) })]
          : []),
        ...(e.precision === 'day' ? [el('circle', { r, ...solid })] : []),
        ...(e.precision === 'month' ? [el('rect', { x: -r + 1, y: -r + 1, width: 2 * r - 2, height: 2 * r - 2, transform: 'rotate(45)', ...solid })] : []),
        ...(e.precision === 'year' || e.precision === 'range' ? [el('circle', { r: r - 0.5, ...ring })] : []),
        ...(e.precision === 'approximate' ? [el('circle', { r: r - 0.5, ...ring, 'stroke-dasharray': '2 2' })] : []),
        ...(e.precision === 'year-unknown'
          ? [el('circle', { r: r + 2, ...ring }), el('text', { y: 3.5, 'text-anchor': 'middle', 'font-size': 10, 'font-weight': 700, fill: c.text }, undefined, '?')]
          : []),
        ...(e.from ? [el('path', { transform: `translate(${at},0)`, d: `M0,-3.5l${chev},3.5l${-chev},3.5`, fill: 'none', stroke: c.text, 'stroke-width': 1.6 })] : []),
        ...(e.by ? [el('path', { transform: `translate(${-at},0)`, d: `M0,-3.5l${-chev},3.5l${chev},3.5`, fill: 'none', stroke: c.text, 'stroke-width': 1.6 })] : []),
        el('text', { x: n(e.labelX - e.x), y: 4, 'font-size': 12, 'text-anchor': e.labelAnchor, fill: c.text, ...halo }, undefined, e.label),
      ];
      return el('g', e.region === 'plot' ? clip : {}, [el('g', { transform: `translate(${n(e.x)},${e.y})` }, glyph)]);
    });
    parts.push(el('g', { transform: `translate(0,${n(lane.y)})` }, [...lanePart, ...bands, ...notBefore, ...events]));
  });
  const root = el('svg', { xmlns: 'http://www.w3.org/2000/svg', 'font-family': FONT_FAMILY, width: layout.width, height: layout.height, viewBox: `0 0 ${layout.width} ${layout.height}` }, parts);
  return { svg: svgText(root), width: layout.width, height: layout.height };
}
