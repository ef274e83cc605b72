/**
 * The section headings of a model page, read from its MDX body, so that a lesson's key point can
 * be checked against the page it links to before the site is built.
 */

const HEADING = /^(#{2,3})\s+(.+?)\s*#*\s*$/gm;

/**
 * The `##` and `###` headings of an MDX body, in order, as plain text.
 *
 * @example bodyHeadings('## 概况\n正文\n### 典型案例') // ['概况', '典型案例']
 */
export function bodyHeadings(body: string): string[] {
  return [...body.matchAll(HEADING)].map((m) => (m[2] as string).trim());
}
