/** Named institutions and working methods (一委三线， 三会一站， 双报到 ...). */
import { z } from 'astro/zod';
import { cites, entryId, isoDay, text } from './common';

/**
 * '原文未说明': the sources name the mechanism but say nothing of what it does (e.g. 五民工作法 in
 * 彭勃's commentary), so any other function would be the site's guess.
 */
export const MECHANISM_FUNCTIONS = ['组织设置', '议事协商', '党员管理', '服务供给', '考核评价', '信息化', '原文未说明'] as const;

export const mechanismSchema = z.strictObject({
  /** The source's exact term, e.g. 三会一站. */
  title: text,
  /** Other spellings readers type, e.g. 1+3 领导体制 for 一委三线. */
  aliases: z.array(text).default([]),
  function: z.enum(MECHANISM_FUNCTIONS),
  /** What it is, in one or two sentences. */
  summary: text.max(160),
  /** Models that use it. The cases that use it are declared on the cases. */
  models: z.array(entryId).min(1),
  cites,
  updated: isoDay,
});
export type Mechanism = z.infer<typeof mechanismSchema>;
