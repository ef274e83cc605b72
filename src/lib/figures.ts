/** How 关键数据 orders and marks a model's figures. */
import type { Figure } from '../schemas/figures';

/** The kind of a figure the source cites as context (national or city-wide), not as the model's own. */
const BACKGROUND_KIND = '背景' satisfies Figure['kind'];

/** Whether a figure is background: context the author cites, not a figure of the model itself. */
export function isBackgroundFigure(figure: Pick<Figure, 'kind'>): boolean {
  return figure.kind === BACKGROUND_KIND;
}

/**
 * The model's own figures first, then the background ones, each group in its given order (the
 * order of content/figures/<model>.yaml), so a reader meets the local numbers before the context.
 *
 * @example localFiguresFirst(kb.figuresOf('shihe')) // 浉河's own counts, then the national numbers
 */
export function localFiguresFirst<T extends { data: Pick<Figure, 'kind'> }>(figures: readonly T[]): T[] {
  return [...figures.filter((f) => !isBackgroundFigure(f.data)), ...figures.filter((f) => isBackgroundFigure(f.data))];
}
