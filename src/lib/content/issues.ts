/**
 * Content errors in one shape: `<file> → <field>: what is wrong. How to fix it.`
 * All failures are collected, then reported together.
 */

export interface ContentIssue {
  file: string;
  /** Dotted path to the field, with the entry id for list files, e.g. `shihe-pilot.date.text`. */
  field: string;
  message: string;
}

/** Formats one issue as a single line. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file} → ${issue.field || '(整个条目)'}: ${issue.message}`;
}

/** Formats all issues as the message of one build error. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  const lines = issues.map((i) => `  - ${formatIssue(i)}`);
  return `内容校验失败,共 ${issues.length} 处 (content check failed):\n${lines.join('\n')}\n修正上述文件中的字段后重新构建。`;
}

/** Joins a Zod issue path into a dotted field name: ['nodes', 2, 'kind'] → nodes[2].kind. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/** The closest candidate by edit distance, for "did you mean" hints; undefined when none is close. */
export function nearest(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(value, c);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] as number;
}
