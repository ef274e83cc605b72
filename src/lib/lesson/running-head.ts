/**
 * The running header and footer of a printed lesson kit, as CSS @page margin boxes. Margin boxes
 * take their text from CSS `content`, so each kit gets a small stylesheet with its own title
 * (inline styles are ruled out by the site's Content-Security-Policy).
 */

/**
 * A CSS string literal holding `text`: quotes, backslashes and line breaks escaped.
 *
 * @example cssString('称为"一委三线"') // '"称为\\"一委三线\\""'
 */
export function cssString(text: string): string {
  const escaped = text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, ' ');
  return `"${escaped}"`;
}

/** What the margin boxes of a kit say. */
export interface RunningHead {
  /** Top left on every page: the kit's title. */
  title: string;
  /** Top right: the site and the kind of document. */
  label: string;
  /** Bottom left on every page: where the facts come from. */
  note: string;
}

/** The @page rules that print `head` in the page margins, with page numbers bottom right. */
export function runningHeadCss(head: RunningHead): string {
  return [
    '@page {',
    `  @top-left { content: ${cssString(head.title)}; }`,
    `  @top-right { content: ${cssString(head.label)}; }`,
    `  @bottom-left { content: ${cssString(head.note)}; }`,
    '  @bottom-right { content: counter(page) " / " counter(pages); }',
    '}',
    '',
  ].join('\n');
}
