/**
 * The classroom view: shows one diagram or timeline full screen, in large type, and reveals it
 * step by step (a structure level by level, a timeline stage by stage) with the arrow keys; Esc
 * leaves. It drives the page's one <dialog data-classroom> and fills it from a <classroom-view>:
 * a timeline's steps are fetched from the JSON file its data-steps names (./timeline-steps.ts), a
 * structure's are read from its text version (./structure-steps.ts). Put in the page by ./classroom.ts on the
 * first click of a "课堂模式" button, so pages pay for it only when used; it opens the view for
 * every button marked data-classroom-pending, now and on each later press.
 */
import { stepForKey, stepState } from '../lib/classroom/keys';
import { makeZoomable } from './diagram-zoom';
import { structureStepsFromText } from './structure-steps';
import { timelineStepsFrom } from './timeline-steps';

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-classroom]');

/** A mark of a drawing, and the step from which it is shown. */
interface Mark {
  el: Element;
  step: number;
}

/** The figure on screen: its steps, the one shown, the button that opened it, its drawing's marks. */
interface Session {
  steps: HTMLElement[];
  current: number;
  opener: HTMLElement;
  marks: Mark[];
}
let session: Session | undefined;

function part<T extends HTMLElement>(name: string): T {
  const el = dialog?.querySelector<T>(`[data-classroom-${name}]`);
  if (!el) throw new Error(`classroom dialog lacks [data-classroom-${name}]`);
  return el;
}

function show(index: number): void {
  if (!session) return;
  session.current = index;
  session.steps.forEach((step, i) => {
    const state = stepState(i, index);
    step.dataset.state = state;
    step.hidden = state === 'future';
  });
  for (const { el, step } of session.marks) el.setAttribute('data-state', stepState(step, index));
  const step = session.steps[index];
  // No step when the page's filters hide every lane: an empty view, and no count left from before.
  part('progress').textContent = step ? `${index + 1} / ${session.steps.length}　${step.dataset.stepLabel ?? ''}` : '';
  if (!step) return;
  // Keep the levels above in view when the step fits; otherwise show where it begins. Under a
  // drawing (hidden on phones) only the current step's text shows, and the drawing stays put.
  if (part('stage').querySelector('.cr-drawing')?.getClientRects().length) return;
  const fits = step.offsetHeight <= part('stage').clientHeight;
  step.scrollIntoView({ block: fits ? 'nearest' : 'start' });
}

/**
 * A copy of a drawing for the classroom view: ids removed (references such as clip paths still
 * find the original's), links out of the tab order, hidden from screen readers (the step texts
 * say the same), sized by the view's CSS.
 */
function copyDrawing(original: SVGSVGElement): SVGSVGElement {
  const svg = original.cloneNode(true) as SVGSVGElement;
  for (const el of svg.querySelectorAll('[id]')) el.removeAttribute('id');
  for (const a of svg.querySelectorAll('a')) a.setAttribute('tabindex', '-1');
  for (const attr of ['id', 'width', 'height', 'role', 'aria-labelledby', 'aria-describedby']) svg.removeAttribute(attr);
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('cr-drawing');
  return svg;
}

/**
 * A drawing goes above the step's text when it is at least this many times as wide as tall; a
 * taller structure diagram goes beside it, and a taller timeline (several lanes of events) is left
 * out, as it would shrink below legibility on a landscape screen.
 */
const MIN_DRAWING_ASPECT = 1.5;

/**
 * The figure's timeline chart (drawn by the timeline feature), with each stage band and event
 * shown from its stage's step: steps name their lane, band and events in data attributes.
 */
function timelineDrawing(figure: HTMLElement, steps: HTMLElement[]): { svg: SVGSVGElement; marks: Mark[] } | undefined {
  const original = figure.querySelector<SVGSVGElement>('svg.tl-chart');
  const box = original?.viewBox.baseVal;
  if (!original || !box || box.width < box.height * MIN_DRAWING_ASPECT) return undefined;
  const svg = copyDrawing(original);
  const bandStep = new Map<string, number>();
  const eventStep = new Map<string, number>();
  steps.forEach((step, i) => {
    bandStep.set(`${step.dataset.lane ?? ''} ${step.dataset.stageName ?? ''}`, i);
    for (const id of (step.dataset.events ?? '').split(' ').filter(Boolean)) eventStep.set(id, i);
  });
  const marks: Mark[] = [];
  for (const band of svg.querySelectorAll<SVGElement>('.tl-band[data-name]')) {
    const lane = band.closest<SVGElement>('.tl-lane')?.dataset.lane ?? '';
    const step = bandStep.get(`${lane} ${band.dataset.name ?? ''}`);
    if (step !== undefined) marks.push({ el: band, step });
  }
  for (const event of svg.querySelectorAll<SVGElement>('.tl-event[data-id]')) {
    const step = eventStep.get(event.dataset.id ?? '');
    if (step !== undefined) marks.push({ el: event, step });
  }
  return { svg, marks };
}

/**
 * The figure's structure diagram (drawn by <structure-diagram>), with each unit shown from its
 * row (the level's step) and each relation, with its label, once both its units are shown.
 */
