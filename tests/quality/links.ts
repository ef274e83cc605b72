/**
 * The link gate, read from the built files: every internal link and `#fragment` on every page
 * resolves to a built file and an id on it. Links to other hosts are skipped (the site must work
 * offline). Reading files instead of crawling a server makes the gate deterministic and fast enough
 * for the benchmark's 5,000-page site, where an HTTP crawler ran out of connections; that the
 * servers serve these files is the server tests' job (static-server, nginx).
 */
import { readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { readHtmlFacts } from './html-facts.ts';
import type { BuiltPage } from './site-pages.ts';

/** A link that does not resolve, with the page it is on (site paths, base included). */
export interface BrokenLink {
  url: string;
  parent: string;
  reason: string;
}

/** Attributes that hold a URL a browser would follow or fetch. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'poster', 'action', 'cite']);

/** The ids (and a[name]s) of one page: the fragments a link to it may name. */
function targetsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/\s(?:id|name)="([^"]*)"/g)) ids.add(m[1] ?? '');
  return ids;
}

/** The URLs one page links to: [attribute value, whether it is a link to follow (a/area href)]. */
function linksOf(html: string): { value: string; follow: boolean }[] {
  const out: { value: string; follow: boolean }[] = [];
  for (const el of DomUtils.findAll(() => true, parseDocument(html).children)) {
    for (const [name, raw] of Object.entries(el.attribs)) {
      if (!URL_ATTRIBUTES.has(name)) continue;
      const values = name === 'srcset' ? raw.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [raw];
      for (const value of values) if (value) out.push({ value, follow: name === 'href' && (el.name === 'a' || el.name === 'area') });
    }
  }
  return out;
}

/**
 * Checks every link on `pages` (a built site in `dist` served under `base`) and follows a/area
 * links from `start` to find the pages that no link reaches. Absolute links name other hosts
 * and are skipped.
 */
export function checkLinks(
  pages: readonly BuiltPage[],
  { base, exists, start = pages }: { base: string; exists: (sitePath: string) => boolean; start?: readonly BuiltPage[] },
): { broken: BrokenLink[]; unreached: string[] } {
  // Where the pages are pretended to be served, to resolve relative links as a browser would.
  const origin = 'http://site.invalid';
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const targets = new Map<string, Set<string>>();
  const targetsFor = (page: BuiltPage) => {
    let t = targets.get(page.path);
    if (!t) targets.set(page.path, (t = targetsOf(readFileSync(page.file, 'utf8'))));
    return t;
  };
  const broken: BrokenLink[] = [];
  const followed = new Map<string, Set<string>>();
  for (const page of pages) {
    const html = readFileSync(page.file, 'utf8');
    targets.set(page.path, targetsOf(html));
    const pageUrl = new URL(base + page.path, origin);
    const next = new Set<string>();
    for (const { value, follow } of linksOf(html)) {
      let url: URL;
      try {
        url = new URL(value, pageUrl);
      } catch {
        broken.push({ url: value, parent: base + page.path, reason: 'not a URL' });
        continue;
      }
      if (url.origin !== origin) continue;
      const report = (reason: string) => broken.push({ url: url.pathname + url.hash, parent: base + page.path, reason });
      if (!url.pathname.startsWith(base)) {
        report(`outside the base path ${base}`);
        continue;
      }
      const path = decodeURIComponent(url.pathname.slice(base.length));
      if (path !== '' && !path.endsWith('/') && exists(`${path}/`)) {
        report('no trailing slash (the site links folders as x/)');
        continue;
      }
      if (!exists(path)) {
        report('no such file in the build');
        continue;
      }
      const target = byPath.get(path);
      if (!target) continue;
      if (follow) next.add(path);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && fragment !== 'top' && !targetsFor(target).has(fragment)) report(`no id "${fragment}" on that page`);
    }
    followed.set(page.path, next);
  }
  const reached = new Set(start.map((p) => p.path));
  const queue = [...reached];
  while (queue.length) {
    for (const p of followed.get(queue.pop() ?? '') ?? []) {
      if (!reached.has(p)) {
        reached.add(p);
        queue.push(p);
      }
    }
  }
  broken.sort((a, b) => (a.url + a.parent < b.url + b.parent ? -1 : 1));
  return { broken, unreached: pages.filter((p) => !reached.has(p.path)).map((p) => p.path) };
}

/** The ids on a built page nearest to a missing fragment, to say which anchors do exist. */
export function nearestIds(page: BuiltPage, fragment: string, limit = 8): string[] {
  const ids = [...readFileSync(page.file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
  const shared = (id: string) => {
    let n = 0;
    while (n < id.length && n < fragment.length && id[n] === fragment[n]) n++;
    return n;
  };
  return [...new Set(ids)].sort((a, b) => shared(b) - shared(a) || (a < b ? -1 : 1)).slice(0, limit);
}

/** One line per broken link, with the existing anchors when a fragment is missing. */
export function describeBrokenLinks(broken: readonly BrokenLink[], base: string, pages: readonly BuiltPage[]): string[] {
  return broken.map((b) => {
    const line = `${b.url} (on ${b.parent}): ${b.reason}`;
    const [path = '', hash] = b.url.split('#');
    if (!hash) return line;
    const page = pages.find((p) => base + p.path === path);
    return page ? `${line}. Ids on that page: ${nearestIds(page, decodeURIComponent(hash)).join(', ')}` : line;
  });
}

/**
 * Root-relative URLs in any attribute (data-* included, which scripts read) that name no file in
 * the build, or that ignore the base path.
 */
export function findUnresolvedAttributeUrls(pages: readonly BuiltPage[], base: string, exists: (sitePath: string) => boolean): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    for (const { tag, name, value } of readHtmlFacts(readFileSync(page.file, 'utf8')).rootRelativeUrls) {
      // aria-* values are text ("/ Control+K" is a key, not a path).
      if (name.startsWith('aria-')) continue;
      const where = `${page.path || '(home)'} ${tag}[${name}="${value}"]`;
      if (!value.startsWith(base)) {
        problems.push(`${where}: does not start with the base path ${base} (build it with url() from src/lib/url.ts)`);
        continue;
      }
      const path = decodeURIComponent(value.slice(base.length).replace(/[?#].*$/, ''));
      // A data-* folder (Pagefind's bundle) is read by a script, not served as a page.
      const folderForScript = name.startsWith('data-') && path.endsWith('/') && exists(`${path}.`);
      if (!folderForScript && !exists(path)) problems.push(`${where}: no such file in the build`);
    }
  }
  return problems;
}
