/**
 * The glossary's sections: terms grouped by the first letter of their pinyin, so the page (in
 * pinyin order) gets headings a reader can jump between, and the floating 目录 lists them.
 */

/**
 * The letter a pinyin reading is filed under: its first letter without the tone mark, in capitals;
 * '#' when it does not start with a Latin letter.
 *
 * @example pinyinInitial('wǎnggéhuà') // 'W'
 * @example pinyinInitial('Ài') // 'A'
 */
export function pinyinInitial(pinyin: string): string {
  const first = pinyin.trim().normalize('NFD').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** Consecutive items grouped by their initial, in the order given (sort them first). */
export function groupByInitial<T>(items: readonly T[], pinyinOf: (item: T) => string): { initial: string; items: T[] }[] {
  const groups: { initial: string; items: T[] }[] = [];
  for (const item of items) {
    const initial = pinyinInitial(pinyinOf(item));
    const last = groups.at(-1);
    if (last?.initial === initial) last.items.push(item);
    else groups.push({ initial, items: [item] });
  }
  return groups;
}
