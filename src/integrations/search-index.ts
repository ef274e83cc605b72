/**
 * Builds the Pagefind search index when Astro has written the site (`astro:build:done`, as
 * Starlight does), so `astro build`, `npm run build` and a sub-path build all ship working search.
 *
 * Stock Pagefind splits Chinese page text with its own dictionary but splits queries in the
 * browser with Intl.Segmenter, so the words a reader types are often not words in the index.
 * Here every page's text is split with the same Intl.Segmenter first (src/lib/search/segment.ts),
 * names and aliases become word-split metadata that ranking weighs heavily, and timeline events
 * are added as records pointing at their place on the model page.
 *
 * `astro dev` builds no index: it serves the one in the last build's output folder, if any, and
 * says so (or says how to get one).
 */
import type { AstroIntegration, AstroIntegrationLogger, HookParameters } from 'astro';
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import sirv from 'sirv';
import { NAME_FIELDS, NAME_SEPARATOR } from '../lib/search/ranking';
import { prepareHtmlForIndex } from '../lib/search/index-html';
import { KEPT_CHARACTERS, markWordBreaks, spaceWords } from '../lib/search/segment';

/** A timeline event as src/pages/search/records.json.ts writes it. */
interface EventRecord {
  path: string;
  title: string;
  content: string;
  facets: { type: string; names: string[]; regions: string[]; periods: string[] };
}

/** Every built HTML file under dir, sorted so the index is the same on every build. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !relative(dir, path).startsWith('pagefind'))
    .sort();
}

function check<T extends { errors: string[] }>(what: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`pagefind ${what}: ${response.errors.join('; ')}`);
  return response;
}

/** Indexes the built site in `dir` into `dir`/pagefind/; returns what it indexed. */
export async function buildSearchIndex(dir: string): Promise<{ pages: number; events: number }> {
  const recordsFile = join(dir, 'search', 'records.json');
  const { index, errors } = await pagefind.createIndex({
    // One index per language, split by each page's <html lang> (issue #17): pagefind.js loads the
    // index of the page it runs on, so the Chinese search finds Chinese pages and /en/ pages find
    // English ones. Every Chinese page says zh-CN, so the Chinese pages stay one index.
    includeCharacters: KEPT_CHARACTERS,
    // Left out of page text:
    // - source markers (〔邵春杰《社区党建》 §8〕) after most sentences: every page would match an author;
    // - a model page's cards of its cases and mechanisms, its list of sources and the text version
    //   of its structures: each has its own page, which should be the one found, and the copies
    //   made the index and the fragments larger;
    // - a model page's timeline events: they are indexed as records of their own (below), which
    //   link to the same anchors.
    excludeSelectors: ['.cite', '.entry-list', '.source-list', '.structure .structure-text', '[id^="event-"]'],
  });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    let pages = 0;
    for (const path of await htmlFiles(dir)) {
      const html = await readFile(path, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      check(path, await index.addHTMLFile({ sourcePath: relative(dir, path), content: prepareHtmlForIndex(html, NAME_FIELDS) }));
      pages += 1;
    }

    const records = JSON.parse(await readFile(recordsFile, 'utf8')) as EventRecord[];
    for (const r of records) {
      check(r.path, await index.addCustomRecord({
        url: `/${r.path}`,
        content: markWordBreaks(r.content),
        language: 'zh-cn',
        meta: { title: r.title, name: r.facets.names.map((n) => spaceWords(n) + NAME_SEPARATOR).join('') },
        filters: { 类型: [r.facets.type], 地区: r.facets.regions, 时期: r.facets.periods },
      }));
    }
    // Build-time input only: readers never need it.
    await rm(recordsFile);

    check('write', await index.writeFiles({ outputPath: join(dir, 'pagefind') }));
    return { pages, events: records.length };
  } finally {
    await pagefind.close();
  }
}

/** In `astro dev`: serves the last build's index at <base>pagefind/, or says how to get one. */
function serveLastIndex(
  server: HookParameters<'astro:server:setup'>['server'],
  logger: AstroIntegrationLogger,
  outDir: string,
  base: string,
): void {
  const bundle = join(outDir, 'pagefind');
  const script = join(bundle, 'pagefind.js');
  const build = base === '/' ? 'npm run build' : `BASE_PATH=${base} npm run build`;
  if (!existsSync(script)) {
    logger.warn(`No search index yet, so search finds nothing in dev. Run \`${build}\` once: dev then serves its index.`);
    return;
  }
  server.middlewares.use(`${base}pagefind`, sirv(bundle, { dev: true }));
  logger.info(
    `Search uses the index of the last build (${relative(process.cwd(), bundle)}, ${statSync(script).mtime.toISOString()}); ` +
      `run \`${build}\` to bring it up to date with your edits.`,
  );
}

export default function searchIndex(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server, logger }) => serveLastIndex(server, logger, outDir, base),
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, events } = await buildSearchIndex(fileURLToPath(dir));
        // bench/run.ts reads the count and the time from this line.
        logger.info(`indexed ${pages} pages and ${events} timeline events in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      },
    },
  };
}
