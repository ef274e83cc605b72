/**
 * The classroom steps of a structure (level by level, see structureSteps), read back from the
 * structure's text version in the page rather than shipped a second time in the HTML, and drawn
 * as the classroom view lays them out (.cr-level, .cr-node and .cr-links in ClassroomDialog.astro).
 */
import { structureSteps } from '../lib/classroom/steps';
import { relationRowsSelector, textEntryId, textPartSelector, textVersionId } from '../lib/diagram/ids';
import { element as el } from './dom';

/** The units and relations of a structure, as its text version lists them. */
function readTextVersion(text: Element, structure: string) {
  const prefix = textEntryId(structure, '');
  const partText = (root: Element, part: Parameters<typeof textPartSelector>[0]) => root.querySelector(textPartSelector(part))?.textContent ?? '';
  const nodes = [...text.querySelectorAll<HTMLElement>(textPartSelector('level'))].flatMap((level) =>
    [...level.querySelectorAll<HTMLElement>(`[id^="${prefix}"]`)].map((entry) => ({
      id: entry.id.slice(prefix.length),
      label: partText(entry, 'label'),
      kind: partText(entry, 'kind'),
      level: Number(level.dataset.level),
    })),
  );
  const edges = [...text.querySelectorAll<HTMLTableRowElement>(relationRowsSelector())].map((row) => ({ from: row.dataset.from ?? '', to: row.dataset.to ?? '', relation: partText(row, 'relation') }));
  return { nodes, edges };
}

/** The steps of the structure whose text version the page holds, or undefined when it holds none. */
export function structureStepsFromText(structure: string): DocumentFragment | undefined {
  const text = document.getElementById(textVersionId(structure));
  if (!text) return undefined;
  const list = el('ol', 'cr-levels');
  for (const step of structureSteps(readTextVersion(text, structure))) {
    const item = el(
      'li',
      'cr-level',
      el('p', 'cr-level-label', step.label),
      el('ul', 'cr-nodes', ...step.nodes.map((n) => el('li', 'cr-node', el('span', 'cr-node-label', n.label), el('span', 'cr-node-kind', n.kind)))),
    );
    item.dataset.step = '';
    item.dataset.stepLabel = `${step.label}：${step.nodes.map((n) => n.label).join('、')}`;
    if (step.links.length > 0) {
      item.append(el('ul', 'cr-links', ...step.links.map((l) => el('li', '', `${l.from} `, el('span', 'cr-relation', `—${l.relation}→`), ` ${l.to}`))));
    }
    list.append(item);
  }
  const fragment = document.createDocumentFragment();
  fragment.append(list);
  return fragment;
}
