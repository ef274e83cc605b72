/**
 * The whole content check, as `npm run check:content` and the build's content guard run it: read
 * every file, validate every entry, and report each mistake once, in reading order.
 */
import { sortIssues, type ContentIssue } from './issues';

export { formatIssues } from './issues';
import { readContent } from './read-content';
import { validateKnowledgeBase, type ValidatedBase } from './validate';

export function checkContent(contentDir: string, root: string): ContentIssue[] {
  return inspectContent(contentDir, root).issues;
}

/** The check's issues, and the entries that passed it (all of them when there are no issues). */
export function inspectContent(contentDir: string, root: string): { issues: ContentIssue[]; entries: ValidatedBase } {
  const { records, issues: readIssues } = readContent(contentDir, root);
  const { issues, entries } = validateKnowledgeBase(records);
  const all = [...readIssues, ...issues];
  // A line still holding the "write this" marker gets that message only, not what its value lacks.
  const marked = new Set(all.filter((i) => i.field === '(待填写)').map((i) => `${i.file}:${i.line}`));
  return { issues: sortIssues(all.filter((i) => i.field === '(待填写)' || !marked.has(`${i.file}:${i.line}`))), entries };
}
