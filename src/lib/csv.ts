/**
 * CSV for spreadsheets (RFC 4180 with the habits Excel needs to read Chinese): a UTF-8 byte-order
 * mark, CRLF line ends, every field quoted and inner quotes doubled.
 *
 * @example toCsv(['id', 'title'], [['a', '说"是"']]) // '\uFEFF"id","title"\r\n"a","说""是"""\r\n'
 */

/** A cell value: text, a number, a boolean, or nothing (written as an empty field). */
export type CsvValue = string | number | boolean | null | undefined;

/** Quotes one field, doubling any quote inside it. */
export function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  return `"${text.replace(/"/g, '""')}"`;
}

/** The whole file: BOM, a header row, then one row per record, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.map((l) => `${l}\r\n`).join('')}`;
}

/** Reads a file written by toCsv back into rows (for tests and round trips). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && src[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
