/**
 * What the English edition has, read once per build: its index pages from the page files under
 * src/pages/en/, its entry pages from the English collections where a [id] route renders them
 * (src/lib/i18n/counterparts.ts decides the pairs).
 */
import { getCollection } from 'astro:content';
import { englishIndexPages, type EnglishEdition } from '../lib/i18n/counterparts';

// Keys only: the modules are never loaded.
const PAGE_FILES = Object.keys(import.meta.glob('../pages/en/**/*.astro'));
const routed = (section: string) => PAGE_FILES.some((f) => f.endsWith(`/en/${section}/[id].astro`));

let cached: Promise<EnglishEdition> | undefined;

export function getEnglishEdition(): Promise<EnglishEdition> {
  cached ??= (async () => {
    const ids = async (section: string, collection: 'enModels' | 'enStructures' | 'enSources') =>
      new Set(routed(section) ? (await getCollection(collection)).map((e) => e.id) : []);
    return {
      pages: englishIndexPages(PAGE_FILES),
      entries: {
        models: await ids('models', 'enModels'),
        structures: await ids('structures', 'enStructures'),
        sources: await ids('sources', 'enSources'),
      },
      terms: new Set((await getCollection('enTerms')).map((e) => e.id)),
    };
  })();
  return cached;
}
