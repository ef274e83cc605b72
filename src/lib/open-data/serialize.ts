/** The data sets as files: JSON with a short header, and CSV for spreadsheets. */
import { toCsv, type CsvValue } from '../csv';
import type { Dataset } from './datasets';
import { flatSubfields } from './fields';

/** What every JSON file says about itself. */
export interface DataFileMeta {
  site: string;
  licence: string;
  /** Absolute URL of the /data/ page that documents the fields. */
  documentation: string;
}

/**
 * The CSV columns of a data set: the key field, then the schema's fields in order; an object of
 * plain values (a date with its precision, a place) becomes one column per part, e.g. `date.text`.
 */
export function columnsOf(ds: Dataset): string[] {
  return [ds.key.field, ...Object.keys(ds.schema.shape).filter((f) => f !== ds.key.field)].flatMap(
    (f) => flatSubfields(ds.schema, f)?.map((sub) => `${f}.${sub}`) ?? [f],
  );
}

/** The value of a column (see columnsOf) in a record. */
export function columnValue(record: Record<string, unknown>, column: string): unknown {
  const [field = column, sub] = column.split('.');
  const value = record[field];
  return sub === undefined ? value : (value as Record<string, unknown> | undefined)?.[sub];
}

/** The JSON file: `{ dataset, title, site, licence, documentation, records }`, indented for reading. */
export function datasetJson(ds: Dataset, meta: DataFileMeta): string {
  return `${JSON.stringify({ dataset: ds.name, title: ds.title, ...meta, records: ds.records }, null, 2)}\n`;
}

/**
 * One CSV cell: text, numbers and booleans as they are; a list of texts joined with “；”;
 * anything else nested (lists of citations, stage lists) as JSON, so nothing is lost.
 */
export function csvCell(value: unknown): CsvValue {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('；');
  return JSON.stringify(value);
}

/**
 * Records as CSV in the given columns (see columnsOf): UTF-8 with BOM, CRLF, every field quoted.
 * The whole data set's file and the download of what a page shows both come from here.
 */
export function recordsCsv(columns: readonly string[], records: readonly Record<string, unknown>[]): string {
  return toCsv(columns, records.map((r) => columns.map((c) => csvCell(columnValue(r, c)))));
}

/** The CSV file of a whole data set. */
export function datasetCsv(ds: Dataset): string {
  return recordsCsv(columnsOf(ds), ds.records);
}
