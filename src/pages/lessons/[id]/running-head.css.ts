/**
 * Each lesson kit's running header and footer for print, as a stylesheet of its own: the margin
 * boxes of @page take their text from CSS, and the Content-Security-Policy rules out inline styles.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { runningHeadCss } from '../../../lib/lesson/running-head';
import { SITE_NAME, SITE_SOURCE_NOTE } from '../../../lib/site';

/** One stylesheet a kit, at /lessons/<id>/running-head.css. */
export const getStaticPaths = (async () => {
  const lessons = await getCollection('lessons');
  return lessons.map((l) => ({ params: { id: l.id }, props: { title: l.data.title } }));
}) satisfies GetStaticPaths;

/** The kit's @page margin boxes: its title, the site, the source note and page numbers. */
export const GET: APIRoute = ({ props }) =>
  new Response(runningHeadCss({ title: String(props.title), label: `${SITE_NAME} · 教学讲义`, note: SITE_SOURCE_NOTE }), {
    headers: { 'content-type': 'text/css; charset=utf-8' },
  });
