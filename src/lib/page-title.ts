/**
 * The text of a page's <title>: "page · site", kept within the 70 characters that search results
 * and tabs show (html-validate's long-title). English titles are long, so a page may give a short
 * title for the tab; failing that the site name goes, then the title is cut at a word.
 */
export const TITLE_MAX = 70;

const ESCAPED: Record<string, string> = { '"': '&quot;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** Length as written in the built HTML, where Astro escapes quotes: html-validate measures that. */
const htmlLength = (s: string) => [...s.replace(/["'&<>]/g, (c) => ESCAPED[c] ?? c)].length;

/**
 * @example pageTitle('模式', '社区党建模式库') // '模式 · 社区党建模式库'
 * @example pageTitle('A very long English title …', 'Community Party Building Models', 'Nanjing Jianye') // 'Nanjing Jianye · Community Party Building Models'
 */
export function pageTitle(title: string, siteName: string, shortTitle?: string): string {
  if (title === siteName) return title;
  const withSite = (t: string) => `${t} · ${siteName}`;
  for (const candidate of [withSite(title), ...(shortTitle ? [withSite(shortTitle), shortTitle] : []), title]) {
    if (htmlLength(candidate) <= TITLE_MAX) return candidate;
  }
  // Cut at a word, dropping characters until the rest and the ellipsis fit as written.
  let chars = [...title];
  while (chars.length > 0 && htmlLength(`${chars.join('')}…`) > TITLE_MAX) chars = chars.slice(0, -1);
  const cut = chars.join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > TITLE_MAX / 2 ? atWord : cut}…`;
}
