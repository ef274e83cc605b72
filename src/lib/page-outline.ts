/**
 * A page's outline, read from its rendered main content at build time: the h2 sections for the
 * table of contents, and an anchor link beside every h2 and h3 of an article, so a reader can
 * copy a link to any section. Works on the HTML string (htmlparser2 positions): only inserts,
 * everything else is copied byte for byte, so scripts and styles keep their CSP hashes.
 */
import { Parser } from 'htmlparser2';

/** One section heading of a page. */
export interface OutlineHeading {
  depth: 2 | 3;
  id: string;
  text: string;
}

export interface PageOutline {
  /** The HTML with ids and anchor links added. */
  html: string;
  /** Every h2 the reader can see, and every h3 that has an id or is in an article, in document order. */
  headings: OutlineHeading[];
}

/** The accessible name of a heading's anchor link; its visible part is only an icon. */
export const anchorName = (text: string): string => `链接到本节：${text}`;

/** Elements whose headings are not sections of the page: hidden, not yet shown, or navigation. */
function isOutside(name: string, attribs: Record<string, string>): boolean {
  return name === 'template' || name === 'nav' || (name === 'dialog' && !('open' in attribs)) || 'hidden' in attribs;
}

const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const LINK_ICON =
  '<svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"/><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"/></svg>';

/** FNV-1a of a text, as 8 hex digits: a short id that stays the same while the heading does. */
function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (const c of text) h = Math.imul(h ^ (c.codePointAt(0) as number), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** A heading without an id gets one from its text (ASCII, as html-validate's valid-id asks), unique on the page. */
function uniqueId(text: string, taken: Set<string>): string {
  const stem = `sec-${textHash(text)}`;
  let id = stem;
  for (let n = 2; taken.has(id); n += 1) id = `${stem}-${n}`;
  taken.add(id);
  return id;
}

interface Open {
  name: string;
  outside: boolean;
  /** Inside an <article>, outside controls (data-pagefind-ignore): its headings get anchor links. */
  article: boolean;
  heading?: { depth: 2 | 3; id?: string; start: number; afterName: number; text: string };
}

/**
 * Reads the outline of some rendered HTML and gives each visible h2/h3 an id; inside an
 * <article> (but not in its controls, marked data-pagefind-ignore), wraps each in
 * `.heading-anchored` with a link to itself (named by anchorName).
 *
 * @example outlinePage('<article><h2 id="a">做法</h2></article>').headings // [{ depth: 2, id: 'a', text: '做法' }]
 */
export function outlinePage(html: string): PageOutline {
  const taken = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] as string));
  const edits: { at: number; text: string }[] = [];
  const headings: OutlineHeading[] = [];
  const stack: Open[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const parent = stack.at(-1);
        const open: Open = {
          name,
          outside: (parent?.outside ?? false) || isOutside(name, attribs),
          article: ((parent?.article ?? false) || name === 'article') && !('data-pagefind-ignore' in attribs),
        };
        if ((name === 'h2' || name === 'h3') && !open.outside) {
          const id = attribs['id'];
          open.heading = { depth: name === 'h2' ? 2 : 3, start: parser.startIndex, afterName: parser.startIndex + 1 + name.length, text: '', ...(id ? { id } : {}) };
        }
        stack.push(open);
      },
      ontext(text) {
        for (const o of stack) if (o.heading) o.heading.text += text;
      },
      onclosetag(name) {
        const open = stack.pop();
        const h = open?.heading;
        if (!open || !h || open.name !== name) return;
        const text = h.text.replace(/\s+/g, ' ').trim();
        if (text === '') return;
        let id = h.id;
        // Only sections need an id: h2s (the table of contents) and the h3s of an article (anchors).
        if (!id && h.depth === 3 && !open.article) return;
        if (!id) {
          id = uniqueId(text, taken);
          edits.push({ at: h.afterName, text: ` id="${escapeHtml(id)}"` });
        }
        headings.push({ depth: h.depth, id, text });
        if (!open.article) return;
        edits.push({ at: h.start, text: '<div class="heading-anchored">' });
        edits.push({
          at: parser.endIndex + 1,
          text: `<a class="heading-anchor" data-pagefind-ignore href="#${escapeHtml(id)}">${LINK_ICON}<span class="visually-hidden">${escapeHtml(anchorName(text))}</span></a></div>`,
        });
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);

  edits.sort((a, b) => a.at - b.at);
  let out = '';
  let cursor = 0;
  for (const e of edits) {
    out += html.slice(cursor, e.at) + e.text;
    cursor = e.at;
  }
  return { html: out + html.slice(cursor), headings };
}
