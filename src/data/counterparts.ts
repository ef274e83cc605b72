/**
 * What the English edition has, read once per build: its index pages from the page files under
 * src/pages/en/, its entry pages from the English collections where a [id] route renders them
 * (src/lib/i18n/counterparts.ts decides the pairs).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { getCollection } from 'astro:content';
import { englishIndexPages, type EnglishEdition } from '../lib/i18n/counterparts';

/**
 * The English page files, read from disk, not with import.meta.glob: a glob puts every English page
 * module in the graph of every page that uses this (all of them, through the layout), and Astro then
 * counts those pages' styles into each page's CSP. The build runs in the project root.
 */
const PAGES_DIR = join(process.cwd(), 'src', 'pages');
const PAGE_FILES = existsSync(join(PAGES_DIR, 'en'))
  ? readdirSync(join(PAGES_DIR, 'en'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.astro'))
      .map((f) => `../pages/en/${f.split(sep).join('/')}`)
  : [];
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
