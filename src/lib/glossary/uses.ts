/** Which pages use each glossary term: the glossary lists them under the term. */
import { createTermMatcher, termsMentioned, type GlossaryTerm } from './matcher';

/** A page whose text is searched for terms. */
export interface TermPage {
  /** Site path, e.g. 'models/jianye/'. */
  path: string;
  title: string;
  /** The MDX body (markup is stripped before matching). */
  body: string;
}

/** The body's readable text: components and their attributes removed, the text inside <Ref> kept. */
export function readableText(mdx: string): string {
  return mdx.replace(/<\/?[A-Z][A-Za-z]*\b[^>]*>/g, ' ');
}

/** For each term id, the pages that mention the term or one of its aliases, in page order. */
export function termUses(terms: readonly GlossaryTerm[], pages: readonly TermPage[]): Map<string, TermPage[]> {
  const matcher = createTermMatcher(terms);
  const uses = new Map<string, TermPage[]>(terms.map((t) => [t.id, []]));
  for (const page of pages) {
    for (const id of termsMentioned(readableText(page.body), matcher)) uses.get(id)?.push(page);
  }
  return uses;
}