function structureDrawing(figure: HTMLElement): { svg: SVGSVGElement; marks: Mark[] } | undefined {
  const original = figure.querySelector<SVGSVGElement>('svg.dg-svg');
  if (!original) return undefined;
  const svg = copyDrawing(original);
  // The copy starts as an overview, whatever the page's drawing was zoomed to or highlighting.
  svg.classList.remove('dg-zoomable', 'is-zoomed', 'has-active');
  svg.querySelector('g.dg-viewport')?.removeAttribute('transform');
  const rowOf = new Map<string, number>();
  const marks: Mark[] = [];
  for (const node of svg.querySelectorAll<SVGElement>('.dg-node[data-node]')) {
    const step = Number(node.dataset.row);
    rowOf.set(node.dataset.node ?? '', step);
    marks.push({ el: node, step });
  }
  const edgeStep = new Map<string, number>();
  for (const edge of svg.querySelectorAll<SVGElement>('.dg-edge[data-edge]')) {
    const step = Math.max(rowOf.get(edge.dataset.from ?? '') ?? 0, rowOf.get(edge.dataset.to ?? '') ?? 0);
    edgeStep.set(edge.dataset.edge ?? '', step);
    marks.push({ el: edge, step });
  }
  for (const label of svg.querySelectorAll<SVGElement>('.dg-edge-label[data-edge]')) {
    marks.push({ el: label, step: edgeStep.get(label.dataset.edge ?? '') ?? 0 });
  }
  return { svg, marks };
}

/**
 * Leaves out the steps of timeline lanes the page's filters hide (the /timeline/ explorer hides a
 * lane's <g>), so the classroom view shows the models on screen, e.g. one model's stages on
 * /timeline/?models=jianye, the link each model page gives.
 */
function dropHiddenLanes(figure: Element, content: DocumentFragment): void {
  const hidden = new Set([...figure.querySelectorAll<SVGElement>('svg.tl-chart .tl-lane[hidden]')].map((g) => g.dataset.lane));
  for (const step of content.querySelectorAll<HTMLElement>('[data-step][data-lane]')) {
    if (hidden.has(step.dataset.lane)) step.remove();
  }
}

/** Opens the classroom view on a <classroom-view>'s steps; `opener` gets the focus back on leaving. */
async function openClassroom(view: HTMLElement, opener: HTMLElement): Promise<void> {
  // The drawing is inside the view, or in the element its data-drawing names.
  const figure = view.dataset.drawing ? document.querySelector(view.dataset.drawing) : view;
  if (!dialog || !(figure instanceof HTMLElement)) return;
  // A structure's steps come from its text version, which the page already holds; a timeline's from its JSON file.
  const structure = figure.querySelector<HTMLElement>('structure-diagram')?.dataset.structure;
  const content = structure ? structureStepsFromText(structure) : view.dataset.steps ? await timelineStepsFrom(view.dataset.steps) : undefined;
  if (!content || dialog.open) return;
  const stage = part('stage');
  dropHiddenLanes(figure, content);
  const steps = [...content.querySelectorAll<HTMLElement>('[data-step]')];
  const drawing = structureDrawing(figure) ?? timelineDrawing(figure, steps);
  stage.replaceChildren(...(drawing ? [drawing.svg] : []), content);
  stage.classList.toggle('has-drawing', Boolean(drawing));
  // A drawing wider than tall goes above the step's text, a taller one beside it.
  const box = drawing?.svg.viewBox.baseVal;
  stage.classList.toggle('has-tall-drawing', Boolean(box && box.width < box.height * MIN_DRAWING_ASPECT));
  part('title').textContent = view.dataset.title ?? '';
  session = { steps, current: 0, opener, marks: drawing?.marks ?? [] };
  // Full screen for the projector where the browser allows it; the dialog fills the window anyway.
  document.documentElement.requestFullscreen?.().catch(() => undefined);
  dialog.showModal();
  // A structure's drawing zooms and pans like the page's (a pinch on a tablet); a timeline's not.
  if (drawing?.svg.querySelector('g.dg-viewport')) makeZoomable(drawing.svg);
  show(0);
  stage.focus();
}

function step(key: string): boolean {
  if (!session) return false;
  const next = stepForKey(key, session.current, session.steps.length);
  if (next === null) return false;
  show(next);
  return true;
}

if (dialog) {
  dialog.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (step(event.key)) event.preventDefault();
  });
  // A click or tap on a unit of the drawing goes to its level's step, which names it, instead of
  // following the unit's link to the page behind.
  part('stage').addEventListener('click', (event) => {
    const unit = (event.target as Element).closest<SVGElement>('.cr-drawing .dg-node[data-row]');
    if (!unit || !session) return;
    event.preventDefault();
    show(Math.min(Number(unit.dataset.row), session.steps.length - 1));
  });
  part('prev').addEventListener('click', () => step('ArrowLeft'));
  part('next').addEventListener('click', () => step('ArrowRight'));
  part('close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    part('stage').replaceChildren();
    session?.opener.focus();
    session = undefined;
  });
  // Esc in full screen is taken by the browser to leave full screen: leave the classroom too.
  document.addEventListener('fullscreenchange', () => {
    if (!document.fullscreenElement && dialog.open) dialog.close();
  });
}

/** Opens the view for the button ./classroom.ts marked as pressed (one at a time in practice). */
function openPending(): void {
  for (const button of document.querySelectorAll<HTMLElement>('[data-classroom-pending]')) {
    delete button.dataset['classroomPending'];
    const view = button.closest<HTMLElement>('classroom-view');
    if (view) void openClassroom(view, button);
  }
}
document.addEventListener('classroom-pending', openPending);
openPending();
