/**
 * The classroom view: shows one diagram or timeline full screen, in large type, and reveals it
 * step by step (a structure level by level, a timeline stage by stage) with Space, Enter, the
 * arrow keys or a click on the stage; F switches full screen; Esc leaves. The drawing is scaled to
 * the screen and, where the whole of it would be too small to read, zoomed to the step on show
 * (src/lib/classroom/camera.ts). It drives the page's one <dialog data-classroom> and fills it
 * from a <classroom-view>: a timeline's steps are fetched from the JSON file its data-steps names (./timeline-steps.ts), a
 * structure's are read from its text version (./structure-steps.ts). Put in the page by ./classroom.ts on the
 * first click of a "课堂模式" button, so pages pay for it only when used; it opens the view for
 * every button marked data-classroom-pending, now and on each later press.
 */
import { select } from 'd3-selection';
import { zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import { classroomCamera, unionRect, type Rect } from '../lib/classroom/camera';
import { isFullscreenKey, stepForKey, stepState } from '../lib/classroom/keys';
import viewStyles from '../styles/classroom.css?url';
import { makeZoomable } from './diagram-zoom';
import { structureStepsFromText } from './structure-steps';
import { timelineStepsFrom } from './timeline-steps';

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-classroom]');

/**
 * The view's stylesheet, put in the page with its code rather than carried in every page's HTML
 * (a lesson kit is near its HTML budget); the view opens once it has loaded.
 */
const styled = new Promise<void>((resolve) => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = viewStyles;
  link.addEventListener('load', () => resolve());
  link.addEventListener('error', () => resolve());
  document.head.append(link);
});

/** A mark of a drawing, and the step from which it is shown. */
interface Mark {
  el: Element;
  step: number;
}

/** The copy of a figure's drawing in the view, and what the camera needs to aim it. */
interface Drawing {
  svg: SVGSVGElement;
  /** The whole drawing, in its own units (its viewBox as copied). */
  bounds: Rect;
  /** Zoom and pan by pinch or Ctrl+wheel (structures only), reset at each step. */
  zoom?: ZoomBehavior<SVGSVGElement, unknown>;
  /** Each step's marks in drawing units, measured on first use. */
  boxes?: (Rect | undefined)[];
}

/** The figure on screen: its steps, the one shown, the button that opened it, its drawing and that drawing's marks. */
interface Session {
  steps: HTMLElement[];
  current: number;
  opener: HTMLElement;
  marks: Mark[];
  drawing?: Drawing;
}
let session: Session | undefined;

/** Unit and stage labels on a projector: at least this many CSS px high. */
const MIN_LABEL_PX = 20.4;

/** The box of `el` in the drawing's own units (its viewBox's), whatever the view shows now. */
function drawingBox(svg: SVGSVGElement, el: SVGGraphicsElement): Rect | undefined {
  const root = svg.getScreenCTM();
  const own = el.getScreenCTM();
  if (!root || !own) return undefined;
  const m = root.inverse().multiply(own);
  const b = el.getBBox();
  const corners = [
    [b.x, b.y],
    [b.x + b.width, b.y + b.height],
    [b.x, b.y + b.height],
    [b.x + b.width, b.y],
  ].map(([x = 0, y = 0]) => new DOMPoint(x, y).matrixTransform(m));
  return unionRect(corners.map((p) => ({ x: p.x, y: p.y, width: 0, height: 0 })));
}

/**
 * Aims the drawing at the step on show: the whole drawing when it is legible fitted to its box,
 * else zoomed until the labels are MIN_LABEL_PX high, on the step and as many steps above it as fit.
 */
