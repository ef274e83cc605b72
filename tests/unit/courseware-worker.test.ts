/**
 * `astro build` makes the courseware on a worker thread from the checked content while it bundles
 * (src/lib/courseware/build-worker.ts, started by the content guard). The pages take the worker's
 * files instead of making their own, so they must be the very bytes the pages would make: these
 * tests start the worker as the build does and compare.
 */
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, it, vi } from 'vitest';
import { useOwnPngCache } from './own-png-cache';

useOwnPngCache('courseware-worker-');
const { inspectContent } = await import('../../src/lib/content/check');
const { buildCourseware } = await import('../../src/lib/courseware/build-entry');
const { startCoursewareBuild, workerCourseware } = await import('../../src/lib/courseware/build-worker');

const root = `${resolve(import.meta.dirname, '../..')}/`;
const { issues, entries } = inspectContent(join(root, 'content'), root);
const logger = () => ({ info: vi.fn<(m: string) => void>(), warn: vi.fn<(m: string) => void>() });

it('hands the pages every deck and handout, byte for byte as the pages would make them', async () => {
  expect(issues).toEqual([]);
  const log = logger();
  startCoursewareBuild(entries, { root, base: '/', logger: log });
  const built = await workerCourseware();
  expect(log.warn).not.toHaveBeenCalled();
  const here = await buildCourseware(entries);
  expect(built?.key).toBe(here.key);
  const expected = [
    ...entries.lessons.flatMap((l) => [`lessons/${l.id}/${l.id}.docx`, `lessons/${l.id}/${l.id}.pptx`]),
    ...entries.structures.map((s) => `structures/${s.id}/${s.id}.pptx`),
  ].sort();
  expect([...(built?.files.keys() ?? [])].sort()).toEqual(expected);
  for (const [path, file] of here.files) {
    const theirs = built?.files.get(path);
    expect(theirs?.slides, path).toBe(file.slides);
    expect(Buffer.from(theirs?.bytes ?? []).equals(Buffer.from(file.bytes)), path).toBe(true);
  }
  expect(log.info).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`^courseware: ${expected.length} files made beside the build in [\\d.]+ s$`)));
}, 180_000);

it('writes the build’s base path into the addresses on the slides, and keys the files by it', async () => {
  const [structure] = entries.structures;
  const log = logger();
  startCoursewareBuild(entries, { root, base: '/kb/', logger: log });
  const built = await workerCourseware();
  expect(built?.key).not.toBe((await buildCourseware(entries)).key);
  const deck = built?.files.get(`structures/${structure?.id}/${structure?.id}.pptx`);
  expect(strFromU8(unzipSync(deck?.bytes ?? new Uint8Array())['ppt/slides/slide1.xml'] ?? new Uint8Array())).toContain(`/kb/structures/${structure?.id}/`);
}, 180_000);

it('leaves the pages to make the files, with a warning, when the worker fails', async () => {
  const log = logger();
  startCoursewareBuild(entries, { root: join(tmpdir(), 'no-such-project/'), base: '/', logger: log });
  expect(await workerCourseware()).toBeUndefined();
  expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('courseware: the worker failed, the pages make the files themselves'));
  expect(log.info).not.toHaveBeenCalled();
}, 60_000);
