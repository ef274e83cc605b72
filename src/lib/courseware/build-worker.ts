/**
 * Makes the whole courseware on a worker thread from the moment the content has passed its check
 * (astro.config.mjs, through the content guard), while Astro bundles and renders on the main thread:
 * on a first build the decks, handouts and their pictures took a third of the build's time there.
 * The pages' copy of the courseware (src/data/courseware.ts) takes the finished files from
 * globalThis, shared by both copies of this code in the build's process, and makes them itself only
 * where the worker failed or was given other content than the pages have.
 */
import type { AstroIntegrationLogger } from 'astro';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ValidatedBase } from '../content/validate';
import type { CoursewareContent } from './build-entry';
import type { CoursewareBytes } from './site-courseware';

/** The worker's result: the files, and the key of the content it made them from. */
export interface BuiltCourseware {
  key: string;
  files: CoursewareBytes;
}

const shared = globalThis as { coursewareBuild?: Promise<BuiltCourseware | undefined> };

/**
 * Loads the TypeScript sources through Vite's module runner, as the build's bundles and
 * `npm run check:content` do (extensionless imports, `?raw` stylesheets, import.meta.env.BASE_URL
 * from `base`). A string, so it runs the same from the sources and from the bundled config.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
// Linux gives each thread its own nice value: at the lowest priority this thread takes only the
// cores the build leaves idle, so the bundling on the main thread is not slowed by it.
try { require('node:os').setPriority(Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop()), 19); } catch {}
(async () => {
  const { runnerImport } = await import(workerData.vite);
  const { module } = await runnerImport(workerData.entry, { configFile: false, logLevel: 'error', root: workerData.root, base: workerData.base });
  const built = await module.buildCourseware(workerData.content);
  parentPort.postMessage({ built });
})().catch((error) => parentPort.postMessage({ error: String(error && error.stack || error) }));
`;

/** The collections as the worker needs them: id and data only (a record's line lookup cannot be sent). */
function plain(entries: ValidatedBase): CoursewareContent {
  const of = <T>(records: readonly { id: string; data: T }[]) => records.map(({ id, data }) => ({ id, data }));
  return {
    sources: of(entries.sources),
    models: of(entries.models),
    cases: of(entries.cases),
    mechanisms: of(entries.mechanisms),
    terms: of(entries.terms),
    stages: of(entries.stages),
    events: of(entries.events),
    figures: of(entries.figures),
    structures: of(entries.structures),
    lessons: of(entries.lessons),
  };
}

/**
 * Starts the worker; its files (or undefined, after a warning, if it fails) are what
 * `workerCourseware()` returns for the rest of the build.
 *
 * @param root the project folder, ending in '/'
 * @param base the site's base path, as Astro's `base`
 */
export function startCoursewareBuild(entries: ValidatedBase, { root, base, logger }: { root: string; base: string; logger: Pick<AstroIntegrationLogger, 'info' | 'warn'> }): void {
  const require = createRequire(import.meta.url);
  const started = performance.now();
  shared.coursewareBuild = new Promise<BuiltCourseware | undefined>((resolve) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { vite: pathToFileURL(require.resolve('vite')).href, entry: `${root}src/lib/courseware/build-entry.ts`, root, base, content: plain(entries) },
    });
    worker.once('message', (m: { built?: BuiltCourseware; error?: string }) => {
      if (m.error !== undefined) logger.warn(`courseware: the worker failed, the pages make the files themselves: ${m.error}`);
      resolve(m.built);
      void worker.terminate();
    });
    worker.once('error', (e) => {
      logger.warn(`courseware: the worker failed, the pages make the files themselves: ${String(e)}`);
      resolve(undefined);
    });
  }).then((built) => {
    if (built) logger.info(`courseware: ${built.files.size} files made beside the build in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return built;
  });
}

/** The worker's files, when this build started one (`astro build`; never `astro dev` or a test). */
export function workerCourseware(): Promise<BuiltCourseware | undefined> | undefined {
  return shared.coursewareBuild;
}
