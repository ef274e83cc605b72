/**
 * /cite/<key>.ris and /cite/<key>.json (CSL-JSON) for every source and every page with “引用本页”,
 * and the whole bibliography of sources as /cite/moshiku-sources.ris, .bib and .json: files a
 * reference manager imports, linked without JavaScript.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { BIBLIOGRAPHY_KEY, citablePages, pageCitationRecord, sourceRecords } from '../../data/citations';
import { formatBibtex } from '../../lib/citation/bibtex';
import { formatCslJson, formatRis } from '../../lib/citation/csl';
import { CITATION_FILES } from '../../lib/citation/format-ids';
import type { CitationRecord } from '../../lib/citation/record';

type FileFormat = keyof typeof CITATION_FILES;

const WRITERS: Record<FileFormat, (records: CitationRecord[]) => string> = {
  ris: formatRis,
  csl: formatCslJson,
  bibtex: (records) => `${records.map(formatBibtex).join('\n\n')}\n`,
};

export const getStaticPaths = (async () => {
  const sources = await sourceRecords();
  const pages = (await citablePages()).map(pageCitationRecord);
  const file = (key: string, format: FileFormat, records: CitationRecord[]) => ({
    params: { file: `${key}.${CITATION_FILES[format].ext}` },
    props: { format, records },
  });
  return [
    ...[...sources, ...pages].flatMap((r) => [file(r.key, 'ris', [r]), file(r.key, 'csl', [r])]),
    file(BIBLIOGRAPHY_KEY, 'ris', sources),
    file(BIBLIOGRAPHY_KEY, 'csl', sources),
    file(BIBLIOGRAPHY_KEY, 'bibtex', sources),
  ];
}) satisfies GetStaticPaths;

interface Props {
  format: FileFormat;
  records: CitationRecord[];
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(WRITERS[props.format](props.records), { headers: { 'Content-Type': CITATION_FILES[props.format].type } });
