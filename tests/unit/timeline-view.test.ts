import { describe, expect, it } from 'vitest';
import { defaultView, fitView, formatView, isShown, parseView } from '../../src/lib/timeline/view';

const bounds = {
  models: ['shanghai', 'pudong', 'jianye', 'shihe', 'guangdong'],
  kinds: ['文件·会议', '试点', '推广', '机构设立', '成效', '评价'],
  domain: [1992, 2021] as const,
};
const all = defaultView(bounds);

describe('parseView(search, bounds)', () => {
  it('reads the example of the issue', () => {
    expect(parseView('?models=shanghai,jianye&kinds=%E8%AF%95%E7%82%B9&from=1996&to=2006', bounds)).toEqual({
      models: ['shanghai', 'jianye'],
      kinds: ['试点'],
      from: 1996,
      to: 2006,
    });
  });

  it('shows everything over the whole period when the query is empty', () => {
    expect(parseView('', bounds)).toEqual({ ...all, from: 1992, to: 2020 });
  });

  it('drops unknown models and kinds, keeps the bounds order', () => {
    expect(parseView('?models=jianye,nowhere,shanghai&kinds=试点,传说', bounds)).toMatchObject({
      models: ['shanghai', 'jianye'],
      kinds: ['试点'],
    });
  });

  it('treats an empty list as none chosen', () => {
    expect(parseView('?models=', bounds).models).toEqual([]);
  });

  it('clamps years to the domain, rounds them, and puts a reversed period right', () => {
    expect(parseView('?from=1900&to=2100', bounds)).toMatchObject({ from: 1992, to: 2020 });
    expect(parseView('?from=2006&to=1996', bounds)).toMatchObject({ from: 1996, to: 2006 });
    expect(parseView('?from=abc&to=2003.6', bounds)).toMatchObject({ from: 1992, to: 2004 });
  });
});

describe('formatView(view, bounds)', () => {
  it('is empty for the default view', () => {
    expect(formatView(all, bounds)).toBe('');
  });

  it('writes only what differs from the default, and reads back the same view', () => {
    const view = { models: ['shanghai', 'jianye'], kinds: ['试点'], from: 1996, to: 2006 };
    const q = formatView(view, bounds);
    expect(q).toBe('?models=shanghai,jianye&kinds=%E8%AF%95%E7%82%B9&from=1996&to=2006');
    expect(parseView(q, bounds)).toEqual(view);
  });

  it('keeps the period alone when only the period changed', () => {
    expect(formatView({ ...all, from: 2009, to: 2010 }, bounds)).toBe('?from=2009&to=2010');
  });
});

describe('isShown(item, view)', () => {
  const jianye2009 = { model: 'jianye', kind: '试点', t0: 2009.25, t1: 2009.333 };
  it('shows an event of a chosen model and kind that can fall in the period', () => {
    expect(isShown(jianye2009, all)).toBe(true);
    expect(isShown(jianye2009, { ...all, from: 2009, to: 2009 })).toBe(true);
  });
  it('hides it for another model, another kind, or a period it cannot fall in', () => {
    expect(isShown(jianye2009, { ...all, models: ['shanghai'] })).toBe(false);
    expect(isShown(jianye2009, { ...all, kinds: ['推广'] })).toBe(false);
    expect(isShown(jianye2009, { ...all, from: 1996, to: 2006 })).toBe(false);
  });
  it('counts a year-long date as in the period when the period touches its year', () => {
    expect(isShown({ model: 'shanghai', kind: '推广', t0: 2006.75, t1: 2007 }, { ...all, from: 2006, to: 2006 })).toBe(true);
  });
  it('keeps an undated event unless its lower bound lies after the period', () => {
    const shihe = { model: 'shihe', kind: '试点', notBefore: 2011 };
    expect(isShown(shihe, { ...all, from: 2009, to: 2012 })).toBe(true);
    expect(isShown(shihe, { ...all, from: 1996, to: 2006 })).toBe(false);
    expect(isShown({ model: 'shihe', kind: '试点' }, { ...all, from: 1996, to: 2006 })).toBe(true);
  });
});

describe('fitView(items, view, bounds, minSpan)', () => {
  const items = [
    { model: 'shanghai', kind: '试点', t0: 1996.2, t1: 1996.3 },
    { model: 'shanghai', kind: '推广', t0: 2003, t1: 2004 },
    { model: 'jianye', kind: '试点', t0: 2008.5, t1: 2008.6 },
    { model: 'shihe', kind: '试点', notBefore: 2011 },
    { model: 'shihe', kind: '推广', notBefore: 2011 },
  ];
  const only = (models: string[], kinds = bounds.kinds) => ({ ...all, models, kinds: [...kinds] });

  it('fits a region whose events are all undated from their lower bound on, and focuses the 年份不详 panel', () => {
    expect(fitView(items, only(['shihe']), bounds, 2)).toEqual({ from: 2011, to: 2020, focus: 'panel' });
  });

  it('fits the whole years of the dated events of the chosen regions', () => {
    expect(fitView(items, only(['shanghai']), bounds, 2)).toEqual({ from: 1996, to: 2003, focus: 'plot' });
  });

  it('keeps the lower bound of undated events of another chosen region in the period', () => {
    expect(fitView(items, only(['jianye', 'shihe']), bounds, 2)).toEqual({ from: 2008, to: 2011, focus: 'plot' });
  });

  it('counts only the chosen kinds', () => {
    expect(fitView(items, only(['shanghai'], ['推广']), bounds, 2)).toEqual({ from: 2003, to: 2004, focus: 'plot' });
  });

  it('widens a period to the smallest span, inside the domain', () => {
    expect(fitView(items, only(['jianye']), bounds, 2)).toEqual({ from: 2008, to: 2009, focus: 'plot' });
    expect(fitView([{ model: 'shanghai', kind: '试点', t0: 2020.5, t1: 2020.6 }], all, bounds, 3)).toEqual({ from: 2018, to: 2020, focus: 'plot' });
  });

  it('leaves the period alone when the view shows no event', () => {
    expect(fitView(items, only(['guangdong']), bounds, 2)).toBeUndefined();
    expect(fitView(items, only([]), bounds, 2)).toBeUndefined();
  });
});
