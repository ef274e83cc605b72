import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-content';
import { formatIssues } from '../../src/lib/content/issues';
import { validateKnowledgeBase } from '../../src/lib/content/validate';

const root = new URL('../../', import.meta.url).pathname;

describe('the knowledge base in content/', () => {
  const { records, issues: readIssues } = readContent(`${root}content`, root);
  const { issues, entries } = validateKnowledgeBase(records);

  it('has no schema or reference errors', () => {
    const all = [...readIssues, ...issues];
    expect(all, all.length ? formatIssues(all) : '').toEqual([]);
  });

  it('has the five sources', () => {
    expect(entries.sources.map((s) => s.id).sort()).toEqual([
      's000-shao',
      's001-liu',
      's002-guangming',
      's003-zuo',
      's004-chen-zhang',
    ]);
  });
});
