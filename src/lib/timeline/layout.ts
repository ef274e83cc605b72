/**
 * Lays the timeline out at build time, as data (no DOM): a d3 linear scale from fractional years
 * to pixels, one lane per model, stage bands and event marks packed into rows so no labels
 * collide, and the 年份不详 panel where items whose year the source omits sit in source order,
 * never at a guessed year. Influence links are laid out by ./links.ts on top of this.
 */
import { scaleLinear } from 'd3-scale';
import { dateKeyInYear, formatPoint, type DatePoint, type DatePrecision, type ParsedDate } from '../dates';
import type { TimelineData, TimelineItem, TimelineStage } from './data';
import { GEOMETRY, laneHeight, markExtent, packingExtent, rowCentre } from './geometry';
import { fitText, labelRow, packRows, placeLabel, type Extent } from './labels';

export { GEOMETRY };

export interface LayoutOptions {
  /** Total width of the drawing. */
  width: number;
  /** Space left of the plot: the column of lane names, or a margin for a single model's timeline. */
  left: number;
  /** Width of the 年份不详 panel, used when some item has no year. */
  panelWidth: number;
  /** The longest a mark's label may be before it is cut. */
  maxLabelWidth: number;
  /** A date point in words, heading a column of the 年份不详 panel (Chinese unless given). */
  point?: (p: DatePoint) => string;
}

/** Which part of the drawing a mark is in: the dated plot (zoomable) or the 年份不详 panel. */
export type Region = 'plot' | 'panel';

/** A stage as a band. Times are set in the plot, so the browser can re-scale them. */
export interface BandMark {
  id: string;
  name: string;
  label: string;
  /** Whether the label sits inside the band (otherwise to its right). */
  labelInside: boolean;
  dateLabel: string;
  region: Region;
  /** Top of the band within its lane. */
  y: number;
  x0: number;
  /** End of the attested part (solid). */
  x1: number;
  /** For an open stage: where the dashed continuation ends (the edge of its region). */
  tailX1?: number;
  labelX: number;
  t0?: number;
  t1?: number;
  approximate: boolean;
  open: boolean;
}

/** An event as a mark with its label. */
export interface EventMark {
  id: string;
  kind: string;
  title: string;
  label: string;
  dateLabel: string;
  precision: DatePrecision;
  /** 起: the date starts something that continues. */
  from: boolean;
  /** 至: the date is a deadline ("by then"). */
  by: boolean;
  region: Region;
  /** Centre of the row within its lane. */
  y: number;
  /** The glyph's centre, and the span the date can mean. */
  x: number;
  x0: number;
  x1: number;
  labelX: number;
  labelAnchor: 'start' | 'end';
  t0?: number;
  t1?: number;
}

/** The lower bound of a lane's undated items, drawn on the dated plot as "not before …". */
export interface NotBeforeMark {
  year: number;
  x: number;
  y: number;
}

export interface LaneLayout {
  id: string;
  label: string;
  proposal: boolean;
  /** Top of the lane in the drawing. */
  y: number;
  height: number;
  /** Where the event rows start, below the bands (the browser packs the rows again when filtering). */
  eventsTop: number;
  bands: BandMark[];
  events: EventMark[];
  notBefore?: NotBeforeMark;
}

/** A column of the 年份不详 panel: one wording of a date without a year, in source order. */
export interface PanelColumn {
  x: number;
  label: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** The longest a label may be (the browser re-labels with it after zooming). */
  maxLabelWidth: number;
  /** The whole years the dated plot covers, [first, end). */
  domain: [number, number];
  plot?: Extent;
  panel?: Extent & { columns: PanelColumn[] };
  /** Labelled ticks of the year axis. */
  ticks: { value: number; x: number }[];
  /** Every whole year in the domain, for grid lines. */
  years: { value: number; x: number }[];
  /** Where the lanes start and end. */
  top: number;
  bottom: number;
  lanes: LaneLayout[];
}

/**
 * The whole years covering every dated stage and event, [floor of first, ceil of last), and the
 * year after the lower bound of undated items, so the plot can show from when they can be.
 */
export function timelineDomain(data: TimelineData): [number, number] | undefined {
  const times = [
    ...data.items.flatMap((i) => i.span ?? []),
    ...data.stages.flatMap((s) => [s.t0, s.t1, s.attestedTo].filter((t): t is number => t !== undefined)),
  ];
  if (times.length === 0) return undefined;
  for (const i of data.items) if (!i.span && i.notBefore !== undefined) times.push(i.notBefore + 1);
  const first = Math.floor(Math.min(...times));
  const last = Math.ceil(Math.max(...times));
  // An open stage continues past its last date: leave it a year when it would end at the edge.
  const open = data.stages.some((s) => s.open && s.t0 !== undefined && Math.max(s.t0, s.attestedTo ?? s.t0) > last - 1);
  return [first, Math.max(last + (open ? 1 : 0), first + 1)];
}

/** The key that places an undated date in a panel column ("9月初" and "9月初以后" share one). */
function columnKey(d: ParsedDate, point: (p: DatePoint) => string): string {
  return point(d.start);
}

