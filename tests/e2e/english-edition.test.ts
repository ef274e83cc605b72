/**
 * The English edition (issue #17) as built and as a reader meets it: lang on every page, hreflang
 * alternates that pair pages both ways and name built pages, the language switcher, a glossary
 * term glossed on its first use only, and English model pages with the ten sections whose
 * citations land on the cited section of the English source page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { EN_MODEL_SECTIONS } from '../../src/schemas/en';
import { listPages } from '../quality/site-pages';
import { openPage, SMALL_PHONE, useBrowser } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();
const dist = new URL('../../dist/', import.meta.url).pathname;
/** hreflang links are absolute, so only the build that knows its origin (SITE_URL) has them. */
const distSite = new URL('../../dist-site/', import.meta.url).pathname;
const ORIGIN = 'https://dangjian.example.org';
const pages = listPages(dist).filter((p) => p.path.endsWith('/') || p.path === '');
const english = pages.filter((p) => p.path.startsWith('en/'));
const englishModels = english.filter((p) => p.type === 'en-model');

const doc = (file: string) => parseDocument(readFileSync(file, 'utf8'));
const all = (root: ReturnType<typeof doc>, test: (e: Element) => boolean) => DomUtils.findAll(test, root.children);
/** A root-relative href as a built file: '/en/models/x/#a' → dist/en/models/x/index.html. */
const builtFile = (href: string) => {
  const path = new URL(href, 'http://site').pathname.replace(/^\//, '');
  return join(dist, path, path === '' || path.endsWith('/') ? 'index.html' : '');
};
const linksOf = (file: string) => all(doc(file), (e) => e.name === 'link' && e.attribs['rel'] === 'alternate' && 'hreflang' in e.attribs);
/** A page's alternates as the SITE_URL build writes them, each an absolute URL on the public origin. */
const alternatesOf = (file: string) =>
  linksOf(file.replace(dist, distSite)).map((e) => {
    const href = new URL(e.attribs['href'] ?? '');
    expect(href.origin, file).toBe(ORIGIN);
    return { hreflang: e.attribs['hreflang'], href: href.pathname };
  });

describe('language of every page', () => {
  it('has English pages to check', () => {
    expect(english.map((p) => p.type)).toEqual(expect.arrayContaining(['en-home', 'en-model', 'en-glossary', 'en-source', 'en-about']));
  });
  it('is lang="en" under /en/ and lang="zh-CN" everywhere else', () => {
    const wrong = pages.flatMap((p) => {
      const html = all(doc(p.file), (e) => e.name === 'html')[0];
      const want = p.path.startsWith('en/') ? 'en' : 'zh-CN';
      return html?.attribs['lang'] === want ? [] : [`${p.path}: ${html?.attribs['lang']}`];
    });
    expect(wrong).toEqual([]);
  });
});

describe('hreflang alternates', () => {
  it('are left out where the build does not know its origin (a relative hreflang is invalid)', () => {
    expect(pages.filter((p) => linksOf(p.file).length > 0).map((p) => p.path)).toEqual([]);
  });
  it('every English page names itself, its Chinese page and x-default, each a built page that names them back', () => {
    const problems: string[] = [];
    for (const p of english) {
      const alts = alternatesOf(p.file);
      const self = `/${p.path}`;
      const zh = `/${p.path.slice('en/'.length)}`;
      expect(alts, p.path).toEqual([
        { hreflang: 'zh-CN', href: zh },
        { hreflang: 'en', href: self },
        { hreflang: 'x-default', href: zh },
      ]);
      for (const a of alts) if (!existsSync(builtFile(a.href))) problems.push(`${p.path}: ${a.hreflang} ${a.href} is not built`);
      if (existsSync(builtFile(zh))) expect(alternatesOf(builtFile(zh)), `the Chinese page of ${p.path}`).toEqual(alts);
    }
    expect(problems).toEqual([]);
  });
  it('a Chinese page has alternates exactly when its English page is built', () => {
    const wrong = pages
      .filter((p) => !p.path.startsWith('en/'))
      .flatMap((p) => {
        const hasEnglish = existsSync(join(dist, 'en', p.path, 'index.html'));
        const alts = alternatesOf(p.file);
        return (alts.length > 0) === hasEnglish ? [] : [`${p.path}: ${alts.length} alternates, English page ${hasEnglish ? '' : 'not '}built`];
      });
    expect(wrong).toEqual([]);
  });
});

describe('language switcher', () => {
  it('every page with a counterpart links to it, marked with its language', () => {
    const wrong = pages.flatMap((p) => {
      const other = alternatesOf(p.file).find((a) => a.hreflang !== 'x-default' && a.href !== `/${p.path}`);
      const links = all(doc(p.file), (e) => e.name === 'a' && (e.attribs['class'] ?? '').split(' ').includes('lang-switch'));
      if (!other) return links.length === 0 ? [] : [`${p.path}: a switcher without a counterpart`];
      const a = links[0];
      return links.length === 1 && a && a.attribs['href'] === other.href && a.attribs['hreflang'] === other.hreflang && a.attribs['lang'] === other.hreflang
        ? []
        : [`${p.path}: switcher ${a?.attribs['href']} (${a?.attribs['hreflang']}), expected ${other.href}`];
    });
    expect(wrong).toEqual([]);
  });

  it('is reached by keyboard and goes there and back, and fits a 360 px phone', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL, { viewport: 'phone', touch: true });
    await page.setViewportSize(SMALL_PHONE);
    await page.goto(new URL('en/models/jianye/', baseURL).href);
    const switcher = page.locator('.lang-switch');
    expect(await switcher.textContent()).toContain('中文');
    const box = await switcher.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= SMALL_PHONE.width && box.height >= 24, JSON.stringify(box)).toBe(true);
    // Tab from the top of the page until the switcher has focus, then follow it with Enter.
    let focused = false;
    for (let i = 0; i < 10 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await switcher.evaluate((el) => el === document.activeElement);
    }
    expect(focused).toBe(true);
    await Promise.all([page.waitForURL((u) => u.pathname === '/models/jianye/'), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe('/models/jianye/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await Promise.all([page.waitForURL((u) => u.pathname === '/en/models/jianye/'), page.locator('.lang-switch').click()]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('.skip-link').textContent()).toBe('Skip to main content');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('glossary terms on an English page', () => {
  it('the first use of each term carries its characters and pinyin, later uses the English name alone', async () => {
    const { page, context } = await openPage(browser(), baseURL);
    await page.goto(new URL('en/models/jianye/', baseURL).href);
    const uses = await page.locator('main .term').evaluateAll((els) =>
      els.map((el) => ({ text: (el.textContent ?? '').trim(), gloss: el.querySelector('[data-term-gloss]')?.getAttribute('data-term-gloss') ?? null })),
    );
    const glossed = uses.filter((u) => u.gloss);
    expect(glossed.length).toBeGreaterThan(5);
    // One gloss per term, on its first use.
    expect(new Set(glossed.map((u) => u.gloss)).size).toBe(glossed.length);
    for (const g of glossed) {
      const zh = parse(readFileSync(`content/terms/${g.gloss}.yaml`, 'utf8')) as { term: string; pinyin: string };
      const en = parse(readFileSync(`content/en/terms/${g.gloss}.yaml`, 'utf8')) as { name: string };
      expect(g.text.toLowerCase()).toBe(`${en.name} (${zh.term}, ${zh.pinyin})`.toLowerCase());
      const first = uses.indexOf(g);
      const later = uses.slice(first + 1).filter((u) => u.text.toLowerCase() === en.name.toLowerCase());
      expect(uses.slice(0, first).some((u) => u.text.toLowerCase() === en.name.toLowerCase()), `${g.gloss} used unglossed before its gloss`).toBe(false);
      for (const l of later) expect(l.gloss).toBeNull();
    }
    // The page does use some term more than once, so "later uses" were checked.
    expect(uses.length).toBeGreaterThan(glossed.length);
    await context.close();
  });
});

describe('English model pages', () => {
  it('are built for the translated models', () => {
    expect(englishModels.length).toBeGreaterThanOrEqual(4);
  });

  it.each(englishModels.map((p) => [p.path, p] as const))('%s has the ten sections, in order, in its text and its contents', (_path, p) => {
    const d = doc(p.file);
    const body = all(d, (e) => e.name === 'div' && (e.attribs['class'] ?? '').split(' ').includes('model-body'))[0];
    expect(body).toBeDefined();
    const h2s = DomUtils.findAll((e) => e.name === 'h2', [body as Element]).map((h) => DomUtils.textContent(h).trim());
    expect(h2s.slice(0, 10)).toEqual([...EN_MODEL_SECTIONS]);
    const toc = all(d, (e) => e.name === 'nav' && (e.attribs['class'] ?? '').split(' ').includes('toc'))[0];
    const items = DomUtils.findAll((e) => e.name === 'a', [toc as Element]).map((a) => DomUtils.textContent(a).trim());
    expect(items.slice(0, 10)).toEqual([...EN_MODEL_SECTIONS]);
  });

  it.each(englishModels.map((p) => [p.path, p] as const))('%s: every citation lands on a section of an English source page', (_path, p) => {
    const cites = all(doc(p.file), (e) => e.name === 'a' && (e.attribs['class'] ?? '').split(' ').includes('cite'));
    expect(cites.length).toBeGreaterThan(5);
    const wrong = cites.flatMap((a) => {
      const href = a.attribs['href'] ?? '';
      const m = /^\/en\/sources\/([^/]+)\/#(.+)$/.exec(href);
      if (!m) return [`${href}: not an English source section`];
      const [, source, at] = m;
      if (a.attribs['data-cite'] !== `${source}#${at}`) return [`${href}: data-cite ${a.attribs['data-cite']}`];
      const target = doc(builtFile(href));
      return all(target, (e) => e.attribs['id'] === at && e.name === 'section').length === 1 ? [] : [`${href}: no section #${at}`];
    });
    expect(wrong).toEqual([]);
  });

  it('a citation followed in the browser shows the cited section of the English source page', async () => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(new URL('en/models/jianye/', baseURL).href);
    const cite = page.locator('main a.cite[href*="#jiben"]').first();
    await Promise.all([page.waitForURL(/\/en\/sources\/s002-guangming\/#jiben$/), cite.click()]);
    const section = page.locator('section#jiben');
    expect(await section.isVisible()).toBe(true);
    expect(await section.locator('h3').textContent()).toMatch(/^§\d+ \S/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(errors).toEqual([]);
    await context.close();
  });
});
