/**
 * Starts rendering every lesson kit's handout pictures (the PNG fallbacks, the costly part of a
 * first build's courseware) as soon as the content has passed its check, while Astro still syncs
 * content and bundles, which leaves a core idle. The .docx routes, reached much later, then find
 * them in svgToPng's cache or wait for the last few (warmPngCache shares the work in flight).
 */
import type { ValidatedBase } from '../content/validate';
import { buildKnowledgeIndex } from '../knowledge';
import { warmPngCache } from '../raster/svg-to-png';
import { buildHandout } from './handout';

export async function prewarmHandoutPictures(entries: ValidatedBase): Promise<void> {
  const kb = buildKnowledgeIndex(entries);
  const pictures: { svg: string; width: number }[] = [];
  for (const l of entries.lessons) {
    // The listing pass: the pictures do not depend on the addresses, so any siteUrl will do.
    await buildHandout({ id: l.id, lesson: l.data, kb, siteUrl: (path) => path }, (svg, width) => (pictures.push({ svg, width }), new Uint8Array()));
  }
  await warmPngCache(pictures);
}
