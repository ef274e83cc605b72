/**
 * The English views (issue #17), in Chromium against the built site: structure diagrams with
 * English unit and relation labels (on the page, without JavaScript, in the detail panel and in
 * the downloaded SVG with its English source line), the timeline's dates in English at exactly
 * their source precision, and the comparison's cells in English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { formatDateEn } from '../../src/lib/i18n/dates-en';
import { COMPARE_DIMENSION_EN, COMPARE_STATUS_EN, NODE_KIND_EN, RELATION_EN } from '../../src/lib/i18n/ui';
import { openPage, siteUrl, stateViolations, useBrowser } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();
const CONTENT = new URL('../../content/', import.meta.url).pathname;
const SHIHE = 'shihe-da-dang-gong-wei';
const HAN = /\p{Script=Han}/u;
/** Text with any "(汉字)" or "(汉字, pinyin)" gloss taken out: what must then be free of Chinese. */
const withoutGloss = (s: string) => s.replace(/[(（][^()（）]*\p{Script=Han}[^()（）]*[)）]/gu, '');

const yaml = <T,>(path: string) => parse(readFileSync(`${CONTENT}${path}`, 'utf8')) as T;
const englishStructures = readdirSync(`${CONTENT}en/structures`).map((f) => f.replace(/\.yaml$/, ''));
const relationNames = new Set(Object.values(RELATION_EN).map((r) => r.label));
const plateNames = new Set([...relationNames].map((r) => r.replace(/\s*\([^)]*\)$/, '')));

