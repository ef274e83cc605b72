/**
 * Chromium 110, the old engine of the browser tests: the binary that ships, brotli-compressed,
 * inside the npm package @sparticuz/chromium@110 (nothing is downloaded). It is inflated once into
 * node_modules/.cache/ and driven through playwright-core like Debian's Chromium.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from './browser';

const require = createRequire(import.meta.url);

/** The package's folder and version, e.g. 110.0.1. */
function sparticuzPackage(): { dir: string; version: string } {
  const manifest = require.resolve('@sparticuz/chromium/package.json');
  return { dir: dirname(manifest), version: (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version };
}

/**
 * The path of the Chromium 110 executable, inflated from the package on first use. The package's
 * own `executablePath()` always writes to /tmp/chromium, which several checkouts would share.
 */
export function oldChromiumPath(): string {
  const { dir, version } = sparticuzPackage();
  const cache = new URL(`../../node_modules/.cache/sparticuz-chromium-${version}/`, import.meta.url).pathname;
  const exe = join(cache, 'chromium');
  if (existsSync(exe)) return exe;
  mkdirSync(cache, { recursive: true });
  // Written under another name first, so a run stopped half-way never leaves a broken binary.
  const partial = `${exe}.${process.pid}.partial`;
  writeFileSync(partial, brotliDecompressSync(readFileSync(join(dir, 'bin', 'chromium.br'))), { mode: 0o755 });
  renameSync(partial, exe);
  return exe;
}

/** Launches Chromium 110 headless with the same flags as every other test browser. */
export async function launchOldChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: oldChromiumPath(), headless: true, args: [...CHROMIUM_ARGS] });
}
