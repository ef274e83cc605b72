/**
 * Fails `astro dev`, `astro check` and `astro build` with one clear message listing every content
 * error (file:line → field: problem), before Astro loads the collections. The same check as
 * `npm run check:content` (src/lib/content/check.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content/check';
import { formatIssues } from '../lib/content/issues';

/** Reads and validates `content/`; throws one error naming every bad file, line and field. */
export function assertValidContent(contentDir: string, root: string): void {
  const issues = checkContent(contentDir, root);
  if (issues.length > 0) throw new Error(formatIssues(issues));
}

export default function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const issues = checkContent(`${root}content`, root);
        if (issues.length === 0) return;
        // Thrown, the list would come wrapped in Astro's English "unhandled error" notice and a stack
        // trace that points at this file rather than the content: print only the list, then stop.
        logger.error(formatIssues(issues));
        process.exit(1);
      },
    },
  };
}
