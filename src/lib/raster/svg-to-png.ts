/**
 * Build-time SVG → PNG for files that cannot carry an SVG alone (Word's PNG fallback, Open Graph
 * cards). Only a font shipped in an npm package is loaded, never the system's, so the picture is
 * the same on every machine and the build needs no installed CJK font.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/** Noto Sans SC (OFL) as TrueType: resvg cannot read the woff2 that @fontsource ships. */
export const RASTER_FONT_FAMILY = 'Noto Sans SC';
const FONT_FILES = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'].map((f) =>
  require.resolve(`@expo-google-fonts/noto-sans-sc/${f}`),
);

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
      loadSystemFonts: false,
      fontFiles: FONT_FILES,
      defaultFontFamily: RASTER_FONT_FAMILY,
      sansSerifFamily: RASTER_FONT_FAMILY,
      serifFamily: RASTER_FONT_FAMILY,
    },
    logLevel: 'off',
  });
  return new Uint8Array(resvg.render().asPng());
}
