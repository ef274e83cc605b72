/**
 * Classroom mode: shows one diagram or timeline of a lesson kit full screen, in large type, and
 * reveals it step by step (a structure level by level, a timeline stage by stage) with the arrow
 * keys; Esc leaves. It enhances <classroom-view> elements, whose steps the server rendered into a
 * <template data-classroom-steps>, and the page's one <dialog data-classroom>.
 */
import { stepForKey, stepState } from '../lib/lesson/classroom-keys';

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-classroom]');

/** The figure on screen: its steps, the one shown, and the button that opened it. */
interface Session {
  steps: HTMLElement[];
  current: number;
  opener: HTMLElement;
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
  const step = session.steps[index];
  if (!step) return;
  part('progress').textContent = `${index + 1} / ${session.steps.length}　${step.dataset.stepLabel ?? ''}`;
  // Keep the levels above in view when the step fits; otherwise show where it begins.
  const fits = step.offsetHeight <= part('stage').clientHeight;
  step.scrollIntoView({ block: fits ? 'nearest' : 'start' });
}

function open(view: HTMLElement, opener: HTMLElement): void {
  const template = view.querySelector<HTMLTemplateElement>('template[data-classroom-steps]');
  if (!dialog || !template) return;
  const stage = part('stage');
  stage.replaceChildren(template.content.cloneNode(true));
  part('title').textContent = view.dataset.title ?? '';
  session = { steps: [...stage.querySelectorAll<HTMLElement>('[data-step]')], current: 0, opener };
  // Full screen for the projector where the browser allows it; the dialog fills the window anyway.
  document.documentElement.requestFullscreen?.().catch(() => undefined);
  dialog.showModal();
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

/** <classroom-view>: a figure that can be shown in the classroom view. */
class ClassroomView extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-classroom-open]');
    if (!button || !dialog) return;
    button.hidden = false;
    button.addEventListener('click', () => open(this, button));
  }
}

if (!customElements.get('classroom-view')) customElements.define('classroom-view', ClassroomView);
