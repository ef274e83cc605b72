/**
 * The comparison cells quote their sources faithfully: every phrase in “quotation marks” and every
 * number occurs in the seed text of a source the cell cites. Needs the seeds
 * (tests/unit/seed-texts.ts): fails without them.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-content';
import { validateKnowledgeBase } from '../../src/lib/content/validate';
import { COMPARE_DIMENSIONS, type CompareEntry } from '../../src/schemas/compare';
import type { Source } from '../../src/schemas/sources';
import { readSeed, SKIP_FIDELITY } from './seed-texts';

const root = new URL('../../', import.meta.url).pathname;

const { records } = readContent(`${root}content`, root);
const { entries } = validateKnowledgeBase(records);
const FULL_WIDTH: Record<string, string> = { '(': '（', ')': '）', ',': '，', ';': '；', ':': '：' };
/** Whitespace removed and half-width punctuation made full-width, as the site writes it. */
const normalise = (s: string) => s.replace(/\s+/g, '').replace(/[(),;:]/g, (c) => FULL_WIDTH[c] as string);
const seedText = new Map(entries.sources.map((s) => [s.id, normalise(readSeed((s.data as unknown as Source).seedFile))]));

const cells = entries.compare.flatMap((e) =>
  (e.data as unknown as CompareEntry).cells.map((c) => ({ label: `${e.id}/${c.dimension}`, cell: c })),
);

describe.skipIf(SKIP_FIDELITY)('comparison cells against the source texts', () => {
  it('has a cell for every model and dimension', () => {
    expect(cells.length).toBe(entries.models.length * COMPARE_DIMENSIONS.length);
  });

  it.each(cells.map((c) => [c.label, c.cell] as const))('%s quotes and counts only what its sources say', (_, cell) => {
    const texts = [...new Set(cell.cites.map((c) => c.source))].map((id) => seedText.get(id) ?? '');
    const found = (phrase: string) => texts.some((t) => t.includes(normalise(phrase)));
    const quotes = [...cell.text.matchAll(/“([^”]+)”/g)].map((m) => m[1] as string);
    expect(quotes.filter((q) => !found(q)), 'quoted phrases missing from the cited sources').toEqual([]);
    const numbers = [...cell.text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);
    expect(numbers.filter((n) => !found(n)), 'numbers missing from the cited sources').toEqual([]);
  });
});
