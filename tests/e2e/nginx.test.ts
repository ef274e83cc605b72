/**
 * The committed nginx example (deploy/nginx/shequ-dangjian.conf) serving the real build on a
 * loopback port: compression, caching of hashed assets, the headers a meta CSP cannot set, types,
 * redirects and 404s, then the browser smoke tests through it. Skips, saying why, only when nginx
 * is not installed (`.ci/run` installs it).
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findNginx, startNginx, type RunningNginx } from '../quality/nginx';
import { listPages } from '../quality/site-pages';
import { launchBrowser } from './browser';
import { countDiagrams, diagramPage, knownQuery, loadEachPageType, searchUrls } from './smoke';

const nginx = findNginx();
if (!nginx) console.warn('nginx.test.ts skipped: nginx is not installed (apt-get install nginx; .ci/run does this).');

const dist = new URL('../../dist/', import.meta.url).pathname;
const pages = listPages(dist);

describe.skipIf(!nginx)('nginx with deploy/nginx/shequ-dangjian.conf', () => {
  let server: RunningNginx;
  let browser: Browser;
  let root: string;

  beforeAll(async () => {
    // A copy of dist/ plus one .wasm file: the site ships none yet, and its type must be right.
    root = mkdtempSync(join(tmpdir(), 'kb-nginx-root-'));
    cpSync(dist, root, { recursive: true });
    writeFileSync(join(root, 'probe.wasm'), Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
    server = await startNginx(nginx!, root);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(new URL(path, server.url), { headers: { 'accept-encoding': 'gzip', ...headers }, redirect: 'manual' });

  it('sends pages compressed, revalidated, with the headers a meta CSP cannot set', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await res.text()).toContain('<html lang="zh-CN"');
    const etag = res.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await get('/', { 'if-none-match': etag! })).status).toBe(304);
  });

  it('caches hashed assets for a year and compresses them', async () => {
    // Stylesheets are inlined into the pages (astro.config.mjs): the hashed files are scripts. The
    // largest, since nginx leaves files under 512 bytes uncompressed.
    const dir = join(dist, '_astro');
    const script = readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size)[0];
    const res = await get(`/_astro/${script}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // The security headers survive in every location (add_header is not inherited once a location sets its own).
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
  });

  it('serves Pagefind: its script revalidated and compressed, its hashed index files cached and not compressed twice', async () => {
    const js = await get('/pagefind/pagefind.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('content-encoding')).toBe('gzip');
    expect(js.headers.get('cache-control')).toBe('no-cache');
    const fragment = readdirSync(join(dist, 'pagefind/fragment'))[0];
    const res = await get(`/pagefind/fragment/${fragment}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves .wasm as application/wasm', async () => {
    const res = await get('/probe.wasm');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/wasm');
  });

  it('redirects a folder without its slash to the same host and port, and answers 404 for a missing page', async () => {
    const redirect = await get('/models');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/models/');
    const missing = await get('/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    // The site's own page (src/pages/404.astro), not nginx's English one.
    expect(await missing.text()).toContain('<html lang="zh-CN"');
  });

  it('in a browser: one page of each type loads with no console error, CSP violation or foreign request', async () => {
    expect(await loadEachPageType(browser, server.url, pages)).toEqual([]);
  });

  it('in a browser: search finds a known page', async () => {
    const { query, expected } = knownQuery(pages);
    const { urls, problems } = await searchUrls(browser, server.url, query);
    expect(urls).toContain(`/${expected}`);
    expect(problems).toEqual([]);
  });

  it('in a browser: a diagram page draws its diagram', async () => {
    const { svgs, problems } = await countDiagrams(browser, server.url, diagramPage(pages).path);
    expect(svgs).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
