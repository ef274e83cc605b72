/**
 * `npm run bench`: builds the site, serves it with the committed nginx configuration (compressed,
 * as readers get it), measures page weights, Lighthouse mobile scores, search and build cost, then
 * writes bench/results.json, prints a table and exits non-zero only if a budget is broken.
 *
 *   npm run bench                    everything but the scaling run's 1,000 models is a few minutes
 *   npm run bench -- --skip-scaling  keeps the previous scaling figures
 *   npm run bench:scaling            only the scaling run (100 and 1,000 synthetic models): build
 *                                    time and memory, pages built and indexed, links, HTML weight
 *   --scaling-models 30,300          other model counts for a quick look (budgets that name
 *                                    100 and 1,000 models are then not checked)
 *   --runs N                         Lighthouse runs per page (median; default 3, at least 3)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM, launchBrowser } from '../tests/e2e/browser.ts';
import { readHtmlFacts } from '../tests/quality/html-facts.ts';
import { checkLinks, describeBrokenLinks } from '../tests/quality/links.ts';
import { findNginx, startNginx } from '../tests/quality/nginx.ts';
import { isBuiltFile, listPages, type BuiltPage } from '../tests/quality/site-pages.ts';
import { BENCH_PAGE_TYPES, checkBudgets, coursewareCost, type BenchResults, type PageFigures, type ScalingStep } from './budgets.ts';
import { lighthousePage, startChrome } from './lighthouse.ts';
import { measurePageWeight } from './page-weight.ts';
import { measureCommand, median } from './process-stats.ts';
import { largestHtmlByType } from './html-sizes.ts';
import { formatReport } from './report.ts';
import { checkScalingPages } from './scaling-check.ts';
import { measureSearch } from './search-timing.ts';
import { makeSyntheticProject } from './synthetic.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const RESULTS = join(ROOT, 'bench/results.json');
const TMP = join(ROOT, 'bench/tmp');

const { values: args } = parseArgs({
  options: {
    'skip-scaling': { type: 'boolean', default: false },
    'only-scaling': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    'scaling-models': { type: 'string', default: '100,1000' },
  },
});
const runs = Math.max(3, Number(args.runs));
/** Builds with and without the courseware: a build varies by a second or more on a shared machine. */
const buildRuns = Math.max(5, runs);
const log = (s: string) => process.stderr.write(`${s}\n`);

function machine(): BenchResults['machine'] {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // reported as unknown
  }
  return { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium };
}

/**
 * Builds the site `buildRuns` times as readers get it (median time, highest peak memory), each
 * followed by a build without the courseware, to measure what the courseware adds pair by pair.
 * Each build with it starts from an empty picture cache, as a fresh clone does: the dearer case.
 */
async function benchBuild(): Promise<NonNullable<BenchResults['build']>> {
  const times: number[] = [];
  const without: number[] = [];
  let peak = 0;
  let pages = 0;
  const pictureCache = mkdtempSync(join(tmpdir(), 'bench-png-'));
  try {
    for (let i = 0; i < buildRuns; i++) {
      log(`build ${i + 1}/${buildRuns}…`);
      const cache = join(pictureCache, String(i));
      const cost = await measureCommand('npm', ['run', 'build'], { cwd: ROOT, env: { SVG_TO_PNG_CACHE: cache } });
      times.push(cost.seconds);
      peak = Math.max(peak, cost.peakMiB);
      pages = Number(/indexed (\d+) pages/.exec(cost.output)?.[1] ?? 0);
      log(`build ${i + 1}/${buildRuns} without courseware…`);
      without.push((await measureCommand('npm', ['run', 'build'], { cwd: ROOT, env: { COURSEWARE: 'off' } })).seconds);
    }
  } finally {
    rmSync(pictureCache, { recursive: true, force: true });
  }
  // The last build must leave the site as readers get it.
  await measureCommand('npm', ['run', 'build'], { cwd: ROOT });
  return { seconds: median(times), peakMiB: peak, pages, courseware: coursewareCost(times, without) };
}

/**
 * The search engineer's golden queries that must find something (tests/e2e/golden-queries.ts), or,
 * before that suite exists, every model page's heading.
 */
async function searchQueries(pages: readonly BuiltPage[]): Promise<string[]> {
  const golden = join(ROOT, 'tests/e2e/golden-queries.ts');
  if (existsSync(golden)) {
    const { GOLDEN_QUERIES } = (await import(golden)) as { GOLDEN_QUERIES: readonly { query: string; expect: readonly string[] }[] };
    return GOLDEN_QUERIES.filter((q) => q.expect.length > 0).map((q) => q.query);
  }
  return pages.filter((p) => p.type === 'model').map((p) => readHtmlFacts(readFileSync(p.file, 'utf8')).heading);
}

/** The page with the largest HTML file, or undefined for none. */
function heaviest(pages: readonly BuiltPage[]): BuiltPage | undefined {
  return [...pages].sort((a, b) => statSync(b.file).size - statSync(a.file).size || (a.path < b.path ? -1 : 1))[0];
}

