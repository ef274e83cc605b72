/** The search filters: their names in the index, the URL parameter each is shared under, and the result types. */

/** Result types, in the order the filter lists them. */
export const SEARCH_TYPES = ['模式', '案例', '机制', '术语', '资料来源', '结构', '事件'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The filter names Pagefind stores, and the URL parameter each is shared under. */
export const FILTERS = [
  { name: '类型', param: 'type' },
  { name: '地区', param: 'region' },
  { name: '时期', param: 'period' },
] as const;
export type FilterName = (typeof FILTERS)[number]['name'];

/** The period of a date whose year the source does not give. */
export const UNKNOWN_YEAR = '年份不详';

/**
 * A filter no control offers: the regions where an entry is only proposed (SearchFacets'
 * proposedRegions). Filter values reach the index byte for byte, so results can read it back.
 */
export const PROPOSED_FILTER = '建议地区';

/**
 * The regions line of a result: each region where the entry is only proposed is marked, so a
 * proposal never reads as practice.
 *
 * @example regionsLabel(['浦东', '广东'], ['广东']) // '浦东、广东(建议)'
 */
export function regionsLabel(regions: readonly string[], proposed: readonly string[]): string {
  return regions.map((r) => (proposed.includes(r) ? `${r}(建议)` : r)).join('、');
}
