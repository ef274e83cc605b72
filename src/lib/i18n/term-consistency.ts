/**
 * One English name per glossary term (issue #17): the English edition names each term exactly as
 * content/en/terms/<id>.yaml `name` does. This finds a term translated two ways in English text:
 * two terms with the same name, a hand-written gloss "(社区党委, shèqū dǎngwěi)" after other words
 * than the term's name, the name written in another casing, and the Chinese glossary's own English
 * gloss used where it differs from the name.
 */

export interface GlossaryTerm {
  id: string;
  /** The Chinese term and its aliases. */
  term: string;
  aliases: readonly string[];
  /** The Chinese glossary's English gloss (content/terms/<id>.yaml `english`). */
  english: string;
  /** The one English name (content/en/terms/<id>.yaml `name`). */
  name: string;
}

/** A piece of English content: an MDX body or a text field, and the file it is in. */
export interface EnglishText {
  file: string;
  text: string;
}

export interface TermProblem {
  file: string;
  term: string;
  message: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The name as a sentence would start with it. */
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Every word of more than three letters begins with a capital. */
const titleCase = (s: string) => s.split(/[\s-]+/).every((w) => w.length <= 3 || /^[A-Z]/.test(w));

/** Two terms may not share an English name, whatever its casing. */
export function duplicateNames(terms: readonly GlossaryTerm[]): TermProblem[] {
  const seen = new Map<string, GlossaryTerm>();
  const problems: TermProblem[] = [];
  for (const t of terms) {
    const key = t.name.trim().toLowerCase();
    const first = seen.get(key);
    if (first) problems.push({ file: `content/en/terms/${t.id}.yaml`, term: t.id, message: `name “${t.name}” is already the name of ${first.id} (“${first.name}”)` });
    else seen.set(key, t);
  }
  return problems;
}

/**
 * The text a reader sees, near enough for term matching: a <Term> becomes its name, other
 * components and Markdown emphasis go, a <Ref>'s words stay.
 */
export function readableText(text: string, terms: readonly GlossaryTerm[]): string {
  const names = new Map(terms.map((t) => [t.id, t.name]));
  return text
    .replace(/<Term\b[^>]*\bid="([^"]+)"[^>]*\/>/g, (_, id: string) => names.get(id) ?? '')
    .replace(/<\/?[A-Z][^>]*>/g, '')
    .replace(/[*_]+/g, '');
}

/** The Chinese gloss without its asides and quotes: 'mobile (migrant) Party members' → 'mobile Party members'. */
function plainGloss(english: string): string {
  return english
    .replace(/\([^)]*\)/g, '')
    .replace(/["“”]/g, '')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether two spellings are the same name, allowing a plural ("social organisation(s)"). */
const sameName = (a: string, b: string) => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x === y || `${x}s` === y || `${y}s` === x || `${x}es` === y || `${y}es` === x;
};

export function termConsistency(terms: readonly GlossaryTerm[], texts: readonly EnglishText[]): TermProblem[] {
  const problems = duplicateNames(terms);
  // Glosses are checked for the term itself: an alias is other Chinese words (网络党支部 for 网格党支部),
  // which a translator renders as they stand.
  const byChinese = new Map(terms.map((t) => [t.term, t] as const));
  for (const { file, text: raw } of texts) {
    const text = readableText(raw, terms);
    // A hand-written gloss of a glossary term follows the term's name.
    // The characters may hold full-width brackets and quotes: (大党（工）委制, dà dǎng gōngwěi zhì).
    for (const m of text.matchAll(/\(\s*([\p{Script=Han}（）“”·、+\d]+)\s*[,，]\s*[^()]*?\)/gu)) {
      const t = byChinese.get((m[1] as string).trim());
      if (!t) continue;
      const before = text.slice(0, m.index).replace(/["“”'’\s]+$/, '');
      if (!before.toLowerCase().endsWith(t.name.toLowerCase())) {
        const words = before.split(/\s+/).slice(-t.name.split(/\s+/).length).join(' ');
        problems.push({ file, term: t.id, message: `“${words} ${m[0]}” glosses ${t.term} after other words than its name “${t.name}”` });
      }
    }
    // Where the name is written, it is written as the name (a capital first letter at most); in Title
    // Case it is part of a proper name or a title ("Association for Promoting Regionalised Party Building").
    const named: [number, number][] = [];
    for (const t of terms) {
      for (const m of text.matchAll(new RegExp(`(?<![\\w-])${escape(t.name)}(?![\\w-])`, 'gi'))) {
        named.push([m.index, m.index + m[0].length]);
        if (m[0] !== t.name && m[0] !== capitalised(t.name) && !titleCase(m[0])) {
          problems.push({ file, term: t.id, message: `“${m[0]}” is written for the glossary name “${t.name}”` });
        }
      }
    }
    // The Chinese glossary's English, where it is another name than the English one, is a second translation.
    for (const t of terms) {
      const gloss = plainGloss(t.english);
      if (gloss.split(' ').length < 2 || sameName(gloss, t.name)) continue;
      for (const m of text.matchAll(new RegExp(`(?<![\\w-])${escape(gloss)}(?![\\w-])`, 'gi'))) {
        const inName = named.some(([a, b]) => m.index >= a && m.index + m[0].length <= b);
        if (!inName) problems.push({ file, term: t.id, message: `“${m[0]}” translates ${t.term} another way: its English name is “${t.name}”` });
      }
    }
  }
  return problems;
}
