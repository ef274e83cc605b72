import { describe, expect, it } from 'vitest';
import { GEOMETRY, chevronOffset, hitBox, laneHeight, markExtent, packingExtent, rowCentre } from '../../src/lib/timeline/geometry';
import { linkEnds } from '../../src/lib/timeline/links';

const r = GEOMETRY.markRadius;

describe('markExtent(x0, x1, from, by, yearUnknown)', () => {
  it('covers the glyph of a point date', () => {
    expect(markExtent(100, 100, false, false)).toEqual({ start: 100 - r, end: 100 + r });
  });
  it('covers the whole span of a year, with the 起 chevron past its end', () => {
    expect(markExtent(100, 130, true, false)).toEqual({ start: 100, end: 130 + GEOMETRY.chevron });
  });
  it('puts the 至 chevron before the start, and widens the ring of a date without a year', () => {
    expect(markExtent(100, 100, false, true)).toEqual({ start: 100 - r - GEOMETRY.chevron, end: 100 + r });
    expect(markExtent(100, 100, false, false, true)).toEqual({ start: 100 - r - 2, end: 100 + r + 2 });
  });
});

describe('chevronOffset(x0, x1)', () => {
  it('sits past the glyph, or past the span when the span is wider', () => {
    expect(chevronOffset(100, 100)).toBe(r + 2);
    expect(chevronOffset(100, 140)).toBe(22);
  });
});

describe('packingExtent(x0, x1, from, by, region)', () => {
  it('reserves room for a label right of a plot mark', () => {
    expect(packingExtent(100, 100, false, false, 'plot')).toEqual({
      start: 100 - r,
      end: 100 + r + GEOMETRY.labelGap + GEOMETRY.minLabelRoom,
    });
  });
  it('gives an undated event the whole row', () => {
    expect(packingExtent(0, 0, false, false, 'panel')).toEqual({ start: -Infinity, end: Infinity });
  });
});

describe('hitBox(x, mark, label)', () => {
  it('covers mark and label', () => {
    expect(hitBox(100, { start: 95, end: 105 }, { x: 110, anchor: 'start', width: 48 })).toEqual({ x: -7, width: 67 });
  });
  it('is at least 24 px wide, centred, when the label is empty', () => {
    const box = hitBox(100, { start: 95, end: 105 }, { x: 110, anchor: 'start', width: 0 });
    expect(box.width).toBe(24);
    expect(box.x + box.width / 2).toBeCloseTo(2.5, 5);
  });
});

describe('rows and lanes', () => {
  it('centres rows below the bands and never makes a lane shorter than one row', () => {
    expect(rowCentre(30, 0)).toBe(30 + GEOMETRY.rowHeight / 2);
    expect(rowCentre(30, 2)).toBe(30 + 2.5 * GEOMETRY.rowHeight);
    expect(laneHeight(30, 3)).toBe(30 + 3 * GEOMETRY.rowHeight + GEOMETRY.lanePad);
    expect(laneHeight(8, 0)).toBe(2 * GEOMETRY.lanePad + GEOMETRY.rowHeight);
  });
});

describe('linkEnds(kind, down, src, target, eventY)', () => {
  it('runs a learn arrow from the bottom of a lane above to just over the event', () => {
    expect(linkEnds('learn', true, { height: 200 }, { height: 80 }, 60)).toEqual({ dy0: 200, dy1: 60 - r - 3 });
  });
  it('runs it from the top of a lane below to just under the event', () => {
    expect(linkEnds('learn', false, { height: 200 }, { height: 80 }, 60)).toEqual({ dy0: 0, dy1: 60 + r + 3 });
  });
  it('starts a spread just under its event', () => {
    expect(linkEnds('spread', true, { height: 200 }, undefined, 140).dy0).toBe(140 + r + 2);
  });
  it('runs undated learning from the middle of the source lane to the edge of the target', () => {
    expect(linkEnds('learn', true, { height: 200 }, { height: 80 }, undefined)).toEqual({ dy0: 100, dy1: 2 });
    expect(linkEnds('learn', false, { height: 200 }, { height: 80 }, undefined)).toEqual({ dy0: 100, dy1: 78 });
  });
});
