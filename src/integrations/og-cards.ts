/**
 * Link-preview cards, rendered when Astro has written the site (`astro:build:done`): every page
 * whose `og:image` names a file of this site that the build did not make (a structure page names
 * its diagram, made by src/pages/og/structures/[id].png.ts) gets a card with its title
 * (src/lib/og/card.ts). Pages name an og:image only when the build knows its public origin
 * (SITE_URL), so a build without it renders none. Cost on a quiet 2-core machine: 154 cards in
 * 2.9 s on a first build (5.5 s on one thread), about 1.3 s when svgToPng's cache has them; 6.5 MB.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DomUtils, parseDocument } from 'htmlparser2';
import { ogCardSvg, OG_CARD } from '../lib/og/card';
import { svgToPng, warmPngCache } from '../lib/raster/svg-to-png';
import { EN_NAV, SITE_TEXT } from '../lib/i18n/ui';
import { NAV } from '../lib/site';

/** The section a card names, by the first part of the page's path. */
const SECTIONS: Record<string, string> = {
  ...Object.fromEntries(NAV.map((n) => [n.path.replace(/\/$/, ''), n.label])),
  cases: '案例',
  mechanisms: '机制',
  terms: '术语',
};

const EN_SECTIONS: Record<string, string> = Object.fromEntries(EN_NAV.map((n) => [n.path.replace(/\/$/, ''), n.label]));

const metaContent = (html: string, property: string) => {
  const el = DomUtils.findOne((e) => e.name === 'meta' && e.attribs['property'] === property, parseDocument(html).children);
  return el?.attribs['content'];
};

/**
 * Writes the missing preview cards of the site built in `root` (served under `base`); returns how
 * many. svgToPng keeps rendered PNGs by content, so a rebuild renders only the titles that changed.
 */
export async function renderPreviewCards(root: string, base: string): Promise<number> {
  const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  const cards: { file: string; svg: string; width: number }[] = [];
  for (const page of pages) {
    const html = await readFile(join(root, page), 'utf8');
    const image = metaContent(html, 'og:image');
    const title = metaContent(html, 'og:title');
    if (!image || !title) continue;
    const path = new URL(image).pathname;
    if (!path.startsWith(base)) continue;
    const file = join(root, decodeURIComponent(path.slice(base.length)));
    if (existsSync(file)) continue;
    // An entry (models/jianye/index.html) names its section; a section's own page does not. English
    // pages (en/…) have English cards.
    const english = page.startsWith('en/');
    const parts = (english ? page.slice('en/'.length) : page).split('/');
    const section = parts.length > 2 ? (english ? EN_SECTIONS : SECTIONS)[parts[0] ?? ''] : undefined;
    const site = SITE_TEXT[english ? 'en' : 'zh-CN'];
    cards.push({ file, svg: ogCardSvg({ title, section, siteName: site.siteName, tagline: site.tagline }), width: OG_CARD.width });
  }
  // Rendered on both cores first; svgToPng then reads them from its cache.
  await warmPngCache(cards);
  for (const { file, svg, width } of cards) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, svgToPng(svg, { width }));
  }
  return cards.length;
}

export default function ogCards(): AstroIntegration {
  let base = '/';
  return {
    name: 'og-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const cards = await renderPreviewCards(fileURLToPath(dir), base);
        if (cards > 0) logger.info(`${cards} link-preview cards in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      },
    },
  };
}
