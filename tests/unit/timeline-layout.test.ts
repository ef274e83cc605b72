import { describe, expect, it } from 'vitest';
import { buildTimelineData } from '../../src/lib/timeline/data';
import { GEOMETRY, markExtent } from '../../src/lib/timeline/geometry';
import { collectInfluences } from '../../src/lib/timeline/influence';
import { estimateTextWidth } from '../../src/lib/timeline/labels';
import { layoutTimeline, timelineDomain, type TimelineLayout } from '../../src/lib/timeline/layout';
import { layoutLinks } from '../../src/lib/timeline/links';
import { event, learnedCase, stage, unknownYear } from './timeline-fixtures';

const lanes = [
  { id: 'sh', label: '上海', proposal: false },
  { id: 'jy', label: '建邺', proposal: false },
  { id: 'he', label: '浉河', proposal: false },
];
const stages = [
  stage('sh-1', 'sh', 1, { text: '约从1992年到1999年', precision: 'range' }),
  stage('sh-3', 'sh', 3, { text: '从2004年至今', precision: 'range' }),
  stage('jy-pilot', 'jy', 1, { text: '2009年4月', precision: 'month' }, { text: '2009年底', precision: 'year' }),
  stage('he-pilot', 'he', 1, { text: '今年4月', ...unknownYear }),
];
// Many events in a few years, to force several rows.
const events = [
  ...['1996年', '1996年3月', '1997年', '1999年', '1999年', '1999年', '2003年', '2003年10月', '2004年9月起', '2004年12月', '2005年', '至2006年底'].map(
    (text, i) => event(`sh-${i}`, 'sh', text, { precision: /月/.test(text) ? 'month' : 'year', stage: i >= 8 ? 'sh-3' : undefined, title: `上海第${i}件大事的很长很长的标题` }),
  ),
  event('jy-start', 'jy', '2009年4月', { precision: 'month', learnedFrom: [{ place: '上海', model: 'sh' }, { place: '武汉' }] }),
  event('sh-spread', 'sh', '2003年', { kind: '推广', spreadTo: '全国' }),
  event('he-start', 'he', '今年4月', unknownYear),
  event('he-rollout', 'he', '9月初', unknownYear),
  event('he-visit', 'he', '11月4日', unknownYear),
];
const data = buildTimelineData(lanes, stages, events);
const opts = { width: 1000, left: 60, panelWidth: 240, maxLabelWidth: 160 };
const layout = layoutTimeline(data, opts);
const lane = (id: string) => layout.lanes.find((l) => l.id === id)!;

/** Every event's mark and label in a lane, as extents with their row. */
function labelled(l: TimelineLayout['lanes'][number]) {
  return l.events.map((e) => {
    const m = markExtent(e.x0, e.x1, e.from, e.by, e.t0 === undefined);
    const w = estimateTextWidth(e.label, GEOMETRY.fontSize);
    const label = e.labelAnchor === 'start' ? { start: e.labelX, end: e.labelX + w } : { start: e.labelX - w, end: e.labelX };
    return { id: e.id, y: e.y, region: e.region, mark: m, label: e.label ? label : undefined };
  });
}
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

describe('timelineDomain(data)', () => {
  it('covers every dated item in whole years, and the year after the bound of undated ones', () => {
    expect(timelineDomain(data)).toEqual([1992, 2012]);
  });
  it('leaves a year for an open stage that reaches the edge', () => {
    const open = buildTimelineData(lanes, [stages[1]!], [events[11]!]);
    expect(open.items[0]?.span?.[1]).toBe(2007);
    expect(timelineDomain(open)).toEqual([2004, 2008]);
  });
  it('is undefined when nothing has a year', () => {
    expect(timelineDomain(buildTimelineData(lanes, [], [event('he-start', 'he', '今年4月', unknownYear)]))).toBeUndefined();
  });
});