/** The panel's columns: every distinct wording of the undated dates, in the order within a year. */
function panelColumns(dates: ParsedDate[], region: Extent, point: (p: DatePoint) => string): { columns: PanelColumn[]; xOf: (d: ParsedDate) => number } {
  const sorted = [...dates].sort((a, b) => dateKeyInYear(a) - dateKeyInYear(b));
  const keys = [...new Set(sorted.map((d) => columnKey(d, point)))];
  const inner = { start: region.start + GEOMETRY.panelPad, end: region.end - GEOMETRY.panelPad };
  const step = keys.length > 1 ? (inner.end - inner.start) / (keys.length - 1) : 0;
  const columns = keys.map((label, i) => ({ label, x: keys.length > 1 ? inner.start + i * step : inner.start }));
  const byKey = new Map(keys.map((k, i) => [k, (columns[i] as PanelColumn).x]));
  return { columns, xOf: (d) => byKey.get(columnKey(d, point)) ?? inner.start };
}

interface Placed<T> {
  mark: T;
  extent: Extent;
}

/** Bands of one lane and region, with labels inside when they fit, packed into rows. */
function placeBands(stages: TimelineStage[], region: Region, xOf: (s: TimelineStage) => [number, number, number | undefined], bounds: Extent): Placed<BandMark>[] {
  const { fontSize, labelGap } = GEOMETRY;
  return stages.map((s) => {
    const [x0, x1, tailX1] = xOf(s);
    const end = tailX1 ?? x1;
    const inside = fitText(s.name, end - x0 - 2 * labelGap, fontSize);
    // A band too short for its name gets the name beside it, when it fits there whole.
    const side = inside === s.name ? undefined : placeLabel(s.name, { start: x0, end }, bounds, { gap: labelGap, fontSize, maxWidth: bounds.end - bounds.start });
    const beside = side && side.text === s.name ? side : undefined;
    const mark: BandMark = {
      id: s.id,
      name: s.name,
      label: beside ? beside.text : inside,
      labelInside: !beside,
      dateLabel: s.dateLabel,
      region,
      y: 0,
      x0,
      x1,
      ...(tailX1 !== undefined ? { tailX1 } : {}),
      labelX: beside ? beside.x : x0 + labelGap,
      ...(s.t0 !== undefined ? { t0: s.t0 } : {}),
      ...(s.t1 ?? s.attestedTo) !== undefined ? { t1: (s.t1 ?? s.attestedTo) as number } : {},
      approximate: s.approximate,
      open: s.open,
    };
    return { mark, extent: beside ? beside.extent : { start: x0, end } };
  });
}

/** Event marks of one lane and region, not yet in rows; each keeps room for a short label. */
function placeEvents(items: TimelineItem[], region: Region, spanOf: (i: TimelineItem) => [number, number]): Placed<EventMark>[] {
  return items.map((i) => {
    const [x0, x1] = spanOf(i);
    const extent = markExtent(x0, x1, Boolean(i.date.from), Boolean(i.date.by), !i.span);
    const mark: EventMark = {
      id: i.id,
      kind: i.kind,
      title: i.title,
      label: '',
      dateLabel: i.dateLabel,
      precision: i.date.precision,
      from: Boolean(i.date.from),
      by: Boolean(i.date.by),
      region,
      y: 0,
      x: (x0 + x1) / 2,
      x0,
      x1,
      labelX: extent.end + GEOMETRY.labelGap,
      labelAnchor: 'start',
      ...(i.span ? { t0: i.span[0], t1: i.span[1] } : {}),
    };
    return { mark, extent: packingExtent(x0, x1, Boolean(i.date.from), Boolean(i.date.by), region) };
  });
}

/** Labels every row of event marks without overlap, as wide as the room allows. */
function labelEvents(placed: Placed<EventMark>[], bounds: Extent, maxWidth: number): void {
  const rows = new Map<number, EventMark[]>();
  for (const { mark } of placed) rows.set(mark.y, [...(rows.get(mark.y) ?? []), mark]);
  for (const marks of rows.values()) {
    marks.sort((a, b) => a.x - b.x);
    const labels = labelRow(
      marks.map((m) => ({ ...markExtent(m.x0, m.x1, m.from, m.by, m.t0 === undefined), text: m.title })),
      bounds,
      { gap: GEOMETRY.labelGap, fontSize: GEOMETRY.fontSize, maxWidth },
    );
    marks.forEach((m, k) => {
      const l = labels[k];
      if (!l) return;
      m.label = l.text;
      m.labelX = l.x;
      m.labelAnchor = l.anchor;
    });
  }
}

/** Packs placed marks into rows, left to right; sets each mark's y from its row, returns the count. */
function packInto<T extends { y: number }>(placed: Placed<T>[], yOfRow: (row: number) => number): number {
  const order = placed.map((_, i) => i).sort((a, b) => (placed[a] as Placed<T>).extent.start - (placed[b] as Placed<T>).extent.start || a - b);
  const { rows, count } = packRows(order.map((i) => (placed[i] as Placed<T>).extent), GEOMETRY.rowGap);
  order.forEach((i, k) => {
    (placed[i] as Placed<T>).mark.y = yOfRow(rows[k] as number);
  });
  return count;
}

