/**
 * Validates the whole knowledge base: every entry against its schema, then every reference (the
 * table in ./rules/references.ts) and the rules of each kind of entry (./rules/). Pure: it takes
 * records already read from disk, so unit tests can feed it fixtures.
 */
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from './collections';
import { CheckContext, issueAt, type ValidatedBase, type ValidRecord } from './context';
import type { ContentIssue } from './issues';
import type { RawRecord } from './read-content';
import { checkBody } from './rules/body';
import { checkCompare, checkCompareRows } from './rules/compare';
import { checkLesson } from './rules/lessons';
import { checkMechanism } from './rules/mechanisms';
import { checkReferences } from './rules/references';
import { checkStructure } from './rules/structures';
import { checkAliases } from './rules/terms';
import { checkTranslations } from './rules/translations';
import { checkEvent } from './rules/timeline';
import { describeZodIssue, valueAt } from './zod-messages';

export type { RawRecord } from './read-content';
export type { ValidatedBase, ValidRecord } from './context';

/** Validates records; returns the issues (empty when all is well) and the entries that parsed. */
export function validateKnowledgeBase(records: readonly RawRecord[]): { issues: ContentIssue[]; entries: ValidatedBase } {
  const entries = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, []])) as unknown as ValidatedBase;
  const known = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, new Set<string>()])) as Record<CollectionName, Set<string>>;
  const incomplete = new Set<CollectionName>();
  const issues: ContentIssue[] = [];
  const seen = new Map<string, string>();

  for (const rec of records) {
    // Ids of entries that failed their schema still count as existing, so one bad entry yields one
    // error rather than one more for every reference to it.
    known[rec.collection].add(rec.id);
    if (rec.unreadable) {
      if (rec.inList) incomplete.add(rec.collection);
      continue;
    }
    const key = `${rec.collection}:${rec.id}`;
    const first = seen.get(key);
    if (first) {
      issues.push(issueAt(rec, ['id'], `id “${rec.id}”重复，已在 ${first} 中使用。每个条目的 id 必须唯一。`));
      continue;
    }
    seen.set(key, rec.file);
    const result = COLLECTIONS[rec.collection].schema.safeParse(rec.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        // An unknown field is reported at its own line, under its own name.
        const path = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
        issues.push(issueAt(rec, path, describeZodIssue(issue, valueAt(rec.data, issue.path))));
      }
      continue;
    }
    (entries[rec.collection] as ValidRecord[]).push({ ...rec, data: result.data } as ValidRecord);
  }

  const ctx = new CheckContext(entries, known, incomplete);
  checkReferences(ctx);
  entries.structures.forEach((r) => checkStructure(ctx, r));
  entries.lessons.forEach((r) => checkLesson(ctx, r));
  entries.compare.forEach((r) => checkCompare(ctx, r));
  entries.mechanisms.forEach((r) => checkMechanism(ctx, r));
  entries.events.forEach((r) => checkEvent(ctx, r));
  checkAliases(ctx);
  checkCompareRows(ctx);
  for (const c of ['models', 'cases', 'mechanisms'] as const) entries[c].forEach((r) => checkBody(ctx, r));
  checkTranslations(ctx, records);
  return { issues: [...issues, ...ctx.issues], entries };
}
