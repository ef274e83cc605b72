import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arrowPath, KIND_STYLES, RELATION_STYLES, shapePath } from '../../src/lib/diagram/grammar';
import { NODE_KINDS, RELATIONS } from '../../src/schemas/structures';

const css = readFileSync(new URL('../../src/components/diagram/diagram.css', import.meta.url), 'utf8');

describe('the visual grammar', () => {
  it('gives every node kind of the schema its own shape and class', () => {
    expect(Object.keys(KIND_STYLES).sort()).toEqual([...NODE_KINDS].sort());
    const shapes = Object.values(KIND_STYLES).map((k) => k.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
    for (const k of Object.values(KIND_STYLES)) expect(css, `.dg-kind-${k.slug}`).toContain(`.dg-kind-${k.slug} {`);
  });

  it('tells every relation of the schema apart without colour: line style, width, arrowhead', () => {
    expect(Object.keys(RELATION_STYLES).sort()).toEqual([...RELATIONS].sort());
    const looks = Object.values(RELATION_STYLES).map((r) => JSON.stringify([r.dash ?? 'solid', r.width, r.arrow, !!r.double, !!r.startDot]));
    expect(new Set(looks).size).toBe(looks.length);
    for (const r of Object.values(RELATION_STYLES)) expect(css, `.dg-rel-${r.slug}`).toMatch(new RegExp(`\\.dg-rel-${r.slug}[ ,]`));
  });

  it('uses slugs fit for class names, each once', () => {
    const slugs = [...Object.values(KIND_STYLES), ...Object.values(RELATION_STYLES)].map((s) => s.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z][a-z-]*$/);
  });
});

describe('shapePath(shape, w, h)', () => {
  it('draws a closed outline within the box, centred on the origin', () => {
    for (const { shape } of Object.values(KIND_STYLES)) {
      const d = shapePath(shape, 100, 40);
      expect(d, shape).toMatch(/^M.*Z$/);
      const numbers = [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      for (const [x, y] of numbers) {
        expect(Math.abs(x as number), `${shape} x`).toBeLessThanOrEqual(50);
        expect(Math.abs(y as number), `${shape} y`).toBeLessThanOrEqual(20);
      }
    }
    expect(shapePath('square', 80, 36)).toBe('M-40,-18L40,-18L40,18L-40,18Z');
  });
});

describe('arrowPath(arrow, x, y, angle)', () => {
  it('puts the tip at (x, y) and the body behind it', () => {
    expect(arrowPath('filled', 100, 50, Math.PI / 2)).toBe('M100,50L104.5,41L95.5,41Z');
    expect(arrowPath('open', 10, 10, 0)).toBe('M1,5.1L10,10L1,15');
    expect(arrowPath('none', 10, 10, 0)).toBe('');
  });
});
