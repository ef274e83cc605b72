import { defineConfig } from 'vitest/config';

const QUALITY_GATES = [
  'tests/e2e/quality-*.test.ts',
  'tests/e2e/subpath.test.ts',
  'tests/e2e/nginx.test.ts',
];

const BROWSER = {
  environment: 'node',
  testTimeout: 60_000,
  hookTimeout: 120_000,
  // Two files at a time on CI's two cores: a browser test waits on Chromium, the server or
  // LibreOffice for much of its time, which one file at a time left idle (e2e 460 s → 333 s).
  maxWorkers: 2,
  globalSetup: ['tests/e2e/global-setup.ts'],
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // One module registry per worker, not one per file: importing the site's modules afresh
          // for each of 78 files was half of the unit run (32 s → 17 s). A file that needs a module
          // read with other settings imports it anew (tests/unit/own-png-cache.ts).
          isolate: false,
          // Stylesheets imported with ?raw are data (src/lib/courseware reads the palettes); Vitest
          // would otherwise hand them over empty.
          css: { include: [/\.css\?raw$/] },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // The site-wide gates have a project of their own, so `npm run test:quality` can run them
          // alone; `npm test` runs all three projects.
          exclude: QUALITY_GATES,
          ...BROWSER,
        },
      },
      {
        test: { name: 'quality', include: QUALITY_GATES, ...BROWSER },
      },
      {
        // Experiments about the site's design, run by `npm run bench`, not by `npm test`.
        test: { name: 'experiments', include: ['tests/experiments/**/*.test.ts'], ...BROWSER },
      },
    ],
  },
});
