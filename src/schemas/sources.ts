/** The five source documents: bibliographic data, stance and the sections citations point to. */
import { z } from 'astro/zod';
import { dateSpec, entryId, text } from './common';

export const SOURCE_KINDS = ['调研报告', '经验总结', '案例研究', '评论', '学术评估'] as const;
/** How the document was published; decides the GB/T 7714 document type ([N], [J], [EB/OL], [Z]). */
export const SOURCE_MEDIA = ['newspaper', 'journal', 'web', 'unknown'] as const;

export const sourceSchema = z.strictObject({
  title: text,
  /** True when the document prints no title and the site supplied one (shown in brackets). */
  titleSupplied: z.boolean().default(false),
  subtitle: z.string().optional(),
  /** Short name used in source markers, e.g. "建邺区调研报告". */
  shortName: text,
  authors: z
    .array(
      z.strictObject({
        name: text,
        affiliation: z.string().optional(),
        /** What this person contributed when it differs from the main text, e.g. "案例评析". */
        role: z.string().optional(),
        /** An organisation rather than a person (a joint research group). */
        corporate: z.boolean().optional(),
      }),
    )
    .min(1),
  outlet: z.string().optional(),
  /** Publisher's place, for GB/T 7714 when known. */
  date: dateSpec.optional(),
  /** Why the date is missing or vague. Required when `date` is absent. */
  dateNote: z.string().optional(),
  volume: z.string().optional(),
  issue: z.string().optional(),
  pages: z.string().optional(),
  articleNumber: z.string().optional(),
  /** Series or column the piece appeared in. */
  series: z.string().optional(),
  kind: z.enum(SOURCE_KINDS),
  medium: z.enum(SOURCE_MEDIA),
  /** The seed file this entry describes (under ../shared/seeds/). */
  seedFile: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
  /** Which models it covers. */
  models: z.array(entryId).min(1),
  /** Its stance and how to read it, in the site's words. */
  stance: text,
  /** What is missing or unreliable in the text as we have it. */
  gaps: z.array(text).default([]),
  /** The sections a citation can point to (`at`), in the order of the text. */
  sections: z
    .array(z.strictObject({ id: entryId, heading: text, summary: z.string().optional() }))
    .min(1),
  order: z.number().int(),
}).superRefine((s, ctx) => {
  if (!s.date && !s.dateNote) {
    ctx.addIssue({ code: 'custom', path: ['dateNote'], message: '没有日期(date)时必须用 dateNote 说明原因' });
  }
});
export type Source = z.infer<typeof sourceSchema>;
