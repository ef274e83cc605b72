/** Named institutions and working methods (一委三线， 三会一站， 双报到 ...). */
import { z } from 'astro/zod';
import { cites, entryId, isoDay, text, title } from './common';

/**
 * '原文未说明': the sources name the mechanism but say nothing of what it does (e.g. 五民工作法 in
 * 彭勃's commentary), so any other function would be the site's guess.
 */
export const MECHANISM_FUNCTIONS = ['组织设置', '议事协商', '党员管理', '服务供给', '考核评价', '信息化', '原文未说明'] as const;

export const mechanismSchema = z
  .strictObject({
    /** The source's exact term, e.g. 三会一站. */
    title: title(30),
    /** Other spellings readers type, e.g. 1+3 领导体制 for 一委三线. */
    aliases: z.array(text).default([]),
    function: z.enum(MECHANISM_FUNCTIONS),
    /** What it is, in one or two sentences. */
    summary: text.max(160),
    /**
     * Models whose sources report the mechanism in practice. The cases that use it are declared on
     * the cases. Empty for a mechanism that is only ever proposed; then `proposedFor` is not.
     */
    models: z.array(entryId).default([]),
    /**
     * Models for which a source proposes or recommends the mechanism without reporting it in
     * practice (every mechanism of the Guangdong proposal; 陈新光、章再彬's 对策 for Shanghai). Who
     * proposes it shows through `cites` and the body. Kept apart from `models` so that no page,
     * table or data file presents a proposal as practice.
     */
    proposedFor: z.array(entryId).default([]),
    cites,
    updated: isoDay,
  })
  .superRefine((m, ctx) => {
    if (m.models.length + m.proposedFor.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['models'],
        message: '至少列出一个模式：资料报告已实行的写入 models，只是建议的写入 proposedFor',
      });
    }
    m.proposedFor.forEach((id, i) => {
      if (m.models.includes(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['proposedFor', i],
          message: `模式“${id}”同时列在 models 和 proposedFor 中。资料报告已实行的只写入 models，只是建议的只写入 proposedFor`,
        });
      }
    });
  });
export type Mechanism = z.infer<typeof mechanismSchema>;
