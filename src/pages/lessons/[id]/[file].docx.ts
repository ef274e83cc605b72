/** Each lesson kit as a Word handout, at /lessons/<id>/<id>.docx (src/lib/courseware/handout.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getKnowledge } from '../../../data/knowledge';
import { handoutDocx } from '../../../lib/courseware/handout';
import { url } from '../../../lib/url';
import type { Lesson } from '../../../schemas/lessons';

export const getStaticPaths = (async () => {
  const lessons = await getCollection('lessons');
  return lessons.map((l) => ({ params: { id: l.id, file: l.id }, props: { lesson: l.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const siteUrl = (path: string) => (site ? new URL(url(path), site).href : url(path));
  const bytes = await handoutDocx({ id: String(params.id), lesson: props.lesson as Lesson, kb: await getKnowledge(), siteUrl });
  return new Response(new Uint8Array(bytes), {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
