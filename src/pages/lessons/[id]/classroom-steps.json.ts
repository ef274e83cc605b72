/** A lesson kit's timeline steps for its classroom view, at /lessons/<id>/classroom-steps.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { lessonTimelineSteps, stepsResponse } from '../../../data/classroom-steps';

export const getStaticPaths = (async () => {
  const lessons = await getCollection('lessons');
  return lessons.map((l) => ({ params: { id: l.id }, props: { models: l.data.timelines } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => stepsResponse(await lessonTimelineSteps(props.models as string[]));
