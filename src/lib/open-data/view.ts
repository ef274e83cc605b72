/**
 * Data of the current view: the records a page shows (the chosen cells of the comparison, a key-data
 * table, the filtered timeline), as a CSV with the columns of the /data/ file they come from.
 *
 * The page marks each shown record with VIEW_RECORD (its key fields, e.g. `id=shihe-pilot-start` or
 * `model=shanghai&dimension=xinxihua`); the browser collects the marks that are not hidden, in page
 * order, and picks those records from the data set's JSON.
 */
import { recordsCsv } from './serialize';

/** The attribute that marks an element of the page as showing one record. */
export const VIEW_RECORD = 'data-record';

/**
 * The mark of a record: its key fields as a query string, in the order given.
 *
 * @example recordKey({ model: 'shanghai', dimension: 'xinxihua' }) // 'model=shanghai&dimension=xinxihua'
 */
export function recordKey(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** Whether a record has every field of a mark. */
function matches(record: Record<string, unknown>, key: string): boolean {
  return [...new URLSearchParams(key)].every(([field, value]) => record[field] === value);
}

/**
 * The records the marks name, in the marks' order, each once. A mark that names no record is an
 * error: the page and the data set must agree.
 */
export function pickRecords(records: readonly Record<string, unknown>[], keys: readonly string[]): Record<string, unknown>[] {
  return [...new Set(keys)].map((key) => {
    const record = records.find((r) => matches(r, key));
    if (!record) throw new Error(`no record for ${key}`);
    return record;
  });
}

/** The CSV of the records a view shows, in the columns of the data set's file. */
export function viewCsv(columns: readonly string[], records: readonly Record<string, unknown>[], keys: readonly string[]): string {
  return recordsCsv(columns, pickRecords(records, keys));
}
