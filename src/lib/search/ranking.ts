/**
 * How results are weighed: shared by the index builder (which fields hold names) and the search
 * code in the browser (how much a match in each field counts).
 */

/** Metadata fields that hold an entry's names and aliases, split into words at indexing. */
export const NAME_FIELDS = ['name', 'aliases'] as const;

/** Ends each name in a name field; punctuation, so Pagefind never indexes it as a word. */
export const NAME_SEPARATOR = ' / ';

/**
 * The names an indexed entry carries, each as its words joined by spaces.
 *
 * @example namesOf({ name: '双 报到 /', aliases: '在 职 党员 双 报到 / 双 报到 制度 /' }) // ['双 报到', '在 职 党员 双 报到', '双 报到 制度']
 */
export function namesOf(meta: Record<string, string | undefined>): string[] {
  return NAME_FIELDS.flatMap((field) => (meta[field] ?? '').split(NAME_SEPARATOR.trim()))
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/**
 * Pagefind ranking options. A match in an entry's own name or alias outweighs any number of
 * mentions in passing; `title` is the displayed title, which keeps its default weight.
 */
export const RANKING = {
  metaWeights: { name: 12, aliases: 9, title: 5 },
} as const;

/** Options for Pagefind's JavaScript API, the same in the browser and in the golden-query tests. */
export const PAGEFIND_OPTIONS = {
  ranking: RANKING,
  // Searches are a few milliseconds each: the main thread saves downloading pagefind-worker.js.
  noWorker: true,
  // Words are short in Chinese (often one character): 40 of them make an excerpt of about two lines.
  excerptLength: 40,
} as const;
