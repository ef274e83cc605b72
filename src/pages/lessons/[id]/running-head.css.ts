/**
 * Each lesson kit's print stylesheet, linked with media="print": the handout's layout
 * (print-lesson-paper.css, kept out of the page's inline styles so the screen's HTML stays small)
 * and the kit's running header and footer: the margin boxes of @page take their text from CSS, and
 * the Content-Security-Policy rules out inline styles.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { runningHeadCss } from '../../../lib/lesson/running-head';
import { SITE_NAME, SITE_SOURCE_NOTE } from '../../../lib/site';
import paperCss from '../../../styles/print-lesson-paper.css?raw';

/** One stylesheet a kit, at /lessons/<id>/running-head.css. */
export const getStaticPaths = (async () => {
  const lessons = await getCollection('lessons');
  return lessons.map((l) => ({ params: { id: l.id }, props: { title: l.data.title } }));
}) satisfies GetStaticPaths;

/** The handout layout, then the kit's @page margin boxes: its title, the site, the source note and page numbers. */
export const GET: APIRoute = ({ props }) =>
  new Response(`${paperCss}\n${runningHeadCss({ title: String(props.title), label: `${SITE_NAME} · 教学讲义`, note: SITE_SOURCE_NOTE })}`, {
    headers: { 'content-type': 'text/css; charset=utf-8' },
  });
