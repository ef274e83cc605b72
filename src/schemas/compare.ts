/**
 * The comparison matrix: for each model, one cited statement per dimension. A file per model
 * (content/compare/<model>.yaml, the file name is the model id).
 */
import { z } from 'astro/zod';
import { cites, entryId, isoDay, text } from './common';

/** The dimensions of /compare/, in the order of its rows. Ids are stable: they appear in URLs. */
export const COMPARE_DIMENSIONS = [
  'cengji-jiagou',
  'lingdao-hexin',
  'zhuqu-danwei',
  'jumin-zizhi',
  'xingzheng-shiwu',
  'ziyuan-xiachen',
  'dangyuan-guanli',
  'xinxihua',
  'kaohe-pingjia',
  'chengxiao',
  'wenti',
] as const;
export type CompareDimension = (typeof COMPARE_DIMENSIONS)[number];

/** Row headings of the matrix, and what each row asks of a model. */
export const COMPARE_DIMENSION_INFO: Record<CompareDimension, { label: string; question: string }> = {
  'cengji-jiagou': { label: '层级架构', question: '党组织分几级、各级是什么' },
  'lingdao-hexin': { label: '领导核心', question: '社区一级由哪个组织统筹领导' },
  'zhuqu-danwei': { label: '驻区单位如何参与', question: '辖区内的单位和它们的党组织怎样进入社区党建' },
  'jumin-zizhi': { label: '居民自治载体', question: '居民通过什么组织或会议参与社区事务' },
  'xingzheng-shiwu': { label: '行政事务由谁承接', question: '政府延伸到社区的事务由谁办理' },
  'ziyuan-xiachen': { label: '资源如何下沉', question: '人、财、物怎样下到社区' },
  'dangyuan-guanli': { label: '党员管理', question: '双报到、双评等管理党员的办法' },
  xinxihua: { label: '信息化平台', question: '网站、数据库、应用等平台' },
  'kaohe-pingjia': { label: '考核评价', question: '谁评价、怎样评价社区党建' },
  chengxiao: { label: '成效数据', question: '原文给出的成效及其数字' },
  wenti: { label: '已知问题', question: '原文指出的问题和不足' },
};

/**
 * reported: the source reports the practice; proposal: the source proposes it (Guangdong);
 * not-covered: the source checked says nothing on this dimension.
 */
export const COMPARE_STATUS = ['reported', 'proposal', 'not-covered'] as const;
export type CompareStatus = (typeof COMPARE_STATUS)[number];

/** Words a cell must carry so readers cannot take a gap or a proposal for a reported fact. */
export const STATUS_MARKERS: Record<Exclude<CompareStatus, 'reported'>, string> = {
  proposal: '建议',
  'not-covered': '原文未涉及',
};

export const compareCell = z
  .strictObject({
    dimension: z.enum(COMPARE_DIMENSIONS),
    status: z.enum(COMPARE_STATUS).default('reported'),
    /** A few characters that answer the row, compared across models to highlight differences. */
    key: text.max(14, '要点不超过14字'),
    /** The statement, in the site's words. */
    text: text.max(220, '单元格文字不超过220字'),
    /** Mechanisms the statement concerns (linked from the cell). */
    mechanisms: z.array(entryId).default([]),
    /** Figures the statement rests on (for 成效数据). */
    figures: z.array(entryId).default([]),
    /** For a not-covered cell: the sections checked and found silent. */
    cites,
  })
  .superRefine((c, ctx) => {
    if (c.status !== 'reported' && !c.text.includes(STATUS_MARKERS[c.status])) {
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: `状态为 ${c.status} 的单元格，文字中必须写明“${STATUS_MARKERS[c.status]}”`,
      });
    }
  });
export type CompareCell = z.infer<typeof compareCell>;

export const compareSchema = z.strictObject({
  cells: z.array(compareCell).min(1),
  /** Date of the last revision, ISO. */
  updated: isoDay,
});
export type CompareEntry = z.infer<typeof compareSchema>;
