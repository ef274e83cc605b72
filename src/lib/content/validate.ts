/**
 * Validates the whole knowledge base: every entry against its schema, then every cross-reference,
 * citation and in-text marker against the entries that exist. Pure: it takes records already read
 * from disk, so unit tests can feed it fixtures.
 */
import { COMPARE_DIMENSIONS, type CompareCell } from '../../schemas/compare';
import type { Cite } from '../../schemas/common';
import type { Lesson } from '../../schemas/lessons';
import type { Source } from '../../schemas/sources';
import type { Structure } from '../../schemas/structures';
import { bodyHeadings } from '../lesson/model-headings';
import { COLLECTIONS, COLLECTION_NAMES, COLLECTION_ROUTES, type CollectionName } from './collections';
import { fieldPath, nearest, type ContentIssue } from './issues';

/** One entry as read from disk, before validation. */
export interface RawRecord {
  collection: CollectionName;
  /** Path relative to the project, e.g. content/models/shanghai.mdx. */
  file: string;
  /** For list files, the entry's id (or its position when the id is missing). */
  id: string;
  /** True when the entry is one of several in a list file: field paths then start with the id. */
  inList: boolean;
  data: unknown;
  /** MDX body, for checking in-text citations and links. */
  body?: string;
}

/** One validated entry. */
export interface ValidRecord<T = Record<string, unknown>> extends RawRecord {
  data: T;
}

export type ValidatedBase = Record<CollectionName, ValidRecord[]>;

/** Validates records; returns the issues (empty when all is well) and the entries that parsed. */
export function validateKnowledgeBase(records: readonly RawRecord[]): { issues: ContentIssue[]; entries: ValidatedBase } {
  const issues: ContentIssue[] = [];
  const entries = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, [] as ValidRecord[]])) as ValidatedBase;
  const seen = new Map<string, string>();

  for (const rec of records) {
    const prefix = rec.inList ? rec.id : '';
    const at = (path: string) => [prefix, path].filter(Boolean).join(path.startsWith('[') ? '' : '.');
    const key = `${rec.collection}:${rec.id}`;
    const first = seen.get(key);
    if (first) {
      issues.push({ file: rec.file, field: at('id'), message: `id “${rec.id}”重复，已在 ${first} 中使用。每个条目的 id 必须唯一。` });
      continue;
    }
    seen.set(key, rec.file);
    const result = COLLECTIONS[rec.collection].schema.safeParse(rec.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const input = valueAt(rec.data, issue.path);
        issues.push({ file: rec.file, field: at(fieldPath(issue.path)), message: describeZodIssue(issue, input) });
      }
      continue;
    }
    entries[rec.collection].push({ ...rec, data: result.data as Record<string, unknown> });
  }

  // Ids of entries that failed their schema still count as existing, so one bad entry yields one
  // error rather than one more for every reference to it.
  const known = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, new Set<string>()])) as Record<CollectionName, Set<string>>;
  for (const rec of records) known[rec.collection].add(rec.id);
  issues.push(...checkReferences(entries, known));
  return { issues, entries };
}

interface ZodIssueLike {
  code: string;
  message: string;
  path: PropertyKey[];
  values?: readonly unknown[];
  expected?: unknown;
  keys?: string[];
}

/** The value at a Zod issue path inside the raw data (what actually arrived). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

/** Turns a Zod issue into a sentence that says what was expected and what arrived. */
function describeZodIssue(issue: ZodIssueLike, input: unknown): string {
  if (issue.code === 'invalid_value' && issue.values) {
    return `“${String(input)}”不是允许的值。可选：${issue.values.map(String).join('、')}`;
  }
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return `未知字段 ${issue.keys.join('、')}。删除它，或检查拼写。`;
  }
  if (issue.code === 'invalid_type') {
    if (input === undefined) return `缺少必填字段(应为 ${String(issue.expected)})`;
    return `类型错误：应为 ${String(issue.expected)}，实际是 ${Array.isArray(input) ? 'array' : typeof input}(“${String(input)}”)`;
  }
  return issue.message;
}

