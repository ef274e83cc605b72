/**
 * The committed nginx example (deploy/nginx/shequ-dangjian.conf and its headers snippet) serving
 * the real build on a loopback port: compression, caching of hashed assets, the headers a meta CSP
 * cannot set, types, redirects and 404s, then the browser smoke tests through it; the same for the
 * /kb/ sub-path build, and once switched to HTTPS as its comments say. Skips, saying why, only when
 * nginx is not installed (`npm test` installs it: scripts/test-setup.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findNginx, HEADERS_SNIPPET, locationsDroppingHeaders, NGINX_EXAMPLE, NGINX_SNIPPETS, startNginx, type RunningNginx } from '../quality/nginx';
import { listPages } from '../quality/site-pages';
import { launchBrowser } from './browser';
import { countDiagrams, diagramPage, knownQuery, loadEachPageType, searchUrls } from './smoke';

const nginx = findNginx();
if (!nginx) console.warn('nginx.test.ts skipped: nginx is not installed (apt-get install nginx; npm test does this as root on Debian).');

const dist = new URL('../../dist/', import.meta.url).pathname;
const pages = listPages(dist);
const distKb = new URL('../../dist-kb/', import.meta.url).pathname;

/** What the header CSP says: what a meta CSP cannot (frame-ancestors) and what needs no hashes. */
const HEADER_CSP = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

/** The headers every response must carry, whatever location served it. */
function expectSecurityHeaders(res: Response): void {
  expect(res.headers.get('content-security-policy')).toBe(HEADER_CSP);
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('permissions-policy')).toBe('camera=(), microphone=(), geolocation=()');
}

/**
 * nginx with the example config, serving a fresh copy of a build that `fill` puts in the root
 * folder it is given, and a Chromium, for the describe block that calls it; removed after.
 */
function useNginxSite(fill: (root: string) => void) {
  const site = {} as { server: RunningNginx; browser: Browser; root: string };
  beforeAll(async () => {
    site.root = mkdtempSync(join(tmpdir(), 'kb-nginx-root-'));
    fill(site.root);
    site.server = await startNginx(nginx!, site.root);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.stop();
    if (site.root) rmSync(site.root, { recursive: true, force: true });
  });
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(new URL(path, site.server.url), { headers: { 'accept-encoding': 'gzip', ...headers }, redirect: 'manual' });
  return { site, get };
}

describe('the nginx example, read as text', () => {
  it('includes the headers snippet in the server, and in every location that sets a header of its own', () => {
    const example = readFileSync(NGINX_EXAMPLE, 'utf8');
    expect(example).toMatch(new RegExp(`^    include ${HEADERS_SNIPPET};$`, 'm'));
    expect(locationsDroppingHeaders(example)).toEqual([]);
    expect(readdirSync(NGINX_SNIPPETS)).toEqual([HEADERS_SNIPPET.replace('snippets/', '')]);
  });
});

