/**
 * `npm run screenshots`: pictures of the built site for a person to look at, not for a test to
 * compare. One page of each type (the largest, see onePerType), on a 360 px touch phone in light
 * and dark and on a 1280 px desktop, written to test-results/screens/<type>-<view>.png.
 *
 * Usage: npm run build && npm run screenshots [-- --only model,timeline] [-- --dir dist-kb]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { startStaticServer } from '../tests/e2e/static-server.ts';
import { listPages, onePerType } from '../tests/quality/site-pages.ts';

const VIEWS = [
  { name: 'phone-light', colorScheme: 'light', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  { name: 'phone-dark', colorScheme: 'dark', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  { name: 'desktop-light', colorScheme: 'light', viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false },
] as const;

const { values } = parseArgs({ options: { only: { type: 'string' }, dir: { type: 'string', default: 'dist' } } });
const root = new URL('../', import.meta.url).pathname;
const dist = join(root, values.dir);
const out = join(root, 'test-results', 'screens');
mkdirSync(out, { recursive: true });

const only = values.only ? new Set(values.only.split(',')) : null;
const pages = onePerType(listPages(dist)).filter((p) => !only || only.has(p.type));
const server = await startStaticServer(dist);
const browser = await launchBrowser();
try {
  for (const view of VIEWS) {
    const { name, ...options } = view;
    const context = await browser.newContext({ ...options, locale: 'zh-CN', deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const p of pages) {
      await page.goto(new URL(p.path, server.url).href, { waitUntil: 'networkidle' });
      const file = join(out, `${p.type}-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${file}  (${p.path || '/'})`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
