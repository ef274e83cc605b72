/**
 * Keyboard moves in a diagram: from a unit, an arrow key goes to a unit it is related to in that
 * direction, or else to the nearest unit that way, so every unit can be reached from any other.
 * Pure, so the browser script and the tests share it.
 */

export type Direction = 'up' | 'down' | 'left' | 'right';

/** A unit as the script reads it from the drawing: row (0 at the top) and centre x. */
export interface NavNode {
  id: string;
  row: number;
  x: number;
}

/** A relation that is currently shown (hidden relation types are left out). */
export interface NavEdge {
  from: string;
  to: string;
}

/** Maps a keyboard key to a direction, or undefined for any other key. */
export function keyDirection(key: string): Direction | undefined {
  return ({ ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' } as const)[key as 'ArrowUp'];
}

/** Nearest first: closest row, then closest x, then content order. */
function nearest(candidates: NavNode[], from: NavNode): NavNode | undefined {
  return [...candidates].sort((a, b) => Math.abs(a.row - from.row) - Math.abs(b.row - from.row) || Math.abs(a.x - from.x) - Math.abs(b.x - from.x))[0];
}

/**
 * The unit an arrow key moves to from `current`, or undefined when there is none that way.
 * Up and down prefer related units (nearest row, then nearest x), then any unit in the next row
 * that way; left and right move along the row.
 *
 * @example neighbourInDirection(nodes, edges, 'shequ-dangwei', 'up') // 'quwei'
 */
export function neighbourInDirection(nodes: NavNode[], edges: NavEdge[], current: string, dir: Direction): string | undefined {
  const here = nodes.find((n) => n.id === current);
  if (!here) return undefined;
  if (dir === 'left' || dir === 'right') {
    const row = nodes.filter((n) => n.row === here.row && (dir === 'left' ? n.x < here.x : n.x > here.x));
    return nearest(row, here)?.id;
  }
  const ahead = (n: NavNode) => (dir === 'up' ? n.row < here.row : n.row > here.row);
  const related = new Set(edges.flatMap((e) => (e.from === current ? [e.to] : e.to === current ? [e.from] : [])));
  const linked = nodes.filter((n) => related.has(n.id) && ahead(n));
  if (linked.length > 0) return nearest(linked, here)?.id;
  return nearest(nodes.filter(ahead), here)?.id;
}
