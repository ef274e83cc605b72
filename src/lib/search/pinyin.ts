/**
 * Pinyin queries. The index gives every name and alias one more alias: its pinyin without tones
 * or spaces (大工委 → dagongwei, see pinyin-names.ts). A query typed in pinyin, with or without
 * tone marks, spaces or apostrophes (`da gong wei`, `dàgōngwěi`, `xi'an`), is brought to that
 * same form before it is searched. Runs in the browser: no dictionary here.
 */

/** An initial (optional) and a final: loose enough for every real syllable, strict enough to reject most English. */
const SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|ing|uai|uan|ang|eng|ong|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ve|ue|a|o|e|i|u|v)';
const SYLLABLES = new RegExp(`^(?:${SYLLABLE})+$`);

/**
 * A text's pinyin in the index's form: tone marks dropped (ü → u), lower case, letters only.
 *
 * @example pinyinKey('jiēdào dǎng gōngwěi') // 'jiedaodanggongwei'
 */
export function pinyinKey(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
}

/**
 * The query as the index holds pinyin, when it is pinyin written with tone marks, spaces or
 * apostrophes; undefined for anything else (Chinese, English, numbers, plain `dagongwei`, which
 * needs no change).
 *
 * @example pinyinQuery('da gong wei') // 'dagongwei'
 * @example pinyinQuery('homeowners committee') // undefined
 */
export function pinyinQuery(query: string): string | undefined {
  const plain = query.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (!/^[a-z' ’]+$/i.test(plain)) return undefined;
  const words = plain.toLowerCase().split(/[' ’]+/).filter(Boolean);
  if (!words.every((w) => SYLLABLES.test(w))) return undefined;
  const key = words.join('');
  return key === query ? undefined : key;
}
