/**
 * Highwire Press `citation_*` meta tags, which Google Scholar indexes and Zotero's connector
 * (“Embedded Metadata”) reads to save a page in one click. Following Scholar's inclusion
 * guidelines: one citation_author per author, the publication date as “2010/12/09”, “2014/05” or
 * “2014” at the precision known and left out when unknown, the serial's title, and first and last
 * page only when the source gives them.
 */
import { titleWithSubtitle } from './gbt7714';
import { workIsEnglish, type CitationDate, type CitationRecord } from './record';

export interface MetaTag {
  name: string;
  content: string;
}

/** 2010/12/09, 2014/05 or 2014: Scholar's slash form, never sharper than the record. */
export function highwireDate(d: CitationDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(d.year), ...(d.month !== undefined ? [pad(d.month)] : []), ...(d.day !== undefined ? [pad(d.day)] : [])].join('/');
}

/**
 * The tags for a work. `publicUrl` is the page's absolute address, only when the build knows its
 * public origin: without it the address would be http://localhost:4321/…, and a reader's Zotero
 * takes the address it is on.
 */
export function highwireTags(r: CitationRecord, publicUrl?: string): MetaTag[] {
  const tags: MetaTag[] = [{ name: 'citation_title', content: titleWithSubtitle(r) }];
  for (const a of r.authors) tags.push({ name: 'citation_author', content: a.name });
  if (r.date) tags.push({ name: 'citation_publication_date', content: highwireDate(r.date) });
  // Highwire has one tag for a serial's title, journal or newspaper; the RIS and CSL-JSON files
  // say which it is (NEWS / article-newspaper).
  if ((r.kind === 'journal' || r.kind === 'newspaper') && r.container) tags.push({ name: 'citation_journal_title', content: r.container });
  if (r.volume && r.volume !== (r.date && String(r.date.year))) tags.push({ name: 'citation_volume', content: r.volume });
  if (r.issue) tags.push({ name: 'citation_issue', content: r.issue });
  const [first, last] = r.pages?.split('-') ?? [];
  if (first) tags.push({ name: 'citation_firstpage', content: first });
  if (last) tags.push({ name: 'citation_lastpage', content: last });
  tags.push({ name: 'citation_language', content: workIsEnglish(r) ? 'en' : 'zh' });
  if (publicUrl) tags.push({ name: 'citation_public_url', content: publicUrl });
  return tags;
}
