/**
 * Words for what a diagram shows, from the same data as the drawing: what screen readers hear on
 * a unit, the caption's counts, and the relations listed in a unit's detail.
 */
import type { Cite } from '../../schemas/common';
import type { Relation, Structure, StructureNode } from '../../schemas/structures';
import { CLIENT_WORDS, DIAGRAM_WORDS_ZH, type DiagramWords } from './words';

/** One relation seen from one of its two units. */
export interface NodeRelation {
  relation: Relation;
  /** 'out' when the unit is the relation's `from`. */
  direction: 'out' | 'in';
  other: Pick<StructureNode, 'id' | 'label'>;
  /** The source's own wording, when it has one. */
  label?: string;
  cite?: Cite;
}

/** Every relation of a unit, in the content's order. */
export function relationsOf(structure: Pick<Structure, 'nodes' | 'edges'>, nodeId: string): NodeRelation[] {
  const byId = new Map(structure.nodes.map((n) => [n.id, n]));
  const out: NodeRelation[] = [];
  for (const e of structure.edges) {
    if (e.from !== nodeId && e.to !== nodeId) continue;
    const direction = e.from === nodeId ? 'out' : 'in';
    const other = byId.get(direction === 'out' ? e.to : e.from);
    if (!other) continue;
    out.push({
      relation: e.relation,
      direction,
      other: { id: other.id, label: other.label },
      ...(e.label ? { label: e.label } : {}),
      ...(e.cite ? { cite: e.cite } : {}),
    });
  }
  return out;
}

/**
 * A relation in words from one unit's side; the same pattern for every relation, since the
 * sources use them in both directions.
 *
 * @example relationPhrase({ relation: '领导', direction: 'out', other: { label: '社区居委会' } }) // '领导（指向 社区居委会）'
 */
export function relationPhrase(
  r: { relation: string; direction: NodeRelation['direction']; other: { label: string } },
  words: Pick<DiagramWords, 'phrase'> = CLIENT_WORDS.zh,
): string {
  return words.phrase(r.relation, r.direction, r.other.label);
}

/**
 * What a screen reader hears on a unit of the diagram: its name, its kind and its relations.
 *
 * @example describeNode(s, 'juweihui') // '社区居委会，自治组织。3条关系：领导（来自 社区党委）；监督（指向 社区管理服务站）；下设（指向 居委会下属委员会）'
 */
export function describeNode(structure: Pick<Structure, 'nodes' | 'edges'>, nodeId: string, words: DiagramWords = DIAGRAM_WORDS_ZH): string {
  const node = structure.nodes.find((n) => n.id === nodeId);
  if (!node) throw new Error(`unknown node: ${nodeId}`);
  const rels = relationsOf(structure, nodeId).map((r) => relationPhrase({ ...r, relation: words.relation(r.relation) }, words));
  return words.unit(node.label, words.kind(node.kind), rels);
}

/** Counts for a caption or a comparison: units, levels, relations and relation types. */
export function structureCounts(structure: Pick<Structure, 'nodes' | 'edges'>) {
  return {
    nodes: structure.nodes.length,
    levels: new Set(structure.nodes.map((n) => n.level)).size,
    edges: structure.edges.length,
    relationTypes: new Set(structure.edges.map((e) => e.relation)).size,
    partyOrganisations: structure.nodes.filter((n) => n.kind === '党组织').length,
  };
}

/**
 * The caption's summary of a structure's shape.
 *
 * @example countsText(s) // '14个组织单元，4层，14条关系（4种）'
 */
export function countsText(structure: Pick<Structure, 'nodes' | 'edges'>, words: Pick<DiagramWords, 'counts'> = DIAGRAM_WORDS_ZH): string {
  return words.counts(structureCounts(structure));
}
