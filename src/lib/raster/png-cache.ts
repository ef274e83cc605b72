/**
 * svgToPng with a cache on disk: a picture is rendered once and then read back by the hash of its
 * SVG and width, so a rebuild renders only what changed. Rendering a CJK picture takes 0.2–1 s on
 * a busy two-core machine; reading it back, a millisecond.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { svgToPng, type RasterOptions } from './svg-to-png';

/** The build's cache folder (the project root is the build's working directory). */
export const PNG_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'svg-png');

/** The PNG of `svg`, and whether it came from the cache. */
export function cachedSvgToPng(svg: string, options: RasterOptions, cacheDir = PNG_CACHE_DIR): { png: Uint8Array; cached: boolean } {
  const key = createHash('sha256').update(`${options.width}\n${svg}`).digest('hex').slice(0, 32);
  const file = join(cacheDir, `${key}.png`);
  if (existsSync(file)) return { png: new Uint8Array(readFileSync(file)), cached: true };
  const png = svgToPng(svg, options);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, png);
  return { png, cached: false };
}
