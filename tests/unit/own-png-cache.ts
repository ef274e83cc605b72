/**
 * A picture cache of the calling test file's own. The raster module reads SVG_TO_PNG_CACHE when it
 * is first imported, and unit test files share one module registry per worker (isolate: false in
 * vitest.config.ts), so the file must import the module fresh after this and leave a fresh registry
 * and the old variable behind: the next file then never renders into a folder deleted here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, vi } from 'vitest';

/** Points the raster cache at a new empty folder until the calling file's tests end; returns it. */
export function useOwnPngCache(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const before = process.env['SVG_TO_PNG_CACHE'];
  process.env['SVG_TO_PNG_CACHE'] = dir;
  vi.resetModules();
  afterAll(() => {
    if (before === undefined) delete process.env['SVG_TO_PNG_CACHE'];
    else process.env['SVG_TO_PNG_CACHE'] = before;
    vi.resetModules();
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
