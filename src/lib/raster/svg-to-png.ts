/**
 * Build-time SVG → PNG for files that cannot carry an SVG alone (Word's PNG fallback, Open Graph
 * cards). Only a font shipped in an npm package is loaded, never the system's, so the picture is
 * the same on every machine and the build needs no installed CJK font.
 *
 * resvg's WebAssembly build, not its native one: the native build takes fonts only as files and
 * reads the whole 10 MB font again for every run of text, which made a diagram cost seconds; here
 * the fonts are read once and handed over as bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

const require = createRequire(import.meta.url);

/** Noto Sans SC (OFL) as TrueType: resvg cannot read the woff2 that @fontsource ships. */
export const RASTER_FONT_FAMILY = 'Noto Sans SC';
const FONTS = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'].map(
  (f) => new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/${f}`))),
);
await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));

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
