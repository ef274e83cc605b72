/**
 * Work on many pages at once: a check that mostly waits (for a page to go quiet on the network)
 * finishes in a fraction of the time when a few pages wait together.
 */

/**
 * Hands `items` to `lanes` workers: each opens what it needs, calls `take()` for its next item until
 * it returns undefined (test for that, not for a falsy item: '' is the home page's path), and closes. Resolves when every lane is done; rejects with the first error.
 */
export async function inLanes<T>(items: readonly T[], lanes: number, work: (take: () => T | undefined) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, queue.length)) }, () => work(() => queue.shift())));
}
