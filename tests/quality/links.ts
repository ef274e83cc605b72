/**
 * The link gate: linkinator crawls every built page on a loopback server and checks every internal
 * link and `#fragment`; links to other hosts are skipped, since the site must work offline.
 */
import { readFileSync } from 'node:fs';
import { LinkChecker, LinkState } from 'linkinator';
import { readHtmlFacts } from './html-facts.ts';
import type { BuiltPage } from './site-pages.ts';

/** A link that does not resolve, with the page it is on. */
export interface BrokenLink {
  url: string;
  parent: string;
  reason: string;
}

/**
 * Checks every link on every page (starting from each page, so pages nothing links to are checked
 * too). `siteURL` is the served site's root, e.g. http://127.0.0.1:4000/kb/.
 */
export async function findBrokenLinks(siteURL: string, pages: readonly BuiltPage[]): Promise<BrokenLink[]> {
  return (await crawlLinks(siteURL, pages)).broken;
}

/**
 * Crawls the site from `start` and follows every internal link: the broken ones, and every URL
 * (fragment dropped) it reached. linkinator requests all start pages at once, so a site of
 * thousands of pages is crawled from a few (its section pages) with a longer `timeoutMs` per request (bench/run.ts).
 */
export async function crawlLinks(siteURL: string, start: readonly BuiltPage[], { timeoutMs = 10_000 } = {}): Promise<{ broken: BrokenLink[]; reached: Set<string> }> {
  const origin = new URL(siteURL).origin;
  const result = await new LinkChecker().check({
    path: start.map((p) => new URL(p.path, siteURL).href),
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    timeout: timeoutMs,
    retry: false,
    linksToSkip: async (link) => !link.startsWith(origin),
  });
  const broken = result.links
    .filter((l) => l.state === LinkState.BROKEN)
    .map((l) => ({
      url: l.url,
      parent: l.parent ?? '(start)',
      reason: (l.failureDetails ?? []).map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`)).join('; ') || `HTTP ${l.status ?? '?'}`,
    }))
    .sort((a, b) => (a.url + a.parent < b.url + b.parent ? -1 : 1));
  return { broken, reached: new Set(result.links.map((l) => l.url.replace(/#.*$/, ''))) };
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
export function describeBrokenLinks(broken: readonly BrokenLink[], siteURL: string, pages: readonly BuiltPage[]): string[] {
  return broken.map((b) => {
    const u = new URL(b.url);
    const line = `${b.url} (on ${b.parent}): ${b.reason}`;
    if (!u.hash) return line;
    const path = u.pathname.slice(new URL(siteURL).pathname.length);
    const page = pages.find((p) => p.path === path);
    return page ? `${line}. Ids on that page: ${nearestIds(page, decodeURIComponent(u.hash.slice(1))).join(', ')}` : line;
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
