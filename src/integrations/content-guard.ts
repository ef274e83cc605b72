/**
 * Fails `astro dev`, `astro check` and `astro build` with one clear message listing every content
 * error (file → field: problem), before Astro loads the collections.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatIssues } from '../lib/content/issues';
import { readContent } from '../lib/content/read-content';
import { validateKnowledgeBase } from '../lib/content/validate';

/** Reads and validates `content/`; throws one error naming every bad file and field. */
export function assertValidContent(contentDir: string, root: string): void {
  const { records, issues: readIssues } = readContent(contentDir, root);
  const { issues } = validateKnowledgeBase(records);
  const all = [...readIssues, ...issues];
  if (all.length > 0) throw new Error(formatIssues(all));
}

export default function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        assertValidContent(`${root}content`, root);
      },
    },
  };
}