type Lookup = Map<string, ValidRecord>;

function indexById(records: readonly ValidRecord[]): Lookup {
  return new Map(records.map((r) => [r.id, r]));
}

/** Checks every reference between entries. */
function checkReferences(kb: ValidatedBase, known: Record<CollectionName, Set<string>>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const ids = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, indexById(kb[c])])) as Record<CollectionName, Lookup>;
  const sourceSections = new Map(
    kb.sources.map((s) => [s.id, (s.data as unknown as Source).sections.map((sec) => sec.id)]),
  );

  const issueAt = (rec: ValidRecord, field: string, message: string) =>
    issues.push({ file: rec.file, field: rec.inList ? `${rec.id}.${field}` : field, message });

  const ref = (rec: ValidRecord, field: string, target: CollectionName, id: unknown) => {
    if (id === undefined) return;
    if (!known[target].has(String(id))) {
      const hint = nearest(String(id), [...ids[target].keys()]);
      issueAt(rec, field, `引用了不存在的 ${target} 条目“${String(id)}”。${hint ? `是否应为“${hint}”?` : `现有：${[...ids[target].keys()].join('、') || '(无)'}`}`);
    }
  };
  const refs = (rec: ValidRecord, field: string, target: CollectionName, list: unknown) => {
    (list as unknown[] | undefined)?.forEach((id, i) => ref(rec, `${field}[${i}]`, target, id));
  };
  const citeRef = (rec: ValidRecord, field: string, c: Cite | undefined) => {
    if (!c) return;
    const sections = sourceSections.get(c.source);
    if (!sections) {
      ref(rec, `${field}.source`, 'sources', c.source);
      return; // a source that failed its own schema has no sections to check against
    }
    if (!sections.includes(c.at)) {
      const hint = nearest(c.at, sections);
      issueAt(rec, `${field}.at`, `资料来源 ${c.source} 中没有章节“${c.at}”。${hint ? `是否应为“${hint}”?` : `可选：${sections.join('、')}`}`);
    }
  };
  const citeList = (rec: ValidRecord, field: string, list: unknown) =>
    (list as Cite[] | undefined)?.forEach((c, i) => citeRef(rec, `${field}[${i}]`, c));

  for (const r of kb.sources) refs(r, 'models', 'models', r.data.models);
  for (const r of kb.models) {
    refs(r, 'sources', 'sources', r.data.sources);
    refs(r, 'related', 'models', r.data.related);
    citeList(r, 'cites', r.data.cites);
  }
  for (const r of kb.cases) {
    ref(r, 'model', 'models', r.data.model);
    refs(r, 'learnedBy', 'models', r.data.learnedBy);
    refs(r, 'mechanisms', 'mechanisms', r.data.mechanisms);
    citeList(r, 'cites', r.data.cites);
  }
  for (const r of kb.mechanisms) {
    refs(r, 'models', 'models', r.data.models);
    refs(r, 'proposedFor', 'models', r.data.proposedFor);
    // A proposal model (Guangdong) has no practice to report, so it can only be proposed for.
    (r.data.models as string[]).forEach((id, i) => {
      if (ids.models.get(id)?.data.status === 'proposal') {
        issueAt(r, `models[${i}]`, `模式“${id}”是改革建议，没有实践可报告：把它移到 proposedFor。`);
      }
    });
    citeList(r, 'cites', r.data.cites);
  }
  for (const r of kb.terms) {
    refs(r, 'mechanisms', 'mechanisms', r.data.mechanisms);
    refs(r, 'related', 'terms', r.data.related);
    citeList(r, 'cites', r.data.cites);
  }
  for (const r of kb.stages) {
    ref(r, 'model', 'models', r.data.model);
    citeList(r, 'cites', r.data.cites);
  }
  for (const r of kb.events) {
    ref(r, 'model', 'models', r.data.model);
    if (r.data.stage !== undefined) {
      const stage = ids.stages.get(String(r.data.stage));
      if (!stage) ref(r, 'stage', 'stages', r.data.stage);
      else if (stage.data.model !== r.data.model) {
        issueAt(r, 'stage', `阶段“${String(r.data.stage)}”属于 ${String(stage.data.model)}，不属于本事件的模式 ${String(r.data.model)}`);
      }
    }
    refs(r, 'cases', 'cases', r.data.cases);
    refs(r, 'mechanisms', 'mechanisms', r.data.mechanisms);
    (r.data.learnedFrom as { model?: string; case?: string }[]).forEach((l, i) => {
      ref(r, `learnedFrom[${i}].model`, 'models', l.model);
      ref(r, `learnedFrom[${i}].case`, 'cases', l.case);
    });
    citeList(r, 'cites', r.data.cites);
  }
  for (const r of kb.figures) {
    ref(r, 'model', 'models', r.data.model);
    ref(r, 'case', 'cases', r.data.case);
    citeRef(r, 'cite', r.data.cite as Cite);
  }
  for (const r of kb.structures) {
    ref(r, 'model', 'models', r.data.model);
    ref(r, 'case', 'cases', r.data.case);
    citeList(r, 'cites', r.data.cites);
    const s = r.data as unknown as Structure;
    const nodeIds = new Set<string>();
    s.nodes.forEach((n, i) => {
      if (nodeIds.has(n.id)) issueAt(r, `nodes[${i}].id`, `节点 id “${n.id}”重复`);
      nodeIds.add(n.id);
      citeRef(r, `nodes[${i}].cite`, n.cite);
    });
    s.edges.forEach((e, i) => {
      for (const end of ['from', 'to'] as const) {
        if (!nodeIds.has(e[end])) {
          const hint = nearest(e[end], [...nodeIds]);
          issueAt(r, `edges[${i}].${end}`, `连线指向不存在的节点“${e[end]}”。${hint ? `是否应为“${hint}”?` : ''}`);
        }
      }
      citeRef(r, `edges[${i}].cite`, e.cite);
    });
  }
  for (const r of kb.lessons) checkLesson(r, ids, sourceSections, issueAt, ref, citeList);
  for (const r of kb.compare) checkCompare(r, ids, known, issueAt, ref, citeList);
  checkAliases(kb, issues);
  checkCompareRows(kb, issues);
  for (const c of ['models', 'cases', 'mechanisms'] as const) {
    for (const r of kb[c]) checkBody(r, known, sourceSections, issues);
  }
  return issues;
}

