/** Each lesson kit's slide deck, at /lessons/<id>/<id>.pptx (src/lib/courseware/deck.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { lessonDeckFile } from '../../../data/courseware';
import { PPTX_TYPE } from '../../../lib/courseware/files';
import { COURSEWARE_BUILT } from '../../../lib/site';

export const getStaticPaths = (async () => {
  if (!COURSEWARE_BUILT) return [];
  const lessons = await getCollection('lessons');
  return lessons.map((l) => ({ params: { id: l.id, file: l.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array((await lessonDeckFile(String(params.id))).bytes), { headers: { 'content-type': PPTX_TYPE } });
