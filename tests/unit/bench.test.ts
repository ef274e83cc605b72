import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, type BenchResults, type PageFigures, type ScalingStep } from '../../bench/budgets';
import { median } from '../../bench/process-stats';
import { formatReport, formatTable } from '../../bench/report';
import { htmlSize } from '../../bench/page-weight';
import { checkScalingPages, expectedIndexed } from '../../bench/scaling-check';
import { SYNTHETIC_COMPARE_DIMENSIONS, writeSyntheticContent } from '../../bench/synthetic';
import { assertValidContent } from '../../src/integrations/content-guard';
import { COMPARE_DIMENSIONS } from '../../src/schemas/compare';
import { adaptSiteConfig, wrapSiteConfig } from '../quality/nginx';

const page = (over: Partial<PageFigures['weight']> = {}, lighthouse: PageFigures['lighthouse'] = null): PageFigures => ({
  weight: { path: 'x/', html: 5000, css: 3000, js: 0, other: 0, total: 9000, requests: 3, scripts: [], inlineJs: { bytes: 600, gzip: 400 }, htmlFile: { bytes: 20_000, gzip: 5000 }, hasDiagram: false, ...over },
  lighthouse,
});
const results = (over: Partial<BenchResults> = {}): BenchResults => ({
  date: '2026-11-22T00:00:00Z',
  machine: { cpus: 2, cpuModel: 'x', memoryGiB: 24, node: 'v24', chromium: 'Chromium' },
  runs: 3,
  build: null,
  pages: {},
  search: null,
  scaling: null,
  ...over,
});
const goodLighthouse = { performance: 100, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 900, cls: 0, tbtMs: 0, fcpMs: 900, benchmarkIndex: 1500, failing: [] };

describe('checkBudgets(results)', () => {
  it('passes a result within every budget', () => {
    const r = results({
      pages: { case: page({}, goodLighthouse), model: page({ js: 20_000, hasDiagram: true, total: 60_000 }, goodLighthouse), lesson: null },
      search: { firstSearchBytes: 100_000, firstSearchRequests: 5, coldMs: 300, warmMs: 40, queries: ['a', 'b'], unanswered: [] },
      scaling: [
        { models: 100, pages: 500, builtPages: 520, buildSeconds: 20, indexSeconds: 2, totalSeconds: 22, peakMiB: 600, pageProblems: [], brokenLinks: null, largestHtml: {} },
        { models: 1000, pages: 5000, builtPages: 5020, buildSeconds: 200, indexSeconds: 20, totalSeconds: 220, peakMiB: 1500, pageProblems: [], brokenLinks: [], largestHtml: {} },
      ],
    });
    expect(checkBudgets(r)).toEqual([]);
  });

  it('holds a text page to zero script files, and a model page without a diagram too', () => {
    const r = results({ pages: { term: page({ js: 1200 }), model: page({ js: 1200, hasDiagram: false }) } });
    expect(checkBudgets(r).map((b) => b.what)).toEqual(['term: script files on a text page', 'model: script files on a text page']);
  });

  it('allows a text page 2.5 KB of inline JavaScript, and counts an interactive page’s inline script as its JavaScript', () => {
    const r = results({
      pages: { case: page({ inlineJs: { bytes: 6000, gzip: 2700 } }), term: page({ inlineJs: { bytes: 6000, gzip: 2560 } }), compare: page({ js: 34 * 1024, inlineJs: { bytes: 4000, gzip: 1500 } }) },
    });
    expect(checkBudgets(r)).toEqual([
      { what: 'case: inline JavaScript (gzip)', budget: '≤ 2.5 KB', actual: '2.6 KB' },
      { what: 'compare: JavaScript, files and inline (gzip)', budget: '≤ 35.0 KB', actual: '35.5 KB' },
    ]);
  });

  it('names each broken budget with its figure', () => {
    const r = results({
      pages: {
        timeline: page({ js: 40 * 1024 }, { ...goodLighthouse, performance: 97, lcpMs: 1600, cls: 0.05 }),
        model: page({ total: 120 * 1024, hasDiagram: true, js: 1000, htmlFile: { bytes: 355 * 1024, gzip: 61 * 1024 } }),
      },
      search: { firstSearchBytes: 200 * 1024, firstSearchRequests: 9, coldMs: 500, warmMs: null, queries: ['a'], unanswered: ['a'] },
      scaling: [
        { models: 100, pages: 500, builtPages: 520, buildSeconds: 10, indexSeconds: 0, totalSeconds: 10, peakMiB: 500, pageProblems: [], brokenLinks: null, largestHtml: {} },
        { models: 1000, pages: 5000, builtPages: 5020, buildSeconds: 130, indexSeconds: 0, totalSeconds: 130, peakMiB: 4000, pageProblems: [], brokenLinks: [], largestHtml: {} },
      ],
    });
    expect(checkBudgets(r)).toEqual([
      { what: 'timeline: JavaScript, files and inline (gzip)', budget: '≤ 35.0 KB', actual: '40.4 KB' },
      { what: 'timeline: Lighthouse performance', budget: '≥ 98', actual: '97' },
      { what: 'timeline: LCP', budget: '≤ 1500 ms', actual: '1600 ms' },
      { what: 'timeline: CLS', budget: '≤ 0.020', actual: '0.050' },
      { what: 'model: first visit, total transfer', budget: '≤ 100.0 KB', actual: '120.0 KB' },
      { what: 'model: HTML (gzip)', budget: '≤ 60.0 KB', actual: '61.0 KB' },
      { what: 'first search transfer', budget: '≤ 150.0 KB', actual: '200.0 KB' },
      { what: 'warm search, keystroke to first result (median)', budget: '≤ 100 ms', actual: 'not measured' },
      { what: 'search: queries without a result', budget: 'none', actual: 'a' },
      { what: 'build of 1,000 models ÷ build of 100', budget: '≤ 12.0×', actual: '13.0×' },
      { what: 'build of 1,000 models: peak memory', budget: `≤ ${BUDGETS.scalingPeakMiB} MiB`, actual: '4000 MiB' },
    ]);
  });
});

