/**
 * /data/ tells the truth about its files: each CSV, read back with a CSV parser that is not the
 * project's own (csv-parse), has exactly the columns the field guide lists, in its order, and every
 * cell fits its column's description (required ⇒ never empty, numbers parse, enums are listed
 * values, JSON parses).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '../../dist');

interface Described {
  name: string;
  type: string;
  required: boolean;
  values: string[];
}

/** The field tables of the built /data/ page, by data set name (from each table's heading id). */
function fieldGuide(): Map<string, Described[]> {
  const doc = parseDocument(readFileSync(join(DIST, 'data/index.html'), 'utf8'));
  const guide = new Map<string, Described[]>();
  for (const section of DomUtils.findAll((el) => el.name === 'section' && el.attribs['class'] === 'field-section', doc.children)) {
    const heading = DomUtils.findOne((el) => el.name === 'h3', section.children);
    const name = heading?.attribs['id']?.replace(/^fields-/, '') ?? '';
    const tbody = DomUtils.findOne((el) => el.name === 'tbody', section.children);
    const rows = tbody ? DomUtils.findAll((el) => el.name === 'tr', tbody.children) : [];
    guide.set(
      name,
      rows.map((tr) => {
        const cell = (label: string) => DomUtils.findOne((el) => el.name === 'td' && el.attribs['data-label'] === label, tr.children);
        const note = DomUtils.textContent(cell('说明')!);
        const values = /可选值：([^)]*)\)/.exec(note)?.[1]?.split('、') ?? [];
        return {
          name: DomUtils.textContent(DomUtils.findOne((el) => el.name === 'th', tr.children)!).trim(),
          type: DomUtils.textContent(cell('类型')!).trim(),
          required: DomUtils.textContent(cell('必填')!).trim() === '是',
          values,
        };
      }),
    );
  }
  return guide;
}

/** Why a cell does not fit its column's description, or '' when it does. */
function misfit(value: string, column: Described): string {
  if (value === '') return column.required ? 'empty in a required column' : '';
  switch (column.type) {
    case '数字':
      return Number.isFinite(Number(value)) ? '' : 'not a number';
    case '是/否':
      return value === 'true' || value === 'false' ? '' : 'not true/false';
    case '枚举':
      return column.values.includes(value) ? '' : `not one of ${column.values.join(', ')}`;
    case 'JSON':
      try {
        return typeof JSON.parse(value) === 'object' ? '' : 'JSON but not a list or object';
      } catch {
        return 'not JSON';
      }
    case '文本':
    case '文本列表':
      return '';
    default:
      return `unknown type ${column.type}`;
  }
}

const guide = fieldGuide();

describe('/data/ field guide against the CSV files', () => {
  it('documents every data set the page offers', () => {
    expect([...guide.keys()].length).toBeGreaterThanOrEqual(10);
  });

  it.each([...guide.entries()])('%s.csv: columns, order, required and types match the guide', (name, columns) => {
    const raw = readFileSync(join(DIST, `data/${name}.csv`));
    expect([...raw.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(raw, { bom: true, relax_column_count: false });
    const [header, ...records] = rows;
    expect(header).toEqual(columns.map((c) => c.name));
    expect(records.length).toBeGreaterThan(0);
    const problems = records.flatMap((row, i) =>
      columns.flatMap((column, j) => {
        const why = misfit(row[j] ?? '', column);
        return why ? [`row ${i + 2}, ${column.name} (${column.type}${column.required ? ', 必填' : ''}): ${why}: ${JSON.stringify(row[j])}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('marks the citation quote and the figures’ date wording optional, as the data have them', () => {
    const figures = guide.get('figures') ?? [];
    const col = (n: string) => figures.find((c) => c.name === n);
    expect(col('cite.quote')).toMatchObject({ required: false, type: '文本' });
    expect(col('asOf.text')).toMatchObject({ required: false, type: '文本' });
    expect(col('asOf.precision')).toMatchObject({ type: '枚举' });
    expect(col('cite.source')).toMatchObject({ required: true });
  });
});
