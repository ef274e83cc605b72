/** Each lesson kit as a Word handout, at /lessons/<id>/<id>.docx (src/lib/courseware/handout.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getKnowledge } from '../../../data/knowledge';
import { handoutDocx } from '../../../lib/courseware/handout';
import { PUBLIC_ORIGIN, SITE_NAME } from '../../../lib/site';
import { url } from '../../../lib/url';
import type { Lesson } from '../../../schemas/lessons';

export const getStaticPaths = (async () => {
  const lessons = await getCollection('lessons');
  return lessons.map((l) => ({ params: { id: l.id, file: l.id }, props: { lesson: l.data } }));
}) satisfies GetStaticPaths;

/** Full addresses where the site knows where it is served (SITE_URL); else its paths, never a made-up host. */
const siteUrl = (path: string) => (PUBLIC_ORIGIN ? new URL(url(path), PUBLIC_ORIGIN).href : `${SITE_NAME}网站 ${url(path)}`);

export const GET: APIRoute = async ({ params, props }) => {
  const bytes = await handoutDocx({ id: String(params.id), lesson: props.lesson as Lesson, kb: await getKnowledge(), siteUrl });
  return new Response(new Uint8Array(bytes), {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
