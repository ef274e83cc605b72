/** The cross-region timeline's steps for its classroom view, at /timeline/classroom-steps.json. */
import type { APIRoute } from 'astro';
import { crossRegionTimelineSteps, stepsResponse } from '../../data/classroom-steps';

export const GET: APIRoute = async () => stepsResponse(await crossRegionTimelineSteps());
