import { describe, expect, it } from 'vitest';
import { buildTimelineData, dateSpan } from '../../src/lib/timeline/data';
import { collectInfluences, sourceLanes } from '../../src/lib/timeline/influence';
import { parseSourceDate } from '../../src/lib/dates';
import { event, learnedCase, stage, unknownYear } from './timeline-fixtures';

const lanes = [
  { id: 'sh', label: '上海', proposal: false },
  { id: 'jy', label: '建邺', proposal: false },
  { id: 'he', label: '浉河', proposal: false },
];
const round = (v: number | undefined) => (v === undefined ? undefined : Math.round(v * 1000) / 1000);

describe('dateSpan(date)', () => {
  it.each([
    ['2009年', [2009, 2010]],
    ['2009年底', [2009.75, 2010]],
    ['2010年上半年', [2010, 2010.5]],
    ['2009年4月', [2009.25, 2009.333]],
    ['2004年9月起', [2004.667, 2004.75]],
    ['约从1992年到1999年', [1992, 2000]],
  ])('gives %s the span [%s]', (text, span) => {
    expect(dateSpan(parseSourceDate(text)!)?.map(round)).toEqual(span);
  });
  it.each(['今年4月', '9月初以后', '2004年至今'])('gives %s no span (no year, or no end)', (text) => {
    expect(dateSpan(parseSourceDate(text)!)).toBeUndefined();
  });
});

describe('buildTimelineData(lanes, stages, events)', () => {
  const data = buildTimelineData(
    lanes,
    [
      stage('sh-3', 'sh', 3, { text: '从2004年至今', precision: 'range' }),
      stage('sh-1', 'sh', 1, { text: '约从1992年到1999年', precision: 'range' }, { text: '约1999年', precision: 'approximate', reason: '约数。' }),
      stage('jy-pilot', 'jy', 1, { text: '2009年4月', precision: 'month' }, { text: '2009年底', precision: 'year' }),
      stage('he-pilot', 'he', 1, { text: '今年4月', ...unknownYear }),
      stage('other', 'gd', 1, { text: '2019年', precision: 'year' }),
    ],
    [
      event('he-visit', 'he', '11月4日', unknownYear),
      event('sh-2006', 'sh', '至2006年底', { stage: 'sh-3' }),
      event('sh-2004', 'sh', '2004年9月起', { precision: 'month', stage: 'sh-3' }),
      event('jy-start', 'jy', '2009年4月', { precision: 'month', stage: 'jy-pilot' }),
      event('he-start', 'he', '今年4月', unknownYear),
    ],
  );

  it('orders events by date, the undated last in the order of their months', () => {
    expect(data.items.map((i) => i.id)).toEqual(['sh-2004', 'sh-2006', 'jy-start', 'he-start', 'he-visit']);
  });

  it('keeps the precision in the words and gives no span to a date without a year', () => {
    const he = data.items.find((i) => i.id === 'he-start')!;
    expect(he.dateLabel).toBe('4月(年份不详)');
    expect(he.span).toBeUndefined();
    expect(he.notBefore).toBe(2011);
  });

  it('orders stages by lane, then by their order, and leaves out other models', () => {
    expect(data.stages.map((s) => s.id)).toEqual(['sh-1', 'sh-3', 'jy-pilot', 'he-pilot']);
  });

  it('reads a stage written as a range, approximate, with its end', () => {
    const s = data.stages.find((x) => x.id === 'sh-1')!;
    expect([s.t0, s.t1, s.open, s.approximate]).toEqual([1992, 2000, false, true]);
    expect(s.dateLabel).toBe('约1992年至1999年');
  });

  it('marks a stage “至今” as open, attested up to its last dated event', () => {
    const s = data.stages.find((x) => x.id === 'sh-3')!;
    expect([s.t0, s.t1, s.open, s.attestedTo]).toEqual([2004, undefined, true, 2007]);
  });

  it('gives a stage without a year no time, and its lower bound', () => {
    const s = data.stages.find((x) => x.id === 'he-pilot')!;
    expect([s.t0, s.open, s.notBefore]).toEqual([undefined, true, 2011]);
  });
});

describe('collectInfluences(events, cases)', () => {
  const influences = collectInfluences(
    [
      event('sh-1999', 'sh', '1999年', { kind: '推广', spreadTo: '全国' }),
      event('sh-2006', 'sh', '2006年', { kind: '推广', spreadTo: '全市' }),
      event('jy-start', 'jy', '2009年4月', { precision: 'month', learnedFrom: [{ place: '上海', model: 'sh' }, { place: '武汉' }] }),
    ],
    [learnedCase('hongchu', 'sh', '虹储居民区', ['he']), learnedCase('linfen', 'sh', '临汾街道', ['he'])],
  );

  it('finds spreads, national or not, learning stated on events, and learning stated on cases', () => {
    expect(influences.map((i) => i.id)).toEqual(['spread-sh-1999', 'spread-sh-2006', 'learn-jy-start', 'learn-he-from-sh']);
    expect(influences.map((i) => (i.kind === 'spread' ? i.national : undefined))).toEqual([true, false, undefined, undefined]);
  });

  it('keeps places without an entry, and groups the cases one model learned from another', () => {
    const jy = influences.find((i) => i.id === 'learn-jy-start')!;
    expect(jy.kind === 'learn' && jy.places).toEqual([{ place: '上海', model: 'sh' }, { place: '武汉' }]);
    const he = influences.find((i) => i.id === 'learn-he-from-sh')!;
    expect(he.kind === 'learn' && he.event).toBeUndefined();
    expect(he.kind === 'learn' && he.places.map((p) => p.case)).toEqual(['hongchu', 'linfen']);
  });

  it('names the lanes an influence comes from', () => {
    expect(influences.map(sourceLanes)).toEqual([['sh'], ['sh'], ['sh'], ['sh']]);
  });
});
