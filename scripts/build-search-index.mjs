// Builds the Pagefind search index for dist/ with Pagefind's Node API, after `astro build`.
//
// Stock Pagefind splits Chinese page text with its own dictionary but splits queries in the
// browser with Intl.Segmenter, so the words a reader types are often not words in the index.
// Here every page's text is split with the same Intl.Segmenter first (src/lib/search/segment.ts),
// names and aliases become word-split metadata that ranking weighs heavily, and timeline events
// are added as records pointing at their place on the model page.
// The site folder can be named as the first argument (the sub-path gate builds a second site
// into dist-kb/).
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { NAME_FIELDS, NAME_SEPARATOR } from '../src/lib/search/ranking.ts';
import { prepareHtmlForIndex } from '../src/lib/search/index-html.ts';
import { KEPT_CHARACTERS, markWordBreaks, spaceWords } from '../src/lib/search/segment.ts';

const DIST = process.argv[2] ?? 'dist';
const RECORDS = join(DIST, 'search', 'records.json');

/** Every built HTML file under dir, sorted so the index is the same on every build. */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !relative(DIST, path).startsWith('pagefind'))
    .sort();
}

function check(what, response) {
  if (response.errors.length > 0) throw new Error(`pagefind ${what}: ${response.errors.join('; ')}`);
  return response;
}

const { index, errors } = await pagefind.createIndex({
  // One index for the whole site: pages in zh and zh-CN would otherwise be split into two.
  forceLanguage: 'zh-cn',
  includeCharacters: KEPT_CHARACTERS,
  // Left out of page text:
  // - source markers (〔邵春杰《社区党建》 §8〕) after most sentences: every page would match an author;
  // - a model page's cards of its cases and mechanisms, and its list of sources: each has its own
  //   page, which should be the one found, and the copies made the index and the fragments larger;
  // - a model page's timeline events: they are indexed as records of their own (below), which
  //   link to the same anchors.
  excludeSelectors: ['.cite', '.entry-list', '.source-list', '[id^="event-"]'],
});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);

let pages = 0;
for (const path of await htmlFiles(DIST)) {
  const html = await readFile(path, 'utf8');
  if (!html.includes('data-pagefind-body')) continue;
  check(path, await index.addHTMLFile({ sourcePath: relative(DIST, path), content: prepareHtmlForIndex(html, NAME_FIELDS) }));
  pages += 1;
}

const records = JSON.parse(await readFile(RECORDS, 'utf8'));
for (const r of records) {
  check(r.path, await index.addCustomRecord({
    url: `/${r.path}`,
    content: markWordBreaks(r.content),
    language: 'zh-cn',
    meta: { title: r.title, name: r.facets.names.map((n) => spaceWords(n) + NAME_SEPARATOR).join('') },
    filters: { 类型: [r.facets.type], 地区: r.facets.regions, 时期: r.facets.periods },
  }));
}
await rm(RECORDS);

check('write', await index.writeFiles({ outputPath: join(DIST, 'pagefind') }));
await pagefind.close();
console.log(`pagefind: indexed ${pages} pages and ${records.length} timeline events`);
