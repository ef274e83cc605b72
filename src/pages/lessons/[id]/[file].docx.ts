/** Each lesson kit as a Word handout, at /lessons/<id>/<id>.docx (src/lib/courseware/handout.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { lessonHandoutFile } from '../../../data/courseware';
import { COURSEWARE_BUILT } from '../../../lib/site';

export const getStaticPaths = (async () => {
  if (!COURSEWARE_BUILT) return [];
  const lessons = await getCollection('lessons');
  return lessons.map((l) => ({ params: { id: l.id, file: l.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await lessonHandoutFile(String(params.id))), {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