function aim(): void {
  const drawing = session?.drawing;
  if (!session || !drawing) return;
  const { svg, bounds } = drawing;
  const box = svg.getBoundingClientRect();
  // Not drawn (a phone shows the steps' text only).
  if (box.width === 0 || box.height === 0) return;
  // Back to the view's own framing after a pinch (left as it is when untouched).
  const pinched = zoomTransform(svg);
  if (drawing.zoom && (pinched.k !== 1 || pinched.x !== 0 || pinched.y !== 0)) select(svg).call(drawing.zoom.transform, zoomIdentity);
  if (!drawing.boxes) {
    const bySteps = session.steps.map(() => [] as Rect[]);
    for (const { el, step } of session.marks) {
      // Units and stages place the view; relations follow them.
      if (!el.matches('.dg-node, .tl-band, .tl-event')) continue;
      const r = drawingBox(svg, el as SVGGraphicsElement);
      if (r) bySteps[step]?.push(r);
    }
    drawing.boxes = bySteps.map(unionRect);
  }
  const label = svg.querySelector('.dg-node-label, .tl-band-label');
  const minScale = MIN_LABEL_PX / (label ? parseFloat(getComputedStyle(label).fontSize) || 14 : 14);
  // A tall diagram goes beside the text only while its widest level fits there legibly.
  const stage = part('stage');
  const widest = Math.max(0, ...drawing.boxes.map((r) => r?.width ?? 0));
  if (stage.classList.contains('has-tall-drawing') && widest * minScale > box.width) {
    stage.classList.remove('has-tall-drawing');
    aim();
    return;
  }
  const focus = drawing.boxes.slice(0, session.current + 1).reverse().filter((r): r is Rect => Boolean(r));
  const { view } = classroomCamera(bounds, box, focus, minScale);
  svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.width} ${view.height}`);
  // Pinch zoom works within what the view shows, and pans over the whole drawing.
  const all = unionRect([bounds, view]) ?? view;
  drawing.zoom
    ?.extent([
      [view.x, view.y],
      [view.x + view.width, view.y + view.height],
    ])
    .translateExtent([
      [all.x, all.y],
      [all.x + all.width, all.y + all.height],
    ]);
}

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
  const count = session.steps.length;
  // No step when the page's filters hide every lane: an empty view, and no count left from before.
  part('count').textContent = step ? `${index + 1} / ${count}` : '';
  part('label').textContent = step?.dataset.stepLabel ?? '';
  part('meter').style.transform = `scaleX(${step ? (index + 1) / count : 0})`;
  if (!step) return;
  aim();
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
 * A structure diagram goes above the step's text when it is at least this many times as wide as
 * tall, a taller one beside it. A timeline always goes above: the camera zooms into a tall one
 * (several lanes), and its years read best across the whole width.
 */
const MIN_DRAWING_ASPECT = 1.5;

/**
 * The figure's timeline chart (drawn by the timeline feature), with each stage band and event
 * shown from its stage's step: steps name their lane, band and events in data attributes.
 */
function timelineDrawing(figure: HTMLElement, steps: HTMLElement[]): { svg: SVGSVGElement; marks: Mark[] } | undefined {
  const original = figure.querySelector<SVGSVGElement>('svg.tl-chart');
  if (!original) return undefined;
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
  await styled;
  if (!content || dialog.open) return;
  const stage = part('stage');
  dropHiddenLanes(figure, content);
  const steps = [...content.querySelectorAll<HTMLElement>('[data-step]')];
  const drawing = structureDrawing(figure) ?? timelineDrawing(figure, steps);
  stage.replaceChildren(...(drawing ? [drawing.svg] : []), content);
  stage.classList.toggle('has-drawing', Boolean(drawing));
  // A structure wider than tall goes above the step's text, a taller one beside it.
  const box = drawing?.svg.viewBox.baseVal;
  const tall = Boolean(box && drawing?.svg.querySelector('g.dg-viewport') && box.width < box.height * MIN_DRAWING_ASPECT);
  stage.classList.toggle('has-tall-drawing', tall);
  part('title').textContent = view.dataset.title ?? '';
  session = { steps, current: 0, opener, marks: drawing?.marks ?? [] };
  if (drawing && box) session.drawing = { svg: drawing.svg, bounds: { x: box.x, y: box.y, width: box.width, height: box.height } };
  // Full screen for the projector where the browser allows it, else the dialog fills the window.
  void enterFullscreen();
  dialog.showModal();
  // A structure's drawing zooms and pans like the page's (a pinch on a tablet); a timeline's not.
  if (session.drawing && drawing?.svg.querySelector('g.dg-viewport')) session.drawing.zoom = makeZoomable(drawing.svg);
  show(0);
  stage.focus();
}

/** Set while the view itself leaves full screen, so that leaving does not close the view. */
let leavingFullscreen = false;

/** Full screen as the browser gave it ('screen'), the dialog filling the window instead ('window'), or neither. */
function setFull(state: 'screen' | 'window' | undefined): void {
  if (!dialog) return;
  if (state) dialog.dataset.full = state;
  else delete dialog.dataset.full;
  part('fullscreen').setAttribute('aria-pressed', String(Boolean(state)));
  part('note').hidden = state !== 'window';
}

/**
 * Asks for full screen (the Fullscreen API); where the browser lacks it (Safari before 16.4 has
 * only a prefixed one) or refuses (a policy, an iframe, no user gesture), the dialog, a fixed
 * layer over the whole window, stays as it is and a note says how to hide the browser's bars.
 */
async function enterFullscreen(): Promise<void> {
  const request = document.documentElement.requestFullscreen?.();
  const entered = request
    ? await request.then(
        () => true,
        () => false,
      )
    : false;
  setFull(entered ? 'screen' : 'window');
}

async function toggleFullscreen(): Promise<void> {
  if (!dialog?.dataset.full) return enterFullscreen();
  if (document.fullscreenElement) {
    leavingFullscreen = true;
    await document.exitFullscreen().catch(() => undefined);
  }
  setFull(undefined);
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
    // A focused button keeps Space and Enter for itself (上一步 must not also step forward).
    if ((event.key === ' ' || event.key === 'Enter') && (event.target as Element).closest('button, a')) return;
    if (isFullscreenKey(event.key)) {
      event.preventDefault();
      void toggleFullscreen();
    } else if (step(event.key)) event.preventDefault();
  });
  // A click or tap on the stage steps forward, as in slide software; on a unit of the drawing it
  // goes to that unit's level instead. The drawing's links lead to the page behind: never followed.
  part('stage').addEventListener('click', (event) => {
    if (!session) return;
    const target = event.target as Element;
    const inDrawing = target.closest('.cr-drawing');
    if (inDrawing) event.preventDefault();
    const unit = target.closest<SVGElement>('.cr-drawing .dg-node[data-row]');
    if (unit) show(Math.min(Number(unit.dataset.row), session.steps.length - 1));
    else if ((inDrawing || !target.closest('a, button')) && getSelection()?.isCollapsed !== false) step('ArrowRight');
  });
  part('prev').addEventListener('click', () => step('ArrowLeft'));
  part('next').addEventListener('click', () => step('ArrowRight'));
  part('fullscreen').addEventListener('click', () => void toggleFullscreen());
  part('close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    if (document.fullscreenElement) {
      leavingFullscreen = true;
      document.exitFullscreen().catch(() => undefined);
    }
    setFull(undefined);
    part('stage').replaceChildren();
    session?.opener.focus();
    session = undefined;
  });
  // Esc in full screen is taken by the browser to leave full screen: leave the classroom too.
  document.addEventListener('fullscreenchange', () => {
    if (document.fullscreenElement) return;
    const ours = leavingFullscreen;
    leavingFullscreen = false;
    if (!ours && dialog.open) dialog.close();
  });
  // The view follows its box: a window resized, full screen entered or left.
  new ResizeObserver(() => aim()).observe(part('stage'));
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
