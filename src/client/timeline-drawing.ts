/**
 * The server-drawn timeline SVG, moved in the browser: lanes shown or hidden and restacked, rows
 * packed anew when filters hide events, and every mark of the dated plot placed on a (zoomed)
 * scale, with labels re-placed by the same rules as the build. Used by <timeline-explorer>.
 */
import { axisTop } from 'd3-axis';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { GEOMETRY, chevronOffset, hitBox, laneHeight, markExtent, packingExtent, rowCentre } from '../lib/timeline/geometry';
import { estimateTextWidth, fitText, labelRow, packRows } from '../lib/timeline/labels';
import { linkEnds } from '../lib/timeline/links';

/** A number from a data-* attribute, or undefined when absent or empty. */
export const num = (el: Element, name: string): number | undefined => {
  const v = el.getAttribute(name);
  return v === null || v === '' ? undefined : Number(v);
};

/** The timeline SVG with the state the browser changes: lane positions and heights, and the scale. */
export class TimelineDrawing {
  /** The unzoomed scale from years to x, as the build drew it. */
  readonly x: ScaleLinear<number, number>;
  /** The scale in use (zoomed). */
  xs: ScaleLinear<number, number>;
  readonly plot: [number, number];
  private laneY = new Map<string, number>();
  private laneHeight = new Map<string, number>();
  private bottom = 0;

  constructor(
    readonly svg: SVGSVGElement,
    /** Lane ids, top to bottom. */
    private readonly models: readonly string[],
    domain: readonly [number, number],
  ) {
    const plot = (svg.dataset.plot ?? '0 1').split(' ').map(Number);
    this.plot = [plot[0] as number, plot[1] as number];
    this.x = scaleLinear().domain(domain).range(this.plot);
    this.xs = this.x.copy();
  }

  /** Shows the chosen lanes and kinds, packs each lane's rows anew and restacks the lanes. */
  show(models: readonly string[], kinds: readonly string[]): void {
    for (const a of this.svg.querySelectorAll<SVGAElement>('a.tl-event')) {
      a.toggleAttribute('hidden', !kinds.includes(a.dataset.kind as string));
    }
    const top = GEOMETRY.axisHeight;
    let y = top;
    for (const back of this.svg.querySelectorAll<SVGGElement>('.tl-lanes-back > .tl-lane')) {
      const id = back.dataset.lane as string;
      if (!models.includes(id)) {
        this.laneY.delete(id);
        continue;
      }
      this.laneY.set(id, y);
      const height = this.repackLane(id, num(back, 'data-events-top') ?? 0);
      this.laneHeight.set(id, height);
      y += height;
    }
    this.bottom = y;
    for (const lane of this.svg.querySelectorAll<SVGGElement>('.tl-lane')) {
      const ly = this.laneY.get(lane.dataset.lane as string);
      lane.toggleAttribute('hidden', ly === undefined);
      if (ly !== undefined) lane.setAttribute('transform', `translate(0,${ly})`);
    }
    const footRows = Math.max(0, ...[...this.svg.querySelectorAll('.tl-foot')].map((f) => num(f, 'data-dy') ?? 0));
    const height = y + (footRows > 0 ? footRows + 10 : GEOMETRY.lanePad);
    this.svg.setAttribute('viewBox', `0 0 ${this.svg.viewBox.baseVal.width} ${height}`);
    this.svg.setAttribute('height', String(height));
    for (const line of this.svg.querySelectorAll('.tl-gridline')) line.setAttribute('y2', String(y - top));
    this.svg.querySelector('.tl-panel-rule')?.setAttribute('y2', String(y));
    this.render(this.xs);
  }

  /**
   * Packs the shown events of a lane into as few rows as they need (at the unzoomed scale, as the
   * build did), moves the "not before" line below them, and returns the lane's new height.
   */
  private repackLane(id: string, eventsTop: number): number {
    const front = this.svg.querySelector(`.tl-lanes-front > .tl-lane[data-lane="${CSS.escape(id)}"]`);
    const counts: number[] = [];
    for (const region of ['plot', 'panel'] as const) {
      const events = [...(front?.querySelectorAll<SVGAElement>(`[data-region="${region}"] a.tl-event:not([hidden])`) ?? [])].map((a) => {
        const t0 = num(a, 'data-t0');
        const t1 = num(a, 'data-t1');
        // Undated events keep their column: only their row changes.
        const x0 = t0 === undefined ? 0 : this.x(t0);
        const x1 = t1 === undefined ? 0 : this.x(t1);
        return { a, extent: packingExtent(x0, x1, a.hasAttribute('data-from'), a.hasAttribute('data-by'), region) };
      });
      events.sort((p, q) => p.extent.start - q.extent.start);
      const { rows, count } = packRows(
        events.map((e) => e.extent),
        GEOMETRY.rowGap,
      );
      events.forEach((e, i) => {
        e.a.dataset.y = String(rowCentre(eventsTop, rows[i] as number));
      });
      counts.push(count);
    }
    const notBefore = this.svg.querySelector(`.tl-lanes-back > .tl-lane[data-lane="${CSS.escape(id)}"] .tl-notbefore`);
    const plotRows = counts[0] ?? 0;
    if (notBefore) {
      const ny = rowCentre(eventsTop, plotRows);
      notBefore.querySelector('line')?.setAttribute('y1', String(ny));
      notBefore.querySelector('line')?.setAttribute('y2', String(ny));
      notBefore.querySelector('text')?.setAttribute('y', String(ny - 5));
    }
    return laneHeight(eventsTop, Math.max(plotRows + (notBefore ? 1 : 0), counts[1] ?? 0));
  }

