/** /data/<name>.json and /data/<name>.csv, generated at build time from the collections. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFileMeta, getDatasets } from '../../data/open-data';
import type { Dataset } from '../../lib/open-data/datasets';
import { datasetCsv, datasetJson } from '../../lib/open-data/serialize';

export const getStaticPaths = (async () => {
  const datasets = await getDatasets();
  return datasets.flatMap((ds) => [
    { params: { file: `${ds.name}.json` }, props: { ds, format: 'json' as const } },
    { params: { file: `${ds.name}.csv` }, props: { ds, format: 'csv' as const } },
  ]);
}) satisfies GetStaticPaths;

interface Props {
  ds: Dataset;
  format: 'json' | 'csv';
}

export const GET: APIRoute<Props> = ({ props }) => {
  const { ds, format } = props;
  if (format === 'json') {
    return new Response(datasetJson(ds, dataFileMeta()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  }
  return new Response(datasetCsv(ds), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
