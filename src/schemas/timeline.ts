/** Reform stages and dated events, for the per-model and cross-region timelines. */
import { z } from 'astro/zod';
import { cites, dateSpec, entryId, text, title } from './common';

export const EVENT_KINDS = ['文件·会议', '试点', '推广', '机构设立', '成效', '评价'] as const;

export const stageSchema = z.strictObject({
  id: entryId,
  model: entryId,
  order: z.number().int(),
  name: title(40),
  start: dateSpec,
  /** Absent when the stage is open ("至今") or its end is not given: say so in `note`. */
  end: dateSpec.optional(),
  summary: text,
  note: z.string().optional(),
  cites,
});
export type Stage = z.infer<typeof stageSchema>;

export const eventSchema = z.strictObject({
  id: entryId,
  model: entryId,
  stage: entryId.optional(),
  date: dateSpec,
  /**
   * The date is a target a document set (到2020年), not when something happened: such an entry
   * stays on the timeline, labelled as a target, but gives its model no 时期 in search.
   */
  target: z.boolean().default(false),
  kind: z.enum(EVENT_KINDS),
  /** A short headline. */
  title: text.max(40),
  description: text,
  cases: z.array(entryId).default([]),
  mechanisms: z.array(entryId).default([]),
  /** Places this event learned from, as the source states (Jianye learned from 上海、武汉、深圳). */
  learnedFrom: z
    .array(z.strictObject({ place: text, model: entryId.optional(), case: entryId.optional() }))
    .default([]),
  /** Where the experience was spread to, as the source states (e.g. 全国). */
  spreadTo: z.string().optional(),
  cites,
});
export type TimelineEvent = z.infer<typeof eventSchema>;
