/**
 * A timeline's classroom steps, fetched from its classroom-steps.json (src/data/classroom-steps.ts)
 * and built as DOM from their text: one stage a step, with its period, summary and events. The data
 * attributes name the stage's band and events in the timeline chart, which the view reveals along
 * with the steps.
 */
import type { TimelineStep } from '../lib/classroom/steps';
import { element } from './dom';

function stepItem(s: TimelineStep): HTMLLIElement {
  const li = element(
    'li',
    'cr-stage',
    element('p', 'cr-stage-name', s.label),
    element('p', 'cr-stage-period', s.period),
    element('p', 'cr-stage-summary', s.summary),
  );
  Object.assign(li.dataset, { step: '', stepLabel: s.label, lane: s.model, stageName: s.name, events: s.events.map((e) => e.id).join(' ') });
  if (s.events.length > 0) {
    li.append(element('ul', 'cr-events', ...s.events.map((e) => element('li', '', element('span', 'cr-event-date', e.date), ` ${e.title}`))));
  }
  return li;
}

/** The steps at `src` as a fragment of the classroom stage; undefined when they cannot be had. */
export async function timelineStepsFrom(src: string): Promise<DocumentFragment | undefined> {
  const response = await fetch(src).catch(() => undefined);
  if (!response?.ok) return undefined;
  const steps = (await response.json()) as TimelineStep[];
  const fragment = document.createDocumentFragment();
  fragment.append(element('ol', 'cr-stages', ...steps.map(stepItem)));
  return fragment;
}
