/** All citation styles the site offers, in the order they are shown. */
import { formatApa } from './apa';
import { formatBibtex } from './bibtex';
import { formatGbt } from './gbt7714';
import type { CitationRecord } from './record';

export interface CitationFormat {
  /** Stable id, used in element ids and tests. */
  id: 'gbt' | 'apa' | 'bibtex';
  label: string;
  text: string;
}

/** The record in GB/T 7714—2015, APA 7 and BibTeX. */
export function formatCitations(r: CitationRecord): CitationFormat[] {
  return [
    { id: 'gbt', label: 'GB/T 7714—2015', text: formatGbt(r) },
    { id: 'apa', label: 'APA 第7版', text: formatApa(r) },
    { id: 'bibtex', label: 'BibTeX', text: formatBibtex(r) },
  ];
}
