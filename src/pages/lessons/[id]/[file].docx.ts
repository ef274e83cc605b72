/** Each lesson kit as a Word handout, at /lessons/<id>/<id>.docx (src/lib/courseware/handout.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getKnowledge } from '../../../data/knowledge';
import { lessonHandout } from '../../../lib/courseware/handout-site';
import type { Lesson } from '../../../schemas/lessons';
import { COURSEWARE_BUILT } from '../../../lib/site';

export const getStaticPaths = (async () => {
  if (!COURSEWARE_BUILT) return [];
  const lessons = await getCollection('lessons');
  return lessons.map((l) => ({ params: { id: l.id, file: l.id }, props: { lesson: l.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const bytes = await lessonHandout(String(params.id), props.lesson as Lesson, await getKnowledge());
  return new Response(new Uint8Array(bytes), {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
