/**
 * GB/T 7714—2015 (信息与文献 参考文献著录规则), sequential-numbering form without the [N] number.
 * A record with `english` (the English pages) is written in the standard's English form: romanised
 * authors with the family name in capitals (§8.1.2), the Chinese title followed by its English
 * translation in brackets, and the Latin placeholders [S.l.], [s.n.] (§8.4).
 *
 * @example formatGbt(journalRecord) // '陈新光, 章再彬. 加强区域化党建工作的路径和方法[J]. 上海党史与党建, 2014(3): 53-55.'
 * @example formatGbt(englishRecord) // 'CHEN Xinguang, ZHANG Zaibin. 加强区域化党建工作的路径和方法 [Paths and methods …][J]. 上海党史与党建, 2014(3): 53-55.'
 */
import { isoDate, romanisedName, type CitationKind, type CitationRecord } from './record';

/** What the standard writes where the work does not say, in Chinese and in its English form. */
const UNKNOWN = {
  zh: { etAl: '等', newspaper: '[报纸名不详]', journal: '[刊名不详]', place: '[出版地不详]', publisher: '[出版者不详]', year: '[出版年不详]' },
  en: { etAl: 'et al', newspaper: '[S.l.]', journal: '[S.l.]', place: '[S.l.]', publisher: '[s.n.]', year: '[n.d.]' },
} as const;

/** The document type codes of GB/T 7714—2015 §4 and Appendix B used here. */
export const GBT_TYPE_CODES: Record<CitationKind, string> = {
  newspaper: 'N',
  journal: 'J',
  web: 'EB/OL',
  other: 'Z',
};

/** Up to three responsible persons, then “等” (§8.1.2); in English form a person's family name in capitals. */
function gbtAuthors(r: CitationRecord): string {
  const names = r.authors.map((a) => {
    if (!r.english || a.corporate) return a.name;
    const { family, given } = romanisedName(a.name);
    return given ? `${family.toUpperCase()} ${given}` : family.toUpperCase();
  });
  return names.length > 3 ? `${names.slice(0, 3).join(', ')}, ${UNKNOWN[r.english ? 'en' : 'zh'].etAl}` : names.join(', ');
}

/** The English translation of the title in brackets, after the original title ('' without one). */
export function translatedTitle(r: CitationRecord): string {
  if (!r.english?.title) return '';
  return ` [${r.english.subtitle ? `${r.english.title}: ${r.english.subtitle}` : r.english.title}]`;
}

/** 题名: 其他题名信息 (§8.2); a supplied title goes in square brackets. */
export function titleWithSubtitle(r: CitationRecord): string {
  const title = r.titleSupplied ? `[${r.title}]` : r.title;
  return r.subtitle ? `${title}: ${r.subtitle}` : title;
}

/** One reference in GB/T 7714—2015 form. */
export function formatGbt(r: CitationRecord): string {
  const unknown = UNKNOWN[r.english ? 'en' : 'zh'];
  const head = `${gbtAuthors(r)}. ${titleWithSubtitle(r)}${translatedTitle(r)}[${GBT_TYPE_CODES[r.kind]}]`;
  switch (r.kind) {
    case 'newspaper': {
      const date = r.date ? `, ${isoDate(r.date)}` : '';
      return `${head}. ${r.container ?? unknown.newspaper}${date}${r.pages ? `(${r.pages})` : ''}.`;
    }
    case 'journal': {
      const year = r.date ? String(r.date.year) : '';
      // A volume that only repeats the year is not a volume (“2014(3)”, not “2014, 2014(3)”).
      const volume = r.volume && r.volume !== year ? `, ${r.volume}` : '';
      const issue = r.issue ? `(${r.issue})` : '';
      return `${head}. ${r.container ?? unknown.journal}, ${year}${volume}${issue}${r.pages ? `: ${r.pages}` : ''}.`;
    }
    case 'web':
      return `${head}. (${r.updated ?? ''})[${r.accessed ?? ''}]. ${r.url ?? ''}.`;
    case 'other': {
      const others = r.contributors.map((c) => `. ${c.name}, ${c.role}`).join('');
      // §8.4: unknown place and publisher are marked, not guessed; the year is not estimated either.
      const year = r.date ? String(r.date.year) : unknown.year;
      return `${head}${others}. ${unknown.place}: ${unknown.publisher}, ${year}.`;
    }
  }
}

/** Why a source gets the type code it gets, in words for the source page and the data page. */
export function gbtTypeNote(r: CitationRecord): string {
  if (r.english) return gbtTypeNoteEn(r);
  switch (r.kind) {
    case 'newspaper':
      return `报纸文章，按 GB/T 7714—2015 著录为 [N]${r.pages ? '，括号内为版次' : '；原文未给出版次，故不著录'}。`;
    case 'journal':
      return '期刊论文，按 GB/T 7714—2015 著录为 [J]：年(期): 起止页码。';
    case 'web':
      return '网络文献，著录为 [EB/OL]：圆括号内为更新日期，方括号内为引用日期。';
    case 'other':
      return '原文未印出刊物、出版者和日期，本站也没有它的网址，无法判定文献类型，故按 GB/T 7714—2015 著录为“其他未说明的文献类型”[Z]，出版项以“[出版地不详]”“[出版者不详]”“[出版年不详]”标明，不作推断。';
  }
}

/** gbtTypeNote for the English pages. */
function gbtTypeNoteEn(r: CitationRecord): string {
  switch (r.kind) {
    case 'newspaper':
      return `A newspaper article, given in GB/T 7714—2015 as [N]${r.pages ? '; the page is in parentheses' : '; the source gives no page, so none is given'}.`;
    case 'journal':
      return 'A journal article, given in GB/T 7714—2015 as [J]: year(issue): pages.';
    case 'web':
      return 'An online document, given as [EB/OL]: the date of revision in parentheses, the date of access in square brackets.';
    case 'other':
      return 'The text prints no journal, publisher or date, and the site has no address for it, so its type cannot be told: GB/T 7714—2015 gives it as "other" [Z], with place, publisher and year marked unknown ([S.l.], [s.n.], [n.d.]) rather than guessed.';
  }
}