describe('English structure pages', () => {
  it('draw every unit with its English label and every relation with its English name, without JavaScript', async () => {
    expect(englishStructures.length).toBeGreaterThan(0);
    const { page, context, errors } = await openPage(browser(), baseURL, { javaScriptEnabled: false });
    for (const id of englishStructures) {
      const en = yaml<{ nodes: Record<string, { label: string }> }>(`en/structures/${id}.yaml`);
      await page.goto(siteUrl(baseURL, `en/structures/${id}/`));
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      const units = await page.locator('svg.dg-svg a.dg-node').evaluateAll((as) =>
        as.map((a) => ({ id: (a as SVGElement).dataset.node ?? '', label: [...a.querySelectorAll('tspan')].map((t) => t.textContent).join(' '), aria: a.getAttribute('aria-label') ?? '' })),
      );
      expect(units.map((u) => u.id).sort(), id).toEqual(Object.keys(en.nodes).sort());
      for (const u of units) {
        // Wrapped at spaces (or after a slash): the lines give the label back.
        expect(u.label.replace(/\s+/g, ''), `${id}/${u.id}`).toBe(en.nodes[u.id]!.label.replace(/\s+/g, ''));
        expect(withoutGloss(u.label), `${id}/${u.id}`).not.toMatch(HAN);
        expect(withoutGloss(u.aria), `${id}/${u.id} aria-label`).not.toMatch(HAN);
      }
      const plates = await page.locator('svg.dg-svg .dg-label-text').allTextContents();
      for (const p of plates) expect(plateNames, `${id}: plate ${p}`).toContain(p);
      const legend = await page.locator('.dg-legend .dg-legend-name').allTextContents();
      for (const name of legend) expect([...Object.values(NODE_KIND_EN), ...relationNames], `${id}: legend ${name}`).toContain(name);
      expect(await page.locator('.dg-legend-title').textContent()).toBe('Key');
      // The text version: English headings, kinds and relations.
      const kinds = await page.locator('.structure-text [data-part="kind"]').allTextContents();
      for (const k of kinds) expect(Object.values(NODE_KIND_EN), `${id}: kind ${k}`).toContain(k);
      const relations = await page.locator('.structure-text [data-part="relation"]').allTextContents();
      for (const r of relations) expect(relationNames, `${id}: relation ${r}`).toContain(r);
      expect(await page.locator('.structure-text h2').textContent()).toMatch(/^Text version: /);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fill the detail panel in English', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, `en/structures/${SHIHE}/`));
    await page.locator('a.dg-node[data-node="shequ-da-dangwei"]').click();
    const panel = page.locator('[data-panel-body]');
    await expect.poll(() => panel.locator('.dg-detail-title').textContent()).toBe('Community big Party committee');
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Relations');
    expect(text).toMatch(/subordinate body \((to|from) /);
    expect(text).toContain('See it in the text version');
    expect(withoutGloss(text.replace(/〔[^〕]*〕/g, ''))).not.toMatch(HAN);
    // Back at the top: the click scrolled the unit into view, leaving the header's print button
    // half under the sticky site header, a scroll position and not the panel's state.
    await page.evaluate(() => window.scrollTo(0, 0));
    const violations = await stateViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('download an SVG in English, with an English source line', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, `en/structures/${SHIHE}/`));
    const title = (await page.locator('h1').textContent())?.trim() ?? '';
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="svg"]').click()]);
    expect(download.suggestedFilename()).toBe(`${SHIHE}.svg`);
    const svg = readFileSync((await download.path()) as string, 'utf8');
    const texts = await page.evaluate((src) => {
      const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
      return [...doc.documentElement.querySelectorAll('text')].map((t) => t.textContent ?? '');
    }, svg);
    expect(texts[0]).toBe(title);
    expect(texts).toContain('Unit types: ');
    expect(texts).toContain('Relation types: ');
    expect(texts).toContain('Party organisation');
    for (const t of texts) expect(withoutGloss(t), t).not.toMatch(HAN);
    const address = new URL(page.url());
    const credit = texts.slice(texts.findIndex((t) => t.startsWith('Source: '))).join(' ');
    const sources = (await page.locator('structure-diagram').getAttribute('data-sources')) ?? '';
    expect(sources).not.toMatch(HAN);
    expect(credit.replace(/\s+/g, ' ')).toBe(`Source: Community Party Building Models, “${title}”, ${address.origin}${address.pathname} Based on: ${sources}`.replace(/\s+/g, ' '));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('English timeline', () => {
  interface DateSpec {
    text: string;
    precision: string;
  }
  const events = readdirSync(`${CONTENT}en/events`).flatMap((f) => yaml<{ id: string; date: DateSpec }[]>(`events/${f}`));

  it('writes every event date in English at exactly its source precision, never guessing a year', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL, { javaScriptEnabled: false });
    await page.goto(siteUrl(baseURL, 'en/timeline/'));
    const items = await page.locator('li.tl-item').evaluateAll((lis) =>
      lis.map((li) => ({ id: li.id.replace(/^event-/, ''), date: li.querySelector('.tl-item-date .date')?.firstChild?.textContent?.trim() ?? '' })),
    );
    expect(items.length).toBe(events.length);
    let unknown = 0;
    for (const { id, date } of items) {
      const e = events.find((x) => x.id === id);
      expect(e, id).toBeDefined();
      expect(date, id).toBe(formatDateEn(e!.date));
      expect(date, id).not.toMatch(HAN);
      if (e!.date.precision === 'year-unknown') {
        unknown += 1;
        expect(date, id).toMatch(/\(year not stated\)$/);
        expect(date, id).not.toMatch(/\b(1[89]|20)\d\d\b/);
      }
    }
    // Shihe's "今年4月": the case the issue names.
    expect(unknown).toBeGreaterThan(0);
    expect(items.map((i) => i.date)).toContain('April (year not stated)');
    expect(await page.locator('#year-unknown').textContent()).toMatch(/^Year not stated/);
    expect(await page.locator('.tl-panel-title').textContent()).toMatch(/^Year not stated/);
    // Filters and chart labels: English kinds, no Chinese outside a gloss.
    const chart = await page.locator('svg .tl-label, svg .tl-band-label, svg .tl-panel-col, svg .tl-lane-name').allTextContents();
    for (const t of chart) expect(withoutGloss(t), t).not.toMatch(HAN);
    const kinds = await page.locator('.tl-controls input[name="kinds"]').evaluateAll((inputs) => inputs.map((i) => i.parentElement?.textContent?.trim() ?? ''));
    for (const k of kinds) expect(k).not.toMatch(HAN);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters in English', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, 'en/timeline/'));
    await page.locator('.tl-controls input[name="models"]').first().uncheck();
    await expect.poll(() => page.locator('[data-tl-status]').textContent()).toMatch(/^Showing \d+ of \d+ events, \d{4} to \d{4}$/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('English comparison', () => {
  it('gives every cell in English with English dimensions and status badges', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL, { javaScriptEnabled: false });
    await page.goto(siteUrl(baseURL, 'en/compare/'));
    const dims = await page.locator('tbody tr[data-dim]').evaluateAll((trs) =>
      trs.map((tr) => ({ dim: (tr as HTMLElement).dataset.dim ?? '', label: tr.querySelector('.dim-label')?.textContent ?? '' })),
    );
    expect(dims.length).toBe(Object.keys(COMPARE_DIMENSION_EN).length);
    for (const d of dims) expect(d.label).toBe(COMPARE_DIMENSION_EN[d.dim as keyof typeof COMPARE_DIMENSION_EN].label);
    const cells = await page.locator('tbody td[data-model]').evaluateAll((tds) =>
      tds.map((td) => ({
        status: (td as HTMLElement).dataset.status ?? '',
        key: td.querySelector('.cell-key')?.textContent?.trim() ?? '',
        // The cell's own words: without its source markers and the Chinese titles of mechanism pages.
        text: td.querySelector('.cell-text')?.firstChild?.textContent ?? '',
      })),
    );
    expect(cells.length).toBeGreaterThan(10);
    for (const c of cells) {
      expect(c.status).not.toBe('missing');
      expect(withoutGloss(c.key), c.key).not.toMatch(HAN);
      expect(withoutGloss(c.text), c.text).not.toMatch(HAN);
      if (c.status === 'not-covered') expect(c.key).toBe(COMPARE_STATUS_EN['not-covered']);
      if (c.status === 'proposal') expect(c.text).toMatch(/proposal/i);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads the cells shown, in English, as CSV', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, 'en/compare/?d=cengji-jiagou,wenti'));
    expect(await page.locator('a.view-csv').textContent()).toBe('Download CSV');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a.view-csv').click()]);
    expect(download.suggestedFilename()).toBe('compare-view-en.csv');
    const csv = readFileSync((await download.path()) as string, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.trim().split(/\r?\n(?=")/);
    expect(header).toMatch(/^"model","dimension","status","key","text"/);
    const shown = await page.locator('tbody tr:not([hidden]) td[data-model]:not([hidden])').count();
    expect(rows.length).toBe(shown);
    for (const row of rows) {
      expect(row).toMatch(/^"[a-z-]+","(cengji-jiagou|wenti)",/);
      expect(withoutGloss(row.split('","').slice(3, 5).join(' ')), row).not.toMatch(HAN);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks differences and says so in English', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, 'en/compare/'));
    await page.locator('input[name="diff"]').check();
    await expect.poll(() => page.locator('.compare-status').textContent()).toMatch(/^Showing \d+ models and \d+ dimensions; the models differ on \d+ of them\.$/);
    const flags = await page.locator('[data-diff-flag]:not([hidden])').allTextContents();
    expect(flags.length).toBeGreaterThan(0);
    for (const f of flags) expect(['The models differ', 'The models agree', 'Not covered by any source']).toContain(f);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the Chinese pages keep their words', () => {
  let html: string;
  beforeAll(async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, `structures/${SHIHE}/`));
    html = await page.content();
    await context.close();
  });

  it('a Chinese structure page draws Chinese labels and a Chinese legend', () => {
    expect(html).toContain('>图例<');
    expect(html).toContain('>单元类型<');
    expect(html).toContain('文字版：');
    expect(html).not.toContain('Unit types');
  });
});
