/**
 * The text of a page's <title>: "page · site", kept within the 70 characters that search results
 * and tabs show (html-validate's long-title). English titles are long, so a page may give a short
 * title for the tab; failing that the site name goes, then the title is cut at a word.
 */
export const TITLE_MAX = 70;

/**
 * @example pageTitle('模式', '社区党建模式库') // '模式 · 社区党建模式库'
 * @example pageTitle('A very long English title …', 'Community Party Building Models', 'Nanjing Jianye') // 'Nanjing Jianye · Community Party Building Models'
 */
export function pageTitle(title: string, siteName: string, shortTitle?: string): string {
  if (title === siteName) return title;
  const withSite = (t: string) => `${t} · ${siteName}`;
  for (const candidate of [withSite(title), ...(shortTitle ? [withSite(shortTitle), shortTitle] : []), title]) {
    if ([...candidate].length <= TITLE_MAX) return candidate;
  }
  const chars = [...title].slice(0, TITLE_MAX - 1).join('');
  const atWord = chars.replace(/\s+\S*$/, '');
  return `${atWord.length > TITLE_MAX / 2 ? atWord : chars}…`;
}
