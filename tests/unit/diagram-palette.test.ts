/**
 * Contrast of the diagram palette (src/components/diagram/diagram.css), in both themes: text
 * ≥ 4.5:1, lines and outlines ≥ 3:1 (WCAG 1.4.3 and 1.4.11), read from the stylesheet itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/components/diagram/diagram.css', import.meta.url), 'utf8');
const pairs = new Map(
  [...css.matchAll(/--(dg-[a-z-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)].map((m) => [m[1] as string, [m[2], m[3]] as [string, string]]),
);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const colour = (name: string, theme: 0 | 1) => {
  const pair = pairs.get(name);
  if (!pair) throw new Error(`diagram.css has no light-dark() pair for --${name}`);
  return pair[theme];
};
const tones = ['red', 'blue', 'purple', 'teal', 'amber', 'green', 'grey'];

describe.each([
  ['light', 0],
  ['dark', 1],
] as const)('diagram palette, %s theme', (_name, theme) => {
  const canvas = colour('dg-canvas', theme);

  it('sets unit labels at ≥ 4.5:1 on every unit fill', () => {
    for (const t of tones) expect(contrast(colour('dg-ink', theme), colour(`dg-fill-${t}`, theme)), t).toBeGreaterThanOrEqual(4.5);
  });

  it('sets relation labels (in their line colour) at ≥ 4.5:1 on the canvas', () => {
    for (const t of tones) expect(contrast(colour(`dg-${t}`, theme), canvas), t).toBeGreaterThanOrEqual(4.5);
  });

  it('draws outlines at ≥ 3:1 against their fill and against the canvas', () => {
    for (const t of tones) {
      expect(contrast(colour(`dg-${t}`, theme), colour(`dg-fill-${t}`, theme)), `${t} on fill`).toBeGreaterThanOrEqual(3);
      expect(contrast(colour(`dg-${t}`, theme), canvas), `${t} on canvas`).toBeGreaterThanOrEqual(3);
    }
  });
});
