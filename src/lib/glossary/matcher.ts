/**
 * Finds glossary terms in running text: every term and alias, longest first, so 区域化党建 wins
 * over 党建. Used by the build-time linker (rehype-glossary.ts) and by the glossary page to list
 * the pages that use each term.
 */

/** A term as the linker needs it. */
export interface GlossaryTerm {
  id: string;
  term: string;
  aliases: readonly string[];
  /** One-sentence definition for the tooltip. */
  short: string;
}

/** A run of text: plain, or a mention of a term. */
export type TextPart = { text: string } | { text: string; term: GlossaryTerm };

export interface TermMatcher {
  /** The terms by the names that find them. */
  byName: ReadonlyMap<string, GlossaryTerm>;
  /** Every mention in a text, leftmost and longest first, not overlapping. */
  mentions(text: string): { index: number; name: string; term: GlossaryTerm }[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds a matcher. A name claimed by two terms keeps the first (the content guard rejects such
 * aliases anyway); names of one character are skipped, since they would match inside other words.
 */
export function createTermMatcher(terms: readonly GlossaryTerm[]): TermMatcher {
  const byName = new Map<string, GlossaryTerm>();
  for (const t of terms) {
    for (const name of [t.term, ...t.aliases]) {
      const n = name.trim();
      if ([...n].length >= 2 && !byName.has(n)) byName.set(n, t);
    }
  }
  // Longer names first: at one position the regex takes the first alternative that matches.
  const names = [...byName.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern = names.length > 0 ? new RegExp(names.map(escapeRegExp).join('|'), 'g') : undefined;
  return {
    byName,
    mentions(text) {
      if (!pattern) return [];
      return [...text.matchAll(pattern)].map((m) => ({ index: m.index, name: m[0], term: byName.get(m[0]) as GlossaryTerm }));
    },
  };
}

/**
 * Splits a text into plain runs and the first mention of each term not yet in `linked`, which it
 * updates. Later mentions of a linked term stay plain, and so does a shorter term inside a longer one.
 *
 * @example splitFirstMentions('区域化党建与党建', m, new Set()) // [{ text: '区域化党建', term: 区域化党建 }, { text: '与' }, { text: '党建', term: 党建 }]
 */
export function splitFirstMentions(text: string, matcher: TermMatcher, linked: Set<string>): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of matcher.mentions(text)) {
    if (linked.has(m.term.id)) continue;
    linked.add(m.term.id);
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    parts.push({ text: m.name, term: m.term });
    at = m.index + m.name.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** The ids of the terms a text mentions at least once, in order of first mention. */
export function termsMentioned(text: string, matcher: TermMatcher): string[] {
  return [...new Set(matcher.mentions(text).map((m) => m.term.id))];
}
