/**
 * Build-time input for the search index: timeline events, which have no page of their own, as
 * records pointing at their place on the model page. src/integrations/search-index.ts reads
 * this file from the build's output folder, indexes it and deletes it.
 */
import type { APIRoute } from 'astro';
import { getKnowledge } from '../../data/knowledge';
import { eventRecords } from '../../lib/search/facets';

export const GET: APIRoute = async () => new Response(JSON.stringify(eventRecords(await getKnowledge())));
