/**
 * Browser helpers for the end-to-end tests: Debian's Chromium through playwright-core (never a
 * downloaded browser), pages that record console errors and any request to another host,
 * and axe-core.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

/** The smallest phone the site is read on; the every-page gate checks layout there too. */
export const SMALL_PHONE = { width: 360, height: 740 } as const;

/** Chromium's flags for every test and the benchmark: no sandbox (containers), no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
}

/**
 * One Chromium for the calling test file, launched before its tests and closed after them; after
 * each test, no page it opened may have requested another host. Call it at the top level of the
 * file; call the function it returns inside hooks and tests. `launch` picks another browser (the
 * old engine, old-chromium.ts).
 */
export function useBrowser(launch: () => Promise<Browser> = launchBrowser): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  // The site must run on an offline intranet: a request to another host fails whichever test made it.
  afterEach(() => {
    const foreign = foreignThisTest.splice(0);
    expect(foreign, 'requests to another host').toEqual([]);
  });
  return () => {
    if (!browser) throw new Error('useBrowser(): the browser was used before beforeAll launched it');
    return browser;
  };
}

/** A page with everything a test needs to assert the page behaved. */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and CSP violations seen so far. */
  errors: string[];
  /** URLs of requests to any host other than the site under test (each was blocked). */
  foreignRequests: string[];
}

export interface PageOptions {
  viewport?: keyof typeof VIEWPORTS;
  /** Emulate a phone's browser: a mobile viewport (isMobile) and a touch screen (hasTouch). */
  touch?: boolean;
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
}

/** Requests to other hosts from pages opened during the current test, checked after it (see useBrowser). */
const foreignThisTest: string[] = [];

/** Opens a fresh context and page; requests to other hosts are blocked and recorded. */
export async function openPage(browser: Browser, baseURL: string, opts: PageOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[opts.viewport ?? 'desktop'],
    isMobile: opts.touch ?? false,
    hasTouch: opts.touch ?? false,
    colorScheme: opts.colorScheme ?? 'light',
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    locale: 'zh-CN',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const origin = new URL(baseURL).origin;
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    foreignRequests.push(u);
    foreignThisTest.push(u);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return { page, context, errors, foreignRequests };
}

/** The rules whose result depends on colours, so on the theme: the rest see the same page in both. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/** axe-core's own build, read once per test file and evaluated in each page that needs it. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core with the WCAG 2.0–2.2 A and AA rules, or only `rules` (e.g. COLOUR_RULES); returns
 * the violations. axe is evaluated in the page once per document and run there directly: the
 * Playwright wrapper evaluated its 560 KB source twice on every run and, outside its legacy mode,
 * finished each run in a new blank page, which made a run about 1.6 times as long for the same
 * result. That shortcut holds for a page without frames, and the site has none: a page with one
 * fails here rather than being checked in part.
 */
export async function axeViolations(page: Page, { rules }: { rules?: readonly string[] } = {}) {
  const frames = page.frames().length;
  if (frames > 1) throw new Error(`axeViolations: ${page.url()} has ${frames - 1} frame(s); axe runs here in the top document only`);
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  const runOnly = rules ? { type: 'rule', values: [...rules] } : { type: 'tag', values: WCAG_TAGS };
  const violations = await page.evaluate(
    (options) => (window as unknown as { axe: { run(c: Document, o: unknown): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, options).then((r) => r.violations),
    { runOnly, resultTypes: ['violations'] },
  );
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
  }));
}

/**
 * Makes every document the context opens start with axe-core already defined, so a check that
 * visits many pages (the every-page gate) does not send axe's source over the wire for each one.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript(AXE_SOURCE);
}

/** The part of an axe-core result this helper reports. */
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * axe-core on a state of a page that the every-page gate never sees (an open dialog, a classroom
 * step, a list of results): every rule in light, then the colour rules in dark, on the same state.
 * Fresh page loads are the gate's job (tests/e2e/quality-pages.test.ts), not a feature suite's.
 */
export async function stateViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const rules = colorScheme === 'dark' ? COLOUR_RULES : undefined;
    for (const v of await axeViolations(page, rules && { rules })) found.push(`[${colorScheme}] ${v.id}: ${v.help} — ${v.nodes.join(' | ')}`);
  }
  return found;
}

/** Resolves a site path against the server's base URL. */
export function siteUrl(baseURL: string, path: string): string {
  return new URL(path.replace(/^\//, ''), baseURL).href;
}

/**
 * The JavaScript a page loads by itself, gzipped as a server would send it: every script file it
 * fetches (modules and the chunks they import) and its inline scripts. Returns the total in bytes
 * and the paths of the files.
 */
export async function javaScriptBytes(browser: Browser, baseURL: string, path: string): Promise<{ total: number; files: string[] }> {
  const { page, context } = await openPage(browser, baseURL);
  const files: string[] = [];
  const sizes: Promise<number>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() !== 'script') return;
    files.push(new URL(r.url()).pathname);
    sizes.push(r.body().then((b) => gzipSync(b).length));
  });
  await page.goto(siteUrl(baseURL, path), { waitUntil: 'networkidle' });
  const inline = await page.locator('script:not([src])').evaluateAll((ss) => ss.map((s) => s.textContent ?? ''));
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0) + inline.reduce((a, s) => a + gzipSync(s).length, 0);
  await context.close();
  return { total, files };
}
