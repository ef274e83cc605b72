/**
 * The pinyin aliases of an entry's names, for the index (build time only: pinyin-pro carries a
 * dictionary the browser never needs). A term's own `pinyin` field is used where it exists.
 */
import { pinyin } from 'pinyin-pro';
import { hasHan } from './segment';
import { pinyinKey } from './pinyin';

/**
 * The pinyin key (see pinyinKey) of each name that has Chinese in it, without repeats.
 *
 * @example pinyinAliases(['大工委', 'Party']) // ['dagongwei']
 */
export function pinyinAliases(names: readonly string[], known: readonly string[] = []): string[] {
  const keys = [
    ...known.map(pinyinKey),
    ...names.filter(hasHan).map((n) => pinyinKey(pinyin(n, { toneType: 'none', type: 'array', nonZh: 'removed' }).join(''))),
  ];
  return [...new Set(keys.filter((k) => k !== ''))];
}
