/**
 * Build-time SVG → PNG for files that cannot carry an SVG alone (Word's PNG fallback, Open Graph
 * cards). Only a font shipped in an npm package is loaded, never the system's, so the picture is
 * the same on every machine and the build needs no installed CJK font.
 *
 * resvg's WebAssembly build, not its native one: the native build takes fonts only as files and
 * reads the whole 10 MB font again for every run of text, which made a diagram cost seconds; here
 * the fonts are read once and handed over as bytes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

const require = createRequire(import.meta.url);

/** Noto Sans SC (OFL) as TrueType: resvg cannot read the woff2 that @fontsource ships. */
export const RASTER_FONT_FAMILY = 'Noto Sans SC';
const FONTS = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'].map(
  (f) => new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/${f}`))),
);
const WASM = readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'));
// Once per process: the build loads this module twice (astro.config's og-cards integration, and
// the bundled pages), and a second initWasm throws.
const ready = globalThis as { resvgWasmReady?: Promise<void> };
ready.resvgWasmReady ??= initWasm(WASM);
await ready.resvgWasmReady;

/**
 * Rendered PNGs by hash of their input, as Astro keeps optimised images: a rebuild with the same
 * content skips the rasterising (about 0.1 s a diagram). The renderer's code and the font's version
 * are part of the key, so updating either renders afresh. SVG_TO_PNG_CACHE names another folder.
 */
export const CACHE_DIR = process.env['SVG_TO_PNG_CACHE'] ?? join(process.cwd(), 'node_modules', '.cache', 'svg-to-png');
const FONT_PACKAGE = JSON.parse(readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'), 'utf8')) as { version: string };
const CACHE_SALT = `${createHash('sha256').update(WASM).digest('hex')} noto-sans-sc@${FONT_PACKAGE.version}`;

export interface RasterOptions {
  /** Width of the PNG in pixels; the height follows the SVG's aspect ratio. */
  width: number;
}

/**
 * Renders an SVG to PNG bytes on a white background. Any font-family falls back to Noto Sans SC.
 *
 * @example svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', { width: 20 })
 */
export function svgToPng(svg: string, { width }: RasterOptions): Uint8Array {
  const key = createHash('sha256').update(`${CACHE_SALT}\n${Math.round(width)}\n${svg}`).digest('hex');
  const cached = join(CACHE_DIR, `${key}.png`);
  try {
    return new Uint8Array(readFileSync(cached));
  } catch {
    // Not rendered yet.
  }
  const png = render(svg, width);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    // Written aside and renamed: a build running alongside never reads half a file.
    const part = `${cached}.${process.pid}`;
    writeFileSync(part, png);
    renameSync(part, cached);
  } catch {
    // A cache that cannot be written (read-only tree, folder removed meanwhile) only costs time.
  }
  return png;
}

function render(svg: string, width: number): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width) },
    background: '#ffffff',
    font: {
      fontBuffers: FONTS,
      defaultFontFamily: RASTER_FONT_FAMILY,
      sansSerifFamily: RASTER_FONT_FAMILY,
      serifFamily: RASTER_FONT_FAMILY,
    },
  });
  // Both live in WebAssembly memory, which the garbage collector does not see.
  const image = resvg.render();
  try {
    return image.asPng();
  } finally {
    image.free();
    resvg.free();
  }
}
