/**
 * The ids of the citation styles and the files the import formats are offered as. Kept apart from
 * the formatters so that browser code can name them without bundling citation-js.
 */

/** Stable ids of the styles, used in element ids, download names and tests. */
export type CitationFormatId = 'gbt' | 'apa' | 'bibtex' | 'ris' | 'csl';

/** The file each reference-manager format is offered as: extension and media type. */
export const CITATION_FILES = {
  ris: { ext: 'ris', type: 'application/x-research-info-systems; charset=utf-8' },
  csl: { ext: 'json', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  bibtex: { ext: 'bib', type: 'application/x-bibtex; charset=utf-8' },
} as const;
