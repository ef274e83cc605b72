/**
 * The classroom mode's keyboard: which step a key leads to. Pure, so the browser script stays a
 * thin wrapper and the rules are unit-tested.
 */

/**
 * Keys that move forward or back one step: arrows, the page keys presentation remotes send, and
 * Space and Enter as in slide software (the dialog leaves these two to a focused button).
 */
const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * The step (0-based) that `key` leads to from `current` among `count` steps, or null when the key
 * is not a stepping key. Steps stop at the first and last rather than wrapping, so a presenter
 * who presses once too often does not jump back to the start.
 *
 * @example stepForKey('ArrowRight', 0, 4) // 1
 * @example stepForKey(' ', 1, 4) // 2
 * @example stepForKey('End', 0, 4) // 3
 * @example stepForKey('a', 0, 4) // null
 */
export function stepForKey(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  if (NEXT.has(key)) return Math.min(current + 1, last);
  if (PREVIOUS.has(key)) return Math.max(current - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  return null;
}

/** How a step relates to the one on screen: shown before it, the current one, or still hidden. */
export type StepState = 'past' | 'current' | 'future';

/** The state of step `index` while `current` is on screen. */
export function stepState(index: number, current: number): StepState {
  if (index < current) return 'past';
  return index === current ? 'current' : 'future';
}

/** Whether `key` switches full screen (F, as in video players and slide software). */
export function isFullscreenKey(key: string): boolean {
  return key === 'f' || key === 'F';
}
