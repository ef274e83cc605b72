/** The open data sets for this build, and the header every JSON file carries. */
import { getCollection } from 'astro:content';
import { buildDatasets, type Dataset } from '../lib/open-data/datasets';
import { DATA_LICENCE } from '../lib/open-data/licence';
import type { DataFileMeta } from '../lib/open-data/serialize';
import { PUBLIC_ORIGIN, SITE_NAME } from '../lib/site';
import { url } from '../lib/url';
import { getKnowledge } from './knowledge';

/** Every data set, built from the collections. */
export async function getDatasets(): Promise<Dataset[]> {
  const kb = await getKnowledge();
  return buildDatasets({ ...kb, compare: await getCollection('compare') });
}

/**
 * The header of the JSON files. `documentation` is absolute when the build knows its public origin
 * (SITE_URL), else the site path: a downloaded file must not point readers at localhost.
 */
export function dataFileMeta(): DataFileMeta {
  const path = url('data/');
  return { site: SITE_NAME, licence: DATA_LICENCE.name, documentation: PUBLIC_ORIGIN ? new URL(path, PUBLIC_ORIGIN).href : path };
}
