/**
 * Which pages have a page in the other language (issue #17): the Chinese page at `models/jianye/`
 * and the English page at `en/models/jianye/` are counterparts. The layout uses this for
 * `<link rel="alternate" hreflang>` and the language switcher, and English pages use it to decide
 * whether a link goes to an English page or to a Chinese one marked "(in Chinese)".
 *
 * Pure: what the English edition contains is passed in (src/data/counterparts.ts reads it from the
 * built page files and the English collections), so a page has a counterpart only when that page
 * is really built, and a link never points at a page that does not exist.
 */

/** The two languages of the site, as written in `<html lang>` and `hreflang`. */
export type Lang = 'zh-CN' | 'en';

/** Where English pages live: every English page's path starts with this. */
export const EN_PREFIX = 'en/';

/** Collections whose entries each have a page in both languages. */
export const ENTRY_SECTIONS = ['models', 'structures', 'sources'] as const;
export type EntrySection = (typeof ENTRY_SECTIONS)[number];

/**
 * Sections (and the home page) that can have an English index page, by Chinese path. A section is
 * only paired when its English page is built (EnglishEdition.pages).
 */
export const PAIRED_PAGES = ['', 'about/', 'models/', 'structures/', 'timeline/', 'compare/', 'glossary/', 'sources/', 'search/'] as const;

/** What the English edition has: its built index pages and, per entry section, the ids it translates. */
export interface EnglishEdition {
  /** English index pages that are built, as site paths: 'en/', 'en/models/', 'en/timeline/' … */
  pages: ReadonlySet<string>;
  /** Per entry section, the ids that have an English entry page. */
  entries: Readonly<Record<EntrySection, ReadonlySet<string>>>;
  /** Terms with an English glossary entry (on en/glossary/, anchored by the term's id). */
  terms: ReadonlySet<string>;
}

/** The language of a site path (without the base). */
export function langOf(path: string): Lang {
  return path === 'en' || path.startsWith(EN_PREFIX) ? 'en' : 'zh-CN';
}

/** The English path for a Chinese path, whether or not that page exists: 'models/x/' → 'en/models/x/'. */
export const toEnglishPath = (zhPath: string): string => `${EN_PREFIX}${zhPath.replace(/^\/+/, '')}`;

/** The Chinese path for an English path: 'en/models/x/' → 'models/x/'. */
export const toChinesePath = (enPath: string): string => (enPath.startsWith(EN_PREFIX) ? enPath.slice(EN_PREFIX.length) : '');

/** A page path with a trailing slash and no fragment or query: the unit the map is about. */
function pagePart(path: string): string {
  const p = path.replace(/^\/+/, '').split(/[#?]/)[0] ?? '';
  return p === '' || p.endsWith('/') || /\.[a-z0-9]+$/i.test(p) ? p : `${p}/`;
}

/** Whether a Chinese page path has a built English page. */
function hasEnglish(zhPath: string, edition: EnglishEdition): boolean {
  if ((PAIRED_PAGES as readonly string[]).includes(zhPath)) return edition.pages.has(toEnglishPath(zhPath));
  const m = /^([a-z]+)\/([^/]+)\/$/.exec(zhPath);
  if (!m) return false;
  const [, section = '', id = ''] = m;
  return (ENTRY_SECTIONS as readonly string[]).includes(section) && edition.entries[section as EntrySection].has(id);
}

/**
 * The page in the other language, or undefined when there is none.
 *
 * @example counterpart('models/jianye/', edition) // { lang: 'en', path: 'en/models/jianye/' } if translated
 * @example counterpart('en/glossary/', edition) // { lang: 'zh-CN', path: 'glossary/' }
 * @example counterpart('lessons/jianye/', edition) // undefined: lesson kits are Chinese only
 */
export function counterpart(path: string, edition: EnglishEdition): { lang: Lang; path: string } | undefined {
  const page = pagePart(path);
  if (langOf(page) === 'en') {
    const zh = toChinesePath(page);
    return hasEnglish(zh, edition) ? { lang: 'zh-CN', path: zh } : undefined;
  }
  return hasEnglish(page, edition) ? { lang: 'en', path: toEnglishPath(page) } : undefined;
}

/**
 * Where an English page links for a site path named in Chinese terms (a `<Ref to>`, a section):
 * the English page when it is built, keeping any #fragment, else the Chinese page, which the
 * link then marks "(in Chinese)".
 *
 * @example englishLink('models/shanghai', edition) // { path: 'en/models/shanghai/', lang: 'en' }
 * @example englishLink('mechanisms/san-hui-yi-zhan', edition) // { path: 'mechanisms/san-hui-yi-zhan/', lang: 'zh-CN' }
 * @example englishLink('terms/shequ-dangwei', edition) // { path: 'en/glossary/#shequ-dangwei', lang: 'en' }
 */
export function englishLink(zhPath: string, edition: EnglishEdition): { path: string; lang: Lang } {
  const page = pagePart(zhPath);
  const hash = zhPath.includes('#') ? zhPath.slice(zhPath.indexOf('#')) : '';
  // A term's English counterpart is its entry in the English glossary.
  const term = /^terms\/([^/]+)\/$/.exec(page)?.[1];
  if (term && edition.terms.has(term) && edition.pages.has('en/glossary/')) return { path: `en/glossary/#${term}`, lang: 'en' };
  return hasEnglish(page, edition) ? { path: `${toEnglishPath(page)}${hash}`, lang: 'en' } : { path: `${page}${hash}`, lang: 'zh-CN' };
}

/**
 * The alternates a page lists in its head: itself and its counterpart, each with its hreflang, and
 * x-default naming the Chinese page (the site's primary language). Empty without a counterpart.
 */
export function alternates(path: string, edition: EnglishEdition): { hreflang: Lang | 'x-default'; path: string }[] {
  const other = counterpart(path, edition);
  if (!other) return [];
  const self = { lang: langOf(path), path: pagePart(path) };
  const [zh, en] = self.lang === 'zh-CN' ? [self, other] : [other, self];
  return [
    { hreflang: 'zh-CN', path: zh.path },
    { hreflang: 'en', path: en.path },
    { hreflang: 'x-default', path: zh.path },
  ];
}

/**
 * The English index pages among page-file paths, as globbed from src/pages/en/ (the keys of
 * import.meta.glob): '../pages/en/timeline/index.astro' → 'en/timeline/'. Dynamic routes ([id])
 * are not index pages; they are counted through their collections.
 */
export function englishIndexPages(pageFiles: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const f of pageFiles) {
    const m = /(?:^|\/)pages\/(en\/(?:[^[\]]+\/)?)index\.astro$/.exec(f);
    if (m?.[1]) out.add(m[1]);
  }
  return out;
}
