/**
 * Every figure's evidence phrase, and every short quote in a citation, occurs verbatim in the
 * seed text it cites. Needs the seeds (tests/unit/seed-texts.ts): without them it fails, saying
 * where it looked, rather than skipping and passing.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-content';
import { validateKnowledgeBase } from '../../src/lib/content/validate';
import type { Cite } from '../../src/schemas/common';
import type { Figure } from '../../src/schemas/figures';
import type { Source } from '../../src/schemas/sources';
import { readSeed, SKIP_FIDELITY } from './seed-texts';

const root = new URL('../../', import.meta.url).pathname;

const { records } = readContent(`${root}content`, root);
const { entries } = validateKnowledgeBase(records);
const seedText = new Map(entries.sources.map((s) => [s.id, readSeed((s.data as unknown as Source).seedFile)]));
const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** Small whole numbers as the sources also write them: 5 → 五, 18 → 十八, 34 → 三十四. */
function chineseNumeral(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 99) return undefined;
  if (n < 10) return NUMERALS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : NUMERALS[tens]}十${ones ? NUMERALS[ones] : ''}`;
}

/** Whitespace in the seeds is layout, not content: compare with it removed. */
const squash = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(SKIP_FIDELITY)('fidelity to the source texts (../shared/seeds)', () => {
  const figures = entries.figures.map((f) => ({ id: f.id, file: f.file, data: f.data as unknown as Figure }));

  it('has figures to check', () => {
    expect(figures.length).toBeGreaterThan(50);
  });

  it.each(figures.map((f) => [f.id, f] as const))('figure %s: its evidence phrase is in the cited source', (_, f) => {
    const text = squash(seedText.get(f.data.cite.source) ?? '');
    expect(text, `${f.file} → ${f.id}.evidence “${f.data.evidence}” not found in ${f.data.cite.source}`).toContain(
      squash(f.data.evidence),
    );
  });

  it('every quote in a citation is in its source', () => {
    const missing: string[] = [];
    const visit = (file: string, where: string, value: unknown) => {
      if (Array.isArray(value)) value.forEach((v, i) => visit(file, `${where}[${i}]`, v));
      else if (value && typeof value === 'object') {
        const c = value as Partial<Cite>;
        if (typeof c.source === 'string' && typeof c.at === 'string' && typeof c.quote === 'string') {
          if (!squash(seedText.get(c.source) ?? '').includes(squash(c.quote))) missing.push(`${file} → ${where}: “${c.quote}”`);
        }
        for (const [k, v] of Object.entries(value)) visit(file, where ? `${where}.${k}` : k, v);
      }
    };
    for (const list of Object.values(entries)) for (const e of list) visit(e.file, e.inList ? e.id : '', e.data);
    expect(missing).toEqual([]);
  });

  it('the evidence phrase contains the figure (digits or Chinese numerals)', () => {
    const bad = figures.filter((f) => {
      const digits = f.data.valueText.match(/[\d.]+/g) ?? [];
      return digits.length > 0 && !digits.every((d) => f.data.evidence.includes(d) || f.data.evidence.includes(chineseNumeral(Number(d)) ?? d));
    });
    expect(bad.map((f) => `${f.file} → ${f.id}: ${f.data.valueText} vs “${f.data.evidence}”`)).toEqual([]);
  });
});