/**
 * A lesson kit's references: its models, the model-page headings its key points link to, the
 * structures and timelines it shows, and the sources and sections it cites or sets as reading.
 */
function checkLesson(
  r: ValidRecord,
  ids: Record<CollectionName, Lookup>,
  sourceSections: Map<string, string[]>,
  issueAt: (rec: ValidRecord, field: string, message: string) => void,
  ref: (rec: ValidRecord, field: string, target: CollectionName, id: unknown) => void,
  citeList: (rec: ValidRecord, field: string, list: unknown) => void,
) {
  const l = r.data as unknown as Lesson;
  const refs = (field: string, target: CollectionName, list: string[]) => list.forEach((id, i) => ref(r, `${field}[${i}]`, target, id));
  refs('models', 'models', l.models);
  l.keyPoints.forEach((k, i) => {
    ref(r, `keyPoints[${i}].model`, 'models', k.model);
    const body = ids.models.get(k.model)?.body;
    const headings = body === undefined ? undefined : bodyHeadings(body);
    if (headings && !headings.includes(k.section)) {
      const hint = nearest(k.section, headings);
      issueAt(r, `keyPoints[${i}].section`, `模式页 ${k.model} 中没有标题“${k.section}”。${hint ? `是否应为“${hint}”?` : `可选：${headings.join('、')}`}`);
    }
    citeList(r, `keyPoints[${i}].cites`, k.cites);
  });
  refs('structures', 'structures', l.structures);
  refs('timelines', 'models', l.timelines);
  l.questions.forEach((q, i) => citeList(r, `questions[${i}].cites`, q.cites));
  refs('exercise.models', 'models', l.exercise.models);
  l.selfCheck.forEach((c, i) => citeList(r, `selfCheck[${i}].cites`, c.cites));
  l.readings.forEach((rd, i) => {
    ref(r, `readings[${i}].source`, 'sources', rd.source);
    const sections = sourceSections.get(rd.source) ?? [];
    rd.sections.forEach((at, j) => {
      if (sections.length > 0 && !sections.includes(at)) {
        const hint = nearest(at, sections);
        issueAt(r, `readings[${i}].sections[${j}]`, `资料来源 ${rd.source} 中没有章节“${at}”。${hint ? `是否应为“${hint}”?` : `可选：${sections.join('、')}`}`);
      }
    });
  });
}