describe.skipIf(!nginx)('nginx with deploy/nginx/shequ-dangjian.conf', () => {
  // A copy of dist/ plus one .wasm file: the site ships none yet, and its type must be right.
  const { site, get } = useNginxSite((root) => {
    cpSync(dist, root, { recursive: true });
    writeFileSync(join(root, 'probe.wasm'), Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
  });

  it('sends pages compressed, revalidated, with the headers a meta CSP cannot set', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expectSecurityHeaders(res);
    // HSTS only over HTTPS (below): over plain HTTP a browser would ignore it.
    expect(res.headers.get('strict-transport-security')).toBeNull();
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
    expectSecurityHeaders(res);
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
    expectSecurityHeaders(res);
  });

  it('serves the open data CSV as UTF-8 text/csv, compressed', async () => {
    const csv = readdirSync(join(dist, 'data')).filter((f) => f.endsWith('.csv')).sort((a, b) => statSync(join(dist, 'data', b)).size - statSync(join(dist, 'data', a)).size)[0];
    const res = await get(`/data/${csv}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expectSecurityHeaders(res);
    // Bytes, not text(): the file starts with a BOM (for spreadsheet programs), which text() drops.
    expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(join(dist, 'data', csv!)))).toBe(true);
  });

  it('serves a lesson kit’s PowerPoint deck with its type, not compressed again (a .pptx is a zip)', async () => {
    const res = await get('/lessons/jianye/jianye.pptx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    expect(res.headers.get('content-encoding')).toBeNull();
    expectSecurityHeaders(res);
    expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(join(dist, 'lessons/jianye/jianye.pptx')))).toBe(true);
  });

  it('serves the citation files as UTF-8 RIS and BibTeX', async () => {
    for (const [file, type] of [
      ['/cite/moshiku-sources.ris', 'application/x-research-info-systems; charset=utf-8'],
      ['/cite/moshiku-sources.bib', 'application/x-bibtex; charset=utf-8'],
    ] as const) {
      const res = await get(file);
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-type'), file).toBe(type);
      expect(await res.text(), file).toBe(readFileSync(join(dist, file), 'utf8'));
    }
  });

  it('redirects a folder without its slash to the same host and port, and answers 404 for a missing page', async () => {
    const redirect = await get('/models');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/models/');
    const missing = await get('/no-such-page/');
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing);
    // The site's own page (src/pages/404.astro), not nginx's English one.
    expect(await missing.text()).toContain('<html lang="zh-CN"');
  });

  it('in a browser: one page of each type loads with no console error, CSP violation or foreign request', async () => {
    expect(await loadEachPageType(site.browser, site.server.url, pages)).toEqual([]);
  });

  it('in a browser: search finds a known page', async () => {
    const { query, expected } = knownQuery(pages);
    const { urls, problems } = await searchUrls(site.browser, site.server.url, query);
    expect(urls).toContain(`/${expected}`);
    expect(problems).toEqual([]);
  });

  it('in a browser: a diagram page draws its diagram', async () => {
    const { svgs, problems } = await countDiagrams(site.browser, site.server.url, diagramPage(pages).path);
    expect(svgs).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

describe.skipIf(!nginx)('nginx with deploy/nginx/shequ-dangjian.conf, the /kb/ build under /kb/', () => {
  // As the example's comments say: root unchanged, the sub-path build copied into root/kb/.
  const { site, get } = useNginxSite((root) => {
    if (!existsSync(join(distKb, 'index.html'))) throw new Error('dist-kb/ has no build: run `npm run build:subpath` first (npm test does this for you).');
    cpSync(distKb, join(root, 'kb'), { recursive: true });
  });

  it('serves /kb/ and redirects a folder without its slash within /kb/', async () => {
    const home = await get('/kb/');
    expect(home.status).toBe(200);
    expectSecurityHeaders(home);
    const redirect = await get('/kb/models');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/kb/models/');
  });

  it('answers a missing page under /kb/ with the sub-path build\'s own 404 page, whose links keep to /kb/', async () => {
    for (const path of ['/kb/no-such-page/', '/kb/models/no-such-model/', '/kb/no-such-file.csv']) {
      const missing = await get(path);
      expect(missing.status, path).toBe(404);
      expectSecurityHeaders(missing);
      const html = await missing.text();
      expect(html, path).toBe(readFileSync(join(distKb, '404.html'), 'utf8'));
      expect(html).toContain('<html lang="zh-CN"');
      expect(html).toContain('href="/kb/"');
    }
  });

  it('in a browser: search finds a known page at its /kb/ URL', async () => {
    const { query, expected } = knownQuery(listPages(distKb));
    const { urls, problems } = await searchUrls(site.browser, new URL('kb/', site.server.url).href, query);
    expect(urls).toContain(`/kb/${expected}`);
    expect(problems).toEqual([]);
  });
});

/** A self-signed certificate for 127.0.0.1, made with openssl; undefined without openssl. */
function selfSignedCertificate(dir: string): { cert: string; key: string } | undefined {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { encoding: 'utf8' });
  return r.status === 0 ? { cert, key } : undefined;
}

/** GET over HTTPS, trusting only `ca`. */
function httpsGet(url: string, ca: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { ca }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    }).on('error', reject).end();
  });
}

describe.skipIf(!nginx)('nginx with deploy/nginx/shequ-dangjian.conf switched to HTTPS as its comments say', () => {
  let server: RunningNginx;
  let dir: string;
  let tls: { cert: string; key: string } | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kb-nginx-tls-'));
    mkdirSync(join(dir, 'site'));
    cpSync(dist, join(dir, 'site'), { recursive: true });
    tls = selfSignedCertificate(dir);
    if (!tls) throw new Error('openssl could not make a test certificate (npm test installs openssl: scripts/system-packages.ts)');
    server = await startNginx(nginx!, join(dir, 'site'), tls);
  });
  afterAll(async () => {
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves the site over TLS with HSTS and every other header', async () => {
    expect(server.url).toMatch(/^https:/);
    const res = await httpsGet(server.url, readFileSync(tls!.cert, 'utf8'));
    expect(res.status).toBe(200);
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(res.headers['content-security-policy']).toBe(HEADER_CSP);
    expect(res.headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');
    expect(res.body).toContain('<html lang="zh-CN"');
    const missing = await httpsGet(new URL('no-such-page/', server.url).href, readFileSync(tls!.cert, 'utf8'));
    expect(missing.status).toBe(404);
    expect(missing.headers['strict-transport-security']).toBe('max-age=31536000');
  });
});
