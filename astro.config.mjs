// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import icon from 'astro-icon';
import contentGuard from './src/integrations/content-guard.ts';
import themeInit from './src/integrations/theme-init.ts';

// BASE_PATH lets the same site be served under a sub-path of an intranet server, e.g. /kb/.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), themeInit(), mdx(), icon({ iconDir: 'src/icons' })],
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
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
