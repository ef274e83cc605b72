/**
 * A laid-out timeline (src/lib/timeline/layout.ts, as the site draws it) as native shapes: the
 * year axis, each stage a band with its name, each dated event a dot with its
 * label, and the 年份不详 panel, where events whose year the source omits stay in source order.
 */
import type PptxGenJS from 'pptxgenjs';
import { estimateTextWidth } from '../diagram/text-measure';
import type { DatePrecision } from '../dates';
import { GEOMETRY, type TimelineLayout } from '../timeline/layout';
import { fitLayout, type Frame } from './shapes';
import { INK, textBase } from './slide-kit';

const PT = 72;
const round = (n: number) => Math.round(n * 1000) / 1000;
/**
 * An event's mark by the precision of its date, as the site's TimelineGlyph draws it: a filled dot
 * for a day, a filled diamond for a month, a ring for a year, a dotted ring for an approximate
 * date, a ring with "?" for a date without a year.
 */
const GLYPH: Record<DatePrecision, { shape: PptxGenJS.SHAPE_NAME; solid?: boolean; dotted?: boolean; text?: string }> = {
  day: { shape: 'ellipse', solid: true },
  month: { shape: 'diamond', solid: true },
  year: { shape: 'ellipse' },
  range: { shape: 'ellipse' },
  approximate: { shape: 'ellipse', dotted: true },
  'year-unknown': { shape: 'ellipse', text: '?' },
};

/** The marks in words, for the line under the chart. */
export const TIMELINE_KEY = '●到日　◆到月　○到年　虚线圈：约数　?：原文无年份。标签放不下的事件和各阶段说明见演讲者备注。';

/** Band colours: the site's accent and its soft fill. */
const BAND = { fill: 'FBE6E3', stroke: INK.accent } as const;

/** Draws a model's timeline (one lane, as its model page draws it) into a frame of a slide. */
export function drawTimeline(slide: PptxGenJS.Slide, layout: TimelineLayout, frame: Frame): void {
  const fit = fitLayout(layout.width, layout.height, frame);
  const s = fit.scale;
  const X = (px: number) => round(fit.x + px * s);
  const Y = (px: number) => round(fit.y + px * s);
  const size = (px: number) => Math.max(8, Math.round(px * s * PT * 2) / 2);
  const font = size(GEOMETRY.fontSize);
  const textH = (font * 1.4) / PT;
  const text = (t: string, x: number, y: number, o: PptxGenJS.TextPropsOptions & { anchor?: 'start' | 'middle' | 'end' }) => {
    const w = Math.max(0.3, (estimateTextWidth(t, o.fontSize ?? font) + (o.fontSize ?? font)) / PT);
    const left = o.anchor === 'end' ? x - w : o.anchor === 'middle' ? x - w / 2 : x;
    const { anchor, ...rest } = o;
    slide.addText(t, {
      ...textBase,
      fontSize: font,
      x: round(left),
      y: round(y - textH / 2),
      w: round(w),
      h: round(textH),
      margin: 0,
      valign: 'middle',
      align: anchor === 'end' ? 'right' : anchor === 'middle' ? 'center' : 'left',
      wrap: false,
      ...rest,
    });
  };

  if (layout.plot) {
    slide.addShape('line', { x: X(layout.plot.start), y: Y(layout.top - 6), w: round((layout.plot.end - layout.plot.start) * s), h: 0, line: { color: INK.muted, width: 0.75 } });
    for (const t of layout.ticks) text(String(t.value), X(t.x), Y(layout.top - 16), { anchor: 'middle', color: INK.muted, objectName: `年份 ${t.value}` });
  }
  if (layout.panel) {
    text('年份不详 · 按原文先后排列', X(layout.panel.start), Y(10), { color: INK.muted, objectName: '年份不详' });
    const cols = layout.panel.columns;
    // The last column's label ends at its mark, as on the site, so it stays inside the drawing.
    cols.forEach((c, i) => text(c.label, X(c.x), Y(layout.top - 16), { color: INK.muted, anchor: i === cols.length - 1 && cols.length > 1 ? 'end' : 'start' }));
  }
  layout.lanes.forEach((lane, i) => {
    if (i > 0) slide.addShape('line', { x: X(0), y: Y(lane.y), w: round(layout.width * s), h: 0, line: { color: INK.rule, width: 0.75 } });
    for (const b of lane.bands) {
      slide.addShape('rect', {
        objectName: `阶段：${b.name}`,
        x: X(b.x0),
        y: Y(lane.y + b.y),
        w: round(Math.max(2, b.x1 - b.x0) * s),
        h: round(GEOMETRY.bandHeight * s),
        fill: { color: BAND.fill },
        line: { color: BAND.stroke, width: 1, ...(b.approximate ? { dashType: 'dash' as const } : {}) },
      });
      if (b.tailX1 !== undefined && b.tailX1 > b.x1) {
        slide.addShape('rect', {
          x: X(b.x1),
          y: Y(lane.y + b.y),
          w: round((b.tailX1 - b.x1) * s),
          h: round(GEOMETRY.bandHeight * s),
          line: { color: BAND.stroke, width: 1, dashType: 'sysDot' },
        });
      }
      const beside = !b.labelInside && b.labelX < b.x0;
      text(b.label, X(b.labelX), Y(lane.y + b.y + GEOMETRY.bandHeight / 2), { anchor: beside ? 'end' : 'start' });
    }
    for (const e of lane.events) {
      const y = lane.y + e.y;
      // The span a year or a range can mean, as a bar under the mark, as the site draws it.
      if (e.x1 - e.x0 > 2 * GEOMETRY.markRadius) {
        slide.addShape('rect', { x: X(e.x0), y: Y(y - 1.5), w: round((e.x1 - e.x0) * s), h: round(3 * s), fill: { color: BAND.fill }, line: { color: BAND.stroke, width: 0.5 } });
      }
      const glyph = GLYPH[e.precision];
      const r = GEOMETRY.markRadius + (e.precision === 'year-unknown' ? 2 : 0);
      slide.addText(glyph.text ?? '', {
        ...textBase,
        objectName: `事件：${e.title}`,
        shape: glyph.shape,
        x: X(e.x - r),
        y: Y(y - r),
        w: round(2 * r * s),
        h: round(2 * r * s),
        fill: { color: glyph.solid ? INK.accent : 'FFFFFF' },
        line: { color: INK.accent, width: 1.25, ...(glyph.dotted ? { dashType: 'sysDot' as const } : {}) },
        fontSize: Math.max(6, font - 3),
        bold: true,
        color: INK.accent,
        align: 'center',
        valign: 'middle',
        margin: 0,
      });
      text(e.label, X(e.labelX), Y(y), { anchor: e.labelAnchor === 'end' ? 'end' : 'start' });
    }
  });
}
