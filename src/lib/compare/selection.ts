/**
 * Which models and dimensions the comparison shows, and how that choice is written in the URL
 * (`?m=shanghai,jianye&d=lingdao-hexin,kaohe-pingjia&diff=1`), so a trainer can share or
 * bookmark an exercise. Shared by the page and its browser script.
 */

/** How many models a comparison may hold. */
export const MIN_MODELS = 2;
export const MAX_MODELS = 5;

export interface CompareSelection {
  models: string[];
  dimensions: string[];
  /** Highlight the rows where the chosen models differ. */
  diff: boolean;
}

/** What can be chosen, in the order the matrix shows it. */
export interface CompareChoices {
  models: readonly string[];
  dimensions: readonly string[];
}

/** The ids of `wanted` that exist in `known`, in `known`'s order, without repeats. */
function pick(known: readonly string[], wanted: readonly string[]): string[] {
  const set = new Set(wanted);
  return known.filter((id) => set.has(id));
}

const list = (value: string | null) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []);

/** The default: every model (up to the maximum), every dimension, no highlighting. */
export function defaultSelection(choices: CompareChoices): CompareSelection {
  return { models: choices.models.slice(0, MAX_MODELS), dimensions: [...choices.dimensions], diff: false };
}

/**
 * Reads a selection from a query string. Unknown ids are dropped; fewer than two models, or no
 * dimension, falls back to the default for that part; more than five models keeps the first five.
 *
 * @example parseSelection('?m=jianye,shanghai', choices).models // ['shanghai', 'jianye'] (matrix order)
 */
export function parseSelection(search: string, choices: CompareChoices): CompareSelection {
  const params = new URLSearchParams(search);
  const fallback = defaultSelection(choices);
  const models = pick(choices.models, list(params.get('m'))).slice(0, MAX_MODELS);
  const dimensions = pick(choices.dimensions, list(params.get('d')));
  return {
    models: models.length >= MIN_MODELS ? models : fallback.models,
    dimensions: dimensions.length > 0 ? dimensions : fallback.dimensions,
    diff: params.get('diff') === '1',
  };
}

/**
 * The query string for a selection, leaving out whatever equals the default, so the plain page
 * URL means "everything".
 *
 * @example selectionQuery({ models: ['shanghai', 'jianye'], dimensions: all, diff: true }, choices) // '?m=shanghai,jianye&diff=1'
 */
export function selectionQuery(sel: CompareSelection, choices: CompareChoices): string {
  const fallback = defaultSelection(choices);
  const parts: string[] = [];
  const models = pick(choices.models, sel.models);
  const dimensions = pick(choices.dimensions, sel.dimensions);
  if (models.join(',') !== fallback.models.join(',')) parts.push(`m=${models.join(',')}`);
  if (dimensions.join(',') !== fallback.dimensions.join(',')) parts.push(`d=${dimensions.join(',')}`);
  if (sel.diff) parts.push('diff=1');
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/**
 * Whether a row differs across the chosen models: their key answers are not all the same once
 * spacing and punctuation are ignored.
 */
export function rowDiffers(keys: readonly string[]): boolean {
  const norm = keys.map((k) => k.replace(/[\s，、。·“”‘’"'（）()—-]/g, ''));
  return new Set(norm).size > 1;
}

/** What 标出差异 says of a row: the chosen models differ, agree, or no source covers it. */
export type RowVerdict = 'differs' | 'same' | 'none-covered';

/** The words shown for each verdict. */
export const ROW_VERDICT_TEXT: Record<RowVerdict, string> = {
  differs: '各模式不同',
  same: '各模式相同',
  'none-covered': '各来源均未涉及',
};

/**
 * The verdict on a row of shown cells. A row where every source is silent is not "the same": the
 * page says "not covered" does not mean "not done", so it says 各来源均未涉及 instead.
 *
 * @example rowVerdict([{ key: '原文未涉及', status: 'not-covered' }, { key: '原文未涉及', status: 'not-covered' }]) // 'none-covered'
 */
export function rowVerdict(cells: readonly { key: string; status: string }[]): RowVerdict {
  if (cells.length > 0 && cells.every((c) => c.status === 'not-covered')) return 'none-covered';
  return rowDiffers(cells.map((c) => c.key)) ? 'differs' : 'same';
}
