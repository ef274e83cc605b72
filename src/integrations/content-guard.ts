/**
 * Fails `astro dev`, `astro check` and `astro build` with one clear message listing every content
 * error (file:line → field: problem), before Astro loads the collections. The same check as
 * `npm run check:content` (src/lib/content/check.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, inspectContent } from '../lib/content/check';
import { formatIssues } from '../lib/content/issues';
import type { ValidatedBase } from '../lib/content/validate';

/** Where the build runs: its project folder (ending in '/'), base path and logger. */
export interface BuildContext {
  root: string;
  base: string;
  logger: AstroIntegrationLogger;
}

/** Reads and validates `content/`; throws one error naming every bad file, line and field. */
export function assertValidContent(contentDir: string, root: string): void {
  const issues = checkContent(contentDir, root);
  if (issues.length > 0) throw new Error(formatIssues(issues));
}

/**
 * @param onBuild given the checked entries at the start of `astro build`, for work that can start
 *   before Astro loads the collections (the courseware, src/lib/courseware/build-worker.ts)
 */
export default function contentGuard({ onBuild }: { onBuild?: (entries: ValidatedBase, build: BuildContext) => void } = {}): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { issues, entries } = inspectContent(`${root}content`, root);
        if (issues.length === 0) {
          // It runs beside the build, which does the same work itself if this fails.
          if (command === 'build') onBuild?.(entries, { root, base: config.base, logger });
          return;
        }
        // Thrown, the list would come wrapped in Astro's English "unhandled error" notice and a stack
        // trace that points at this file rather than the content: print only the list, then stop.
        logger.error(formatIssues(issues));
        process.exit(1);
      },
    },
  };
}
