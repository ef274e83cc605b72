/**
 * What a citation needs to know about a work, whatever the style: built from a source entry or
 * from a page of this site. The style formatters (gbt7714.ts, apa.ts, bibtex.ts) only read this.
 */
import type { Source } from '../../schemas/sources';
import { parseSourceDate } from '../dates';

/** The kind of document, which decides the GB/T 7714 type code and the BibTeX entry type. */
export type CitationKind = 'newspaper' | 'journal' | 'web' | 'other';

/** A calendar date at the precision known; `year` absent means the work is undated. */
export interface CitationDate {
  year: number;
  month?: number;
  day?: number;
}

/** One work, ready to be formatted in any style. */
export interface CitationRecord {
  /** BibTeX key: the content id, stable across builds. */
  key: string;
  kind: CitationKind;
  authors: { name: string; corporate?: boolean }[];
  /** Contributors with a named role, e.g. 彭勃 (案例评析). */
  contributors: { name: string; role: string }[];
  title: string;
  /** The work prints no title; the title was supplied by the site and goes in square brackets. */
  titleSupplied: boolean;
  subtitle?: string;
  /** Newspaper, journal or web site name. */
  container?: string;
  date?: CitationDate;
  volume?: string;
  issue?: string;
  pages?: string;
  articleNumber?: string;
  series?: string;
  url?: string;
  /** ISO day the page was last updated (web pages). */
  updated?: string;
  /** ISO day of access (web pages). */
  accessed?: string;
  /**
   * The citation is written in English (the English edition, issue #17): authors are romanised
   * ("Shao Chunjie", family name first), dates and placeholders are English, and a Chinese title
   * is followed by its English translation in brackets.
   */
  english?: {
    /** The English translation of a Chinese title (and subtitle), shown as "原题 [Translation]". */
    title?: string;
    subtitle?: string;
  };
}

const KIND_OF_MEDIUM: Record<Source['medium'], CitationKind> = {
  newspaper: 'newspaper',
  journal: 'journal',
  web: 'web',
  unknown: 'other',
};

/**
 * A source entry as a citation record. Dates without a year (or with none at all) stay undated:
 * a citation never sharpens what the source gives.
 */
export function sourceRecord(id: string, s: Source): CitationRecord {
  const parsed = s.date ? parseSourceDate(s.date.text) : undefined;
  const start = parsed?.start;
  const date: CitationDate | undefined =
    start?.year !== undefined
      ? {
          year: start.year,
          ...(parsed?.precision === 'day' || parsed?.precision === 'month' ? { month: start.month } : {}),
          ...(parsed?.precision === 'day' ? { day: start.day } : {}),
        }
      : undefined;
  return {
    key: id,
    kind: KIND_OF_MEDIUM[s.medium],
    authors: s.authors.filter((a) => !a.role).map((a) => ({ name: a.name, ...(a.corporate ? { corporate: true } : {}) })),
    contributors: s.authors.flatMap((a) => (a.role ? [{ name: a.name, role: a.role }] : [])),
    title: s.title,
    titleSupplied: s.titleSupplied,
    ...(s.subtitle ? { subtitle: s.subtitle } : {}),
    ...(s.outlet ? { container: s.outlet } : {}),
    ...(date ? { date } : {}),
    ...(s.volume ? { volume: s.volume } : {}),
    ...(s.issue ? { issue: s.issue } : {}),
    ...(s.pages ? { pages: s.pages } : {}),
    ...(s.articleNumber ? { articleNumber: s.articleNumber } : {}),
    ...(s.series ? { series: s.series } : {}),
  };
}

/**
 * A page of this site as a web document: the site is the corporate author and the container.
 * `accessed` is the build day; a reader's browser puts in the day it copies (access-date.ts).
 */
export function pageRecord(opts: {
  key: string;
  siteName: string;
  title: string;
  url: string;
  updated: string;
  accessed: string;
  /** A page of the English edition, cited in English. */
  english?: boolean;
}): CitationRecord {
  const [year, month, day] = opts.updated.split('-').map(Number) as [number, number, number];
  return {
    key: opts.key,
    kind: 'web',
    authors: [{ name: opts.siteName, corporate: true }],
    contributors: [],
    title: opts.title,
    titleSupplied: false,
    container: opts.siteName,
    date: { year, month, day },
    url: opts.url,
    updated: opts.updated,
    accessed: opts.accessed,
    ...(opts.english ? { english: {} } : {}),
  };
}

/**
 * What a record knows that no style has a field for, as notes (BibTeX `note`, CSL `note`): the
 * article number, contributors with a role, an unknown imprint, a web page's revision date.
 */
export function recordNotes(r: CitationRecord): string[] {
  return [
    r.articleNumber && `文章编号 ${r.articleNumber}`,
    ...r.contributors.map((c) => `${c.name}${c.role}`),
    r.kind === 'other' && '原文未注明出处和日期',
    r.kind === 'web' && r.updated && `最后更新 ${r.updated}`,
  ].filter((n): n is string => typeof n === 'string' && n !== '');
}

/** Whether the citation is written in Chinese: a Chinese work cited on a Chinese page. Decides the language of dates in APA. */
export function isChineseWork(r: CitationRecord): boolean {
  return !r.english && /\p{Script=Han}/u.test(r.title);
}

/** The language of the work itself: an English page of this site is in English; a source stays Chinese when cited in English. */
export function workIsEnglish(r: CitationRecord): boolean {
  return r.english !== undefined && r.english.title === undefined;
}

/**
 * A source as cited on the English pages: the same record, with the authors as the English
 * entry romanises them (in order, those with a role included) and the English title to follow
 * the Chinese one.
 */
export function englishSourceRecord(
  id: string,
  s: Source,
  en: { title: string; subtitle?: string | undefined; authors: readonly string[] },
  /** The English of a contributor's role (案例评析 → case commentary). */
  role: (zh: string) => string,
): CitationRecord {
  const r = sourceRecord(id, s);
  const named = s.authors.map((a, i) => ({ ...a, name: en.authors[i] ?? a.name, ...(a.role ? { role: role(a.role) } : {}) }));
  return {
    ...r,
    authors: named.filter((a) => !a.role).map((a) => ({ name: a.name, ...(a.corporate ? { corporate: true } : {}) })),
    contributors: named.flatMap((a) => (a.role ? [{ name: a.name, role: a.role }] : [])),
    english: { title: en.title, ...(en.subtitle ? { subtitle: en.subtitle } : {}) },
  };
}

/**
 * A romanised personal name, family name first ("Shao Chunjie"), split into its parts; a corporate
 * author is not a personal name.
 */
export function romanisedName(name: string): { family: string; given: string } {
  const [family = name, ...given] = name.trim().split(/\s+/);
  return { family, given: given.join(' ') };
}

/** ISO form of a citation date at its precision: 2010-12-09, 2010-12, 2010. */
export function isoDate(d: CitationDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(d.year), d.month !== undefined ? pad(d.month) : '', d.day !== undefined ? pad(d.day) : ''].filter(Boolean).join('-');
}
