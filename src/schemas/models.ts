/** The reference models (MDX), and the Guangdong proposal shown as commentary. */
import { z } from 'astro/zod';
import { cites, entryId, isoDay, period, text, title } from './common';

export const ADMIN_LEVELS = ['直辖市', '市辖区', '地级市辖区', '省'] as const;
export const MODEL_STATUS = ['implemented', 'proposal'] as const;

/** The `##` sections of every model page's MDX body, in this order (checked by the content guard). */
export const MODEL_SECTIONS = ['概况', '背景与问题', '组织架构', '运行机制', '改革历程', '关键数据', '成效', '问题与反思', '启示', '资料来源'] as const;

/** What `<ModelData show="…" />` can insert into a model page. */
export const MODEL_DATA_PARTS = ['structure', 'mechanisms', 'cases', 'timeline', 'figures', 'sources'] as const;

export const modelSchema = z.strictObject({
  /** Full name, e.g. 上海社区党建“1+3”领导体制(一委三线). */
  title: title(40),
  /** Short name for cards, lanes and tables, e.g. 上海. */
  shortName: text,
  place: z.strictObject({
    province: text,
    city: z.string().optional(),
    district: z.string().optional(),
  }),
  level: z.enum(ADMIN_LEVELS),
  /** When the model was built, with the precision the sources give. */
  period,
  /** One line: what the model is, in the site's words. */
  summary: text.max(90, '一句话概括，不超过90字'),
  /** implemented: a practice the sources report; proposal: a reform idea (Guangdong, source 003). */
  status: z.enum(MODEL_STATUS),
  tags: z.array(text).default([]),
  /** The sources this model rests on. */
  sources: z.array(entryId).min(1),
  related: z.array(entryId).default([]),
  /** The defining idea in a few characters, e.g. 一委三线. */
  signature: text,
  /** Position in lists. */
  order: z.number().int(),
  /** Citations for the model-level facts (place, period, summary). */
  cites,
  /** Date of the last content revision, ISO (for "引用本页"). */
  updated: isoDay,
});
export type Model = z.infer<typeof modelSchema>;
