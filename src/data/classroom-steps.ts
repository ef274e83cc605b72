/**
 * The timeline steps of the classroom view, computed once for the page that shows the button and
 * for the JSON file the view fetches on opening (the classroom-steps.json routes under src/pages/): the steps
 * repeat each stage's summary and events, which the page does not otherwise hold, so they stay
 * out of its HTML until a trainer opens the view.
 */
import { chronologicalTimelineSteps, lessonTimelineSteps as lessonStepsOf, type TimelineStep } from '../lib/classroom/steps';
import { modelLanes } from '../lib/timeline/data';
import { getKnowledge } from './knowledge';

/** A lesson kit's stages, model by model; a kit of several models names the model in each step. */
export async function lessonTimelineSteps(models: readonly string[]): Promise<TimelineStep[]> {
  return lessonStepsOf(await getKnowledge(), models);
}

/** The cross-region timeline's stages, every model's in the order they began. */
export async function crossRegionTimelineSteps(): Promise<TimelineStep[]> {
  const kb = await getKnowledge();
  return chronologicalTimelineSteps(
    modelLanes(kb.models),
    kb.stages.map((s) => s.data),
    kb.events.map((e) => e.data),
  );
}

/** The JSON response of a steps file. */
export function stepsResponse(steps: readonly TimelineStep[]): Response {
  return new Response(JSON.stringify(steps), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
