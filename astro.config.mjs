// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import icon from 'astro-icon';
import contentGuard from './src/integrations/content-guard.ts';
import headInit from './src/integrations/head-init.ts';
import { glossaryPlugin, readGlossaryTerms } from './src/lib/glossary/glossary-plugin.ts';
import { tableCardsPlugin } from './src/lib/markdown/table-cards-plugin.ts';

// BASE_PATH lets the same site be served under a sub-path of an intranet server, e.g. /kb/.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    contentGuard(),
    headInit(),
    mdx(),
    icon({ iconDir: 'src/icons' }),
  ],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Shiki colours code with inline styles, which the CSP forbids; the site shows no code anyway.
  markdown: {
    syntaxHighlight: false,
    // The first mention of each glossary term on model, case and mechanism pages links to the term.
    processor: satteri({
      // Markdown tables become cards on a phone, each cell labelled with its column.
      hastPlugins: [
        glossaryPlugin({ base, terms: readGlossaryTerms(fileURLToPath(new URL('./content/terms/', import.meta.url))) }),
        tableCardsPlugin(),
      ],
    }),
  },
  devToolbar: { enabled: false },
});
