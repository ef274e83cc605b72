/**
 * <timeline-explorer>: enhances the server-drawn cross-region timeline. It shows the filter form,
 * filters lanes, kinds and the list below by model, kind and period, zooms the dated plot (brush on
 * the year axis, Ctrl/⌘ + wheel or pinch, drag to pan, buttons, period selects), re-places labels as
 * marks move apart, moves between events with the arrow keys, and keeps the view in the URL.
 * Everything it moves carries its times in data-* attributes written at build time.
 */
import { axisTop } from 'd3-axis';
import { brushX, type D3BrushEvent } from 'd3-brush';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { GEOMETRY, chevronOffset, hitBox, laneHeight, markExtent, packingExtent, rowCentre } from '../lib/timeline/geometry';
import { estimateTextWidth, fitText, labelRow, packRows } from '../lib/timeline/labels';
import { linkEnds } from '../lib/timeline/links';
import { formatView, isShown, parseView, type TimelineView, type ViewBounds } from '../lib/timeline/view';

const num = (el: Element, name: string): number | undefined => {
  const v = el.getAttribute(name);
  return v === null || v === '' ? undefined : Number(v);
};
const list = (el: Element, name: string) => (el.getAttribute(name) ?? '').split(',').filter(Boolean);

/** The smallest period the plot zooms to, in years. */
const MIN_SPAN = 2;

class TimelineExplorer extends HTMLElement {
  private svg!: SVGSVGElement;
  private bounds!: ViewBounds;
  private view!: TimelineView;
  private x!: ScaleLinear<number, number>;
  private xs!: ScaleLinear<number, number>;
  private plot!: [number, number];
  private zoomer!: ZoomBehavior<SVGSVGElement, unknown>;
  private laneY = new Map<string, number>();
  private laneHeight = new Map<string, number>();
  private bottom = 0;
  private form!: HTMLFormElement;

  connectedCallback(): void {
    const svg = this.querySelector<SVGSVGElement>('svg.tl-chart');
    const form = this.querySelector<HTMLFormElement>('[data-tl-controls]');
    const plot = svg?.dataset.plot?.split(' ').map(Number);
    if (!svg || !form || !plot || plot.length !== 2) return;
    this.svg = svg;
    this.form = form;
    this.plot = [plot[0] as number, plot[1] as number];
    const [d0, d1] = list(this, 'data-domain').map(Number) as [number, number];
    this.bounds = { models: list(this, 'data-models'), kinds: list(this, 'data-kinds'), domain: [d0, d1] };
    this.x = scaleLinear().domain([d0, d1]).range(this.plot);
    this.xs = this.x.copy();
    this.view = parseView(location.search, this.bounds);

    form.hidden = false;
    this.syncForm();
    this.setUpZoom();
    this.setUpBrush();
    this.setUpKeyboard();
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('change', (e) => this.onFormChange(e.target));
    form.addEventListener('click', (e) => this.onButton(e.target));

    this.applyFilters();
    if (this.view.from !== d0 || this.view.to !== d1 - 1) this.zoomTo(this.view.from, this.view.to + 1);
    else this.render();
  }

