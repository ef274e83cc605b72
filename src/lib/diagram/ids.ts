/**
 * Element ids of a diagram, shared by the server's drawing and the browser script (which must not
 * pull in the content schemas), so the hash that opens a unit is spelled in one place.
 */

/**
 * The id of a unit's element in the diagram, also the URL hash that opens the diagram at that unit.
 *
 * @example nodeElementId('jianye-yi-wei-yi-ju-yi-zhan', 'juweihui') // 'node-jianye-yi-wei-yi-ju-yi-zhan-juweihui'
 */
export function nodeElementId(structure: string, node: string): string {
  return `node-${structure}-${node}`;
}

/** The id of a structure's text version (its units by level and its relation table). */
export function textVersionId(structure: string): string {
  return `${structure}-text`;
}

/** The id of a unit's entry in the text version: where a unit links to without JavaScript. */
export function textEntryId(structure: string, node: string): string {
  return `${structure}-node-${node}`;
}
