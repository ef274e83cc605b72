/** tests/e2e/lanes.ts: the browser checks' way of working on a few pages at once. */
import { expect, it } from 'vitest';
import { inLanes } from '../e2e/lanes';

it('gives every item to exactly one lane, the empty string included, with no more lanes than items', async () => {
  const seen: string[][] = [];
  await inLanes(['', 'a', 'b', 'c', 'd'], 3, async (take) => {
    const mine: string[] = [];
    seen.push(mine);
    for (let next = take(); next !== undefined; next = take()) {
      mine.push(next);
      await new Promise((r) => setTimeout(r, 1));
    }
  });
  expect(seen).toHaveLength(3);
  expect(seen.flat().sort()).toEqual(['', 'a', 'b', 'c', 'd']);
  const lanes: number[] = [];
  await inLanes(['x'], 4, async () => {
    lanes.push(1);
  });
  expect(lanes).toEqual([1]);
});

it('rejects with a lane’s error', async () => {
  await expect(inLanes([1, 2], 2, async (take) => {
    if (take() === 2) throw new Error('lane failed');
  })).rejects.toThrow('lane failed');
});
