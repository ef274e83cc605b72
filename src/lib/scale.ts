/**
 * When the pages that show every model at once (/compare/, /mechanisms/, /timeline/, /structures/)
 * switch to their scalable form, and how /compare/ is split into pages. The site's five models
 * keep the plain form: one table, one drawing. With many models (the scaling benchmark builds
 * 1,000) the plain form grows with the number of models, or with models × mechanisms, past what a
 * reader can load; the scalable form keeps every page's HTML to a bounded size.
 */
import { MAX_MODELS } from './compare/selection';

/**
 * Above this many models the scalable form is used. Twelve lanes still fit the cross-region
 * timeline's 1,120 px drawing, and twelve comparison columns one screen of scrolling; the site
 * has five models, so it can more than double before readers see anything change.
 */
export const SCALABLE_ABOVE_MODELS = 12;

/** Whether pages that show every model use their scalable form for `models` models. */
export function usesScalableForm(models: number): boolean {
  return models > SCALABLE_ABOVE_MODELS;
}

/**
 * Splits a list into the fewest pages of at most `size` items, as even as possible (sizes differ
 * by one at most), so no page is left with a single item to compare.
 *
 * @example splitEvenly([1, 2, 3, 4, 5, 6], 5) // [[1, 2, 3], [4, 5, 6]]
 */
export function splitEvenly<T>(items: readonly T[], size: number): T[][] {
  if (!(size >= 1)) throw new Error(`page size must be at least 1, not ${size}`);
  const pages = Math.max(1, Math.ceil(items.length / size));
  const base = Math.floor(items.length / pages);
  const longer = items.length % pages;
  const out: T[][] = [];
  let start = 0;
  for (let p = 0; p < pages; p++) {
    const end = start + base + (p < longer ? 1 : 0);
    out.push(items.slice(start, end));
    start = end;
  }
  return out;
}

/**
 * The models of each /compare/ page, in order: all on one page in the plain form; in the scalable
 * form, pages of at most as many models as a comparison may hold (MAX_MODELS).
 */
export function comparePages<T>(models: readonly T[]): T[][] {
  return usesScalableForm(models.length) ? splitEvenly(models, MAX_MODELS) : [[...models]];
}

/** The site path of /compare/ page `n` (1-based): the first is /compare/ itself. */
export function comparePagePath(n: number): string {
  return n === 1 ? 'compare/' : `compare/${n}/`;
}

/**
 * The /compare/ page (1-based) that holds every one of `chosen`, so a link that chooses them (a
 * lesson kit's exercise) opens the page where they are; 1 when no single page holds them all.
 */
export function comparePageFor(models: readonly string[], chosen: readonly string[]): number {
  const index = comparePages(models).findIndex((page) => chosen.every((id) => page.includes(id)));
  return index === -1 ? 1 : index + 1;
}
