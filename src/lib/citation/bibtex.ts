/**
 * BibTeX entries (@article, @misc) with the biblatex fields `date`, `urldate` and `entrysubtype`
 * where they add precision; plain BibTeX ignores fields it does not know.
 */
import { isoDate, recordNotes, type CitationRecord } from './record';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Escapes the characters TeX treats as special inside a braced field value. */
export function escapeBibtex(value: string): string {
  return value.replace(/[\\{}%&$#_~^]/g, (c) => {
    if (c === '\\') return '\\textbackslash{}';
    if (c === '~') return '\\textasciitilde{}';
    if (c === '^') return '\\textasciicircum{}';
    return `\\${c}`;
  });
}

/** Persons joined with “and”; a corporate author in double braces so BibTeX keeps it whole. */
function bibAuthors(r: CitationRecord): string {
  return r.authors.map((a) => (a.corporate ? `{${escapeBibtex(a.name)}}` : escapeBibtex(a.name))).join(' and ');
}

type Field = [name: string, value: string | undefined, raw?: 'raw' | 'macro'];

/** One entry: `@type{key,` then one `name = {value},` line per present field. */
export function formatBibtex(r: CitationRecord): string {
  const title = r.titleSupplied ? `[${r.title}]` : r.title;
  const fullTitle = r.subtitle ? `${title}: ${r.subtitle}` : title;
  const year = r.date ? String(r.date.year) : undefined;
  const month = r.date?.month !== undefined ? MONTH_MACROS[r.date.month - 1] : undefined;
  const notes = [...(r.series ? [r.series] : []), ...recordNotes(r)];

  const fields: Field[] = [
    ['author', bibAuthors(r), 'raw'],
    ['title', fullTitle],
  ];
  let type = 'misc';
  if (r.kind === 'newspaper' || r.kind === 'journal') {
    type = 'article';
    if (r.kind === 'newspaper') fields.push(['entrysubtype', 'newspaper']);
    fields.push(['journal', r.container]);
    fields.push(['year', year], ['month', month, 'macro'], ['date', r.date && isoDate(r.date)]);
    if (r.volume && r.volume !== year) fields.push(['volume', r.volume]);
    fields.push(['number', r.issue], ['pages', r.pages?.replace(/-/g, '--')]);
  } else if (r.kind === 'web') {
    fields.push(['howpublished', r.url && `\\url{${r.url}}`, 'raw'], ['year', year], ['date', r.date && isoDate(r.date)]);
    fields.push(['url', r.url, 'raw'], ['urldate', r.accessed]);
  } else {
    fields.push(['year', year]);
  }
  fields.push(['note', notes.length > 0 ? notes.join('；') : undefined]);

  const lines = fields
    .filter((f): f is [string, string, ('raw' | 'macro')?] => f[1] !== undefined && f[1] !== '')
    .map(([name, value, mode]) => {
      if (mode === 'macro') return `  ${name} = ${value},`;
      return `  ${name} = {${mode === 'raw' ? value : escapeBibtex(value)}},`;
    });
  return `@${type}{${r.key},\n${lines.join('\n')}\n}`;
}
