/**
 * The diagram palette as plain colours, read from the stylesheet that defines it
 * (src/components/diagram/diagram.css), so files drawn outside the browser (PowerPoint decks) use
 * the site's colours without a second copy of them. Light theme only: slides and prints are light.
 */

/** Light-theme colours of the diagram grammar, as six-digit hex without '#'. */
export interface DiagramPalette {
  canvas: string;
  ink: string;
  /** By unit kind slug (KIND_STYLES[kind].slug): fill and outline. */
  kinds: Record<string, { fill: string; stroke: string }>;
  /** By relation slug (RELATION_STYLES[relation].slug): line, arrowhead and label colour. */
  relations: Record<string, string>;
}

/**
 * Reads the light half of every `--dg-*: light-dark(light, dark)` and the `.dg-kind-*` and
 * `.dg-rel-*` rules that pick from them.
 *
 * @example readPalette(css).kinds.party // { fill: 'FBE6E3', stroke: 'A3201A' }
 */
export function readPalette(css: string): DiagramPalette {
  const light = new Map(
    [...css.matchAll(/--(dg-[a-z-]+):\s*light-dark\(#([0-9a-f]{6}),/gi)].map((m) => [m[1] as string, (m[2] as string).toUpperCase()]),
  );
  const colour = (name: string): string => {
    const c = light.get(name);
    if (!c) throw new Error(`diagram.css has no light-dark() colour --${name}`);
    return c;
  };
  const kinds: DiagramPalette['kinds'] = {};
  for (const m of css.matchAll(/\.dg-kind-([a-z-]+)\s*\{\s*--dg-fill:\s*var\(--(dg-[a-z-]+)\);\s*--dg-stroke:\s*var\(--(dg-[a-z-]+)\);/g)) {
    kinds[m[1] as string] = { fill: colour(m[2] as string), stroke: colour(m[3] as string) };
  }
  const relations: DiagramPalette['relations'] = {};
  for (const m of css.matchAll(/((?:\.dg-rel-[a-z-]+,?\s*)+)\{\s*--dg-rel:\s*var\(--(dg-[a-z-]+)\);/g)) {
    for (const slug of (m[1] as string).matchAll(/\.dg-rel-([a-z-]+)/g)) relations[slug[1] as string] = colour(m[2] as string);
  }
  return { canvas: colour('dg-canvas'), ink: colour('dg-ink'), kinds, relations };
}
