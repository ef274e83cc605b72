import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, toCsv } from '../../src/lib/csv';

describe('csvField(value)', () => {
  it.each([
    ['plain', '"plain"'],
    ['说"是"', '"说""是"""'],
    ['a,b', '"a,b"'],
    ['两行\r\n文字', '"两行\r\n文字"'],
    [42, '"42"'],
    [false, '"false"'],
    [undefined, '""'],
    [null, '""'],
  ] as const)('%j → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv(header, rows)', () => {
  it('starts with a UTF-8 byte-order mark, quotes every field and ends every line with CRLF', () => {
    const csv = toCsv(['id', '标题'], [['jianye', '一委一居一站'], ['x', '']]);
    expect(csv).toBe('\uFEFF"id","标题"\r\n"jianye","一委一居一站"\r\n"x",""\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('round-trips quotes, commas and line breaks through parseCsv', () => {
    const rows = [['a "quoted" word', '1,2', 'line\nbreak', '']];
    expect(parseCsv(toCsv(['x', 'y', 'z', 'w'], rows))).toEqual([['x', 'y', 'z', 'w'], ...rows]);
  });
});
