/** Each structure alone as a one-slide deck, at /structures/<id>/<id>.pptx (src/lib/courseware/structure-slide.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { structureDeckFile } from '../../../data/courseware';
import { PPTX_TYPE } from '../../../lib/courseware/files';
import { COURSEWARE_BUILT } from '../../../lib/site';

export const getStaticPaths = (async () => {
  if (!COURSEWARE_BUILT) return [];
  const structures = await getCollection('structures');
  return structures.map((s) => ({ params: { id: s.id, file: s.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array((await structureDeckFile(String(params.id))).bytes), { headers: { 'content-type': PPTX_TYPE } });
