/**
 * Finds sentences copied from the source texts: runs of `min` or more characters that a content
 * text shares with a seed, outside “quotation marks”. The site quotes short terms and figures and
 * writes everything else in its own words, so such a run must be quoted or paraphrased.
 */

const FULL_WIDTH: Record<string, string> = { '(': '（', ')': '）', ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };

/**
 * Whitespace removed (layout in the seeds) and half-width punctuation made full-width, since the
 * seeds mix both widths and the site writes full-width.
 */
export function normaliseForRuns(s: string): string {
  return s.replace(/\s+/g, '').replace(/[(),;:!?]/g, (c) => FULL_WIDTH[c] as string);
}

/**
 * The prose of an MDX body: tags removed (a `<Ref>` keeps its words), and the Markdown marks
 * (`**`, `##`, `|`, list dashes) that never occur in a source.
 */
export function proseOfMdx(body: string): string {
  return body
    .replace(/<Ref\b[^>]*>([\s\S]*?)<\/Ref>/g, '$1')
    .replace(/<[A-Za-z][^>]*\/>/g, '\n')
    .replace(/[*#|>]+/g, '\n')
    .replace(/^\s*(?:-|\d+\.)\s+/gm, '\n');
}

/** The seeds' runs of `min` characters, for lookups; build once and pass to {@link copiedRuns}. */
export function seedWindows(seeds: readonly string[], min: number): Set<string> {
  const windows = new Set<string>();
  for (const seed of seeds) {
    const s = normaliseForRuns(seed);
    for (let i = 0; i + min <= s.length; i++) windows.add(s.slice(i, i + min));
  }
  return windows;
}

/** Quotation marks and book-title marks: a span inside either is the source's own words, quoted. */
const OPEN = '“《';
const CLOSE = '”》';
/** What separates the items of a list of terms: 、 and the words for “and”. */
const LIST_SEPARATORS = /以及|[、和及与]/;
/** A list of terms whose every item is at most this long copies names, not a sentence. */
const MAX_TERM = 12;

/**
 * The runs of `text` (normalised) found in a seed, each as long as it goes, that copy a sentence:
 * at least `min` characters outside “…” and 《…》, and not a mere list of the source's terms
 * (社情民意建言会、社区工作联席会、…), which the site keeps exact on purpose.
 *
 * @example copiedRuns('据报告，' + copied30, windows, 30) // [copied30]
 */
export function copiedRuns(text: string, windows: ReadonlySet<string>, min: number): string[] {
  const s = normaliseForRuns(text);
  const inQuote: boolean[] = [];
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (OPEN.includes(ch)) depth++;
    inQuote.push(depth > 0);
    if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
  }
  const spans: [number, number][] = [];
  for (let i = 0; i + min <= s.length; i++) {
    if (!windows.has(s.slice(i, i + min))) continue;
    const last = spans.at(-1);
    if (last && i <= last[1]) last[1] = i + min;
    else spans.push([i, i + min]);
  }
  return spans
    .filter(([from, to]) => {
      const own = [...s.slice(from, to)].filter((_, k) => !inQuote[from + k]).join('');
      return own.length >= min && own.split(LIST_SEPARATORS).some((item) => item.length > MAX_TERM);
    })
    .map(([from, to]) => s.slice(from, to));
}
