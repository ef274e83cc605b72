/**
 * A structure's diagram as a PNG, its page's link-preview picture (og:image): the figure the
 * diagram download and the Word handout draw (title, drawing, legend). Only built when the site
 * knows its public origin, the only build whose pages name an og:image.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { structureFigure } from '../../../lib/courseware/handout-figures';
import { OG_CARD } from '../../../lib/og/card';
import { svgToPng } from '../../../lib/raster/svg-to-png';
import { PUBLIC_ORIGIN } from '../../../lib/site';
import type { Structure } from '../../../schemas/structures';

export const getStaticPaths = (async () => {
  if (!PUBLIC_ORIGIN) return [];
  return (await getCollection('structures')).map((entry) => ({ params: { id: entry.id }, props: { structure: entry.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ structure: Structure }> = ({ props }) => {
  const figure = structureFigure(props.structure);
  // As wide as a card, never enlarged past twice the drawing's own size.
  const png = svgToPng(figure.svg, { width: Math.min(OG_CARD.width, figure.width * 2) });
  // A copy typed as ArrayBuffer-backed, which Response's body type asks for.
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
