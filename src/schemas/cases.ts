/** Named practice sites: streets, towns, communities, buildings, district platforms. */
import { z } from 'astro/zod';
import { cites, dateSpec, entryId, isoDay, text, title } from './common';

export const CASE_LEVELS = ['市辖区', '街道', '镇', '社区', '居民区', '楼宇·园区', '片区'] as const;
/** practice: the site did it; reference: another model learned from it. */
export const CASE_ROLES = ['practice', 'reference', 'pilot'] as const;

export const caseSchema = z.strictObject({
  title: title(40),
  /** The model this case belongs to. */
  model: entryId,
  /** Where: the district and street as the source names them, e.g. 长宁区虹桥街道. */
  place: text,
  level: z.enum(CASE_LEVELS),
  role: z.enum(CASE_ROLES).default('practice'),
  /** Other models that name this case as an example they learned from. */
  learnedBy: z.array(entryId).default([]),
  summary: text.max(120),
  /** When, if the source says. */
  date: dateSpec.optional(),
  mechanisms: z.array(entryId).default([]),
  cites,
  order: z.number().int().default(100),
  updated: isoDay,
});
export type Case = z.infer<typeof caseSchema>;
