/**
 * A deterministic layered layout for structures that are not simple trees: several roots, units
 * led by two bodies, relations that skip a level or join two units of the same level.
 *
 * Rows are the levels the content gives. Edges that skip rows pass through virtual points, one per
 * row crossed (as in Sugiyama's method), so they bend around the units in between. The order
 * within each row comes from a fixed number of barycentre sweeps, each followed by transposition of
 * neighbours; x positions from a fixed number
 * of averaging passes, each followed by the closest placement that keeps the order and the gaps
 * (isotonic regression). No randomness: the same structure always gives the same drawing.
 */

/** A box to place: a unit, or a virtual point of a long edge. */
export interface LayerItem {
  id: string;
  row: number;
  width: number;
  /** Order of appearance in the content, the tie-breaker everywhere. */
  index: number;
  virtual: boolean;
}

/** A link between two items, oriented downwards (or sideways within a row). */
export interface LayerLink {
  upper: string;
  lower: string;
  /** Extra gap wanted between the two items when they sit side by side in one row. */
  gap?: number;
}

export interface LayeredOptions {
  gap: number;
  sweeps?: number;
  passes?: number;
}

/** Positions: the order of ids in each row, and each item's centre x. */
export interface LayeredResult {
  rows: string[][];
  x: Map<string, number>;
}

/** Neighbours of each item above, below and beside it. */
function adjacency(items: LayerItem[], links: LayerLink[]) {
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  const side = new Map<string, string[]>();
  for (const it of items) {
    up.set(it.id, []);
    down.set(it.id, []);
    side.set(it.id, []);
  }
  const rowOf = new Map(items.map((it) => [it.id, it.row]));
  for (const l of links) {
    if (rowOf.get(l.upper) === rowOf.get(l.lower)) {
      side.get(l.upper)?.push(l.lower);
      side.get(l.lower)?.push(l.upper);
    } else {
      down.get(l.upper)?.push(l.lower);
      up.get(l.lower)?.push(l.upper);
    }
  }
  return { up, down, side };
}

/** Number of crossings between two adjacent rows, counted pairwise (structures are small). */
function crossings(upperRow: string[], lowerRow: string[], down: Map<string, string[]>): number {
  const pos = new Map(lowerRow.map((id, i) => [id, i]));
  const ends: [number, number][] = [];
  upperRow.forEach((id, i) => {
    for (const t of down.get(id) ?? []) {
      const j = pos.get(t);
      if (j !== undefined) ends.push([i, j]);
    }
  });
  let count = 0;
  for (let a = 0; a < ends.length; a++) {
    for (let b = a + 1; b < ends.length; b++) {
      const [i1, j1] = ends[a] as [number, number];
      const [i2, j2] = ends[b] as [number, number];
      if ((i1 - i2) * (j1 - j2) < 0) count++;
    }
  }
  return count;
}

const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;

/**
 * Orders every row by barycentre sweeps (down, then up, alternately), each refined by swapping
 * neighbours, and keeps the order with the fewest crossings. A unit linked only to units of its own row is placed beside them, alternately
 * left and right, so same-row relations stay short.
 */
export function orderRows(items: LayerItem[], links: LayerLink[], sweeps = 12): string[][] {
  const { up, down, side } = adjacency(items, links);
  const rowCount = Math.max(...items.map((it) => it.row)) + 1;
  const byIndex = (a: LayerItem, b: LayerItem) => Number(a.virtual) - Number(b.virtual) || a.index - b.index;
  let rows: string[][] = Array.from({ length: rowCount }, (_, r) =>
    items.filter((it) => it.row === r).sort(byIndex).map((it) => it.id),
  );
  // Crossings first; then how far same-row partners stand apart (a satellite should stand beside its partner).
  const sideSpan = (rs: string[][]) =>
    rs.reduce((s, row) => s + row.reduce((t, id, i) => t + (side.get(id) ?? []).reduce((u, p) => u + Math.abs(row.indexOf(p) - i) - 1, 0), 0), 0);
  const total = (rs: string[][]) => rs.slice(1).reduce((s, row, r) => s + crossings(rs[r] as string[], row, down), 0) * 1000 + sideSpan(rs);
  let best = rows.map((r) => [...r]);
  let bestCrossings = total(rows);

  for (let sweep = 0; sweep < sweeps; sweep++) {
    const downward = sweep % 2 === 0;
    const order = downward ? [...rows.keys()].slice(1) : [...rows.keys()].reverse().slice(1);
    for (const r of order) {
      const ref = rows[downward ? r - 1 : r + 1] as string[];
      const refPos = new Map(ref.map((id, i) => [id, i / Math.max(1, ref.length - 1)]));
      const row = rows[r] as string[];
      const ownPos = new Map(row.map((id, i) => [id, i / Math.max(1, row.length - 1)]));
      const keys = new Map<string, number>();
      for (const id of row) {
        const ns = ((downward ? up : down).get(id) ?? []).filter((n) => refPos.has(n));
        if (ns.length > 0) keys.set(id, mean(ns.map((n) => refPos.get(n) as number)));
      }
      // Between equals, lean towards same-row partners, so related units end up side by side.
      for (const id of row) {
        const k = keys.get(id);
        if (k === undefined) continue;
        const lean = (side.get(id) ?? []).reduce((sum, p) => sum + Math.sign((keys.get(p) ?? k) - k), 0);
        keys.set(id, k + lean * 0.001);
      }
      // Same-row satellites sit around their partner, alternately left and right.
      const sides = new Map<string, number>();
      for (const id of row) {
        if (keys.has(id)) continue;
        const partners = (side.get(id) ?? []).filter((p) => ownPos.has(p));
        if (partners.length === 0) continue;
        const anchor = partners[0] as string;
        const k = sides.get(anchor) ?? 0;
        sides.set(anchor, k + 1);
        const base = keys.get(anchor) ?? (ownPos.get(anchor) as number);
        const step = (Math.floor(k / 2) + 1) * 0.001;
        keys.set(id, base + (k % 2 === 0 ? -step : step));
      }
      rows[r] = [...row].sort((a, b) => {
        const ka = keys.get(a) ?? (ownPos.get(a) as number);
        const kb = keys.get(b) ?? (ownPos.get(b) as number);
        return ka - kb || row.indexOf(a) - row.indexOf(b);
      });
    }
    // Transposition (as in dot): swap neighbours while that lowers the cost; a few passes at most.
    let c = total(rows);
    for (let pass = 0, improved = true; improved && pass < 8; pass++) {
      improved = false;
      for (const row of rows) {
        for (let i = 0; i + 1 < row.length; i++) {
          [row[i], row[i + 1]] = [row[i + 1] as string, row[i] as string];
          const swapped = total(rows);
          if (swapped < c) {
            c = swapped;
            improved = true;
          } else {
            [row[i], row[i + 1]] = [row[i + 1] as string, row[i] as string];
          }
        }
      }
    }
    if (c < bestCrossings) {
      bestCrossings = c;
      best = rows.map((row) => [...row]);
    }
  }
  rows = best;
  return rows;
}