  /** d3-zoom along x only: Ctrl/⌘ + wheel or a pinch to zoom, drag to pan; touch scrolls the page. */
  private setUpZoom(): void {
    const [x0, x1] = this.plot;
    const [d0, d1] = this.bounds.domain;
    const height = this.svg.viewBox.baseVal.height;
    this.zoomer = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, (d1 - d0) / MIN_SPAN])
      .extent([
        [x0, 0],
        [x1, height],
      ])
      .translateExtent([
        [x0, -Infinity],
        [x1, Infinity],
      ])
      .filter((event: Event) => {
        const target = event.target as Element;
        if (target.closest('.tl-brush')) return false;
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        return (event.type === 'mousedown' || event.type === 'dblclick') && (event as MouseEvent).button === 0;
      })
      .wheelDelta((event: WheelEvent) => -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * 3)
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.xs = event.transform.rescaleX(this.x);
        const [a, b] = this.xs.domain() as [number, number];
        this.view.from = Math.floor(a + 1e-6);
        this.view.to = Math.ceil(b - 1e-6) - 1;
        this.render();
        this.syncForm();
        this.applyList();
        this.writeUrl();
        // Keep the tab stop on an event in view, unless the reader is moving through events.
        const stop = this.svg.querySelector<SVGAElement>('a.tl-event[tabindex="0"]');
        if (!this.svg.contains(document.activeElement)) this.resetTabStop(stop && this.inPeriod(stop) ? stop : undefined);
      });
    select(this.svg).call(this.zoomer);
  }

  /** A brush on the year axis: drag across years to zoom the plot to them (whole years). */
  private setUpBrush(): void {
    const [x0, x1] = this.plot;
    const g = select(this.svg).append('g').attr('class', 'tl-brush');
    const brush = brushX<unknown>()
      .extent([
        [x0, 0],
        [x1, GEOMETRY.axisHeight - 4],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent || !event.selection) return;
        const [p0, p1] = event.selection as [number, number];
        g.call(brush.move, null);
        if (p1 - p0 < 3) return;
        // Snap to the nearest year boundaries: the brush selects whole years.
        const a = Math.round(this.xs.invert(p0));
        this.zoomTo(a, Math.max(Math.round(this.xs.invert(p1)), a + MIN_SPAN));
      });
    g.call(brush);
    g.select('.overlay').append('title').text('拖动以选取时段');
  }

  /** Zooms the plot to the years [a, b). */
  private zoomTo(a: number, b: number): void {
    const [d0, d1] = this.bounds.domain;
    const from = Math.max(d0, Math.min(a, d1 - MIN_SPAN));
    const to = Math.min(d1, Math.max(b, from + MIN_SPAN));
    const k = (d1 - d0) / (to - from);
    const t = zoomIdentity.translate(this.plot[0] - k * this.x(from), 0).scale(k);
    select(this.svg).call(this.zoomer.transform, t);
  }

  private onButton(target: EventTarget | null): void {
    const action = target instanceof HTMLButtonElement ? target.dataset.action : undefined;
    if (!action) return;
    const sel = select(this.svg);
    const centre: [number, number] = [(this.plot[0] + this.plot[1]) / 2, 0];
    const step = (this.plot[1] - this.plot[0]) / 3;
    if (action === 'zoom-in') this.zoomer.scaleBy(sel, 1.6, centre);
    else if (action === 'zoom-out') this.zoomer.scaleBy(sel, 1 / 1.6, centre);
    else if (action === 'pan-back' || action === 'pan-forward') {
      // translateBy works in unzoomed units: a third of the visible plot is step / k of them.
      const [a, b] = this.xs.domain() as [number, number];
      const k = (this.bounds.domain[1] - this.bounds.domain[0]) / (b - a);
      this.zoomer.translateBy(sel, (action === 'pan-back' ? step : -step) / k, 0);
    } else if (action === 'reset') {
      this.view = parseView('', this.bounds);
      this.syncForm();
      this.applyFilters();
      this.zoomer.transform(sel, zoomIdentity);
    }
  }

  private onFormChange(target: EventTarget | null): void {
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    const checked = (name: string) =>
      [...this.form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].filter((i) => i.checked).map((i) => i.value);
    if (target.name === 'from' || target.name === 'to') {
      const from = Number((this.form.elements.namedItem('from') as HTMLSelectElement).value);
      const to = Number((this.form.elements.namedItem('to') as HTMLSelectElement).value);
      this.zoomTo(Math.min(from, to), Math.max(from, to) + 1);
      return;
    }
    this.view.models = checked('models');
    this.view.kinds = checked('kinds');
    this.applyFilters();
    this.writeUrl();
  }

  /** Puts the view into the form controls. */
  private syncForm(): void {
    for (const input of this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      input.checked = (input.name === 'models' ? this.view.models : this.view.kinds).includes(input.value);
    }
    (this.form.elements.namedItem('from') as HTMLSelectElement).value = String(this.view.from);
    (this.form.elements.namedItem('to') as HTMLSelectElement).value = String(this.view.to);
  }

  private writeUrl(): void {
    history.replaceState(history.state, '', `${location.pathname}${formatView(this.view, this.bounds)}${location.hash}`);
  }

  /** Shows the chosen lanes and kinds, packs each lane's rows anew, restacks, and filters the list. */
  private applyFilters(): void {
    for (const a of this.svg.querySelectorAll<SVGAElement>('a.tl-event')) {
      a.toggleAttribute('hidden', !this.view.kinds.includes(a.dataset.kind as string));
    }
    const top = GEOMETRY.axisHeight;
    let y = top;
    for (const back of this.svg.querySelectorAll<SVGGElement>('.tl-lanes-back > .tl-lane')) {
      const id = back.dataset.lane as string;
      if (!this.view.models.includes(id)) {
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
    this.render();
    this.applyList();
    this.resetTabStop();
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

  /** Hides list entries (and empty years) outside the view; says how many are shown. */
  private applyList(): void {
    const items = [...this.querySelectorAll<HTMLElement>('li.tl-item')];
    let shown = 0;
    for (const li of items) {
      const visible = isShown(
        {
          model: li.dataset.model as string,
          kind: li.dataset.kind as string,
          ...(li.dataset.t0 ? { t0: Number(li.dataset.t0), t1: Number(li.dataset.t1) } : {}),
          ...(li.dataset.notBefore ? { notBefore: Number(li.dataset.notBefore) } : {}),
        },
        this.view,
      );
      li.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const year of this.querySelectorAll<HTMLElement>('.tl-year')) {
      year.hidden = !year.querySelector('li.tl-item:not([hidden])');
    }
    const empty = this.querySelector<HTMLElement>('[data-tl-empty]');
    if (empty) empty.hidden = shown > 0;
    const status = this.querySelector('[data-tl-status]');
    if (status) status.textContent = `显示 ${shown} / ${items.length} 个事件，${this.view.from}年至${this.view.to}年`;
  }

  /** Moves everything in the dated plot to the current scale, and re-places labels. */
  private render(): void {
    const xs = this.xs;
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
      nb.querySelector('text')?.setAttribute('x', String(Math.max(x, x0) + 4));
    }
  }

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
    const order = this.bounds.models;
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
  private laneEvents(lane: string): SVGAElement[] {
    return [...this.svg.querySelectorAll<SVGAElement>(`.tl-lanes-front > .tl-lane[data-lane="${CSS.escape(lane)}"] a.tl-event:not([hidden])`)];
  }

  private visibleLanes(): string[] {
    return this.bounds.models.filter((m) => this.laneY.has(m) && this.laneEvents(m).length > 0);
  }

  /** Whether an event is inside the period shown (undated events always are: they are not on the axis). */
  private inPeriod(a: SVGAElement): boolean {
    const t0 = num(a, 'data-t0');
    const t1 = num(a, 'data-t1');
    const [d0, d1] = this.xs.domain() as [number, number];
    return t0 === undefined || t1 === undefined || (t1 > d0 && t0 < d1);
  }

  /** One tab stop into the drawing (roving tabindex): the current event, or the first one in view. */
  private resetTabStop(current?: SVGAElement): void {
    const all = [...this.svg.querySelectorAll<SVGAElement>('a.tl-event')];
    const shown = this.visibleLanes().flatMap((l) => this.laneEvents(l));
    const first = current && shown.includes(current) ? current : (shown.find((a) => this.inPeriod(a)) ?? shown[0]);
    for (const a of all) a.setAttribute('tabindex', a === first ? '0' : '-1');
  }

  private setUpKeyboard(): void {
    this.svg.addEventListener('keydown', (event) => {
      const a = (event.target as Element).closest?.('a.tl-event') as SVGAElement | null;
      if (!a) return;
      const lane = a.closest('.tl-lane')?.getAttribute('data-lane') as string;
      const events = this.laneEvents(lane);
      const i = events.indexOf(a);
      let next: SVGAElement | undefined;
      if (event.key === 'ArrowRight') next = events[Math.min(i + 1, events.length - 1)];
      else if (event.key === 'ArrowLeft') next = events[Math.max(i - 1, 0)];
      else if (event.key === 'Home') next = events[0];
      else if (event.key === 'End') next = events[events.length - 1];
      else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const lanes = this.visibleLanes();
        const other = lanes[lanes.indexOf(lane) + (event.key === 'ArrowDown' ? 1 : -1)];
        if (other) next = this.nearest(this.laneEvents(other), a);
        else next = a;
      } else if (event.key === '+' || event.key === '=' || event.key === '-' || event.key === '_') {
        const t = num(a, 'data-t0');
        const point: [number, number] = [t === undefined ? (this.plot[0] + this.plot[1]) / 2 : this.xs(t), 0];
        this.zoomer.scaleBy(select(this.svg), event.key === '+' || event.key === '=' ? 1.6 : 1 / 1.6, point);
        event.preventDefault();
        return;
      } else return;
      event.preventDefault();
      if (next) this.focusEvent(next);
    });
    this.svg.addEventListener('focusin', (event) => {
      const a = (event.target as Element).closest?.('a.tl-event') as SVGAElement | null;
      if (!a) return;
      this.resetTabStop(a);
      this.bringIntoView(a);
    });
  }

  /** The event of a lane closest in time (or position) to another. */
  private nearest(events: SVGAElement[], to: SVGAElement): SVGAElement | undefined {
    const pos = (e: SVGAElement) => e.getBoundingClientRect().left;
    const target = pos(to);
    return [...events].sort((p, q) => Math.abs(pos(p) - target) - Math.abs(pos(q) - target))[0];
  }

  /** Pans the plot, keeping its zoom, when an event lies outside the period shown. */
  private bringIntoView(a: SVGAElement): void {
    if (this.inPeriod(a)) return;
    const t0 = num(a, 'data-t0') as number;
    const t1 = num(a, 'data-t1') as number;
    const [d0, d1] = this.xs.domain() as [number, number];
    const start = Math.floor((t0 + t1) / 2 - (d1 - d0) / 2);
    this.zoomTo(start, start + Math.round(d1 - d0));
  }

  /** Moves the focus to an event (focusin brings it into view). */
  private focusEvent(a: SVGAElement): void {
    this.resetTabStop(a);
    a.focus();
  }
}

customElements.define('timeline-explorer', TimelineExplorer);
