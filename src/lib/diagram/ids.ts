/**
 * Element ids of a diagram and the marks of its text version, shared by the server's markup and
 * the browser scripts (which must not pull in the content schemas), so the hash that opens a unit
 * and the parts the detail panel and classroom view read are spelled in one place.
 */

/**
 * The id of a unit's element in the diagram, also the URL hash that opens the diagram at that unit.
 *
 * @example nodeElementId('jianye-yi-wei-yi-ju-yi-zhan', 'juweihui') // 'node-jianye-yi-wei-yi-ju-yi-zhan-juweihui'
 */
export function nodeElementId(structure: string, node: string): string {
  return `node-${structure}-${node}`;
}

/**
 * The unit a URL hash opens in a structure's diagram, or undefined when the hash names none of
 * its units' elements. A malformed hash (a broken %-escape such as `#%E0%A4%A`) opens nothing
 * instead of throwing: anyone can type or paste one.
 *
 * @example unitFromHash('#node-jianye-yi-wei-yi-ju-yi-zhan-juweihui', 'jianye-yi-wei-yi-ju-yi-zhan') // 'juweihui'
 */
export function unitFromHash(hash: string, structure: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  const prefix = nodeElementId(structure, '');
  return decoded.startsWith(prefix) && decoded.length > prefix.length ? decoded.slice(prefix.length) : undefined;
}

/** The id of a structure's text version (its units by level and its relation table). */
export function textVersionId(structure: string): string {
  return `${structure}-text`;
}

/** The id of a unit's entry in the text version: where a unit links to without JavaScript. */
export function textEntryId(structure: string, node: string): string {
  return `${structure}-node-${node}`;
}

/**
 * The parts of the text version that the diagram's detail panel reads, so a unit's details are in
 * the page once: StructureText.astro marks them with `textPart()`, the browser script finds them
 * with `textPartSelector()`. `level` marks a level's list item (see `levelItem`) and `levelLabel`
 * its 第N层; `label`, `kind` and `field` (组成, 职责) sit in a unit's entry; `relation` and `note`
 * are cells of a relation row; `basis` holds the citations of the whole structure.
 */
export type TextPart = 'level' | 'levelLabel' | 'label' | 'kind' | 'field' | 'relation' | 'note' | 'basis';

/** The attribute that marks a part of the text version, to spread on its element. */
export function textPart(part: TextPart): { 'data-part': TextPart } {
  return { 'data-part': part };
}

/** The attributes of a level's list item in the text version: its part and its level number (0 on top). */
export function levelItem(level: number): { 'data-part': TextPart; 'data-level': string } {
  return { 'data-part': 'level', 'data-level': String(level) };
}

/** A CSS selector for a part of the text version. */
export function textPartSelector(part: TextPart): string {
  return `[data-part="${part}"]`;
}

/**
 * The attributes of a relation row of the text version: the ids of its two units.
 *
 * @example relationRow({ from: 'quwei', to: 'jiedao' }) // { 'data-from': 'quwei', 'data-to': 'jiedao' }
 */
export function relationRow(edge: { from: string; to: string }): { 'data-from': string; 'data-to': string } {
  return { 'data-from': edge.from, 'data-to': edge.to };
}

/** A CSS selector for the relation rows of the text version that reach a unit, or for every row. */
export function relationRowsSelector(node?: string): string {
  if (node === undefined) return 'tr[data-from]';
  const id = JSON.stringify(node);
  return `tr[data-from=${id}], tr[data-to=${id}]`;
}
