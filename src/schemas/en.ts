/**
 * The English edition (issue #17): sibling collections under content/en/, one per Chinese
 * collection that has an English edition (contract: /work/notes/EN-CONTRACT.md, summarised in
 * content/README.md). An English entry names the Chinese entry it translates and the hash of that
 * entry as it was when last translated, and holds only the translated text: dates, levels, kinds,
 * ids, citations, relations and numbers are taken from the Chinese entry at build time.
 * What an English entry must match in its Chinese entry is checked by the content guard
 * (src/lib/content/rules/translations.ts).
 */
import { z } from 'astro/zod';
import { COMPARE_DIMENSIONS } from './compare';
import { entryId, isoDay, text } from './common';

/** The placeholder hash translators write; `npm run translation:stamp` replaces it after review. */
export const UNSTAMPED_HASH = '000000000000';

/** The `##` sections of every English model page, in this order: the English of MODEL_SECTIONS. */
export const EN_MODEL_SECTIONS = [
  'Overview',
  'Background and problems',
  'Organisational structure',
  'Operating mechanisms',
  'Reform history',
  'Key data',
  'Reported results',
  'Problems and reflections',
  'Implications',
  'Sources',
] as const;

/** English text with a length limit, counted in characters. */
const limited = (max: number) => text.max(max, `英文不超过${max}个字符`);

/** Every English entry: which Chinese entry it translates, and that entry's hash when translated. */
const translation = {
  /** The id of the Chinese entry (for a file per entry, the file's own name). */
  translationOf: entryId,
  /** First 12 hex digits of the Chinese entry's hash as last translated (src/lib/i18n/translation-hash.ts). */
  sourceHash: z.preprocess(
    // Unquoted, 000000000000 is the number 0: keep what was written, so the message asks for quotes.
    (v) => (typeof v === 'number' ? String(v) : v),
    z.string().regex(/^[0-9a-f]{12}$/, `应为加引号的12位十六进制数字(0-9、a-f)，如 '${UNSTAMPED_HASH}'(新译文)；核对译文后运行 npm run translation:stamp 填写`),
  ),
};

/** content/en/models/<id>.mdx: the frontmatter; the body has the ten EN_MODEL_SECTIONS. */
export const enModelSchema = z.strictObject({
  ...translation,
  title: limited(120),
  shortName: text,
  summary: text,
  /** The same keys as the Chinese entry's `place`. */
  place: z.strictObject({ province: text, city: text.optional(), district: text.optional() }),
  /** The English of the Chinese `period.note`, exactly when the Chinese entry has one. */
  periodNote: text.optional(),
  updated: isoDay,
});
export type EnModel = z.infer<typeof enModelSchema>;

/** content/en/structures/<id>.yaml: a label for every Chinese node, a label for every labelled edge. */
export const enStructureSchema = z.strictObject({
  ...translation,
  title: limited(100),
  summary: text,
  /** Keyed by the Chinese node id; composition and duties exactly where the Chinese node has them. */
  nodes: z.record(
    entryId,
    z.strictObject({ label: limited(40), composition: text.optional(), duties: text.optional() }),
  ),
  /** Keyed "<from>-><to>", only for Chinese edges that have a `label`. */
  edges: z.record(z.string(), limited(60)).default({}),
});
export type EnStructure = z.infer<typeof enStructureSchema>;

/** The key of an edge's label in an English structure. */
export const edgeKey = (e: { from: string; to: string }) => `${e.from}->${e.to}`;

/** Words an English comparison cell carries, as the Chinese carries 建议 / 原文未涉及. */
export const EN_STATUS_MARKERS = { proposal: 'proposal', 'not-covered': 'not covered by the source' } as const;

/** content/en/compare/<model>.yaml: a cell for every dimension of the Chinese file, same order. */
export const enCompareSchema = z.strictObject({
  ...translation,
  cells: z
    .array(z.strictObject({ dimension: z.enum(COMPARE_DIMENSIONS), key: limited(40), text }))
    .min(1),
});
export type EnCompare = z.infer<typeof enCompareSchema>;

/** content/en/terms/<id>.yaml: the one English name of a glossary term. */
export const enTermSchema = z.strictObject({
  ...translation,
  /** THE English name used everywhere on the English site (lower case unless a proper noun). */
  name: limited(80),
  short: limited(200),
});
export type EnTerm = z.infer<typeof enTermSchema>;

/** content/en/sources/<id>.yaml: the English of a source's bibliographic text and sections. */
export const enSourceSchema = z.strictObject({
  ...translation,
  /** The English translation of the title, shown in brackets after the Chinese title. */
  title: text,
  subtitle: text.optional(),
  shortName: text,
  outlet: text.optional(),
  /** The English of each author of the Chinese entry, in order (personal names in pinyin). */
  authors: z.array(text).min(1),
  stance: text,
  gaps: z.array(text).default([]),
  /** Every section id of the Chinese entry, with the English of its heading. */
  sections: z.record(entryId, text),
});
export type EnSource = z.infer<typeof enSourceSchema>;

/** content/en/events/<model>.yaml: one item per Chinese event, same order. */
export const enEventSchema = z.strictObject({
  ...translation,
  title: limited(80),
  description: text,
  /** The English of the Chinese date's `reason`, when it has one. */
  dateReason: text.optional(),
});
export type EnEvent = z.infer<typeof enEventSchema>;

/** content/en/stages/<model>.yaml: one item per Chinese stage, same order. */
export const enStageSchema = z.strictObject({
  ...translation,
  name: limited(60),
  summary: text,
  /** Exactly when the Chinese stage has a note. */
  note: text.optional(),
  /** The English of the Chinese start or end date's `reason`, when it has one. */
  dateReason: text.optional(),
});
export type EnStage = z.infer<typeof enStageSchema>;

/** content/en/figures/<model>.yaml: one item per Chinese figure, same order. */
export const enFigureSchema = z.strictObject({
  ...translation,
  /** What the number counts. */
  counts: text,
  /** The English unit, e.g. "km²", "communities", "%". */
  unit: text,
  /** Only when the Chinese valueText has a qualifier: 约81 → "about 81". */
  valueText: text.optional(),
  /** Exactly when the Chinese figure has an asOfNote. */
  asOfNote: text.optional(),
  /** The English rendering of the Chinese evidence phrase. */
  evidence: text,
});
export type EnFigure = z.infer<typeof enFigureSchema>;
