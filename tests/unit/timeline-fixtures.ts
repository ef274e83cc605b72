/** Small timelines for the unit tests, built through the real schemas so defaults apply. */
import { caseSchema, type Case } from '../../src/schemas/cases';
import { eventSchema, stageSchema, type Stage, type TimelineEvent } from '../../src/schemas/timeline';
import type { Entry } from '../../src/lib/knowledge';

const cites = [{ source: 's-test', at: 'part-1' }];

/** An event of `model` on `date` (the source's wording), with optional extra fields. */
export function event(id: string, model: string, text: string, extra: Record<string, unknown> = {}): Entry<TimelineEvent> {
  const precision = (extra.precision as string | undefined) ?? 'year';
  const { precision: _, reason, notBefore, ...rest } = extra;
  const date = { text, precision, ...(reason ? { reason } : {}), ...(notBefore ? { notBefore } : {}) };
  return { id, data: eventSchema.parse({ id, model, date, kind: '试点', title: `事件${id}`, description: '测试。', cites, ...rest }) };
}

/** A stage of `model` from `start` to `end` (source wordings with their precisions). */
export function stage(
  id: string,
  model: string,
  order: number,
  start: { text: string; precision: string; reason?: string; notBefore?: number },
  end?: { text: string; precision: string; reason?: string },
): Entry<Stage> {
  return { id, data: stageSchema.parse({ id, model, order, name: `阶段${id}`, start, ...(end ? { end } : {}), summary: '测试。', cites }) };
}

/** A case of `model` that other models learned from. */
export function learnedCase(id: string, model: string, title: string, learnedBy: string[]): Entry<Case> {
  return {
    id,
    data: caseSchema.parse({ title, model, place: title, level: '街道', learnedBy, summary: '测试。', cites, updated: '2026-01-01' }),
  };
}

export const unknownYear = { precision: 'year-unknown', reason: '原文未写年份。', notBefore: 2011 };
