/**
 * Building blocks shared by every content schema: ids, citations and dates with their precision.
 * The schemas are the single source of truth for the content's shape; types derive from them.
 */
import { z } from 'astro/zod';
import { calendarProblem, DATE_PRECISIONS, parseSourceDate } from '../lib/dates';

/** The shape of an entry id, also required of file names (a file's name is its entry's id). */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An entry id: lowercase ASCII words joined by hyphens, as used in URLs (`shanghai`, `yi-wei-san-xian`). */
export const entryId = z.string().regex(ENTRY_ID, '只能用小写字母、数字和连字符(如 yi-wei-san-xian)');

/**
 * YAML readers differ: Astro's parses an unquoted 2026-11-22 as a Date, the content guard's as a
 * string. Normalise both to the ISO day string.
 */
const fromYamlDate = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

/** An ISO day, e.g. the last revision date of an entry. */
export const isoDay = z.preprocess(
  fromYamlDate,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD')
    .superRefine((day, ctx) => {
      const problem = calendarProblem(day);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
);

/** Required text: a string with at least one non-space character. */
export const text = z.string().trim().min(1, '不能为空');

/** A title or name: required, and short enough for headings, cards and lanes. */
export const title = (max: number) => text.max(max, `标题不超过${max}字，详细内容写进正文或 summary`);

/**
 * A citation: which source, and where in it (the id of one of the source's `sections`).
 * `quote` is an optional short phrase from the source, for the reader to find the passage.
 */
export const cite = z.strictObject({
  source: entryId,
  at: entryId,
  quote: z.string().max(80, '引文最长80字：只引用短语和数字').optional(),
});
export type Cite = z.infer<typeof cite>;

/** At least one citation. */
export const cites = z.array(cite).min(1, '至少需要一条出处');

/**
 * A date as the source words it, with its precision declared and checked against the wording.
 * A date whose year is unknown, or that is approximate, must say why.
 */
export const dateSpec = z
  .strictObject({
    /** The source's wording, e.g. "2009年4月", "2009年底", "今年4月", "约从1992年到1999年". */
    text: z.preprocess(fromYamlDate, text),
    precision: z.enum(DATE_PRECISIONS),
    /** Why the date is no more precise (required for year-unknown and approximate dates). */
    reason: z.string().trim().min(1).optional(),
    /** For a date with no year: the earliest year it can be, when the source allows a bound. */
    notBefore: z.number().int().min(1900).max(2100).optional(),
  })
  .superRefine((d, ctx) => {
    const impossible = calendarProblem(d.text);
    if (impossible) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: impossible });
      return;
    }
    const parsed = parseSourceDate(d.text);
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: `“${d.text}”不是可识别的日期写法。可用：2009年、2009年4月、2009年4月1日、2009年底、2004年9月起、约从1992年到1999年、2004年至今、今年4月、9月初`,
      });
      return;
    }
    if (parsed.precision !== d.precision) {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: `“${d.text}”的精度是 ${parsed.precision}，而不是 ${d.precision}`,
      });
    }
    if ((d.precision === 'year-unknown' || d.precision === 'approximate') && !d.reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: `精度为 ${d.precision} 的日期必须说明原因(reason)，例如“原文只写‘今年’，未注明年份”`,
      });
    }
  });
export type DateSpec = z.infer<typeof dateSpec>;

/** A period: a start, and an end unless it is open or unknown. */
export const period = z.strictObject({
  start: dateSpec,
  end: dateSpec.optional(),
  note: z.string().optional(),
});