/**
 * A comparison file is named after its model, covers every dimension exactly once, and a
 * proposal's cells never read as reported practice.
 */
function checkCompare(
  r: ValidRecord,
  ids: Record<CollectionName, Lookup>,
  known: Record<CollectionName, Set<string>>,
  issueAt: (rec: ValidRecord, field: string, message: string) => void,
  ref: (rec: ValidRecord, field: string, target: CollectionName, id: unknown) => void,
  citeList: (rec: ValidRecord, field: string, list: unknown) => void,
) {
  if (!known.models.has(r.id)) {
    const hint = nearest(r.id, [...ids.models.keys()]);
    issueAt(r, '', `文件名应为模式 id，“${r.id}”不是模式。${hint ? `是否应为“${hint}.yaml”?` : `现有：${[...ids.models.keys()].join('、')}`}`);
  }
  const proposal = ids.models.get(r.id)?.data.status === 'proposal';
  const cells = r.data.cells as CompareCell[];
  const seen = new Set<string>();
  cells.forEach((c, i) => {
    if (seen.has(c.dimension)) issueAt(r, `cells[${i}].dimension`, `维度“${c.dimension}”重复。每个维度只写一格。`);
    seen.add(c.dimension);
    if (proposal && c.status === 'reported') {
      issueAt(r, `cells[${i}].status`, '此模式是改革建议：单元格状态应为 proposal(文字写明“建议”)或 not-covered，不能是 reported。');
    }
    c.mechanisms.forEach((id, j) => {
      ref(r, `cells[${i}].mechanisms[${j}]`, 'mechanisms', id);
      const mech = ids.mechanisms.get(id)?.data;
      if (!mech) return;
      // Only a proposal cell may link a mechanism that is merely proposed for the model.
      const proposed = c.status === 'proposal';
      const field = proposed ? 'models 或 proposedFor' : 'models';
      const tied = [...(mech.models as string[]), ...(proposed ? (mech.proposedFor as string[]) : [])];
      if (!tied.includes(r.id)) {
        issueAt(r, `cells[${i}].mechanisms[${j}]`, `机制“${id}”的 ${field} 中没有 ${r.id}(models：${(mech.models as string[]).join('、') || '(无)'}；proposedFor：${(mech.proposedFor as string[]).join('、') || '(无)'})。只链接本模式实行的机制，或在建议单元格中链接为本模式建议的机制。`);
      }
    });
    c.figures.forEach((id, j) => ref(r, `cells[${i}].figures[${j}]`, 'figures', id));
    citeList(r, `cells[${i}].cites`, c.cites);
  });
  const missing = COMPARE_DIMENSIONS.filter((d) => !seen.has(d));
  if (missing.length > 0) {
    issueAt(r, 'cells', `缺少维度：${missing.join('、')}。原文未涉及的维度也要写一格(status: not-covered，注明查过的章节)。`);
  }
}