  /** Moves everything in the dated plot to a scale (zoomed or not), and re-places labels. */
  render(xs: ScaleLinear<number, number>): void {
    this.xs = xs;
    const [x0, x1] = this.plot;
    const [d0, d1] = xs.domain() as [number, number];
    const ticks = xs.ticks(Math.max(2, Math.floor((x1 - x0) / 64))).filter(Number.isInteger);
    select(this.svg)
      .select<SVGGElement>('.tl-axis')
      .call(axisTop(xs).tickValues(ticks).tickFormat(String).tickSizeOuter(6));
    for (const line of this.svg.querySelectorAll('.tl-gridline')) {
      const t = num(line, 'data-t') as number;
      line.setAttribute('x1', String(xs(t)));
      line.setAttribute('x2', String(xs(t)));
      line.toggleAttribute('hidden', t < d0 - 1e-6 || t > d1 + 1e-6);
    }
    for (const band of this.svg.querySelectorAll<SVGGElement>('.tl-band[data-t0]')) this.placeBand(band);
    this.placeEvents();
    this.placeLinks();
    for (const nb of this.svg.querySelectorAll('.tl-notbefore')) {
      const x = xs(num(nb, 'data-t') as number);
      nb.querySelector('line')?.setAttribute('x1', String(Math.min(x, x1 - 12)));
      // Keep the whole note inside the plot: right-align it when it would run past the end.
      const text = nb.querySelector('text');
      const width = estimateTextWidth(text?.textContent ?? '', GEOMETRY.fontSize);
      const start = Math.max(x, x0) + 4;
      const fits = start + width <= x1 - 4;
      text?.setAttribute('x', String(fits ? start : x1 - 14));
      text?.setAttribute('text-anchor', fits ? 'start' : 'end');
    }
  }

  /** Places a stage band and fits its name to the room it has. */
  private placeBand(band: SVGGElement): void {
    const [x0, x1] = this.plot;
    const g = GEOMETRY;
    const a = this.xs(num(band, 'data-t0') as number);
    const t1 = num(band, 'data-t1');
    const b = t1 === undefined ? a + 2 : Math.max(a + 2, this.xs(t1));
    const body = band.querySelector('.tl-band-body');
    body?.setAttribute('x', String(a));
    body?.setAttribute('width', String(b - a));
    const tail = band.querySelector('.tl-band-tail');
    tail?.setAttribute('x', String(b));
    tail?.setAttribute('width', String(Math.max(0, x1 - b - 1)));
    const label = band.querySelector('.tl-band-label');
    if (!label) return;
    const end = Math.min(tail ? x1 : b, x1);
    const start = Math.max(a, x0);
    const name = band.dataset.name ?? '';
    if (band.hasAttribute('data-inside') || estimateTextWidth(name, g.fontSize) + 2 * g.labelGap <= end - start) {
      label.setAttribute('x', String(start + g.labelGap));
      label.setAttribute('text-anchor', 'start');
      label.textContent = fitText(name, end - start - 2 * g.labelGap, g.fontSize);
    } else if (label.getAttribute('text-anchor') === 'end') {
      label.setAttribute('x', String(a - g.labelGap));
    } else label.setAttribute('x', String(end + g.labelGap));
  }

