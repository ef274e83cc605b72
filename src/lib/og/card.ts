/**
 * The link-preview card (Open Graph image) of a page that has no picture of its own: the page's
 * title on the site's paper colour with the site's name, drawn as SVG and rasterised at build time
 * (src/integrations/og-cards.ts).
 */
import { wrapLabel } from '../diagram/text-measure';

/** Size Open Graph consumers (WeChat, Slack, Twitter/X) crop to 1.91:1. */
export const OG_CARD = { width: 1200, height: 630 } as const;

/** The site's light palette (src/styles/global.css: --bg, --text, --text-muted, --accent, --border). */
const COLOURS = { bg: '#fbfaf8', text: '#1d1b19', muted: '#55504a', accent: '#a3201a', border: '#d9d3ca' } as const;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Where the card of the page at `pagePath` (site path without the base) is written.
 *
 * @example ogCardPath('models/jianye/') // 'og/models/jianye.png'
 * @example ogCardPath('') // 'og/index.png'
 */
export function ogCardPath(pagePath: string): string {
  const stem = pagePath.replace(/\/$/, '').replace(/\.html$/, '');
  return `og/${stem || 'index'}.png`;
}

/** Where a structure's diagram is written as its page's preview picture (src/pages/og/structures/[id].png.ts). */
export const structurePreviewPath = (id: string): string => `og/structures/${id}.png`;

/** The title in as few lines as fit, at the largest of three sizes that keeps it to three lines. */
function titleLines(title: string, maxWidth: number): { size: number; lines: string[] } {
  for (const size of [72, 60, 48]) {
    const lines = wrapLabel(title, maxWidth, size);
    if (lines.length <= 3) return { size, lines };
  }
  const lines = wrapLabel(title, maxWidth, 48);
  return { size: 48, lines: [...lines.slice(0, 2), `${lines.slice(2).join('').slice(0, Math.floor(maxWidth / 48) - 1)}…`] };
}

/** The card as SVG text: site name, the section (when known), the title, the tagline. */
export function ogCardSvg(opts: { title: string; section?: string | undefined; siteName: string; tagline: string }): string {
  const { width, height } = OG_CARD;
  const margin = 80;
  const { size, lines } = titleLines(opts.title, width - 2 * margin);
  const lineHeight = size * 1.3;
  // Top-aligned under the section line, so a three-line title never runs into it.
  const titleTop = 210 + size * 0.9;
  const text = (x: number, y: number, fontSize: number, fill: string, content: string, weight = 400) =>
    `<text x="${x}" y="${y}" font-size="${fontSize}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${COLOURS.bg}"/>`,
    `<rect width="${width}" height="12" fill="${COLOURS.accent}"/>`,
    // The home page's title is the site's name: not twice.
    opts.title === opts.siteName ? '' : text(margin, 112, 36, COLOURS.accent, opts.siteName, 700),
    opts.section ? text(margin, 168, 30, COLOURS.muted, opts.section) : '',
    ...lines.map((line, i) => text(margin, titleTop + i * lineHeight, size, COLOURS.text, line, 700)),
    `<line x1="${margin}" y1="${height - 110}" x2="${width - margin}" y2="${height - 110}" stroke="${COLOURS.border}" stroke-width="2"/>`,
    text(margin, height - 62, 28, COLOURS.muted, opts.tagline),
    '</svg>',
  ].join('');
}
