/** After the build, each page's CSP keeps only its own inline hashes (src/lib/csp/page-policy.ts). */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagePolicy } from '../lib/csp/page-policy';

export default function cspPerPage(): AstroIntegration {
  return {
    name: 'csp-per-page',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const file = join(entry.parentPath, entry.name);
          const html = readFileSync(file, 'utf8');
          const trimmed = pagePolicy(html);
          if (trimmed !== html) writeFileSync(file, trimmed);
        }
      },
    },
  };
}
