/**
 * What the search box and its script say, in each language of the site: the English search page
 * (/en/search/) searches the English index with the same code and says it in English.
 */
export type SearchLang = 'zh' | 'en';

export interface SearchWords {
  loading: string;
  failed: string;
  chosen(values: string[]): string;
  none(query: string): string;
  partial(query: string, count: number, parts: string[]): string;
  found(count: number): string;
  more(left: number): string;
}

export const SEARCH_WORDS: Record<SearchLang, SearchWords> = {
  zh: {
    loading: '正在加载搜索索引…',
    failed: '搜索暂时无法使用：搜索索引没有加载成功，请稍后重试。',
    chosen: (values) => `已选：${values.join('、')}`,
    none: (query) => `没有找到与“${query}”相关的条目。`,
    partial: (query, count, parts) => `没有条目含有完整的“${query}”。以下 ${count} 条结果分别按${parts.map((p) => `“${p}”`).join('')}匹配。`,
    found: (count) => `找到 ${count} 条结果。`,
    more: (left) => `显示更多结果（还有 ${left} 条）`,
  },
  en: {
    loading: 'Loading the search index…',
    failed: 'Search is not available just now: the search index did not load. Please try again later.',
    chosen: (values) => `Chosen: ${values.join(', ')}`,
    none: (query) => `Nothing found for "${query}".`,
    partial: (query, count, parts) => `No entry contains all of "${query}". These ${count} results match ${parts.map((p) => `"${p}"`).join(', ')}.`,
    found: (count) => `${count} ${count === 1 ? 'result' : 'results'} found.`,
    more: (left) => `Show more results (${left} more)`,
  },
};

/** The words for a page, by its `<html lang>`. */
export function searchWords(lang: string): SearchWords {
  return lang.toLowerCase().startsWith('en') ? SEARCH_WORDS.en : SEARCH_WORDS.zh;
}
