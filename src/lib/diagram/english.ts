/**
 * Structures in English (issue #17): the Chinese structure with the English entry's words put in
 * its place. Everything else (ids, levels, kinds, relations, citations) stays the Chinese entry's,
 * so the English drawing is laid out by the same code from the same data. Server side only: it
 * reads the English names of kinds and relations from src/lib/i18n/ui.ts.
 */
import { edgeKey, type EnStructure } from '../../schemas/en';
import type { Structure } from '../../schemas/structures';
import { NODE_KIND_EN, RELATION_EN } from '../i18n/ui';
import { englishDiagramWords } from './words';

/** Every word an English diagram says. */
export const DIAGRAM_WORDS_EN = englishDiagramWords({
  kind: (k) => NODE_KIND_EN[k as keyof typeof NODE_KIND_EN] ?? k,
  relation: (r) => RELATION_EN[r as keyof typeof RELATION_EN]?.label ?? r,
});

/**
 * The Chinese structure in the English entry's words: title, summary, each unit's label,
 * composition and duties, and the wording of each labelled relation. A unit or relation the
 * English entry lacks throws (the content guard makes every English structure complete).
 *
 * @example localiseStructure(zh, en).nodes[0].label // 'Sub-district big working committee'
 */
export function localiseStructure(zh: Structure, en: EnStructure): Structure {
  return {
    ...zh,
    title: en.title,
    summary: en.summary,
    nodes: zh.nodes.map((n) => {
      const t = en.nodes[n.id];
      if (!t) throw new Error(`${en.translationOf}: no English for unit ${n.id}`);
      const { composition: _c, duties: _d, ...rest } = n;
      return { ...rest, label: t.label, ...(t.composition ? { composition: t.composition } : {}), ...(t.duties ? { duties: t.duties } : {}) };
    }),
    edges: zh.edges.map((e) => {
      if (!e.label) return e;
      const label = en.edges[edgeKey(e)];
      if (label === undefined) throw new Error(`${en.translationOf}: no English for the relation ${edgeKey(e)}`);
      return { ...e, label };
    }),
  };
}
