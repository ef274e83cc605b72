/**
 * Runs the committed nginx example (deploy/nginx/shequ-dangjian.conf) as a real server: a child
 * process in the foreground on a free loopback port, with a temporary prefix, stopped by the caller.
 * Used by the nginx gate and by the benchmark, which measures the site as a reader's server sends it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The committed example configuration. */
export const NGINX_EXAMPLE = new URL('../../deploy/nginx/shequ-dangjian.conf', import.meta.url).pathname;
/** Its snippets, which it includes as `snippets/…` (relative to nginx's configuration folder). */
export const NGINX_SNIPPETS = new URL('../../deploy/nginx/snippets/', import.meta.url).pathname;
/** The snippet with the headers every response carries. */
export const HEADERS_SNIPPET = 'snippets/shequ-dangjian-headers.conf';

/** The nginx binary, or undefined when nginx is not installed. */
export function findNginx(): string | undefined {
  for (const candidate of [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The example's server configuration with its `listen` and `root` replaced, so it serves `root` on
 * 127.0.0.1:`port`. Throws when the example lost either line, so the test cannot pass on a
 * configuration it did not really use.
 */
export function adaptSiteConfig(example: string, { port, root, tls }: { port: number; root: string; tls?: TlsFiles | undefined }): string {
  const listen = /^(\s*)listen\s+[^;\s]+/m;
  const rootLine = /^(\s*)root\s+[^;]+;/m;
  if (!listen.test(example) || !rootLine.test(example)) throw new Error('the nginx example needs one `listen` and one `root` line');
  return (tls ? withHttps(example, tls) : example).replace(listen, `$1listen 127.0.0.1:${port}`).replace(rootLine, `$1root ${root};`);
}

/** A certificate and its key. */
export interface TlsFiles {
  cert: string;
  key: string;
}

/**
 * The example as a reader would switch it to HTTPS: the commented lines between `# --- HTTPS ---`
 * and `# --- end HTTPS ---` uncommented in place of `listen 80;`, with the given certificate.
 * Throws when the marks or the certificate lines are missing.
 */
export function withHttps(example: string, { cert, key }: TlsFiles): string {
  const block = /^([ \t]*)# --- HTTPS ---\n([\s\S]*?)^[ \t]*# --- end HTTPS ---\n/m;
  const found = block.exec(example);
  if (!found) throw new Error('the nginx example has no `# --- HTTPS ---` … `# --- end HTTPS ---` block');
  const lines = found[2]!.replace(/^([ \t]*)# ?/gm, '$1');
  if (!/^\s*ssl_certificate\s/m.test(lines) || !/^\s*ssl_certificate_key\s/m.test(lines)) throw new Error('the HTTPS block names no certificate and key');
  const https = lines.replace(/^(\s*ssl_certificate)\s+[^;]+;/m, `$1 ${cert};`).replace(/^(\s*ssl_certificate_key)\s+[^;]+;/m, `$1 ${key};`);
  const plain = /^[ \t]*listen\s+80;\n/m;
  if (!plain.test(example)) throw new Error('the nginx example has no `listen 80;` to replace');
  return example.replace(block, https).replace(plain, '');
}

/**
 * The `location` blocks of a configuration that set a header of their own without including the
 * headers snippet: nginx would send them none of the server's headers. Named by their first line.
 */
export function locationsDroppingHeaders(config: string): string[] {
  const live = config.replace(/#.*$/gm, '');
  const dropping: string[] = [];
  for (const start of live.matchAll(/\blocation\b[^{;]*\{/g)) {
    let depth = 0;
    let end = start.index;
    for (; end < live.length; end++) {
      if (live[end] === '{') depth++;
      else if (live[end] === '}' && --depth === 0) break;
    }
    const body = live.slice(start.index + start[0].length, end);
    if (/\badd_header\b/.test(body) && !body.includes(`include ${HEADERS_SNIPPET};`)) dropping.push(start[0].trim());
  }
  return dropping;
}

/**
 * A whole nginx.conf around a site configuration: foreground, one worker, everything under `prefix`.
 * 1,024 connections: the benchmark's browsers open many at once, and at 128 nginx resets them.
 */
export function wrapSiteConfig(site: string, prefix: string): string {
  // As root, nginx would run its worker as `nobody`, which may not read a checkout under /root.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
${site}
}
`;
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A running nginx. */
export interface RunningNginx {
  /** e.g. http://127.0.0.1:41234/ */
  url: string;
  /** The generated nginx.conf (for failure messages). */
  config: string;
  stop: () => Promise<void>;
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${log()}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(500) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not answer on port ${port} within 10 s: ${log()}`);
}

/** Starts nginx with the example configuration serving `root` (over HTTPS with `tls`); `nginx -t` runs first. */
export async function startNginx(nginx: string, root: string, tls?: TlsFiles): Promise<RunningNginx> {
  const prefix = mkdtempSync(join(tmpdir(), 'kb-nginx-'));
  chmodSync(prefix, 0o755);
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, d));
  // nginx reads relative includes from the folder of the main configuration file, here the prefix.
  cpSync(NGINX_SNIPPETS, join(prefix, 'snippets'), { recursive: true });
  const port = await freePort();
  const config = wrapSiteConfig(adaptSiteConfig(readFileSync(NGINX_EXAMPLE, 'utf8'), { port, root, tls }), prefix);
  const confFile = join(prefix, 'nginx.conf');
  writeFileSync(confFile, config);
  const args = ['-p', `${prefix}/`, '-c', confFile];
  const test = spawnSync(nginx, ['-t', ...args], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t rejected the configuration:\n${test.stderr}`);
  const child = spawn(nginx, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const log = () => `${stderr}${existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : ''}`;
  await waitForPort(port, child, log);
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}/`,
    config,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        // SIGQUIT: graceful shutdown of the master and its worker.
        child.kill('SIGQUIT');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
