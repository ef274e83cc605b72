import { describe, expect, it } from 'vitest';
import { layoutStructure } from '../../src/lib/diagram/layout';
import { keyDirection, neighbourInDirection, type Direction } from '../../src/lib/diagram/navigate';
import { contentStructures, SAMPLE_STRUCTURE } from './diagram-fixtures';

const nodes = [
  { id: 'top', row: 0, x: 100 },
  { id: 'left', row: 1, x: 0 },
  { id: 'mid', row: 1, x: 100 },
  { id: 'right', row: 1, x: 200 },
  { id: 'far', row: 2, x: 200 },
];
const edges = [
  { from: 'top', to: 'left' },
  { from: 'top', to: 'right' },
  { from: 'right', to: 'far' },
];

describe('neighbourInDirection(nodes, edges, current, dir)', () => {
  it.each([
    ['top', 'down', 'left'],
    ['right', 'up', 'top'],
    ['right', 'down', 'far'],
    ['mid', 'left', 'left'],
    ['mid', 'right', 'right'],
    ['left', 'left', undefined],
    ['top', 'up', undefined],
    // 'mid' has no relation downwards: the nearest unit in the next row that way.
    ['mid', 'down', 'far'],
    ['far', 'up', 'right'],
  ] as [string, Direction, string | undefined][])('from %s, %s goes to %s', (from, dir, to) => {
    expect(neighbourInDirection(nodes, edges, from, dir)).toBe(to);
  });

  it('prefers a related unit to a nearer unrelated one', () => {
    expect(neighbourInDirection(nodes, edges, 'top', 'down')).toBe('left');
    expect(neighbourInDirection(nodes, [], 'top', 'down')).toBe('mid');
  });
});

describe('keyDirection(key)', () => {
  it('maps the four arrow keys and nothing else', () => {
    expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Enter', 'a'].map(keyDirection)).toEqual(['up', 'down', 'left', 'right', undefined, undefined]);
  });
});

describe.each([...contentStructures(), ['sample', SAMPLE_STRUCTURE] as const])('keyboard reach in %s', (_id, structure) => {
  it('reaches every unit from any unit with the arrow keys', () => {
    const layout = layoutStructure(structure);
    const nav = layout.nodes.map((n) => ({ id: n.id, row: n.row, x: n.x }));
    for (const start of nav.map((n) => n.id)) {
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length > 0) {
        const at = queue.shift()!;
        for (const dir of ['up', 'down', 'left', 'right'] as const) {
          const next = neighbourInDirection(nav, structure.edges, at, dir);
          if (next && !seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      expect([...seen].sort(), `from ${start}`).toEqual(nav.map((n) => n.id).sort());
    }
  });
});
