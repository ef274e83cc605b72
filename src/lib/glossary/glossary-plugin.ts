/**
 * A build-time HAST plugin for Astro's Markdown processor (Sätteri, `markdown.processor` in
 * astro.config.mjs) that links the first mention of each glossary term on a model, case or
 * mechanism page to the term's page, with a tooltip giving its short definition. It works without
 * JavaScript: CSS shows the tooltip on hover and keyboard focus (src/styles/glossary.css), and the
 * link names it through aria-describedby.
 *
 * Skipped: headings, existing links, and MDX components (<Cite>, <Ref>, <ModelData>), so a term is
 * never linked inside a source marker or another link.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readYaml } from '../content/yaml';
import { withBase } from '../paths';
import { createTermMatcher, splitFirstMentions, type GlossaryTerm, type TermMatcher } from './matcher';

/** The HAST node shapes the plugin reads and writes (structurally compatible with `hast`). */
export interface HastText {
  type: 'text';
  value: string;
}
export interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, string | string[]>;
  children: (HastText | HastElement)[];
}
/** What the plugin needs to know of a node's ancestors. */
export interface AncestorLike {
  type: string;
  tagName?: string;
}

const SKIP_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'svg', 'button', 'label']);
/** Content folders whose pages get links. */
const LINKED_FOLDERS = /[\\/]content[\\/](models|cases|mechanisms)[\\/][^\\/]+\.mdx?$/;

/** Whether a text node with these ancestors may hold a link: not in a heading, link or component. */
export function isLinkable(ancestors: readonly AncestorLike[]): boolean {
  return ancestors.every((a) => !a.type.startsWith('mdx') && !(a.type === 'element' && a.tagName && SKIP_TAGS.has(a.tagName)));
}

/** The markup of one linked mention: the link, and the tooltip that describes it. */
export function termElement(term: GlossaryTerm, text: string, base: string): HastElement {
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

/**
 * The nodes that replace a text node, or undefined when it mentions no term that is still unlinked
 * on this page. `linked` is the page's set of linked term ids, updated in place.
 */
export function linkMentions(text: string, matcher: TermMatcher, linked: Set<string>, base: string): (HastText | HastElement)[] | undefined {
  const parts = splitFirstMentions(text, matcher, linked);
  if (!parts.some((p) => 'term' in p)) return undefined;
  return parts.map((p) => ('term' in p ? termElement(p.term, p.text, base) : { type: 'text', value: p.text }));
}

/** Reads content/terms/*.yaml: the id from the file name; files that do not parse are left to the content guard. */
export function readGlossaryTerms(dir: string): GlossaryTerm[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => {
      const read = readYaml(readFileSync(join(dir, f), 'utf8'));
      const d = read.ok ? (read.data as Partial<GlossaryTerm> | null) : null;
      if (!d || typeof d.term !== 'string' || typeof d.short !== 'string') return [];
      const aliases = Array.isArray(d.aliases) ? d.aliases.filter((a): a is string => typeof a === 'string') : [];
      return [{ id: f.slice(0, -'.yaml'.length), term: d.term, aliases, short: d.short }];
    });
}

export interface GlossaryPluginOptions {
  /** The site's base path, e.g. '/' or '/kb/'. */
  base: string;
  terms: readonly GlossaryTerm[];
}

/** The visitor context calls the plugin uses (a subset of Sätteri's HastVisitorContext). */
interface VisitorContext {
  parent(node: object): (AncestorLike & object) | undefined;
  replaceNode(node: object, replacement: (HastText | HastElement)[]): void;
}

/**
 * The plugin factory for `satteri({ hastPlugins: [glossaryPlugin(options)] })`. Sätteri calls it
 * once per document; it returns null for documents outside models, cases and mechanisms, and
 * otherwise a visitor with its own set of terms already linked on that page.
 */
export function glossaryPlugin(options: GlossaryPluginOptions) {
  const matcher = createTermMatcher(options.terms);
  return (doc: { fileURL: URL | undefined }) => {
    if (!doc.fileURL || !LINKED_FOLDERS.test(fileURLToPath(doc.fileURL))) return null;
    const linked = new Set<string>();
    return {
      name: 'glossary-first-mention',
      // A term the writer already linked with <Ref to="terms/…"> counts as mentioned.
      mdxJsxTextElement: {
        filter: ['Ref'],
        visit(node: { attributes?: { name?: string; value?: unknown }[] }) {
          const to = node.attributes?.find((a) => a.name === 'to')?.value;
          if (typeof to === 'string' && to.startsWith('terms/')) linked.add(to.slice('terms/'.length));
        },
      },
      text(node: HastText, ctx: VisitorContext) {
        const ancestors: AncestorLike[] = [];
        for (let p = ctx.parent(node); p; p = ctx.parent(p)) ancestors.push(p);
        if (!isLinkable(ancestors)) return;
        const replacement = linkMentions(node.value, matcher, linked, options.base);
        if (replacement) ctx.replaceNode(node, replacement);
      },
    };
  };
}
