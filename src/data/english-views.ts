/**
 * What the English views (structures, timeline, comparison) need from the English collections,
 * read once per build: a source's English short name, and where a model's name links to (its
 * English page when built, else the Chinese one, marked "(in Chinese)" by the caller).
 */
import { getCollection } from 'astro:content';
import { englishLink, type Lang } from '../lib/i18n/counterparts';
import type { Dataset } from '../lib/open-data/datasets';
import { compareCell } from '../schemas/compare';
import { SITE_TEXT } from '../lib/i18n/ui';
import { getEnglishEdition } from './counterparts';
import { getKnowledge } from './knowledge';

export interface EnglishViews {
  siteName: string;
  /** A source's English short name, or its Chinese one when it has no English entry. */
  sourceName(source: string): string;
  /** A model's English short name and title (Chinese when untranslated) and where its name links to. */
  modelLink(model: string): { name: string; title: string; path: string; lang: Lang };
  /**
   * The comparison's cells in English, as /data/compare is in Chinese (same fields; key and text
   * English), for /en/compare/'s CSV: the models whose comparison file is translated.
   */
  compare: Dataset;
}

let cached: Promise<EnglishViews> | undefined;

export function getEnglishViews(): Promise<EnglishViews> {
  cached ??= (async () => {
    const kb = await getKnowledge();
    const edition = await getEnglishEdition();
    const sources = new Map((await getCollection('enSources')).map((e) => [e.id, e.data]));
    const models = new Map((await getCollection('enModels')).map((e) => [e.id, e.data]));
    const enCompare = new Map((await getCollection('enCompare')).map((e) => [e.id, e.data]));
    const compare = (await getCollection('compare'))
      .filter((e) => enCompare.has(e.id))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .flatMap((e) =>
        e.data.cells.map((c) => {
          const t = enCompare.get(e.id)?.cells.find((x) => x.dimension === c.dimension);
          return { model: e.id, ...c, ...(t ? { key: t.key, text: t.text } : {}) };
        }),
      );
    return {
      siteName: SITE_TEXT.en.siteName,
      compare: { name: 'compare', title: 'Comparison cells (English)', key: { field: 'model', note: 'model id' }, schema: compareCell, records: compare },
      sourceName: (source) => sources.get(source)?.shortName ?? kb.source(source).data.shortName,
      modelLink: (model) => {
        const en = models.get(model);
        const zh = kb.model(model).data;
        return { name: en?.shortName ?? zh.shortName, title: en?.title ?? zh.title, ...englishLink(`models/${model}/`, edition) };
      },
    };
  })();
  return cached;
}
