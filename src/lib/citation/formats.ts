/** All citation styles the site offers, in the order they are shown. */
import { formatApa } from './apa';
import { formatBibtex } from './bibtex';
import { formatCslJson, formatRis } from './csl';
import { formatGbt } from './gbt7714';
import type { CitationFormatId } from './format-ids';
import type { CitationRecord } from './record';

export interface CitationFormat {
  id: CitationFormatId;
  label: string;
  text: string;
}

/**
 * The record in GB/T 7714—2015, APA 7 and BibTeX to paste, RIS and CSL-JSON to import; a record
 * cited in English (`english`) with English labels and GB/T's English form.
 */
export function formatCitations(r: CitationRecord): CitationFormat[] {
  return [
    { id: 'gbt', label: r.english ? 'GB/T 7714—2015 (English form)' : 'GB/T 7714—2015', text: formatGbt(r) },
    { id: 'apa', label: r.english ? 'APA 7th edition' : 'APA 第7版', text: formatApa(r) },
    { id: 'bibtex', label: 'BibTeX', text: formatBibtex(r) },
    // Without the closing newline a page's <pre> does not end a line with ER's required space.
    { id: 'ris', label: 'RIS(EndNote、NoteExpress)', text: formatRis([r]).replace(/\n+$/, '') },
    { id: 'csl', label: 'CSL-JSON(Zotero)', text: formatCslJson([r]) },
  ];
}
