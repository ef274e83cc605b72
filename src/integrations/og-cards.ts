/**
 * Link-preview cards, rendered when Astro has written the site (`astro:build:done`): every page
 * whose `og:image` names a file of this site that the build did not make (a structure page names
 * its diagram, made by src/pages/og/structures/[id].png.ts) gets a card with its title
 * (src/lib/og/card.ts). Pages name an og:image only when the build knows its public origin
 * (SITE_URL), so a build without it renders none. Cost (166 pages, 154 cards): about 0.2–0.5 s a
 * card on a 2-core machine, so the first build with SITE_URL takes 30–80 s longer; later builds
 * read unchanged cards from the PNG cache (src/lib/raster/png-cache.ts). The cards take about 6.5 MB.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DomUtils, parseDocument } from 'htmlparser2';
import { ogCardSvg, OG_CARD } from '../lib/og/card';
import { cachedSvgToPng, PNG_CACHE_DIR } from '../lib/raster/png-cache';
import { NAV, SITE_NAME, SITE_TAGLINE } from '../lib/site';

/** The section a card names, by the first part of the page's path. */
const SECTIONS: Record<string, string> = {
  ...Object.fromEntries(NAV.map((n) => [n.path.replace(/\/$/, ''), n.label])),
  cases: '案例',
  mechanisms: '机制',
  terms: '术语',
};

const metaContent = (html: string, property: string) => {
  const el = DomUtils.findOne((e) => e.name === 'meta' && e.attribs['property'] === property, parseDocument(html).children);
  return el?.attribs['content'];
};

/**
 * Renders the missing preview cards of the site built in `root` (served under `base`), through the
 * PNG cache in `cacheDir`, so a rebuild renders only the titles that changed.
 */
export async function renderPreviewCards(root: string, base: string, cacheDir = PNG_CACHE_DIR): Promise<{ rendered: number; cached: number }> {
  const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  let rendered = 0;
  let cached = 0;
  for (const page of pages) {
    const html = await readFile(join(root, page), 'utf8');
    const image = metaContent(html, 'og:image');
    const title = metaContent(html, 'og:title');
    if (!image || !title) continue;
    const path = new URL(image).pathname;
    if (!path.startsWith(base)) continue;
    const file = join(root, decodeURIComponent(path.slice(base.length)));
    if (existsSync(file)) continue;
    // An entry (models/jianye/index.html) names its section; a section's own page does not.
    const parts = page.split('/');
    const section = parts.length > 2 ? SECTIONS[parts[0] ?? ''] : undefined;
    const svg = ogCardSvg({ title, section, siteName: SITE_NAME, tagline: SITE_TAGLINE });
    const { png, cached: hit } = cachedSvgToPng(svg, { width: OG_CARD.width }, cacheDir);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, png);
    if (hit) cached++;
    else rendered++;
  }
  return { rendered, cached };
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
        const { rendered, cached } = await renderPreviewCards(fileURLToPath(dir), base);
        if (rendered + cached > 0) {
          logger.info(`${rendered} link-preview cards rendered, ${cached} from the cache, in ${((performance.now() - started) / 1000).toFixed(2)} s`);
        }
      },
    },
  };
}
