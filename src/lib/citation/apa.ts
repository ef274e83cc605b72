/**
 * APA 7th edition reference-list entries. Chinese names are kept as written (family name first,
 * not inverted or abbreviated); titles keep their original script, and so do dates: a Chinese
 * work's date is written as Chinese APA writes it, (2010年12月9日), (无日期). Cited in English
 * (a record with `english`), a person is "Shao, C." and the title is followed by its English
 * translation in square brackets (APA 9.38).
 */
import { translatedTitle } from './gbt7714';
import { isChineseWork, romanisedName, type CitationDate, type CitationRecord } from './record';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** “A”, “A, & B”, “A, B, & C” (APA 9.8). */
function apaAuthors(r: CitationRecord): string {
  const names = r.authors.map((a) => {
    if (!r.english || a.corporate) return a.name;
    const { family, given } = romanisedName(a.name);
    const initials = given.split(/[\s-]+/).filter(Boolean).map((g) => `${g.charAt(0).toUpperCase()}.`).join(' ');
    return initials ? `${family}, ${initials}` : family;
  });
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1) as string}`;
}

/** (2010, December 9), (2014), or (n.d.) for an undated work; in Chinese (2010年12月9日), (无日期). */
function apaDate(d: CitationDate | undefined, chinese: boolean): string {
  if (chinese) {
    if (!d) return '(无日期)';
    if (d.month === undefined) return `(${d.year})`;
    return `(${d.year}年${d.month}月${d.day !== undefined ? `${d.day}日` : ''})`;
  }
  if (!d) return '(n.d.)';
  if (d.month === undefined) return `(${d.year})`;
  const month = MONTHS[d.month - 1] as string;
  return d.day === undefined ? `(${d.year}, ${month})` : `(${d.year}, ${month} ${d.day})`;
}

/** Title: Subtitle; an untitled work gets its description in square brackets (APA 9.21). */
function apaTitle(r: CitationRecord): string {
  const title = r.titleSupplied ? `[${r.title}]` : r.title;
  const full = `${r.subtitle ? `${title}: ${r.subtitle}` : title}${translatedTitle(r)}`;
  const others = r.contributors.map((c) => `${c.name}, ${c.role}`).join('; ');
  return others ? `${full} (${others})` : full;
}

const endWithPeriod = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);
const enDash = (pages: string) => pages.replace(/-/g, '–');

/** One reference in APA 7 form. */
export function formatApa(r: CitationRecord): string {
  const head = `${endWithPeriod(apaAuthors(r))} ${apaDate(r.date, isChineseWork(r))}. ${endWithPeriod(apaTitle(r))}`;
  switch (r.kind) {
    case 'newspaper':
      return `${head} ${r.container ?? ''}${r.pages ? `, ${enDash(r.pages)}` : ''}.`;
    case 'journal': {
      const year = r.date ? String(r.date.year) : '';
      const volume = r.volume && r.volume !== year ? r.volume : '';
      // No volume: the issue stands alone in parentheses (APA 9.25).
      const issue = r.issue ? `(${r.issue})` : '';
      const locator = volume ? `${volume}${issue}` : issue;
      return `${head} ${r.container ?? ''}${locator ? `, ${locator}` : ''}${r.pages ? `, ${enDash(r.pages)}` : ''}.`;
    }
    case 'web': {
      // The site name is left out when it is also the author (APA 9.44).
      const site = r.container && r.container !== r.authors[0]?.name ? ` ${r.container}.` : '';
      return `${head}${site} ${r.url ?? ''}`;
    }
    case 'other':
      return head;
  }
}