describe('layoutTimeline(data, opts)', () => {
  it('stacks one lane per model, in order, each below the last', () => {
    expect(layout.lanes.map((l) => l.id)).toEqual(['sh', 'jy', 'he']);
    for (let i = 1; i < layout.lanes.length; i++) {
      const [a, b] = [layout.lanes[i - 1]!, layout.lanes[i]!];
      expect(b.y).toBe(a.y + a.height);
    }
    expect(layout.bottom).toBe(lane('he').y + lane('he').height);
  });

  it('maps years to x with a linear scale over the plot, with labelled whole-year ticks', () => {
    const plot = layout.plot!;
    expect(plot.start).toBe(60);
    expect(plot.end).toBe(1000 - 240 - GEOMETRY.gutter);
    expect(layout.ticks.every((t) => Number.isInteger(t.value))).toBe(true);
    const first = layout.years[0]!;
    const last = layout.years[layout.years.length - 1]!;
    expect([first.value, first.x, last.value, last.x]).toEqual([1992, plot.start, 2012, plot.end]);
  });

  it('places no label over another mark or label in the same row', () => {
    for (const l of layout.lanes) {
      const items = labelled(l);
      for (const a of items) {
        for (const b of items) {
          if (a === b || a.y !== b.y || a.region !== b.region) continue;
          expect(overlaps(a.mark, b.mark), `${a.id} and ${b.id} marks`).toBe(false);
          if (a.label) expect(overlaps(a.label, b.mark), `${a.id} label over ${b.id}`).toBe(false);
          if (a.label && b.label) expect(overlaps(a.label, b.label), `${a.id} and ${b.id} labels`).toBe(false);
        }
      }
    }
  });

  it('keeps every plot label inside the plot, and labels most marks', () => {
    const plot = layout.plot!;
    const items = layout.lanes.flatMap(labelled).filter((i) => i.region === 'plot');
    for (const i of items) if (i.label) expect(i.label.start >= plot.start && i.label.end <= plot.end, i.id).toBe(true);
    expect(items.filter((i) => i.label).length).toBeGreaterThanOrEqual(items.length * 0.75);
  });

  it('spreads same-year events over rows below the stage bands', () => {
    const sh = lane('sh');
    const rows = new Set(sh.events.filter((e) => e.t0 === 1999).map((e) => e.y));
    expect(rows.size).toBe(3);
    const bandsBottom = Math.max(...sh.bands.map((b) => b.y + GEOMETRY.bandHeight));
    expect(Math.min(...sh.events.map((e) => e.y - GEOMETRY.rowHeight / 2))).toBeGreaterThanOrEqual(bandsBottom);
  });

  it('draws a year-precision event across its year, a month event as a point', () => {
    const year = lane('sh').events.find((e) => e.id === 'sh-0')!;
    const month = lane('sh').events.find((e) => e.id === 'sh-1')!;
    expect(year.precision).toBe('year');
    expect(year.x1 - year.x0).toBeGreaterThan(20);
    expect(month.precision).toBe('month');
    expect(month.x1 - month.x0).toBeLessThan(5);
  });

  it('draws an open stage solid to its last dated event, then continuing to the edge', () => {
    const band = lane('sh').bands.find((b) => b.id === 'sh-3')!;
    expect(band.open).toBe(true);
    expect(band.t1).toBe(2007);
    expect(band.tailX1).toBe(layout.plot!.end);
  });

  it('puts dates without a year in the 年份不详 panel, in the order of the source, never on the axis', () => {
    const he = lane('he');
    expect(he.events.every((e) => e.region === 'panel' && e.t0 === undefined)).toBe(true);
    expect(he.bands.every((b) => b.region === 'panel')).toBe(true);
    const panel = layout.panel!;
    expect(panel.columns.map((c) => c.label)).toEqual(['4月', '9月初', '11月4日']);
    const xs = ['he-start', 'he-rollout', 'he-visit'].map((id) => he.events.find((e) => e.id === id)!.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs.every((x) => x >= panel.start && x <= panel.end)).toBe(true);
  });

  it('marks on the dated plot the earliest year the undated items can be', () => {
    expect(lane('he').notBefore?.year).toBe(2011);
    const year = layout.years.find((y) => y.value === 2011)!;
    expect(lane('he').notBefore?.x).toBe(year.x);
    expect(lane('sh').notBefore).toBeUndefined();
  });

  it('gives the whole width to the panel when nothing has a year', () => {
    const only = layoutTimeline(buildTimelineData([lanes[2]!], [], events.filter((e) => e.data.model === 'he')), { ...opts, left: 0 });
    expect(only.plot).toBeUndefined();
    expect([only.panel?.start, only.panel?.end]).toEqual([0, 1000]);
  });
});

describe('layoutLinks(layout, influences)', () => {
  const influences = collectInfluences(
    events,
    [learnedCase('hongchu', 'sh', '虹储居民区', ['he'])],
  );
  const { links, foot, height } = layoutLinks(layout, influences);

  it('draws learning from the lane learned from to the event that states it', () => {
    const l = links.find((k) => k.id === 'learn-jy-start-sh')!;
    const mark = lane('jy').events.find((e) => e.id === 'jy-start')!;
    expect([l.from, l.to, l.region, l.x, l.event]).toEqual(['sh', 'jy', 'plot', mark.x, 'jy-start']);
    expect(l.dy0).toBe(lane('sh').height);
    expect(l.dy1).toBeLessThan(mark.y);
    expect(l.text).toBe('建邺借鉴上海、武汉');
  });

  it('draws a national spread down across the lanes, labelled below them', () => {
    const l = links.find((k) => k.kind === 'spread')!;
    expect([l.from, l.to]).toEqual(['sh', undefined]);
    expect(foot.map((f) => f.text)).toEqual(['推广至全国']);
    expect(height).toBeGreaterThan(layout.height);
  });

  it('draws undated learning in the 年份不详 panel, with its text wrapped to fit', () => {
    const l = links.find((k) => k.id === 'learn-he-from-sh-sh')!;
    expect(l.region).toBe('panel');
    expect(l.t).toBeUndefined();
    expect(l.lines.join('')).toBe('浉河借鉴上海虹储居民区');
  });
});
