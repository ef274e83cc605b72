import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fitText, labelRow, packRows, placeLabel, wrapText } from '../../src/lib/timeline/labels';

const opts = { gap: 5, fontSize: 12, maxWidth: 168 };

describe('estimateTextWidth(text, fontSize)', () => {
  it.each([
    ['上海', 24],
    ['“一委三线”', 72],
    ['2009', 26.88],
    ['', 0],
  ])('measures %j as %d px at 12 px', (text, width) => {
    expect(estimateTextWidth(text, 12)).toBeCloseTo(width, 5);
  });
});

describe('fitText(text, maxWidth, fontSize)', () => {
  it('keeps text that fits', () => {
    expect(fitText('试点', 24, 12)).toBe('试点');
  });
  it('cuts with an ellipsis inside the width', () => {
    const cut = fitText('中组部向全国印发上海社区党建调研报告', 60, 12);
    expect(cut).toBe('中组部向…');
    expect(estimateTextWidth(cut, 12)).toBeLessThanOrEqual(60);
  });
  it('gives nothing when not even one character fits', () => {
    expect(fitText('上海', 20, 12)).toBe('');
  });
  it('cuts between words, so what is shown is words of the full title (Label in Name)', () => {
    // By characters this would be 上海城区工作会…, whose last word 会 is not in 会议.
    expect(fitText('上海城区工作会议，首提“两级政府、三级管理”', 100, 12)).toBe('上海城区工作…');
  });
  it('cuts inside a first word that is wider than the room', () => {
    expect(fitText('社区党建', 30, 12)).toBe('社…');
  });
});

describe('wrapText(text, maxWidth, fontSize)', () => {
  it('breaks Chinese at any character, every line within the width', () => {
    const lines = wrapText('浉河借鉴上海虹桥街道虹储居民区、上海闸北临汾街道', 96, 12);
    expect(lines.join('')).toBe('浉河借鉴上海虹桥街道虹储居民区、上海闸北临汾街道');
    for (const l of lines.slice(0, -1)) expect(estimateTextWidth(l, 12)).toBeLessThanOrEqual(96 + 12);
  });
  it('never starts a line with a closing mark', () => {
    const lines = wrapText('一二三四五六七八、九十', 96, 12);
    expect(lines.every((l) => !l.startsWith('、'))).toBe(true);
  });
});

describe('packRows(extents, gap)', () => {
  it('puts overlapping extents in different rows and reuses a row once it is clear', () => {
    const { rows, count } = packRows(
      [
        { start: 0, end: 50 },
        { start: 10, end: 60 },
        { start: 58, end: 90 },
        { start: 70, end: 80 },
      ],
      8,
    );
    expect(rows).toEqual([0, 1, 0, 1]);
    expect(count).toBe(2);
  });
  it('keeps every row collision-free', () => {
    const extents = Array.from({ length: 40 }, (_, i) => ({ start: (i * 37) % 300, end: ((i * 37) % 300) + 20 + (i % 7) * 15 }))
      .sort((a, b) => a.start - b.start);
    const { rows } = packRows(extents, 6);
    for (let i = 0; i < extents.length; i++) {
      for (let j = i + 1; j < extents.length; j++) {
        if (rows[i] !== rows[j]) continue;
        const [a, b] = [extents[i]!, extents[j]!];
        expect(a.end + 6 <= b.start || b.end + 6 <= a.start, `extents ${i} and ${j} share row ${rows[i]}`).toBe(true);
      }
    }
  });
});

describe('labelRow(marks, bounds, opts)', () => {
  it('labels right of each mark when there is room', () => {
    const labels = labelRow(
      [
        { start: 0, end: 10, text: '试点' },
        { start: 200, end: 210, text: '推开' },
      ],
      { start: 0, end: 400 },
      opts,
    );
    expect(labels).toEqual([
      { x: 15, anchor: 'start', text: '试点' },
      { x: 215, anchor: 'start', text: '推开' },
    ]);
  });

  it('cuts a label to the room before the next mark, and no label overlaps a mark', () => {
    const marks = [
      { start: 0, end: 10, text: '社区管理体制改革开始试点' },
      { start: 80, end: 90, text: '改革在所有社区全面推开' },
    ];
    const [first] = labelRow(marks, { start: 0, end: 400 }, opts);
    expect(first?.anchor).toBe('start');
    expect(first!.x + estimateTextWidth(first!.text, 12)).toBeLessThanOrEqual(80 - 5);
    expect(first?.text.endsWith('…')).toBe(true);
  });

  it('puts the label on the left at the right edge', () => {
    const [label] = labelRow([{ start: 390, end: 400, text: '调研' }], { start: 0, end: 400 }, opts);
    expect(label).toEqual({ x: 385, anchor: 'end', text: '调研' });
  });

  it('leaves a mark unlabelled rather than show one character and an ellipsis', () => {
    const [label] = labelRow(
      [
        { start: 0, end: 10, text: '社区管理体制改革' },
        { start: 40, end: 50, text: '推开' },
      ],
      { start: 0, end: 400 },
      opts,
    );
    expect(label?.text).toBe('');
  });
});

describe('placeLabel(text, mark, bounds, opts)', () => {
  it('returns the extent of mark and label together', () => {
    expect(placeLabel('试点', { start: 100, end: 110 }, { start: 0, end: 400 }, opts)).toEqual({
      x: 115,
      anchor: 'start',
      text: '试点',
      extent: { start: 100, end: 139 },
    });
  });
});