/**
 * Isotonic regression with minimum gaps: the x positions closest (least squares) to `wanted` such
 * that each item is at least `minDist[i]` right of the previous one. Pool-adjacent-violators.
 *
 * @example placeInOrder([0, 0], [0, 10]) // [-5, 5]
 */
export function placeInOrder(wanted: number[], minDist: number[]): number[] {
  const offset: number[] = [];
  let acc = 0;
  wanted.forEach((_, i) => {
    acc += i === 0 ? 0 : (minDist[i] as number);
    offset.push(acc);
  });
  const target = wanted.map((w, i) => w - (offset[i] as number));
  const blocks: { sum: number; count: number }[] = [];
  for (const t of target) {
    blocks.push({ sum: t, count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1] as { sum: number; count: number };
      const prev = blocks[blocks.length - 2] as { sum: number; count: number };
      if (prev.sum / prev.count <= last.sum / last.count) break;
      blocks.pop();
      prev.sum += last.sum;
      prev.count += last.count;
    }
  }
  const z: number[] = [];
  for (const b of blocks) for (let k = 0; k < b.count; k++) z.push(b.sum / b.count);
  return z.map((v, i) => v + (offset[i] as number));
}

/** Orders the rows, then places every item: near the mean of its neighbours, never overlapping. */
export function layoutLayers(items: LayerItem[], links: LayerLink[], opts: LayeredOptions): LayeredResult {
  const rows = orderRows(items, links, opts.sweeps);
  const { up, down, side } = adjacency(items, links);
  const byId = new Map(items.map((it) => [it.id, it]));
  const pairGap = new Map<string, number>();
  for (const l of links) if (l.gap) pairGap.set([l.upper, l.lower].sort().join('\u0000'), l.gap);
  const minDist = (row: string[]) =>
    row.map((id, i) => {
      if (i === 0) return 0;
      const prev = row[i - 1] as string;
      const a = byId.get(prev) as LayerItem;
      const b = byId.get(id) as LayerItem;
      const gap = a.virtual || b.virtual ? opts.gap / 2 : opts.gap;
      return a.width / 2 + b.width / 2 + Math.max(gap, pairGap.get([prev, id].sort().join('\u0000')) ?? 0);
    });

  const x = new Map<string, number>();
  for (const row of rows) {
    const placed = placeInOrder(row.map(() => 0), minDist(row));
    row.forEach((id, i) => x.set(id, placed[i] as number));
  }
  const passes = opts.passes ?? 24;
  for (let pass = 0; pass < passes; pass++) {
    const downward = pass % 2 === 0;
    const order = downward ? [...rows.keys()] : [...rows.keys()].reverse();
    for (const r of order) {
      const row = rows[r] as string[];
      const dist = minDist(row);
      const reach = dist.map((_, i) => dist.slice(0, i + 1).reduce((a, b) => a + b, 0));
      const wanted = row.map((id) => {
        // Long edges pull hardest, so they run straight through the rows they cross.
        const weighted: [number, number][] = [];
        const it = byId.get(id) as LayerItem;
        for (const n of [...(up.get(id) ?? []), ...(down.get(id) ?? [])]) {
          weighted.push([x.get(n) as number, it.virtual || byId.get(n)?.virtual ? 2 : 1]);
        }
        // A same-row partner wants it as close as the units between them allow, not on top of it.
        for (const n of side.get(id) ?? []) {
          weighted.push([(x.get(n) as number) + (reach[row.indexOf(id)] as number) - (reach[row.indexOf(n)] as number), 0.5]);
        }
        if (weighted.length === 0) return x.get(id) as number;
        const w = weighted.reduce((s, [, k]) => s + k, 0);
        return weighted.reduce((s, [v, k]) => s + v * k, 0) / w;
      });
      const placed = placeInOrder(wanted, dist);
      row.forEach((id, i) => x.set(id, placed[i] as number));
    }
    // Rows whose wishes disagree push each other sideways a little every pass; only the shape
    // matters, so take the common drift out.
    const drift = mean([...x.values()]);
    for (const [id, v] of x) x.set(id, v - drift);
  }
  return { rows, x };
}
