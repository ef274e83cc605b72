/**
 * /en/data/compare.json and .csv: the comparison's cells in English (src/data/english-views.ts),
 * what /en/compare/'s Download CSV gives in full, written by the Chinese data files' own code.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEnglishViews } from '../../../data/english-views';
import { dataFileMeta } from '../../../data/open-data';
import { SITE_TEXT } from '../../../lib/i18n/ui';
import { datasetCsv, datasetJson } from '../../../lib/open-data/serialize';

export const getStaticPaths = (async () => {
  const { compare } = await getEnglishViews();
  return [
    { params: { file: `${compare.name}.json` }, props: { format: 'json' as const } },
    { params: { file: `${compare.name}.csv` }, props: { format: 'csv' as const } },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ format: 'json' | 'csv' }> = async ({ props }) => {
  const { compare } = await getEnglishViews();
  if (props.format === 'json') {
    return new Response(datasetJson(compare, { ...dataFileMeta(), site: SITE_TEXT.en.siteName }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  }
  return new Response(datasetCsv(compare), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
