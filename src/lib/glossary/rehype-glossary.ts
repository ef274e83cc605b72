/**
 * A rehype plugin that links the first mention of each glossary term on a model, case or
 * mechanism page to the term's page, with a tooltip giving its short definition. It works without
 * JavaScript: CSS shows the tooltip on hover and keyboard focus (src/styles/glossary.css), and
 * the link names it through aria-describedby.
 *
 * Skipped: headings, existing links, and MDX components (<Cite>, <Ref>, <ModelData>), so a term is
 * never linked inside a source marker or a link.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { withBase } from '../paths';
import { createTermMatcher, splitFirstMentions, type GlossaryTerm, type TermMatcher } from './matcher';

/** The few hast node shapes the plugin reads or writes. */
interface HastText {
  type: 'text';
  value: string;
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}
interface HastOther {
  type: string;
  children?: HastNode[];
}
type HastNode = HastText | HastElement | HastOther;

const SKIP_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'svg', 'button', 'label']);
/** Content folders whose pages get links (paths as the MDX compiler reports them). */
const LINKED_FOLDERS = /[\\/]content[\\/](models|cases|mechanisms)[\\/][^\\/]+\.mdx$/;

export interface RehypeGlossaryOptions {
  /** The site's base path, e.g. '/' or '/kb/'. */
  base: string;
  terms: readonly GlossaryTerm[];
}

/** Reads content/terms/*.yaml: id from the file name; files that do not parse are left to the content guard. */
export function readGlossaryTerms(dir: string): GlossaryTerm[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => {
      try {
        const d = parse(readFileSync(join(dir, f), 'utf8')) as Partial<GlossaryTerm> | null;
        if (!d || typeof d.term !== 'string' || typeof d.short !== 'string') return [];
        const aliases = Array.isArray(d.aliases) ? d.aliases.filter((a): a is string => typeof a === 'string') : [];
        return [{ id: f.slice(0, -'.yaml'.length), term: d.term, aliases, short: d.short }];
      } catch {
        return [];
      }
    });
}

/** The markup of one linked mention: the link, and the tooltip it is described by. */
function termElement(term: GlossaryTerm, text: string, base: string): HastElement {
  const tipId = `term-tip-${term.id}`;
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['term-ref'] },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { href: withBase(base, `terms/${term.id}/`), className: ['term-link'], ariaDescribedBy: tipId, dataTerm: term.id },
        children: [{ type: 'text', value: text }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { id: tipId, role: 'tooltip', className: ['term-tip'], dataPagefindIgnore: '' },
        children: [{ type: 'text', value: term.short }],
      },
    ],
  };
}

/** Walks the tree in document order, replacing the first mention of each term. */
export function linkTerms(tree: HastNode, matcher: TermMatcher, base: string): void {
  const linked = new Set<string>();
  const visit = (node: HastNode) => {
    if (!('children' in node) || !node.children) return;
    const out: HastNode[] = [];
    for (const child of node.children) {
      if (child.type === 'text') {
        const parts = splitFirstMentions((child as HastText).value, matcher, linked);
        for (const p of parts) out.push('term' in p ? termElement(p.term, p.text, base) : { type: 'text', value: p.text });
        continue;
      }
      const skip =
        (child.type === 'element' && SKIP_TAGS.has((child as HastElement).tagName)) || child.type.startsWith('mdx');
      if (!skip) visit(child);
      out.push(child);
    }
    node.children = out;
  };
  visit(tree);
}

/** The plugin: `[rehypeGlossary, { base, terms }]` in the MDX integration's rehypePlugins. */
export default function rehypeGlossary(options: RehypeGlossaryOptions) {
  const matcher = createTermMatcher(options.terms);
  return (tree: HastNode, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.at(-1) ?? '';
    if (!LINKED_FOLDERS.test(path)) return;
    linkTerms(tree, matcher, options.base);
  };
}
