// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import icon from 'astro-icon';
import contentGuard from './src/integrations/content-guard.ts';
import cspPerPage from './src/integrations/csp-per-page.ts';
import { startCoursewareBuild } from './src/lib/courseware/build-worker.ts';
import { COURSEWARE_BUILT } from './src/lib/site.ts';
import headInit from './src/integrations/head-init.ts';
import ogCards from './src/integrations/og-cards.ts';
import searchIndex from './src/integrations/search-index.ts';
import { esbuildTargets, lightningTargets, supportedBrowsers } from './src/lib/browsers/targets.ts';
import { glossaryPlugin, readGlossaryTerms } from './src/lib/glossary/glossary-plugin.ts';
import { tableCardsPlugin } from './src/lib/markdown/table-cards-plugin.ts';

// BASE_PATH lets the same site be served under a sub-path of an intranet server, e.g. /kb/.
const base = process.env.BASE_PATH ?? '/';
// CSS and client JavaScript are lowered for the browsers in package.json's "browserslist".
const browsers = supportedBrowsers(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    // Once the content has passed, a worker makes the courseware on the core Astro leaves idle.
    contentGuard(COURSEWARE_BUILT ? { onBuild: startCoursewareBuild } : {}),
    headInit(),
    mdx(),
    // Icons come from @iconify-json/lucide. The site has no local icons, so no iconDir (astro-icon
    // still looks in its default, src/icons/, and quietly skips it when missing).
    icon(),
    // Link-preview cards for the pages that name one (only with SITE_URL).
    ogCards(),
    // Each page's CSP lists only its own inline hashes, not the whole site's.
    cspPerPage(),
    // Last: indexes the pages the others helped build (astro:build:done).
    searchIndex(),
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
  vite: {
    css: { transformer: 'lightningcss', lightningcss: { targets: lightningTargets(browsers) } },
    build: {
      target: esbuildTargets(browsers),
      cssMinify: 'lightningcss',
      rolldownOptions: {
        // Astro marks every MDX entry with its own "use astro:head-inject" directive, which it reads
        // before bundling; Rolldown then warns once per MDX file that bundling drops it (harmless,
        // withastro/astro#18087). Only that warning is dropped, so real ones stay visible.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
