/**
 * Glossary terms on English pages (issue #17): the first use of a term on a page reads
 * "community Party committee (社区党委, shèqū dǎngwěi)", every later use the name alone.
 *
 * Term.astro renders every use with its gloss in a marked span; the layout then keeps only the
 * first gloss of each term in the page's rendered HTML (keepFirstGlosses). Doing it on the finished
 * HTML follows document order whatever order Astro renders components in, and keeps it pure.
 */

/** The English name as used in a sentence; `cap` capitalises its first letter (sentence start). */
export function termName(name: string, cap = false): string {
  return cap ? `${name.charAt(0).toUpperCase()}${name.slice(1)}` : name;
}

/** The class and attribute Term.astro marks a gloss with; the gloss holds no <span> of its own. */
export const GLOSS_CLASS = 'term-gloss';
export const GLOSS_ATTR = 'data-term-gloss';

const GLOSS = new RegExp(`<span class="${GLOSS_CLASS}" ${GLOSS_ATTR}="([^"]+)">[\\s\\S]*?</span>`, 'g');

/**
 * The page's HTML with each term's gloss kept at its first use only.
 *
 * @example keepFirstGlosses('a<span class="term-gloss" data-term-gloss="x"> (甲)</span> a<span class="term-gloss" data-term-gloss="x"> (甲)</span>')
 * // 'a<span class="term-gloss" data-term-gloss="x"> (甲)</span> a'
 */
export function keepFirstGlosses(html: string): string {
  const seen = new Set<string>();
  return html.replace(GLOSS, (gloss, id: string) => {
    if (seen.has(id)) return '';
    seen.add(id);
    return gloss;
  });
}
