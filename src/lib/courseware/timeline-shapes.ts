/**
 * A laid-out timeline (src/lib/timeline/layout.ts, as the site draws it) as native shapes: the
 * year axis, each stage a band with its name, each dated event a dot with its
 * label, and the 年份不详 panel, where events whose year the source omits stay in source order.
 */
import type PptxGenJS from 'pptxgenjs';
import { estimateTextWidth } from '../diagram/text-measure';
import { GEOMETRY, type TimelineLayout } from '../timeline/layout';
import { fitLayout, type Frame } from './shapes';
import { INK, textBase } from './slide-kit';

const PT = 72;
const round = (n: number) => Math.round(n * 1000) / 1000;
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
    layout.panel.columns.forEach((c) => text(c.label, X(c.x), Y(layout.top - 16), { color: INK.muted }));
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
      const r = GEOMETRY.markRadius;
      slide.addShape('ellipse', {
        objectName: `事件：${e.title}`,
        x: X(e.x - r),
        y: Y(lane.y + e.y - r),
        w: round(2 * r * s),
        h: round(2 * r * s),
        fill: { color: e.precision === 'day' || e.precision === 'month' ? INK.accent : 'FFFFFF' },
        line: { color: INK.accent, width: 1.25 },
      });
      text(e.label, X(e.labelX), Y(lane.y + e.y), { anchor: e.labelAnchor === 'end' ? 'end' : 'start' });
    }
  });
}
