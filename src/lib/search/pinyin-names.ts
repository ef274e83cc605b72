/**
 * The pinyin aliases of an entry's names, for the index (build time only: pinyin-pro carries a
 * dictionary the browser never needs). A term's own `pinyin` field is used where it exists.
 */
import { pinyin } from 'pinyin-pro';
import { hasHan } from './segment';
import { pinyinKey } from './pinyin';

/** Longer names (a model's full title) are not typed in pinyin, and each key costs index bytes. */
export const MAX_PINYIN_SYLLABLES = 8;

/**
 * The pinyin key (see pinyinKey) of each name that has Chinese in it and at most
 * MAX_PINYIN_SYLLABLES syllables, without repeats; `known` readings (a term's own) come first.
 *
 * @example pinyinAliases(['大工委', 'Party']) // ['dagongwei']
 */
export function pinyinAliases(names: readonly string[], known: readonly string[] = []): string[] {
  const readings = names.filter(hasHan).map((n) => pinyin(n, { toneType: 'none', type: 'array', nonZh: 'removed' }));
  const keys = [...known.map(pinyinKey), ...readings.filter((r) => r.length <= MAX_PINYIN_SYLLABLES).map((r) => pinyinKey(r.join('')))];
  return [...new Set(keys.filter((k) => k !== ''))];
}
