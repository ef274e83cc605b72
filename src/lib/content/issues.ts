/**
 * Content errors in one shape: `<file>:<line> → <field>: what is wrong. How to fix it.`
 * All failures are collected, then reported together, sorted by file and line.
 */

export interface ContentIssue {
  file: string;
  /** The line of the file the editor must look at (1-based). */
  line?: number;
  /** Dotted path to the field, with the entry id for list files, e.g. `shihe-pilot.date.text`. */
  field: string;
  message: string;
}

/** Formats one issue as a single line. */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return `${where} → ${issue.field || '(整个条目)'}: ${issue.message}`;
}

/** Issues in reading order: by file, then line. */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** Formats all issues as the message of one build error. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  const lines = sortIssues(issues).map((i) => `  - ${formatIssue(i)}`);
  return `内容校验失败，共 ${issues.length} 处：\n${lines.join('\n')}\n按提示修正上述文件(冒号后的数字是行号)，再运行 npm run check:content。`;
}

/** Joins a Zod issue path into a dotted field name: ['nodes', 2, 'kind'] → nodes[2].kind. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/**
 * The closest candidate, for "did you mean" hints; undefined when none is close enough to be a
 * typo of the value (so a renamed two-character heading gets no wrong guess).
 */
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
  const allowed = Math.max(1, Math.floor(value.length / 3));
  return best !== undefined && bestDistance <= allowed && bestDistance < value.length ? best : undefined;
}

/** At most this many ids are listed when no close one is found. */
const LIST_LIMIT = 6;

/** "是否应为“x”?" for a close candidate, else a short list of what exists and where to see them all. */
export function suggestion(value: string, candidates: readonly string[], where: string): string {
  const hint = nearest(value, candidates);
  if (hint) return `是否应为“${hint}”?`;
  if (candidates.length === 0) return `${where}中还没有条目。`;
  const shown = candidates.slice(0, LIST_LIMIT).join('、');
  return candidates.length > LIST_LIMIT ? `现有：${shown} 等 ${candidates.length} 个，全部见 ${where}。` : `现有：${shown}。`;
}

/** Optimal string alignment distance: a swap of two neighbours (alpah → alpha) counts as one edit. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      (d[i] ?? [])[j] = v;
    }
  }
  return at(a.length, b.length);
}
