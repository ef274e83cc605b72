import { describe, expect, it } from 'vitest';
import { isProperTree, layoutStructure, measureNode, METRICS } from '../../src/lib/diagram/layout';
import { placeInOrder } from '../../src/lib/diagram/layered';
import { boxesOverlap, nodeBox } from '../../src/lib/diagram/routes';
import { KIND_STYLES, shapeInset } from '../../src/lib/diagram/grammar';
import { estimateTextWidth } from '../../src/lib/diagram/text-measure';
import { contentStructures, SAMPLE_STRUCTURE } from './diagram-fixtures';

const structures: [string, Parameters<typeof layoutStructure>[0]][] = [...contentStructures(), ['sample', SAMPLE_STRUCTURE]];

describe.each(structures)('layoutStructure(%s)', (_id, structure) => {
  const layout = layoutStructure(structure);

  it('is deterministic: the same structure gives the same drawing', () => {
    expect(layoutStructure(structure)).toEqual(layout);
  });

  it('places every unit once, inside the drawing', () => {
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(structure.nodes.map((n) => n.id).sort());
    for (const n of layout.nodes) {
      const b = nodeBox(n);
      expect(b.x, n.id).toBeGreaterThanOrEqual(0);
      expect(b.y, n.id).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width, n.id).toBeLessThanOrEqual(layout.width);
      expect(b.y + b.height, n.id).toBeLessThanOrEqual(layout.height);
    }
  });

  it('never overlaps two units, and keeps a gap between them', () => {
    const gap = 10;
    for (const [i, a] of layout.nodes.entries()) {
      for (const b of layout.nodes.slice(i + 1)) {
        const ba = nodeBox(a);
        const grown = { x: ba.x - gap, y: ba.y - gap, width: ba.width + 2 * gap, height: ba.height + 2 * gap };
        expect(boxesOverlap(grown, nodeBox(b)), `${a.id} / ${b.id}`).toBe(false);
      }
    }
  });

  it('puts higher levels above lower ones', () => {
    for (const a of layout.nodes) {
      for (const b of layout.nodes) {
        if (a.level < b.level) expect(a.y, `${a.id} above ${b.id}`).toBeLessThan(b.y);
        if (a.level === b.level) expect(a.y).toBe(b.y);
      }
    }
  });

  it('fits every label line inside its shape', () => {
    for (const n of layout.nodes) {
      expect(n.lines.join(''), n.id).toBe(n.label);
      const room = n.width - 2 * METRICS.padX - 2 * shapeInset(KIND_STYLES[n.kind].shape, n.height) + 0.5;
      for (const line of n.lines) expect(estimateTextWidth(line, METRICS.fontSize), `${n.id}: ${line}`).toBeLessThanOrEqual(room);
      expect(n.height).toBe(n.lines.length * METRICS.lineHeight + 2 * METRICS.padY);
    }
  });

  it('routes every relation between two existing units, starting and ending on them', () => {
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    expect(layout.edges).toHaveLength(structure.edges.length);
    for (const e of layout.edges) {
      const from = byId.get(e.from);
      const to = byId.get(e.to);
      expect(from, e.key).toBeDefined();
      expect(to, e.key).toBeDefined();
      const [sx, sy] = (/^M(-?[\d.]+),(-?[\d.]+)/.exec(e.path) ?? []).slice(1).map(Number) as [number, number];
      const fb = nodeBox(from!);
      // The line leaves the unit's outline (its box, to within a pixel).
      expect(sx).toBeGreaterThanOrEqual(fb.x - 1);
      expect(sx).toBeLessThanOrEqual(fb.x + fb.width + 1);
      expect(sy).toBeGreaterThanOrEqual(fb.y - 1);
      expect(sy).toBeLessThanOrEqual(fb.y + fb.height + 1);
    }
    expect(new Set(layout.edges.map((e) => e.key)).size).toBe(layout.edges.length);
  });

  it('keeps relation labels off the units and off each other', () => {
    for (const [i, e] of layout.edges.entries()) {
      for (const n of layout.nodes) expect(boxesOverlap(e.labelBox, nodeBox(n)), `${e.key} on ${n.id}`).toBe(false);
      for (const f of layout.edges.slice(i + 1)) expect(boxesOverlap(e.labelBox, f.labelBox), `${e.key} / ${f.key}`).toBe(false);
      expect(e.labelBox.x).toBeGreaterThanOrEqual(0);
      expect(e.labelBox.x + e.labelBox.width).toBeLessThanOrEqual(layout.width);
    }
  });
});

