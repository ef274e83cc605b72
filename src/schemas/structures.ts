/** Organisation structures as data: nodes and typed relations, drawn by the diagrams. */
import { z } from 'astro/zod';
import { cite, cites, entryId, text, title } from './common';

export const NODE_KINDS = ['党组织', '政府及派出机构', '自治组织', '服务平台', '驻区单位·企业', '社会组织', '党员·群众'] as const;
export const RELATIONS = [
  '领导',
  '组织领导',
  '指导',
  '协调',
  '监督',
  '双重领导',
  '吸纳·兼职',
  '报到',
  '服务',
  '联动',
  '下设',
  '执行',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
export type Relation = (typeof RELATIONS)[number];

export const structureNode = z.strictObject({
  id: entryId,
  label: text.max(24, '节点名称不超过24字，详细写在 composition/duties'),
  kind: z.enum(NODE_KINDS),
  /** 0 is the top. */
  level: z.number().int().min(0).max(8),
  composition: z.string().optional(),
  duties: z.string().optional(),
  cite: cite.optional(),
  /** Further passages the unit's text rests on, when it also draws on another section or source. */
  cites: z.array(cite).min(1).optional(),
});

export const structureEdge = z.strictObject({
  from: entryId,
  to: entryId,
  relation: z.enum(RELATIONS),
  /** The source's own wording of the relation, when it has one. */
  label: z.string().optional(),
  cite: cite.optional(),
});

export const structureSchema = z.strictObject({
  title: title(50),
  model: entryId,
  /** The model's defining structure, shown on /structures/ side by side. */
  core: z.boolean().default(false),
  case: entryId.optional(),
  summary: text,
  nodes: z.array(structureNode).min(2),
  edges: z.array(structureEdge).min(1),
  cites,
  order: z.number().int().default(100),
});
export type Structure = z.infer<typeof structureSchema>;
export type StructureNode = z.infer<typeof structureNode>;
export type StructureEdge = z.infer<typeof structureEdge>;
