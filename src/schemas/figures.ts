/** Every statistic in the sources, with its unit, what it counts and the phrase it rests on. */
import { z } from 'astro/zod';
import { cite, dateSpec, entryId, text } from './common';

export const FIGURE_KINDS = ['基本情况', '投入', '组织建设', '成效', '背景'] as const;

export const figureSchema = z.strictObject({
  id: entryId,
  model: entryId,
  case: entryId.optional(),
  /** The number as a number (for sorting and data downloads). */
  value: z.number(),
  /** The number as the source writes it, with its hedge: "1.6万余", "2100多", "近500". */
  valueText: text,
  unit: text,
  /** What it counts, in the site's words. */
  counts: text,
  kind: z.enum(FIGURE_KINDS),
  /** When the figure holds, at the source's precision. Absent if the source gives no date: say so in `asOfNote`. */
  asOf: dateSpec.optional(),
  asOfNote: z.string().optional(),
  cite,
  /** A short phrase copied exactly from the source that contains the number (checked against the seed). */
  evidence: text.max(60),
}).superRefine((f, ctx) => {
  if (!f.asOf && !f.asOfNote) {
    ctx.addIssue({ code: 'custom', path: ['asOfNote'], message: '没有 asOf 时必须用 asOfNote 说明原文未给出时间' });
  }
});
export type Figure = z.infer<typeof figureSchema>;