/** Every model has its row in the comparison (content/compare/<id>.yaml), or /compare/ would silently lack it. */
function checkCompareRows(kb: ValidatedBase, issues: ContentIssue[]) {
  const rows = new Set(kb.compare.map((r) => r.id));
  for (const m of kb.models) {
    if (!rows.has(m.id)) {
      issues.push({ file: m.file, field: '(比较表)', message: `模式 ${m.id} 在比较页没有一行：请添加 content/compare/${m.id}.yaml，每个维度一格(原文未涉及的写 status: not-covered)。` });
    }
  }
}

/** A glossary alias must point to one term only, or search could not put the right page first. */
function checkAliases(kb: ValidatedBase, issues: ContentIssue[]) {
  const owner = new Map<string, string>();
  for (const r of kb.terms) {
    const names = [r.data.term, ...(r.data.aliases as string[])].map((n) => String(n));
    names.forEach((name, i) => {
      const prev = owner.get(name);
      if (prev && prev !== r.id) {
        issues.push({ file: r.file, field: i === 0 ? 'term' : `aliases[${i - 1}]`, message: `“${name}”已是术语 ${prev} 的名称或别名。一个别名只能属于一个术语。` });
      }
      owner.set(name, r.id);
    });
  }
}

const CITE_TAG = /<Cite\b([^>]*?)\/?>/g;
const REF_TAG = /<Ref\b([^>]*?)>/g;
const ATTR = /(\w+)="([^"]*)"/g;

function attrs(s: string): Record<string, string> {
  return Object.fromEntries([...s.matchAll(ATTR)].map((m) => [m[1], m[2]]));
}

/** In-text markers: `<Cite source="…" at="…" />` and `<Ref to="cases/hongchu">` must resolve. */
function checkBody(
  r: ValidRecord,
  ids: Record<CollectionName, Set<string>>,
  sourceSections: Map<string, string[]>,
  issues: ContentIssue[],
) {
  if (!r.body) return;
  const lineOf = (index: number) => (r.body as string).slice(0, index).split('\n').length;
  for (const m of r.body.matchAll(CITE_TAG)) {
    const a = attrs(m[1] as string);
    const field = `正文第${lineOf(m.index)}行 <Cite>`;
    if (!a.source || !a.at) {
      issues.push({ file: r.file, field, message: '<Cite> 需要 source 和 at 两个属性' });
      continue;
    }
    const sections = sourceSections.get(a.source);
    if (!sections) {
      const hint = nearest(a.source, [...sourceSections.keys()]);
      issues.push({ file: r.file, field: `${field}.source`, message: `资料来源“${a.source}”不存在。${hint ? `是否应为“${hint}”?` : ''}` });
    } else if (!sections.includes(a.at)) {
      const hint = nearest(a.at, sections);
      issues.push({ file: r.file, field: `${field}.at`, message: `资料来源 ${a.source} 中没有章节“${a.at}”。${hint ? `是否应为“${hint}”?` : `可选：${sections.join('、')}`}` });
    }
  }
  for (const m of r.body.matchAll(REF_TAG)) {
    const a = attrs(m[1] as string);
    const field = `正文第${lineOf(m.index)}行 <Ref>`;
    const [folder, id] = (a.to ?? '').split('/');
    const collection = (Object.entries(COLLECTION_ROUTES).find(([, route]) => route === folder)?.[0]) as CollectionName | undefined;
    if (!collection || !id) {
      issues.push({ file: r.file, field: `${field}.to`, message: `“${a.to ?? ''}”不是有效的条目路径，应写成 models/<id>、cases/<id>、mechanisms/<id>、terms/<id>、sources/<id> 或 structures/<id>` });
    } else if (!ids[collection].has(id)) {
      const hint = nearest(id, [...ids[collection].keys()]);
      issues.push({ file: r.file, field: `${field}.to`, message: `引用了不存在的 ${collection} 条目“${id}”。${hint ? `是否应为“${hint}”?` : ''}` });
    }
  }
}
