/**
 * The comparison's words in each language of the site: its controls, table, cells and the
 * script's status messages. Free of content schemas, so the browser script takes its words here.
 */
import { ROW_VERDICT_TEXT, type RowVerdict } from './selection';

export type CompareLang = 'zh' | 'en';

/** What the browser script says, by the page's language. */
export interface CompareClientWords {
  tooFew(min: number): string;
  tooMany(max: number): string;
  noDimension: string;
  shown(models: number, dimensions: number, differing: number | undefined): string;
  verdict: Record<RowVerdict, string>;
}

export interface CompareWords extends CompareClientWords {
  lang: CompareLang;
  controls: string;
  modelsLegend(min: number, max: number): string;
  proposalNote: string;
  dimensions: string;
  allDimensions: string;
  firstDimension: string;
  diff: string;
  caption: string;
  dimension: string;
  proposalBadge: string;
  missing: string;
}

export const COMPARE_CLIENT_WORDS: Record<CompareLang, CompareClientWords> = {
  zh: {
    tooFew: (min) => `至少选择 ${min} 个模式。`,
    tooMany: (max) => `最多选择 ${max} 个模式。`,
    noDimension: '至少选择 1 个维度。',
    shown: (models, dimensions, differing) => `显示 ${models} 个模式、${dimensions} 个维度${differing === undefined ? '' : `，其中 ${differing} 个维度各模式不同`}。`,
    verdict: ROW_VERDICT_TEXT,
  },
  en: {
    tooFew: (min) => `Choose at least ${min} models.`,
    tooMany: (max) => `Choose at most ${max} models.`,
    noDimension: 'Choose at least 1 dimension.',
    shown: (models, dimensions, differing) =>
      `Showing ${models} models and ${dimensions} dimensions${differing === undefined ? '' : `; the models differ on ${differing} of them`}.`,
    verdict: { differs: 'The models differ', same: 'The models agree', 'none-covered': 'Not covered by any source' },
  },
};

export const COMPARE_WORDS_ZH: CompareWords = {
  lang: 'zh',
  ...COMPARE_CLIENT_WORDS.zh,
  controls: '选择比较的内容',
  modelsLegend: (min, max) => `模式(选 ${min} 至 ${max} 个)`,
  proposalNote: '(建议)',
  dimensions: '维度',
  allDimensions: '全选维度',
  firstDimension: '只留第一个',
  diff: '标出差异(按各格要点比较)',
  caption: '模式 × 维度比较表(每格注明出处)',
  dimension: '维度',
  proposalBadge: '改革建议',
  missing: '本站尚未整理。',
};

export const COMPARE_WORDS_EN: CompareWords = {
  lang: 'en',
  ...COMPARE_CLIENT_WORDS.en,
  controls: 'What to compare',
  modelsLegend: (min, max) => `Models (choose ${min} to ${max})`,
  proposalNote: ' (proposal)',
  dimensions: 'Dimensions',
  allDimensions: 'All dimensions',
  firstDimension: 'Only the first',
  diff: 'Mark differences (comparing the key answers of the cells)',
  caption: 'Models × dimensions (each cell cites its sources)',
  dimension: 'Dimension',
  proposalBadge: 'Reform proposal',
  missing: 'Not yet translated.',
};

/** The browser script's words for a page, by its `<html lang>`. */
export function compareClientWords(lang: string): CompareClientWords {
  return lang.toLowerCase().startsWith('en') ? COMPARE_CLIENT_WORDS.en : COMPARE_CLIENT_WORDS.zh;
}
