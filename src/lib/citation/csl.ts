/**
 * CSL-JSON (Zotero, Mendeley) and RIS (EndNote, NoteExpress, Zotero) for citation records. Both are
 * written by citation-js from one CSL item per record, so the two files never disagree; a date is
 * given at the precision the record has and left out when the work is undated.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { titleWithSubtitle } from './gbt7714';
import { recordNotes, workIsEnglish, type CitationDate, type CitationKind, type CitationRecord } from './record';

/** CSL 1.0.2 item types: an undated text of unknown kind is a plain `document`, not a guess. */
const CSL_TYPE: Record<CitationKind, string> = {
  newspaper: 'article-newspaper',
  journal: 'article-journal',
  web: 'webpage',
  other: 'document',
};

/** A CSL date with only the parts known: [[2014]], [[2010, 12, 9]]. */
export interface CslDate {
  'date-parts': [number[]];
}

/** One CSL-JSON item as this site writes it. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author: { literal: string }[];
  language: 'zh-CN' | 'en';
  'container-title'?: string;
  'collection-title'?: string;
  issued?: CslDate;
  accessed?: CslDate;
  volume?: string;
  issue?: string;
  page?: string;
  URL?: string;
  note?: string;
}

const cslDate = (d: CitationDate): CslDate => ({ 'date-parts': [[d.year, ...(d.month !== undefined ? [d.month] : []), ...(d.day !== undefined ? [d.day] : [])]] });

/** `2026-12-03` as a CSL date. */
export const cslDay = (iso: string): CslDate => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return cslDate({ year, month, day });
};

/**
 * The record as a CSL item. Chinese names stay whole (`literal`): split into family and given
 * name they would be reordered by English styles.
 */
export function cslItem(r: CitationRecord): CslItem {
  const year = r.date ? String(r.date.year) : undefined;
  const notes = [...(r.kind === 'newspaper' || r.kind === 'journal' || !r.series ? [] : [r.series]), ...recordNotes(r)];
  return {
    id: r.key,
    type: CSL_TYPE[r.kind],
    title: titleWithSubtitle(r),
    author: r.authors.map((a) => ({ literal: a.name })),
    language: workIsEnglish(r) ? 'en' : 'zh-CN',
    ...(r.container ? { 'container-title': r.container } : {}),
    ...(r.series && (r.kind === 'newspaper' || r.kind === 'journal') ? { 'collection-title': r.series } : {}),
    ...(r.date ? { issued: cslDate(r.date) } : {}),
    ...(r.accessed ? { accessed: cslDay(r.accessed) } : {}),
    // A volume that only repeats the year is not a volume (as in GB/T 7714 and APA).
    ...(r.volume && r.volume !== year ? { volume: r.volume } : {}),
    ...(r.issue ? { issue: r.issue } : {}),
    ...(r.pages ? { page: r.pages } : {}),
    ...(r.url ? { URL: r.url } : {}),
    ...(notes.length > 0 ? { note: notes.join('；') } : {}),
  };
}

/** The records as a CSL-JSON array, two-space indented (Zotero: 文件 → 导入). */
export function formatCslJson(records: CitationRecord[]): string {
  return `${JSON.stringify(records.map(cslItem), null, 2)}\n`;
}

type RisEntry = Record<string, string | string[]>;

/**
 * One RIS entry from citation-js, completed where its mapping falls short for a newspaper article:
 * it writes the authors (AU) from a CSL `reporter` that its own CSL cleaning drops, and the date
 * as a year (PY) only, so AU and the full date in DA are added as the RIS spec defines them.
 */
function risEntry(r: CitationRecord): RisEntry {
  const [entry] = new Cite([cslItem(r)]).format('ris', { format: 'object' }) as unknown as [RisEntry];
  if (r.kind !== 'newspaper') return entry;
  const { AU: _au, DA: _da, ...rest } = entry;
  const d = r.date;
  return {
    ...(r.authors.length > 0 ? { AU: r.authors.map((a) => a.name) } : {}),
    ...(d?.month !== undefined ? { DA: `${d.year}/${d.month}/${d.day ?? ''}/` } : {}),
    ...rest,
  };
}

/**
 * The records as RIS, one `TAG  - value` line per value. Written here from citation-js's entries
 * rather than with its text output, which breaks values at 70 characters (a long URL or note
 * would come back with spaces in it).
 */
export function formatRis(records: CitationRecord[]): string {
  const lines = records.flatMap((r) => {
    const { TY, ...tags } = risEntry(r);
    const body = Object.entries(tags).flatMap(([tag, value]) => [value].flat().map((v) => `${tag}  - ${v}`));
    return [`TY  - ${String(TY)}`, ...body, 'ER  - ', ''];
  });
  return lines.join('\n');
}
