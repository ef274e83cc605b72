/**
 * The lesson kits in content/lessons: one for each implemented model, at least one across the
 * models, and every phrase they put in quotation marks is the sources' own wording (or a term the
 * site's mechanism entries already quote, such as “1+2+3”). The quote check needs the seeds
 * (tests/unit/seed-texts.ts): it fails without them rather than skipping.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-content';
import { validateKnowledgeBase } from '../../src/lib/content/validate';
import type { Lesson } from '../../src/schemas/lessons';
import type { Mechanism } from '../../src/schemas/mechanisms';
import type { Model } from '../../src/schemas/models';
import type { Source } from '../../src/schemas/sources';
import { readSeed, SKIP_FIDELITY } from './seed-texts';

const root = new URL('../../', import.meta.url).pathname;
const { records } = readContent(`${root}content`, root);
const { entries } = validateKnowledgeBase(records);
const lessons = entries.lessons.map((l) => ({ id: l.id, file: l.file, data: l.data as unknown as Lesson }));

/** Whitespace is layout in the seeds, and brackets and commas come in two widths. */
const normalise = (s: string) =>
  s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',').replace(/：/g, ':').replace(/；/g, ';');
const quoted = (text: string) => [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1] as string);

describe('lesson kits', () => {
  it('has a kit for each implemented model, under the model’s id, and a cross-model kit', () => {
    const implemented = entries.models.filter((m) => (m.data as unknown as Model).status === 'implemented').map((m) => m.id);
    const ids = lessons.map((l) => l.id);
    expect(implemented.filter((m) => !ids.includes(m))).toEqual([]);
    for (const m of implemented) expect(lessons.find((l) => l.id === m)?.data.models).toEqual([m]);
    expect(lessons.some((l) => l.data.models.length >= 4)).toBe(true);
  });

  it('uses the Guangdong proposal only beside implemented models, never as a kit of its own', () => {
    const proposals = entries.models.filter((m) => (m.data as unknown as Model).status === 'proposal').map((m) => m.id);
    expect(lessons.filter((l) => l.data.models.some((m) => proposals.includes(m))).map((l) => l.id)).toEqual([]);
  });
});

describe.skipIf(SKIP_FIDELITY)('quotations in the lesson kits (../shared/seeds)', () => {
  const seedText = normalise(entries.sources.map((s) => readSeed((s.data as unknown as Source).seedFile)).join(''));
  const siteTerms = new Set(
    entries.mechanisms.flatMap((m) => {
      const d = m.data as unknown as Mechanism;
      return [d.title, ...d.aliases].flatMap(quoted);
    }),
  );

  it.each(lessons.map((l) => [l.id, l] as const))('%s: every quoted phrase is the sources’ wording', (_, l) => {
    const phrases = quoted(readFileSync(`${root}${l.file}`, 'utf8'));
    expect(phrases.length).toBeGreaterThan(5);
    const invented = phrases.filter((p) => !seedText.includes(normalise(p)) && !siteTerms.has(p));
    expect(invented, `${l.file}: quoted but not in any source`).toEqual([]);
  });
});