  /** Moves the event marks to their rows and (in the plot) times, and labels each plot row again. */
  private placeEvents(): void {
    const g = GEOMETRY;
    for (const a of this.svg.querySelectorAll<SVGAElement>('[data-region="panel"] a.tl-event')) {
      a.parentElement?.setAttribute('transform', `translate(${a.dataset.x},${a.dataset.y})`);
    }
    const rows = new Map<string, { a: SVGAElement; x0: number; x1: number }[]>();
    for (const a of this.svg.querySelectorAll<SVGAElement>('[data-region="plot"] a.tl-event')) {
      const x0 = this.xs(num(a, 'data-t0') as number);
      const x1 = this.xs(num(a, 'data-t1') as number);
      const x = (x0 + x1) / 2;
      a.parentElement?.setAttribute('transform', `translate(${x},${a.dataset.y})`);
      a.querySelector('.tl-span')?.setAttribute('d', `M${x0 - x},-4v8M${x0 - x},0H${x1 - x}M${x1 - x},-4v8`);
      const chevron = chevronOffset(x0, x1);
      a.querySelector('.tlg-chevron--from')?.setAttribute('transform', `translate(${chevron},0)`);
      a.querySelector('.tlg-chevron--by')?.setAttribute('transform', `translate(${-chevron},0)`);
      if (a.hasAttribute('hidden')) continue;
      const key = `${a.closest('.tl-lane')?.getAttribute('data-lane')}:${a.dataset.y}`;
      rows.set(key, [...(rows.get(key) ?? []), { a, x0, x1 }]);
    }
    for (const row of rows.values()) {
      row.sort((p, q) => p.x0 + p.x1 - (q.x0 + q.x1));
      const marks = row.map((m) => ({
        ...markExtent(m.x0, m.x1, m.a.hasAttribute('data-from'), m.a.hasAttribute('data-by')),
        text: m.a.dataset.title ?? '',
      }));
      const labels = labelRow(marks, { start: this.plot[0], end: this.plot[1] }, { gap: g.labelGap, fontSize: g.fontSize, maxWidth: Number(this.svg.dataset.maxLabel) });
      row.forEach((m, i) => {
        const label = labels[i];
        const mark = marks[i];
        const text = m.a.querySelector('.tl-label');
        if (!label || !mark || !text) return;
        const x = (m.x0 + m.x1) / 2;
        text.setAttribute('x', String(label.x - x));
        text.setAttribute('text-anchor', label.anchor);
        text.textContent = label.text;
        const box = hitBox(x, mark, { ...label, width: estimateTextWidth(label.text, g.fontSize) });
        const hit = m.a.querySelector('.tl-hit');
        hit?.setAttribute('x', String(box.x));
        hit?.setAttribute('width', String(box.width));
      });
    }
  }

  /** Redraws the arrows between the lanes shown, hiding those whose ends are hidden. */
  private placeLinks(): void {
    const eventOf = (id: string | undefined) =>
      id ? this.svg.querySelector<SVGAElement>(`a.tl-event[data-id="${CSS.escape(id)}"]`) : null;
    const order = this.models;
    for (const path of this.svg.querySelectorAll<SVGPathElement>('.tl-link')) {
      const { from, to, kind } = path.dataset as { from: string; to?: string; kind: 'learn' | 'spread' };
      const y0 = this.laneY.get(from);
      const y1 = to ? this.laneY.get(to) : this.bottom;
      const event = eventOf(path.dataset.event);
      const visible = y0 !== undefined && y1 !== undefined && (!path.dataset.event || Boolean(event && !event.hasAttribute('hidden')));
      const group = path.parentElement;
      group?.toggleAttribute('hidden', !visible);
      const t = num(path, 'data-t');
      const x = t === undefined ? (num(path, 'data-x') as number) : this.xs(t);
      if (visible) {
        const ends = linkEnds(
          kind,
          order.indexOf(from) < order.indexOf(to ?? ''),
          { height: this.laneHeight.get(from) ?? 0 },
          to ? { height: this.laneHeight.get(to) ?? 0 } : undefined,
          event ? Number(event.dataset.y) : undefined,
        );
        // A national spread ends at its label below the lanes, which does not move with the rows.
        const dy1 = kind === 'spread' ? Number(path.dataset.dy1) : ends.dy1;
        path.setAttribute('d', `M${x},${(y0 as number) + ends.dy0}V${(y1 as number) + dy1}`);
        const text = group?.querySelector('.tl-link-text');
        if (text) text.setAttribute('y', String((y0 as number) + ends.dy0 + 4));
      }
      for (const foot of this.svg.querySelectorAll(`.tl-foot[data-link="${CSS.escape(path.dataset.id ?? '')}"]`)) {
        foot.toggleAttribute('hidden', !visible);
        foot.setAttribute('x', String(x));
        foot.setAttribute('y', String(this.bottom + Number(foot.getAttribute('data-dy'))));
      }
    }
  }

  /** Events in keyboard order for a lane: the dated ones by time, then the undated ones. */
  laneEvents(lane: string): SVGAElement[] {
    return [...this.svg.querySelectorAll<SVGAElement>(`.tl-lanes-front > .tl-lane[data-lane="${CSS.escape(lane)}"] a.tl-event:not([hidden])`)];
  }

  /** The lanes shown that have events shown, top to bottom. */
  visibleLanes(): string[] {
    return this.models.filter((m) => this.laneY.has(m) && this.laneEvents(m).length > 0);
  }

  /** Whether an event is inside the period shown (undated events always are: they are not on the axis). */
  inPeriod(a: SVGAElement): boolean {
    const t0 = num(a, 'data-t0');
    const t1 = num(a, 'data-t1');
    const [d0, d1] = this.xs.domain() as [number, number];
    return t0 === undefined || t1 === undefined || (t1 > d0 && t0 < d1);
  }

}