async function benchSite(): Promise<Pick<BenchResults, 'pages' | 'search'>> {
  const nginx = findNginx();
  if (!nginx) throw new Error('The benchmark serves the site with nginx, as deployed: apt-get install nginx');
  const dist = join(ROOT, 'dist');
  const all = listPages(dist);
  const server = await startNginx(nginx, dist);
  const browser = await launchBrowser();
  const chrome = await startChrome();
  // Lighthouse keeps the process alive on Ctrl-C: stop the servers it would otherwise orphan.
  const stop = () => void Promise.all([chrome.close(), browser.close(), server.stop()]).finally(() => process.exit(130));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const pages: Record<string, PageFigures | null> = {};
    for (const [benchType, siteTypes] of Object.entries(BENCH_PAGE_TYPES)) {
      // The heaviest page of the type: budgets hold for the worst case, not a lucky one.
      const page = siteTypes.map((t) => heaviest(all.filter((p) => p.type === t))).find((p) => p !== undefined);
      if (!page) {
        pages[benchType] = null;
        continue;
      }
      log(`${benchType}: /${page.path} (weight, Lighthouse × ${runs})…`);
      const weight = await measurePageWeight(browser, server.url, page);
      const lighthouse = await lighthousePage(chrome, new URL(page.path, server.url).href, runs);
      pages[benchType] = { weight, lighthouse };
    }
    log('search…');
    const search = await measureSearch(browser, server.url, await searchQueries(all));
    return { pages, search };
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await chrome.close();
    await browser.close();
    await server.stop();
  }
}

/**
 * The stock-index experiment (tests/experiments/stock-pagefind.test.ts) on the site just built:
 * how many golden queries an index made by `pagefind --site` with no options gets wrong.
 */
function stockPagefind(): { failed: number; total: number } | null {
  log('stock Pagefind index experiment…');
  let output = '';
  try {
    output = execFileSync(join(ROOT, 'node_modules/.bin/vitest'), ['run', '--project', 'experiments'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    // The experiment fails when the stock index does too well; its line is still printed.
    output = String((e as { stdout?: string }).stdout ?? '');
  }
  const m = /stock index fails (\d+) of (\d+)/.exec(output);
  return m ? { failed: Number(m[1]), total: Number(m[2]) } : null;
}

/** Pagefind's count of what it indexed (pages and records), from the index it wrote; undefined for none. */
function pagefindCount(dist: string): number | undefined {
  const entry = join(dist, 'pagefind/pagefind-entry.json');
  if (!existsSync(entry)) return undefined;
  const { languages } = JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(languages).reduce((n, l) => n + l.page_count, 0);
}

/**
 * Broken links on a built site (the link gate of tests/quality/links.ts, which reads the built
 * files), and the pages that no link reaches from the home and section pages.
 */
function brokenLinks(dist: string): string[] {
  const pages = listPages(dist);
  const start = pages.filter((p) => !p.path.slice(0, -1).includes('/') && p.path !== '404.html');
  const { broken, unreached } = checkLinks(pages, { base: '/', exists: isBuiltFile(dist), start });
  return [...describeBrokenLinks(broken, '/', pages), ...unreached.filter((p) => p !== '404.html').map((p) => `/${p}: no link leads to it`)];
}

/**
 * Builds the synthetic models in scratch copies of the project (bench/tmp, removed after), checks
 * that every entry became a page and went into the search index, weighs every page's HTML and, on
 * the largest build, runs the link gate.
 */
async function benchScaling(counts: readonly number[]): Promise<ScalingStep[]> {
  const steps: ScalingStep[] = [];
  for (const models of counts) {
    log(`scaling: ${models} synthetic models…`);
    const { dir, counts: content } = makeSyntheticProject(TMP, models);
    try {
      const env = { ASTRO_TELEMETRY_DISABLED: '1' };
      // The search index is part of the build (src/integrations/search-index.ts), which logs its count and time.
      const build = await measureCommand(join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: dir, env });
      const indexed = /indexed (\d+) pages .* in ([\d.]+) s/.exec(build.output);
      if (!indexed) throw new Error(`scaling: the build did not report its search index:\n${build.output.slice(-2000)}`);
      const indexSeconds = Number(indexed[2]);
      const dist = join(dir, 'dist');
      const pages = listPages(dist);
      const builtByType: Record<string, number> = {};
      for (const p of pages) builtByType[p.type] = (builtByType[p.type] ?? 0) + 1;
      log(`scaling: ${models} models built ${pages.length} pages; weighing HTML${models === Math.max(...counts) ? ', checking links' : ''}…`);
      steps.push({
        models,
        pages: Number(indexed[1]),
        builtPages: pages.length,
        buildSeconds: build.seconds - indexSeconds,
        indexSeconds,
        totalSeconds: build.seconds,
        peakMiB: build.peakMiB,
        pageProblems: checkScalingPages(content, builtByType, pagefindCount(dist)),
        brokenLinks: models === Math.max(...counts) ? brokenLinks(dist) : null,
        largestHtml: largestHtmlByType(pages),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return steps;
}

const previous: Partial<BenchResults> = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
const results: BenchResults = {
  date: new Date().toISOString(),
  machine: machine(),
  runs,
  build: previous.build ?? null,
  pages: previous.pages ?? {},
  search: previous.search ?? null,
  scaling: previous.scaling ?? null,
  stockPagefind: previous.stockPagefind ?? null,
};
if (!args['only-scaling']) {
  results.build = await benchBuild();
  Object.assign(results, await benchSite());
  results.stockPagefind = stockPagefind();
}
if (!args['skip-scaling']) results.scaling = await benchScaling(args['scaling-models'].split(',').map(Number));

// A quick look at other model counts is printed, not kept as the project's figures.
if (args['scaling-models'] === '100,1000') writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
const breaches = checkBudgets(results);
console.log(formatReport(results, breaches));
process.exitCode = breaches.length ? 1 : 0;
