/**
 * <timeline-explorer>: enhances the server-drawn cross-region timeline. It wires up the filter
 * form (shown from the first paint on a scripted page: data-js-only), filters lanes, kinds and the list below by model, kind and period, zooms the dated plot (brush on
 * the year axis, Ctrl/⌘ + wheel or pinch, drag to pan, buttons, period selects), re-places labels as
 * marks move apart, moves between events with the arrow keys, and keeps the view in the URL.
 * Everything it moves carries its times in data-* attributes written at build time.
 */
import { brushX, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { GEOMETRY } from '../lib/timeline/geometry';
import { fitView, formatView, isShown, parseView, type TimelineView, type ViewBounds, type ViewItem } from '../lib/timeline/view';
import { num, TimelineDrawing } from './timeline-drawing';
import { timelineClientWords } from '../lib/timeline/words';

const list = (el: Element, name: string) => (el.getAttribute(name) ?? '').split(',').filter(Boolean);

/** The smallest period the plot zooms to, in years. */
const MIN_SPAN = 2;

class TimelineExplorer extends HTMLElement {
  private svg!: SVGSVGElement;
  private drawing!: TimelineDrawing;
  private bounds!: ViewBounds;
  private view!: TimelineView;
  private plot!: [number, number];
  private zoomer!: ZoomBehavior<SVGSVGElement, unknown>;
  private form!: HTMLElement;

  connectedCallback(): void {
    const svg = this.querySelector<SVGSVGElement>('svg.tl-chart');
    const form = this.querySelector<HTMLElement>('[data-tl-controls]');
    // Without a dated plot there is nothing to zoom: the page stays as the build made it.
    if (!svg?.dataset.plot || !form) return;
    this.svg = svg;
    this.form = form;
    const [d0, d1] = list(this, 'data-domain').map(Number) as [number, number];
    this.bounds = { models: list(this, 'data-models'), kinds: list(this, 'data-kinds'), domain: [d0, d1] };
    this.drawing = new TimelineDrawing(svg, this.bounds.models, this.bounds.domain);
    this.plot = this.drawing.plot;
    this.view = parseView(location.search, this.bounds);

    this.syncForm();
    this.setUpZoom();
    this.setUpBrush();
    this.setUpKeyboard();
    form.addEventListener('change', (e) => this.onFormChange(e.target));
    form.addEventListener('click', (e) => this.onButton(e.target));

    this.applyFilters();
    const q = new URLSearchParams(location.search);
    // A shared view with regions but no period: fit the period to those regions, as a change would.
    if (q.has('models') && !q.has('from') && !q.has('to')) this.fitToView();
    else if (this.view.from !== d0 || this.view.to !== d1 - 1) this.zoomTo(this.view.from, this.view.to + 1);
    // The controls show from the first paint; this says the view from the URL is applied.
    this.dataset['ready'] = '';
  }

  /** The list's events, each with what the view needs to know of it. */
  private listItems(): { li: HTMLElement; item: ViewItem }[] {
    return [...this.querySelectorAll<HTMLElement>('li.tl-item')].map((li) => ({
      li,
      item: {
        model: li.dataset.model as string,
        kind: li.dataset.kind as string,
        ...(li.dataset.t0 ? { t0: Number(li.dataset.t0), t1: Number(li.dataset.t1) } : {}),
        ...(li.dataset.notBefore ? { notBefore: Number(li.dataset.notBefore) } : {}),
      },
    }));
  }

  /**
   * Zooms to the period of the chosen regions' events and, where the drawing scrolls sideways
   * (a phone), scrolls to where they are: the plot's start, or the 年份不详 panel.
   */
  private fitToView(): void {
    const fit = fitView(
      this.listItems().map((e) => e.item),
      this.view,
      this.bounds,
      MIN_SPAN,
    );
    if (!fit) return;
    this.zoomTo(fit.from, fit.to + 1);
    const scroller = this.svg.closest<HTMLElement>('.tl-scroll');
    const rule = this.svg.querySelector('.tl-panel-rule');
    if (!scroller || scroller.scrollWidth <= scroller.clientWidth) return;
    const left = fit.focus === 'panel' && rule ? scroller.scrollLeft + rule.getBoundingClientRect().left - scroller.getBoundingClientRect().left : 0;
    scroller.scrollTo({ left });
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
        const xs = event.transform.rescaleX(this.drawing.x);
        const [a, b] = xs.domain() as [number, number];
        this.view.from = Math.floor(a + 1e-6);
        this.view.to = Math.ceil(b - 1e-6) - 1;
        this.drawing.render(xs);
        this.syncForm();
        this.applyList();
        this.writeUrl();
        // Keep the tab stop on an event in view, unless the reader is moving through events.
        const stop = this.svg.querySelector<SVGAElement>('a.tl-event[tabindex="0"]');
        if (!this.svg.contains(document.activeElement)) this.resetTabStop(stop && this.drawing.inPeriod(stop) ? stop : undefined);
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
        const a = Math.round(this.drawing.xs.invert(p0));
        this.zoomTo(a, Math.max(Math.round(this.drawing.xs.invert(p1)), a + MIN_SPAN));
      });
    g.call(brush);
    g.select('.overlay').append('title').text(timelineClientWords(document.documentElement.lang).brushTitle);
  }

  /** Zooms the plot to the years [a, b). */
  private zoomTo(a: number, b: number): void {
    const [d0, d1] = this.bounds.domain;
    const from = Math.max(d0, Math.min(a, d1 - MIN_SPAN));
    const to = Math.min(d1, Math.max(b, from + MIN_SPAN));
    const k = (d1 - d0) / (to - from);
    const t = zoomIdentity.translate(this.plot[0] - k * this.drawing.x(from), 0).scale(k);
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
      const [a, b] = this.drawing.xs.domain() as [number, number];
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
      const from = Number(this.select('from').value);
      const to = Number(this.select('to').value);
      this.zoomTo(Math.min(from, to), Math.max(from, to) + 1);
      return;
    }
    this.view.models = checked('models');
    this.view.kinds = checked('kinds');
    this.applyFilters();
    if (target.name === 'models') this.fitToView();
    this.writeUrl();
  }

  /** Puts the view into the form controls. */
  private syncForm(): void {
    for (const input of this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      input.checked = (input.name === 'models' ? this.view.models : this.view.kinds).includes(input.value);
    }
    this.select('from').value = String(this.view.from);
    this.select('to').value = String(this.view.to);
  }

  /** The period's select for its first or last year. */
  private select(name: 'from' | 'to'): HTMLSelectElement {
    return this.form.querySelector(`select[name="${name}"]`) as HTMLSelectElement;
  }

  private writeUrl(): void {
    history.replaceState(history.state, '', `${location.pathname}${formatView(this.view, this.bounds)}${location.hash}`);
  }

  /** Shows the chosen models and kinds in the drawing and the list. */
  private applyFilters(): void {
    this.drawing.show(this.view.models, this.view.kinds);
    this.applyList();
    this.resetTabStop();
  }

  /** Hides list entries (and empty years) outside the view; says how many are shown. */
  private applyList(): void {
    const items = this.listItems();
    let shown = 0;
    for (const { li, item } of items) {
      const visible = isShown(item, this.view);
      li.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const year of this.querySelectorAll<HTMLElement>('.tl-year')) {
      year.hidden = !year.querySelector('li.tl-item:not([hidden])');
    }
    const empty = this.querySelector<HTMLElement>('[data-tl-empty]');
    if (empty) empty.hidden = shown > 0;
    const status = this.querySelector('[data-tl-status]');
    if (status) status.textContent = timelineClientWords(document.documentElement.lang).status(shown, items.length, this.view.from, this.view.to);
  }

  /** One tab stop into the drawing (roving tabindex): the current event, or the first one in view. */
  private resetTabStop(current?: SVGAElement): void {
    const all = [...this.svg.querySelectorAll<SVGAElement>('a.tl-event')];
    const shown = this.drawing.visibleLanes().flatMap((l) => this.drawing.laneEvents(l));
    const first = current && shown.includes(current) ? current : (shown.find((a) => this.drawing.inPeriod(a)) ?? shown[0]);
    for (const a of all) a.setAttribute('tabindex', a === first ? '0' : '-1');
  }

  private setUpKeyboard(): void {
    this.svg.addEventListener('keydown', (event) => {
      const a = (event.target as Element).closest?.('a.tl-event') as SVGAElement | null;
      if (!a) return;
      const lane = a.closest('.tl-lane')?.getAttribute('data-lane') as string;
      const events = this.drawing.laneEvents(lane);
      const i = events.indexOf(a);
      let next: SVGAElement | undefined;
      if (event.key === 'ArrowRight') next = events[Math.min(i + 1, events.length - 1)];
      else if (event.key === 'ArrowLeft') next = events[Math.max(i - 1, 0)];
      else if (event.key === 'Home') next = events[0];
      else if (event.key === 'End') next = events[events.length - 1];
      else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const lanes = this.drawing.visibleLanes();
        const other = lanes[lanes.indexOf(lane) + (event.key === 'ArrowDown' ? 1 : -1)];
        if (other) next = this.nearest(this.drawing.laneEvents(other), a);
        else next = a;
      } else if (event.key === '+' || event.key === '=' || event.key === '-' || event.key === '_') {
        const t = num(a, 'data-t0');
        const point: [number, number] = [t === undefined ? (this.plot[0] + this.plot[1]) / 2 : this.drawing.xs(t), 0];
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
    if (this.drawing.inPeriod(a)) return;
    const t0 = num(a, 'data-t0') as number;
    const t1 = num(a, 'data-t1') as number;
    const [d0, d1] = this.drawing.xs.domain() as [number, number];
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
