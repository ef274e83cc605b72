/**
 * The comparison matrix as data: one row per dimension, one cell per model, in a fixed order.
 * Pure: the page passes in the entries it loaded.
 */
import { COMPARE_DIMENSIONS, COMPARE_DIMENSION_INFO, type CompareCell, type CompareDimension, type CompareEntry } from '../../schemas/compare';

export interface MatrixRow {
  dimension: CompareDimension;
  label: string;
  question: string;
  /**
   * One cell per model, in the order of `models`; undefined where a model has no file yet.
   * `diffKey`: what the difference marks compare when it is not the cell's key (an English cell's
   * Chinese key, so both editions mark the same differences).
   */
  cells: { model: string; cell: CompareCell | undefined; diffKey?: string }[];
}

/** Builds the rows for the given model order from the compare entries (id = model id). */
export function buildMatrix(models: readonly string[], entries: readonly { id: string; data: CompareEntry }[]): MatrixRow[] {
  const byModel = new Map(entries.map((e) => [e.id, new Map(e.data.cells.map((c) => [c.dimension, c]))]));
  return COMPARE_DIMENSIONS.map((dimension) => ({
    dimension,
    ...COMPARE_DIMENSION_INFO[dimension],
    cells: models.map((model) => ({ model, cell: byModel.get(model)?.get(dimension) })),
  }));
}
