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
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, Worker } from 'node:worker_threads';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

const require = createRequire(import.meta.url);

/** Noto Sans SC (OFL) as TrueType: resvg cannot read the woff2 that @fontsource ships. */
export const RASTER_FONT_FAMILY = 'Noto Sans SC';
const FONT_FILES = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'].map((f) => require.resolve(`@expo-google-fonts/noto-sans-sc/${f}`));
const FONTS = FONT_FILES.map((f) => new Uint8Array(readFileSync(f)));
const WASM_FILE = require.resolve('@resvg/resvg-wasm/index_bg.wasm');
const WASM = readFileSync(WASM_FILE);
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
  const cached = cacheFile(svg, width);
  try {
    return new Uint8Array(readFileSync(cached));
  } catch {
    // Not rendered yet.
  }
  const png = render(svg, width);
  keep(cached, png);
  return png;
}

function cacheFile(svg: string, width: number): string {
  return join(CACHE_DIR, `${createHash('sha256').update(`${CACHE_SALT}\n${Math.round(width)}\n${svg}`).digest('hex')}.png`);
}

function keep(cached: string, png: Uint8Array): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    // Written aside and renamed: a build running alongside never reads half a file.
    const part = `${cached}.${process.pid}`;
    writeFileSync(part, png);
    renameSync(part, cached);
  } catch {
    // A cache that cannot be written (read-only tree, folder removed meanwhile) only costs time.
  }
}

/** The renderer's options but the width and the font bytes; warmPngCache's workers get them as data. */
const RESVG_BASE = {
  background: '#ffffff',
  font: { defaultFontFamily: RASTER_FONT_FAMILY, sansSerifFamily: RASTER_FONT_FAMILY, serifFamily: RASTER_FONT_FAMILY },
};
const resvgOptions = (width: number, fontBuffers: Uint8Array[]) => ({
  ...RESVG_BASE,
  fitTo: { mode: 'width' as const, value: Math.round(width) },
  font: { ...RESVG_BASE.font, fontBuffers },
});

/**
 * A worker that renders as render() does (resvgOptions, from RESVG_BASE). Written as a string so it
 * runs the same from the sources (tests) and from the build's bundled chunks, which a worker file
 * beside them would not.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
(async () => {
  const { initWasm, Resvg } = require(workerData.resvg);
  await initWasm(readFileSync(workerData.wasm));
  const fonts = workerData.fonts.map((f) => new Uint8Array(readFileSync(f)));
  const { base } = workerData;
  parentPort.on('message', ({ svg, width }) => {
    const options = { ...base, fitTo: { mode: 'width', value: Math.round(width) }, font: { ...base.font, fontBuffers: fonts } };
    const resvg = new Resvg(svg, options);
    const image = resvg.render();
    const png = image.asPng();
    image.free();
    resvg.free();
    parentPort.postMessage(png, [png.buffer]);
  });
})();
`;

/** A render worker and the end of the work queued on it. */
interface RenderWorker {
  worker: Worker;
  idle: Promise<unknown>;
}
/**
 * Kept on globalThis, as resvgWasmReady is: the build loads this module twice (astro.config's
 * link-preview cards and the bundled pages), and a picture one copy started must be awaited, not
 * rendered a second time, by the other.
 */
const shared = globalThis as { svgToPngPool?: RenderWorker[]; svgToPngInFlight?: Map<string, Promise<void>> };
const inFlight = (shared.svgToPngInFlight ??= new Map());

/** Started once per process (each loads the fonts and WebAssembly once), held only while busy. */
function renderWorkers(): RenderWorker[] {
  shared.svgToPngPool ??= Array.from({ length: Math.min(2, availableParallelism()) }, () => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { resvg: require.resolve('@resvg/resvg-wasm'), wasm: WASM_FILE, fonts: FONT_FILES, base: RESVG_BASE },
    });
    worker.unref();
    return { worker, idle: Promise.resolve() };
  });
  return shared.svgToPngPool;
}

/** Queues one picture on a worker; the worker keeps the process alive only while it renders. */
function renderOn(w: RenderWorker, svg: string, width: number): Promise<Uint8Array> {
  const png = w.idle.then(
    () =>
      new Promise<Uint8Array>((resolve, reject) => {
        w.worker.ref();
        w.worker.once('error', reject);
        w.worker.once('message', (bytes: Uint8Array) => {
          w.worker.off('error', reject);
          w.worker.unref();
          resolve(bytes);
        });
        w.worker.postMessage({ svg, width });
      }),
  );
  w.idle = png.catch(() => undefined);
  return png;
}

/**
 * Renders, on two worker threads at once, the pictures `svgToPng` will be asked for and is not
 * keeping yet, into its cache: a first build then rasterises on both cores instead of one. A
 * picture already being rendered (by an earlier call) is waited for, not rendered again. Where the
 * cache cannot be written, svgToPng simply renders them again. On a worker thread (the build's
 * courseware worker, already beside the main thread) it does nothing: svgToPng renders there, and
 * two more threads would only take the cores from the build.
 */
export async function warmPngCache(jobs: readonly { svg: string; width: number }[]): Promise<void> {
  const files = new Map(jobs.map((j) => [cacheFile(j.svg, j.width), j]));
  const pending = [...files.keys()].flatMap((file) => inFlight.get(file) ?? []);
  const todo = [...files.entries()].filter(([file]) => !inFlight.has(file) && !existsSync(file));
  if (todo.length >= 2 && availableParallelism() >= 2 && isMainThread) {
    const workers = renderWorkers();
    todo.forEach(([file, { svg, width }], i) => {
      const done = renderOn(workers[i % workers.length] as RenderWorker, svg, width)
        .then((png) => keep(file, png))
        .finally(() => inFlight.delete(file));
      inFlight.set(file, done);
      pending.push(done);
    });
  }
  await Promise.all(pending);
}

function render(svg: string, width: number): Uint8Array {
  const resvg = new Resvg(svg, resvgOptions(width, FONTS));
  // Both live in WebAssembly memory, which the garbage collector does not see.
  const image = resvg.render();
  try {
    return image.asPng();
  } finally {
    image.free();
    resvg.free();
  }
}