describe('layout method', () => {
  it('uses d3-hierarchy for a proper tree and the layered layout otherwise', () => {
    const tree = layoutStructure({
      nodes: [
        { id: 'a', label: '市', kind: '政府及派出机构', level: 0 },
        { id: 'b', label: '区', kind: '政府及派出机构', level: 1 },
        { id: 'c', label: '街道', kind: '政府及派出机构', level: 2 },
        { id: 'd', label: '乡镇', kind: '政府及派出机构', level: 2 },
      ],
      edges: [
        { from: 'a', to: 'b', relation: '领导' },
        { from: 'b', to: 'c', relation: '领导' },
        { from: 'b', to: 'd', relation: '领导' },
      ],
    });
    expect(tree.method).toBe('tree');
    // A tidy tree centres a parent over its children.
    const [b, c, d] = ['b', 'c', 'd'].map((id) => tree.nodes.find((n) => n.id === id)!);
    expect(b!.x).toBeCloseTo((c!.x + d!.x) / 2, 5);
    expect(layoutStructure(SAMPLE_STRUCTURE).method).toBe('layered');
  });

  it('isProperTree(nodes, edges) rejects two parents, two roots, skipped levels and same-row relations', () => {
    const nodes = [
      { id: 'a', row: 0 },
      { id: 'b', row: 1 },
      { id: 'c', row: 2 },
    ];
    expect(isProperTree(nodes, [{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }])).toBe(true);
    expect(isProperTree(nodes, [{ from: 'a', to: 'b' }, { from: 'a', to: 'c' }])).toBe(false);
    expect(isProperTree(nodes, [{ from: 'b', to: 'c' }])).toBe(false);
    expect(isProperTree([...nodes, { id: 'd', row: 1 }], [{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }, { from: 'b', to: 'd' }])).toBe(false);
  });
});

describe('routes', () => {
  const layout = layoutStructure(SAMPLE_STRUCTURE);
  const edge = (from: string, to: string) => layout.edges.find((e) => e.from === from && e.to === to)!;
  const node = (id: string) => layout.nodes.find((n) => n.id === id)!;

  it('bends a relation that skips levels through the rows in between', () => {
    // 社区党委 (level 0) → 居民 (level 3): one curve per row crossed.
    expect(edge('dangwei', 'jumin').path.match(/C/g)).toHaveLength(3);
  });

  it('joins neighbours in a row with a straight line, and others with an arc over the row', () => {
    const juweihui = node('juweihui');
    const zhan = node('zhan');
    const danwei = node('danwei');
    const between = (a: number, b: number, x: number) => Math.min(a, b) < x && x < Math.max(a, b);
    const arcs = [edge('juweihui', 'zhan'), edge('danwei', 'juweihui')].map((e) => ({
      e,
      arc: e.path.includes('C'),
      blocked: layout.nodes.some((n) => n.row === juweihui.row && between(node(e.from).x, node(e.to).x, n.x)),
    }));
    for (const { e, arc, blocked } of arcs) expect(arc, e.key).toBe(blocked);
    expect(zhan.row).toBe(danwei.row);
  });

  it('draws an arrowhead at the target of a directed relation, none for 联动', () => {
    expect(edge('dangwei', 'juweihui').arrow).not.toBe('');
    expect(edge('danwei', 'juweihui').arrow).toBe('');
    expect(edge('dangwei', 'juweihui').startDot).toBeUndefined();
  });
});

describe('measureNode(node, maxLine)', () => {
  it('keeps short names whole and wraps long ones within the line length', () => {
    expect(measureNode({ label: '社区居委会', kind: '自治组织' }, 56).lines).toEqual(['社区居委会']);
    const long = measureNode({ label: '驻区单位、两新组织党组织负责人', kind: '驻区单位·企业' });
    expect(long.lines).toEqual(['驻区单位、两新', '组织党组织负责人']);
    expect(long.height).toBe(2 * METRICS.lineHeight + 2 * METRICS.padY);
  });
});

describe('placeInOrder(wanted, minDist)', () => {
  it.each([
    [[0, 0], [0, 10], [-5, 5]],
    [[0, 100], [0, 10], [0, 100]],
    // 50 cannot stay: the three share the overflow, least squares.
    [[50, 0, 0], [0, 10, 10], [6.667, 16.667, 26.667]],
  ])('placeInOrder(%j, %j) is %j', (wanted, minDist, expected) => {
    expect(placeInOrder(wanted, minDist).map((v) => Math.round(v * 1000) / 1000)).toEqual(expected);
  });
});
