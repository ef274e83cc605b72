/**
 * The pages of a built site, found by walking its output folder, never from a hand-kept list: the
 * quality gates and the benchmark cover whatever pages the other features add.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One built HTML page. */
export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** Site path without the base, as a link would name it: '' (home), 'models/shanghai/', '404.html'. */
  path: string;
  /** What kind of page it is, from its path (see `pageType`). */
  type: string;
}

/**
 * The site path a built file answers to, under `build.format: 'directory'`.
 *
 * @example pagePathOf('models/shanghai/index.html') // 'models/shanghai/'
 * @example pagePathOf('404.html') // '404.html'
 */
export function pagePathOf(relativeFile: string): string {
  const p = relativeFile.split(sep).join('/');
  if (p === 'index.html') return '';
  return p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p;
}

/**
 * The kind of page at a site path: 'home', a section's index ('models', 'timeline', 'search'), or
 * one entry of a section, named in the singular when the section is a plural ('models/x/' is
 * 'model', 'structures/x/' is 'structure'), else '<section>-entry'.
 *
 * @example pageType('cases/hongchu/') // 'case'
 * @example pageType('glossary/') // 'glossary'
 * @example pageType('en/models/jianye/') // 'en-model'
 */
export function pageType(path: string): string {
  if (path === '') return 'home';
  // The English edition (en/…) mirrors the sections: 'en/models/x/' is 'en-model', 'en/' is 'en-home'.
  if (path.startsWith('en/')) return `en-${pageType(path.slice('en/'.length))}`;
  const [section = '', ...rest] = path.replace(/\/$/, '').split('/');
  if (rest.length === 0) return section.replace(/\.html$/, '');
  return section.endsWith('s') ? section.slice(0, -1) : `${section}-entry`;
}

function walkHtml(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walkHtml(full, out);
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

/** Every HTML page under `distDir`, sorted by path so runs are repeatable. */
export function listPages(distDir: string): BuiltPage[] {
  return walkHtml(distDir, [])
    .map((file) => {
      const path = pagePathOf(relative(distDir, file));
      return { file, path, type: pageType(path) };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * One page of each type, the largest of its type (most content, so most controls: the keyboard walk
 * of a model page then meets a diagram and a timeline, not the shortest entry).
 * Types are returned in the order of first appearance.
 */
export function onePerType(pages: readonly BuiltPage[]): BuiltPage[] {
  const chosen = new Map<string, { page: BuiltPage; size: number }>();
  for (const page of pages) {
    const size = statSync(page.file).size;
    const held = chosen.get(page.type);
    if (!held || size > held.size) chosen.set(page.type, { page, size });
  }
  return [...chosen.values()].map((c) => c.page);
}

/**
 * A test for whether a site path (without the base, e.g. 'models/x/' or 'favicon.svg') names a built
 * file; 'x/' means its index.html, 'x/.' the folder itself.
 */
export function isBuiltFile(distDir: string): (path: string) => boolean {
  return (path) => existsSync(join(distDir, path === '' || path.endsWith('/') ? `${path}index.html` : path));
}
