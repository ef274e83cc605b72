/**
 * Every citable work of the build, declared once: the five sources and the pages with “引用本页”
 * (models, cases, mechanisms, /data/). The pages render their citation from here and
 * src/pages/cite/[file].ts writes the same records as .ris and .json files.
 */
import { buildDay } from '../lib/citation/access-date';
import { pageRecord, sourceRecord, type CitationRecord } from '../lib/citation/record';
import type { Lang } from '../lib/i18n/counterparts';
import { SITE_TEXT } from '../lib/i18n/ui';
import { SITE_NAME } from '../lib/site';
import { url } from '../lib/url';
import { getCollection } from 'astro:content';
import { getKnowledge } from './knowledge';

/** A page of this site that offers “引用本页”. */
export interface CitablePage {
  /** Site path without the base, e.g. 'models/jianye/'. */
  path: string;
  citeKey: string;
  title: string;
  /** ISO day of the page's last revision. */
  updated: string;
  /** An English page is cited in English, with the English site name as author. */
  lang?: Lang;
}

/** Key of the whole bibliography's files (/cite/moshiku-sources.ris, .bib, .json). */
export const BIBLIOGRAPHY_KEY = 'moshiku-sources';

/** The build's day, the access date of page citations until a reader's browser puts in its own. */
export const BUILD_DAY = buildDay();

/** The page's citation: the site as author, its absolute URL (configured `site` plus base path). */
export function pageCitationRecord(p: CitablePage): CitationRecord {
  const absolute = new URL(url(p.path), import.meta.env.SITE).href;
  const english = p.lang === 'en';
  return pageRecord({
    key: p.citeKey,
    siteName: SITE_TEXT[p.lang ?? 'zh-CN'].siteName,
    title: p.title,
    url: absolute,
    updated: p.updated,
    accessed: BUILD_DAY,
    ...(english ? { english } : {}),
  });
}

/** Where a citation's .ris or .json file is, under the base path. */
export const citationFileUrl = (key: string, ext: string): string => url(`cite/${key}.${ext}`);

/** /data/'s revision date: that of the newest revised entry, a stable date rather than the build time. */
export async function dataUpdated(): Promise<string> {
  const kb = await getKnowledge();
  return [...kb.models, ...kb.cases, ...kb.mechanisms].map((e) => e.data.updated).sort().at(-1) ?? '';
}

/** The sources in their order, as citation records. */
export async function sourceRecords(): Promise<CitationRecord[]> {
  const kb = await getKnowledge();
  return kb.sources.map((s) => sourceRecord(s.id, s.data));
}

/** An English model page as a citable page (issue #17). */
export const englishModelPage = (id: string, m: { title: string; updated: string }): CitablePage => ({
  path: `en/models/${id}/`,
  citeKey: `moshiku-en-models-${id}`,
  title: m.title,
  updated: m.updated,
  lang: 'en',
});

/** Every page with “引用本页” (and /data/'s “引用数据”). */
export async function citablePages(): Promise<CitablePage[]> {
  const kb = await getKnowledge();
  const entries = (collection: 'models' | 'cases' | 'mechanisms', list: { id: string; data: { title: string; updated: string } }[]) =>
    list.map((e) => ({ path: `${collection}/${e.id}/`, citeKey: `moshiku-${collection}-${e.id}`, title: e.data.title, updated: e.data.updated }));
  return [
    ...entries('models', kb.models),
    ...entries('cases', kb.cases),
    ...entries('mechanisms', kb.mechanisms),
    { path: 'data/', citeKey: 'moshiku-data', title: `${SITE_NAME}开放数据`, updated: await dataUpdated() },
    ...(await getCollection('enModels')).map((e) => englishModelPage(e.id, e.data)),
  ];
}
