/**
 * The courseware of the build for the pages: each lesson kit's deck and handout and each structure's
 * one-slide deck, for the endpoints that serve them and for the pages that list them with their
 * size. `astro build` has a worker make them all while it bundles (src/lib/courseware/build-worker.ts);
 * they are taken from it when it was given the same content as the pages, else made here. The
 * files themselves are made by src/lib/courseware.
 */
import { getCollection } from 'astro:content';
import { workerCourseware } from '../lib/courseware/build-worker';
import type { CoursewareFile } from '../lib/courseware/files';
import { coursewareInputKey, siteCourseware, type SiteCourseware } from '../lib/courseware/site-courseware';
import type { Deck } from '../lib/courseware/slide-kit';
import { COURSEWARE_BUILT } from '../lib/site';
import { url } from '../lib/url';
import { getKnowledge } from './knowledge';

let here: Promise<{ courseware: SiteCourseware; key: string }> | undefined;
/** The files as this process makes them, and the key of the content they come from. */
function local() {
  here ??= (async () => {
    const kb = await getKnowledge();
    const lessons = await getCollection('lessons');
    return { courseware: siteCourseware(kb, lessons), key: coursewareInputKey(kb, lessons) };
  })();
  return here;
}

let fromWorker: Promise<Map<string, { bytes: Uint8Array; slides?: number }> | undefined> | undefined;
/** The worker's files, if it made them from the content the pages have. */
function workerFiles() {
  fromWorker ??= (async () => {
    const built = await workerCourseware();
    if (!built) return undefined;
    if (built.key === (await local()).key) return built.files;
    console.warn('courseware: the worker was given other content than the pages have; the pages make the files themselves');
    return undefined;
  })();
  return fromWorker;
}

/** A lesson kit's deck. */
export async function lessonDeckFile(id: string): Promise<Deck> {
  const file = (await workerFiles())?.get(`lessons/${id}/${id}.pptx`);
  return file?.slides !== undefined ? { bytes: file.bytes, slides: file.slides } : (await local()).courseware.lessonDeck(id);
}

/** A lesson kit's Word handout. */
export async function lessonHandoutFile(id: string): Promise<Uint8Array> {
  return (await workerFiles())?.get(`lessons/${id}/${id}.docx`)?.bytes ?? (await local()).courseware.handout(id);
}

/** A structure's one-slide deck. */
export async function structureDeckFile(id: string): Promise<Deck> {
  const file = (await workerFiles())?.get(`structures/${id}/${id}.pptx`);
  return file?.slides !== undefined ? { bytes: file.bytes, slides: file.slides } : (await local()).courseware.structureDeck(id);
}

/** The files a lesson kit's page offers: the deck, and the Word handout (its page count is Word's to make). */
export async function lessonFiles(id: string): Promise<CoursewareFile[]> {
  if (!COURSEWARE_BUILT) return [];
  const deck = await lessonDeckFile(id);
  const handout = await lessonHandoutFile(id);
  return [
    { href: url(`lessons/${id}/${id}.pptx`), name: `${id}.pptx`, format: 'PPT 课件', pages: deck.slides, bytes: deck.bytes.byteLength },
    { href: url(`lessons/${id}/${id}.docx`), name: `${id}.docx`, format: 'Word 讲义', paper: 'A4', bytes: handout.byteLength },
  ];
}

/** The files a structure's page offers. */
export async function structureFiles(id: string): Promise<CoursewareFile[]> {
  if (!COURSEWARE_BUILT) return [];
  const deck = await structureDeckFile(id);
  return [{ href: url(`structures/${id}/${id}.pptx`), name: `${id}.pptx`, format: 'PPT 单页', pages: deck.slides, bytes: deck.bytes.byteLength }];
}
