/**
 * The access date of a web citation (GB/T 7714's [引用日期], BibTeX `urldate`, RIS, CSL
 * `accessed`). The build writes its own day; a reader's browser puts in the day the reader copies
 * the citation. Each style's access date is found by its place in that style, never by searching
 * for the date alone (a page updated on its build day carries the same date as its update date).
 */
import type { CitationFormatId } from './format-ids';

/** `2010/12/9/`: a full date as RIS writes it (year/month/day/), as citation-js does. */
export const risDay = (iso: string): string => `${iso.split('-').map(Number).join('/')}/`;

/** YYYY-MM-DD of `date` in `timeZone`. */
export function isoDayIn(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/**
 * The day the site was built, in China Standard Time (the readers' calendar). SOURCE_DATE_EPOCH
 * (seconds), the reproducible-builds convention, pins it.
 */
export function buildDay(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  return isoDayIn(epoch ? new Date(Number(epoch) * 1000) : now, 'Asia/Shanghai');
}

/** The reader's day, in the reader's own time zone. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A citation's text in style `format` with its access date `from` (YYYY-MM-DD) changed to `to`. */
export function withAccessDate(text: string, format: CitationFormatId, from: string, to: string): string {
  switch (format) {
    case 'gbt':
      return text.replace(new RegExp(`\\)\\[${escape(from)}\\]`), `)[${to}]`);
    case 'bibtex':
      return text.replace(new RegExp(`(urldate = \\{)${escape(from)}\\}`), `$1${to}}`);
    case 'ris':
      return text.replace(new RegExp(`^(M1 {2}- )${escape(risDay(from))}$`, 'm'), `$1${risDay(to)}`);
    case 'csl': {
      // Written by JSON.stringify(…, null, 2) (csl.ts), so it is read and written the same way.
      const [year, month, day] = to.split('-').map(Number) as [number, number, number];
      const items = JSON.parse(text) as { accessed?: unknown }[];
      const changed = items.map((item) => (item.accessed ? { ...item, accessed: { 'date-parts': [[year, month, day]] } } : item));
      return `${JSON.stringify(changed, null, 2)}\n`;
    }
    case 'apa':
      return text;
  }
}
