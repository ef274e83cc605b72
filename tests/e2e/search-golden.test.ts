/**
 * The golden-query suite: every query in golden-queries.ts, run in Chromium through the built
 * site's pagefind.js and the site's own ranking (src/lib/search/run.ts), must put its expected
 * page first (or in the first three). That a stock `pagefind --site dist` index fails the same
 * suite is an experiment the benchmark runs (tests/experiments/stock-pagefind.test.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { SEARCH_TYPES } from '../../src/lib/search/filters';
import { runSearch, type Pagefind } from '../../src/lib/search/run';
import { useBrowser } from './browser';
import { judge, openPagefind } from './golden-judge';
import { GOLDEN_QUERIES } from './golden-queries';

const baseURL = inject('baseURL');
const base = new URL(baseURL).pathname;
const DIST = new URL('../../dist/', import.meta.url).pathname;
const EVENTS = new URL('../../content/events/', import.meta.url).pathname;

const browser = useBrowser();

describe('golden queries on the site index', () => {
  let pf: Pagefind;
  beforeAll(async () => {
    pf = await openPagefind(browser(), baseURL);
  });

  it('covers at least 40 queries of every kind', () => {
    expect(GOLDEN_QUERIES.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(GOLDEN_QUERIES.map((g) => g.kind));
    for (const kind of ['term', 'alias', 'mechanism', 'place', 'number', 'source', 'english', 'pinyin', 'none'] as const) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it.each(GOLDEN_QUERIES.map((g) => [g.query, g] as const))('%s', async (_, g) => {
    const verdict = await judge(pf, g, base);
    expect(verdict.pass, `expected ${g.expect.join(' or ') || 'nothing'} within ${g.within}, got ${verdict.top.join(' | ') || 'nothing'}`).toBe(true);
  });
});

describe('what the site index holds', () => {
  let pf: Pagefind;
  beforeAll(async () => {
    pf = await openPagefind(browser(), baseURL);
  });

  it('gives every entry its type, regions and periods as filters, and keeps hidden text out of excerpts', async () => {
    const [mechanism] = (await runSearch(pf, { q: '大党工委制', filters: {} })).results;
    const d = await mechanism!.data();
    expect(d.url).toBe(`${base}mechanisms/da-dang-gong-wei/`);
    expect(d.filters).toEqual({ 类型: ['机制'], 地区: ['浉河'] });
    // The hidden name list is metadata: its word-split form never reaches the page text.
    expect(d.meta['aliases']).toContain('大 党 工委 制 /');
    expect(d.content).toContain('大党（工）委制');
    expect(d.content).not.toMatch(/大 党|\/ /);

    const [source] = (await runSearch(pf, { q: '左晓斯', filters: {} })).results;
    expect((await source!.data()).filters).toEqual({ 类型: ['资料来源'], 地区: ['广东'], 时期: ['2010年代'] });
  });

  it('holds every content page and timeline event, each once and with one type', async () => {
    const folders = ['models', 'cases', 'mechanisms', 'terms', 'sources', 'structures'];
    const pages = folders.flatMap((f) => (existsSync(join(DIST, f)) ? readdirSync(join(DIST, f)).filter((id) => existsSync(join(DIST, f, id, 'index.html'))) : []));
    const events = readdirSync(EVENTS).flatMap((f) => parse(readFileSync(join(EVENTS, f), 'utf8')) as unknown[]);
    const all = (await pf.search(null, { filters: {} }))?.results ?? [];
    expect(all.length).toBe(pages.length + events.length);
    let typed = 0;
    for (const type of SEARCH_TYPES) typed += (await pf.search(null, { filters: { 类型: [type] } }))?.results.length ?? 0;
    expect(typed).toBe(all.length);
  });

  it('indexes timeline events as records pointing at their place on the model page', async () => {
    const events = await runSearch(pf, { q: '', filters: { 类型: ['事件'] } });
    expect(events.results.length).toBeGreaterThan(20);
    for (const r of events.results.slice(0, 10)) expect((await r.data()).url).toMatch(new RegExp(`^${base}models/[a-z]+/#event-[a-z0-9-]+$`));
  });
});
