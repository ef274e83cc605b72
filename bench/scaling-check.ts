/**
 * Whether a scaling build built and indexed what its synthetic content asks for. Pure: the runner
 * counts the built pages and reads Pagefind's page count, this compares them with the content.
 */
import type { SyntheticCounts } from './synthetic.ts';

/** The site page type of each kind of entry (tests/quality/site-pages.ts pageType), one page per entry. */
const ENTRY_PAGE_TYPES = {
  model: 'models',
  case: 'cases',
  mechanism: 'mechanisms',
  structure: 'structures',
  term: 'terms',
  source: 'sources',
  lesson: 'lessons',
} as const satisfies Record<string, keyof SyntheticCounts>;

/**
 * The entry pages that go into the search index; lesson kits stay out, since their text repeats
 * the model pages. Pagefind's page count also holds the timeline events, indexed as records.
 */
const INDEXED_PAGE_TYPES: readonly (keyof typeof ENTRY_PAGE_TYPES)[] = ['model', 'case', 'mechanism', 'structure', 'term', 'source'];

/** What Pagefind should hold for this content: every indexed entry page and every event. */
export function expectedIndexed(counts: SyntheticCounts): number {
  return INDEXED_PAGE_TYPES.reduce((n, type) => n + counts[ENTRY_PAGE_TYPES[type]], counts.events);
}

/**
 * Every way the build differs from its content: an entry type with more or fewer pages than
 * entries, or a search index with more or fewer records than indexed pages and events.
 *
 * @param builtByType pages built per page type (home, model, case, …)
 * @param indexed Pagefind's page count (pagefind-entry.json), or undefined when it wrote none
 */
export function checkScalingPages(counts: SyntheticCounts, builtByType: Readonly<Record<string, number>>, indexed: number | undefined): string[] {
  const problems: string[] = [];
  for (const [type, kind] of Object.entries(ENTRY_PAGE_TYPES)) {
    const built = builtByType[type] ?? 0;
    if (built !== counts[kind]) problems.push(`${type} pages: built ${built}, content has ${counts[kind]} ${kind}`);
  }
  const expected = expectedIndexed(counts);
  if (indexed !== expected) {
    problems.push(`search index: ${indexed ?? 'no'} records, expected ${expected} (${INDEXED_PAGE_TYPES.join(', ')} pages and ${counts.events} events)`);
  }
  return problems;
}