/**
 * Lays out the whole timeline. Lanes come in the order of `data.lanes`; a lane with nothing on
 * it still gets a row, so an empty lane reads as "no dated events" rather than disappearing.
 */
export function layoutTimeline(data: TimelineData, opts: LayoutOptions): TimelineLayout {
  const g = GEOMETRY;
  const domain = timelineDomain(data);
  const undated = [...data.items.filter((i) => !i.span), ...data.stages.filter((s) => s.t0 === undefined)];
  const left = opts.left;
  const panelWidth = undated.length === 0 ? 0 : domain ? opts.panelWidth : opts.width - left;
  const plot = domain ? { start: left, end: opts.width - (panelWidth > 0 ? panelWidth + g.gutter : g.edge) } : undefined;
  const panelExtent = panelWidth > 0 ? { start: opts.width - panelWidth, end: opts.width } : undefined;

  const x = scaleLinear()
    .domain(domain ?? [0, 1])
    .range(plot ? [plot.start, plot.end] : [0, 1]);
  const panel = panelExtent
    ? panelColumns([...data.items.filter((i) => !i.span).map((i) => i.date), ...data.stages.filter((s) => s.t0 === undefined).map((s) => s.start)], panelExtent, opts.point ?? formatPoint)
    : undefined;

  const lanes: LaneLayout[] = [];
  let y = g.axisHeight;
  for (const lane of data.lanes) {
    const stages = data.stages.filter((s) => s.lane === lane.id);
    const items = data.items.filter((i) => i.lane === lane.id);
    const bands: Placed<BandMark>[][] = [];
    const events: Placed<EventMark>[][] = [];
    if (plot && domain) {
      bands.push(
        placeBands(stages.filter((s) => s.t0 !== undefined), 'plot', (s) => {
          const x0 = x(s.t0 as number);
          if (!s.open) return [x0, x(s.t1 as number), undefined];
          return [x0, Math.max(x0 + 2, x(s.attestedTo ?? (s.t0 as number))), plot.end];
        }, plot),
      );
      events.push(placeEvents(items.filter((i) => i.span), 'plot', (i) => [x((i.span as [number, number])[0]), x((i.span as [number, number])[1])]));
    }
    if (panel && panelExtent) {
      bands.push(placeBands(stages.filter((s) => s.t0 === undefined), 'panel', (s) => [panel.xOf(s.start), panel.xOf(s.start) + 2, panelExtent.end], panelExtent));
      events.push(placeEvents(items.filter((i) => !i.span), 'panel', (i) => [panel.xOf(i.date), panel.xOf(i.date)]));
    }
    const bandStep = g.bandHeight + g.bandGap;
    const bandRows = Math.max(0, ...bands.map((b) => packInto(b, (row) => g.lanePad + row * bandStep)));
    const eventsTop = g.lanePad + bandRows * bandStep;
    const eventRows = events.map((e) => packInto(e, (row) => rowCentre(eventsTop, row)));
    if (plot && events[0]) labelEvents(events[0], plot, opts.maxLabelWidth);
    const panelEvents = events[plot ? 1 : 0];
    if (panelExtent && panelEvents) labelEvents(panelEvents, panelExtent, opts.maxLabelWidth);
    // Undated items sit in the panel; on the dated plot the lane says from when they can be.
    const bounds = items.filter((i) => !i.span).map((i) => i.notBefore);
    const notBeforeYear = bounds.length > 0 && bounds.every((b) => b !== undefined) ? Math.min(...(bounds as number[])) : undefined;
    const plotRows = eventRows[0] ?? 0;
    const notBefore =
      plot && notBeforeYear !== undefined && notBeforeYear >= (domain as [number, number])[0]
        ? { year: notBeforeYear, x: x(notBeforeYear), y: rowCentre(eventsTop, plotRows) }
        : undefined;
    const rows = Math.max(plotRows + (notBefore ? 1 : 0), ...eventRows);
    const height = laneHeight(eventsTop, rows);
    lanes.push({
      id: lane.id,
      label: lane.label,
      proposal: lane.proposal,
      y,
      height,
      eventsTop,
      bands: bands.flat().map((b) => b.mark),
      events: events.flat().map((e) => e.mark),
      ...(notBefore ? { notBefore } : {}),
    });
    y += height;
  }

  const ticks = domain && plot ? x.ticks(Math.max(2, Math.floor((plot.end - plot.start) / 64))).filter(Number.isInteger) : [];
  const years = domain ? Array.from({ length: domain[1] - domain[0] + 1 }, (_, i) => domain[0] + i) : [];
  return {
    width: opts.width,
    height: y + g.lanePad,
    maxLabelWidth: opts.maxLabelWidth,
    domain: domain ?? [0, 1],
    ...(plot ? { plot } : {}),
    ...(panel && panelExtent ? { panel: { ...panelExtent, columns: panel.columns } } : {}),
    ticks: ticks.map((value) => ({ value, x: x(value) })),
    years: years.map((value) => ({ value, x: x(value) })),
    top: g.axisHeight,
    bottom: y,
    lanes,
  };
}
