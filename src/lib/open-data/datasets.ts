/**
 * The open data sets under /data/: one per collection (structures split into nodes and edges,
 * the comparison into cells), each with the Zod schema its records satisfy once the added key
 * field is removed, so tests can validate the published JSON against the content schemas.
 */
import type { z } from 'astro/zod';
import { compareCell, type CompareEntry } from '../../schemas/compare';
import { caseSchema } from '../../schemas/cases';
import { figureSchema } from '../../schemas/figures';
import { mechanismSchema } from '../../schemas/mechanisms';
import { modelSchema } from '../../schemas/models';
import { sourceSchema } from '../../schemas/sources';
import { structureEdge, structureNode } from '../../schemas/structures';
import { termSchema } from '../../schemas/terms';
import { eventSchema, stageSchema } from '../../schemas/timeline';
import type { Entry, KnowledgeInput } from '../knowledge';

/** A published data set. */
export interface Dataset {
  /** File stem: /data/<name>.json and /data/<name>.csv. */
  name: string;
  title: string;
  /** The field added to each record to say whose it is (an entry id, or the parent's id). */
  key: { field: string; note: string };
  /** The schema each record satisfies without `key.field`. */
  schema: z.ZodObject;
  records: Record<string, unknown>[];
}

/** Everything the data sets are built from. */
export type OpenDataInput = Pick<
  KnowledgeInput,
  'sources' | 'models' | 'cases' | 'mechanisms' | 'terms' | 'stages' | 'events' | 'figures' | 'structures'
> & { compare: Entry<CompareEntry>[] };

const byId = <T>(entries: Entry<T>[]) => [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const withId = <T>(entries: Entry<T>[]) => byId(entries).map((e) => ({ id: e.id, ...(e.data as object) }));
/** List-file entries already carry their id in the data. */
const asIs = <T>(entries: Entry<T>[]) => byId(entries).map((e) => ({ ...(e.data as object) }) as Record<string, unknown>);

/** The data sets in the order the /data/ page lists them; records sorted by id for stable files. */
export function buildDatasets(kb: OpenDataInput): Dataset[] {
  const idKey = { field: 'id', note: '条目 id，与网址中的 id 相同' };
  const structures = byId(kb.structures);
  return [
    { name: 'models', title: '模式', key: idKey, schema: modelSchema, records: withId(kb.models) },
    { name: 'cases', title: '案例', key: idKey, schema: caseSchema, records: withId(kb.cases) },
    { name: 'mechanisms', title: '机制', key: idKey, schema: mechanismSchema, records: withId(kb.mechanisms) },
    { name: 'terms', title: '术语', key: idKey, schema: termSchema, records: withId(kb.terms) },
    { name: 'stages', title: '改革阶段', key: { field: 'id', note: '阶段 id' }, schema: stageSchema, records: asIs(kb.stages) },
    { name: 'events', title: '事件', key: { field: 'id', note: '事件 id' }, schema: eventSchema, records: asIs(kb.events) },
    { name: 'figures', title: '数据', key: { field: 'id', note: '数字 id' }, schema: figureSchema, records: asIs(kb.figures) },
    {
      name: 'structure-nodes',
      title: '组织结构节点',
      key: { field: 'structure', note: '所属组织结构的 id' },
      schema: structureNode,
      records: structures.flatMap((s) => s.data.nodes.map((n) => ({ structure: s.id, ...n }))),
    },
    {
      name: 'structure-edges',
      title: '组织结构关系',
      key: { field: 'structure', note: '所属组织结构的 id' },
      schema: structureEdge,
      records: structures.flatMap((s) => s.data.edges.map((e) => ({ structure: s.id, ...e }))),
    },
    {
      name: 'compare',
      title: '比较单元格',
      key: { field: 'model', note: '模式 id' },
      schema: compareCell,
      records: byId(kb.compare).flatMap((e) => e.data.cells.map((c) => ({ model: e.id, ...c }))),
    },
    { name: 'sources', title: '资料来源', key: idKey, schema: sourceSchema, records: withId(kb.sources) },
  ];
}

/** A record as its schema sees it: without the added key field (kept when the schema has it, e.g. figures' id). */
export function recordForSchema(ds: Dataset, record: Record<string, unknown>): Record<string, unknown> {
  if (ds.key.field in ds.schema.shape) return record;
  const { [ds.key.field]: _key, ...rest } = record;
  return rest;
}