describe('htmlSize(html) and the report', () => {
  it('measures an HTML file raw and gzipped', () => {
    const html = `<!doctype html><p>${'社区党建'.repeat(500)}</p>`;
    const size = htmlSize(html);
    expect(size.bytes).toBe(Buffer.byteLength(html));
    expect(size.gzip).toBeGreaterThan(0);
    expect(size.gzip).toBeLessThan(size.bytes / 10);
  });

  it('reports each page type’s HTML, gzip and raw, and names an HTML file over budget', () => {
    const r = results({ pages: { lesson: page({ path: 'lessons/x/', htmlFile: { bytes: 460 * 1024, gzip: 66 * 1024 } }) } });
    const report = formatReport(r, checkBudgets(r));
    const [header, row] = report.split('\n').slice(2, 4);
    expect(header).toMatch(/HTML\s+HTML raw/);
    expect(row).toMatch(/^lesson \/lessons\/x\/\s+66\.0\s+460\.0\s/);
    expect(report).toContain('✗ lesson: HTML (gzip): 66.0 KB (budget ≤ 60.0 KB)');
  });
});

describe('median(values)', () => {
  it.each([
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('median(%j) is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow('median of an empty list');
  });
});

describe('formatTable(rows)', () => {
  it('pads the first column to the left and the others to the right, a CJK character taking two columns', () => {
    expect(formatTable([['页面x', 'KB'], ['home', '12.5']])).toBe('页面x    KB\nhome   12.5');
  });
});

describe('adaptSiteConfig(example, { port, root }) and wrapSiteConfig(site, prefix)', () => {
  const example = 'server {\n    listen 80;\n    root /srv/site;\n    index index.html;\n}\n';

  it('points the example at a loopback port and a folder, changing nothing else', () => {
    expect(adaptSiteConfig(example, { port: 4321, root: '/tmp/dist' })).toBe(
      'server {\n    listen 127.0.0.1:4321;\n    root /tmp/dist;\n    index index.html;\n}\n',
    );
  });

  it('refuses an example without a listen or root line', () => {
    expect(() => adaptSiteConfig('server { }', { port: 1, root: '/x' })).toThrow('needs one `listen` and one `root` line');
  });

  it('wraps it in a foreground nginx.conf whose files all live under the prefix', () => {
    const conf = wrapSiteConfig('server { }', '/tmp/p');
    expect(conf).toContain('daemon off;');
    expect(conf).toContain('pid /tmp/p/nginx.pid;');
    expect(conf).toContain('error_log /tmp/p/error.log warn;');
    expect(conf).toMatch(/http \{[\s\S]*server \{ \}[\s\S]*\}\n$/);
  });
});

describe('writeSyntheticContent(dir, count)', () => {
  it('writes a knowledge base the build’s content guard accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-synthetic-'));
    try {
      writeSyntheticContent(join(dir, 'content'), 7);
      expect(() => assertValidContent(join(dir, 'content'), `${dir}/`)).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('knows the comparison’s dimensions', () => {
    expect(SYNTHETIC_COMPARE_DIMENSIONS).toEqual([...COMPARE_DIMENSIONS]);
  });
});

describe('checkScalingPages(counts, builtByType, indexed)', () => {
  const counts = { models: 10, cases: 20, mechanisms: 10, structures: 11, terms: 3, sources: 5, lessons: 1, events: 30 };
  const built = { home: 1, model: 10, case: 20, mechanism: 10, structure: 11, term: 3, source: 5, lesson: 1, models: 1 };

  it('accepts a build with a page per entry and an index of the indexed pages and the events', () => {
    expect(expectedIndexed(counts)).toBe(10 + 20 + 10 + 11 + 3 + 5 + 30);
    expect(checkScalingPages(counts, built, expectedIndexed(counts))).toEqual([]);
  });

  it('names an entry type whose pages are missing and an index that lost records', () => {
    expect(checkScalingPages(counts, { ...built, case: 19, lesson: 0 }, 88)).toEqual([
      'case pages: built 19, content has 20 cases',
      'lesson pages: built 0, content has 1 lessons',
      'search index: 88 records, expected 89 (model, case, mechanism, structure, term, source pages and 30 events)',
    ]);
    expect(checkScalingPages(counts, built, undefined)).toEqual([expect.stringMatching(/^search index: no records/)]);
  });
});

describe('checkBudgets on a scaling run', () => {
  const step = (models: number, over: Partial<ScalingStep> = {}): ScalingStep => ({
    models,
    pages: models * 5,
    builtPages: models * 5 + 20,
    buildSeconds: models / 10,
    indexSeconds: 1,
    totalSeconds: models / 10 + 1,
    peakMiB: 900,
    pageProblems: [],
    brokenLinks: null,
    largestHtml: { compare: { path: 'compare/', bytes: 300_000, gzip: 30_000 } },
    ...over,
  });

  it('breaks on a page count that differs from the content, a broken link, and a 1,000-model page over 1 MB gzip or 4 MB raw', () => {
    const r = results({
      scaling: [
        step(100, { pageProblems: ['case pages: built 199, content has 200 cases'] }),
        step(1000, {
          brokenLinks: ['http://127.0.0.1/x/ (on http://127.0.0.1/): HTTP 404'],
          largestHtml: {
            compare: { path: 'compare/', bytes: 3_000_000, gzip: 1100 * 1024 },
            mechanisms: { path: 'mechanisms/', bytes: 5 * 1024 * 1024, gzip: 500 * 1024 },
            model: { path: 'models/m0001/', bytes: 200_000, gzip: 30_000 },
          },
        }),
      ],
    });
    expect(checkBudgets(r)).toEqual([
      { what: '100 models: pages built and indexed', budget: 'as the content', actual: 'case pages: built 199, content has 200 cases' },
      { what: '1000 models: links', budget: 'none broken', actual: '1 broken: http://127.0.0.1/x/ (on http://127.0.0.1/): HTTP 404' },
      { what: '1,000 models: compare HTML /compare/ (gzip)', budget: '≤ 1024.0 KB', actual: '1100.0 KB' },
      { what: '1,000 models: mechanisms HTML /mechanisms/ (raw)', budget: '≤ 4096.0 KB', actual: '5120.0 KB' },
    ]);
  });
});
