/**
 * Astro writes into every page's Content-Security-Policy the hash of every inline script and style
 * of the whole site (56 on this site, about 2.5 KB that gzip cannot shrink), though a page runs only
 * its own. pagePolicy keeps, in each page's policy, only the hashes of the inline scripts and styles
 * that page holds: a smaller page, and a stricter policy (another page's inline code would not run).
 */
import { createHash } from 'node:crypto';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
// Script elements with a src run under 'self'; only inline ones carry a hash. Styles inside inline
// SVG are style elements too, and count.
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The page with its policy's script and style hashes cut down to its own inline code; a page
 * without a policy comes back unchanged.
 *
 * @example pagePolicy(`<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-a' 'sha256-b'">`)
 *   // keeps 'self', drops both hashes: the page holds no inline script
 */
export function pagePolicy(html: string): string {
  const own = {
    'script-src': new Set([...html.matchAll(INLINE_SCRIPT)].map((m) => hashOf(m[1] ?? ''))),
    'style-src': new Set([...html.matchAll(INLINE_STYLE)].map((m) => hashOf(m[1] ?? ''))),
  };
  return html.replace(META, (_, open: string, policy: string, close: string) => {
    const directives = policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      const keep = own[name.toLowerCase() as keyof typeof own];
      if (!keep) return part;
      return [name, ...sources.filter((s) => !s.startsWith("'sha256-") || keep.has(s))].join(' ');
    });
    return `${open}${directives.join(';')}${close}`;
  });
}
