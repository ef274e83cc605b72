/** The open data sets for this build, and the header every JSON file carries. */
import { getCollection } from 'astro:content';
import { buildDatasets, type Dataset } from '../lib/open-data/datasets';
import { DATA_LICENCE } from '../lib/open-data/licence';
import type { DataFileMeta } from '../lib/open-data/serialize';
import { SITE_NAME } from '../lib/site';
import { url } from '../lib/url';
import { getKnowledge } from './knowledge';

/** Every data set, built from the collections. */
export async function getDatasets(): Promise<Dataset[]> {
  const kb = await getKnowledge();
  return buildDatasets({ ...kb, compare: await getCollection('compare') });
}

/** The header of the JSON files; `site` is the configured origin (Astro.site). */
export function dataFileMeta(site: URL | undefined): DataFileMeta {
  return { site: SITE_NAME, licence: DATA_LICENCE.name, documentation: new URL(url('data/'), site).href };
}
