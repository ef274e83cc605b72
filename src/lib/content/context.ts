/**
 * What every content rule works with: the entries that passed their schemas, typed from the
 * schemas, the ids that exist, and one way to report an issue at a field's real line.
 */
import type { Cite } from '../../schemas/common';
import { COLLECTIONS, type CollectionName, type EntryData } from './collections';
import { fieldPath, suggestion, type ContentIssue } from './issues';
import type { RawRecord } from './read-content';
import type { DataPath } from './yaml';

/** One validated entry. */
export interface ValidRecord<K extends CollectionName = CollectionName> extends RawRecord {
  collection: K;
  data: EntryData[K];
}

export type ValidatedBase = { [K in CollectionName]: ValidRecord<K>[] };

/** Chinese names of the collections, for messages. */
export const COLLECTION_LABELS: Record<CollectionName, string> = {
  sources: '资料来源',
  models: '模式',
  cases: '案例',
  mechanisms: '机制',
  terms: '术语',
  stages: '阶段',
  events: '事件',
  figures: '数据',
  structures: '组织结构',
  lessons: '教案',
  compare: '比较表',
  enModels: '英文模式',
  enStructures: '英文组织结构',
  enCompare: '英文比较表',
  enTerms: '英文术语',
  enSources: '英文资料来源',
  enEvents: '英文事件',
  enStages: '英文阶段',
  enFigures: '英文数据',
};

/** An issue at a field of an entry, at the field's line; a list entry's fields start with its id. */
export function issueAt(rec: RawRecord, path: DataPath, message: string): ContentIssue {
  const field = fieldPath(path);
  const named = rec.inList ? [rec.id, field].filter(Boolean).join(field.startsWith('[') ? '' : '.') : field;
  return { file: rec.file, line: rec.lineOf(path), field: named, message };
}

export class CheckContext {
  readonly issues: ContentIssue[] = [];
  readonly byId: { [K in CollectionName]: Map<string, ValidRecord<K>> };
  /** The sections of each source that parsed, in order. */
  readonly sections: Map<string, string[]>;

  constructor(
    readonly kb: ValidatedBase,
    /** Ids that exist, including entries that failed their schema (one error each, no knock-ons). */
    readonly known: Record<CollectionName, ReadonlySet<string>>,
    /** Collections with a list file that could not be read: their ids are unknown, so not checked. */
    readonly incomplete: ReadonlySet<CollectionName>,
  ) {
    const index = <K extends CollectionName>(c: K) => new Map(kb[c].map((r) => [r.id, r] as const));
    this.byId = Object.fromEntries((Object.keys(kb) as CollectionName[]).map((c) => [c, index(c)])) as CheckContext['byId'];
    this.sections = new Map(kb.sources.map((s) => [s.id, s.data.sections.map((sec) => sec.id)]));
  }

  /** Reports a problem with a field of an entry, at the field's line. */
  report(rec: RawRecord, path: DataPath, message: string): void {
    this.issues.push(issueAt(rec, path, message));
  }

  /** Reports a problem at a given line (MDX bodies), under a field name of its own. */
  reportLine(rec: RawRecord, line: number, field: string, message: string): void {
    this.issues.push({ file: rec.file, line, field, message });
  }

  /** Whether an entry with this id exists in the collection (or might, when a file was unreadable). */
  exists(target: CollectionName, id: string): boolean {
    return this.known[target].has(id) || this.incomplete.has(target);
  }

  /** The message for a reference to a missing entry: the nearest id, or a short list of ids. */
  missing(target: CollectionName, id: string): string {
    return `引用了不存在的${COLLECTION_LABELS[target]}“${id}”。${suggestion(id, [...this.known[target]], `content/${COLLECTIONS[target].dir}/`)}`;
  }

  /** Checks that `id` names an entry of `target`. */
  ref(rec: RawRecord, path: DataPath, target: CollectionName, id: string): void {
    if (!this.exists(target, id)) this.report(rec, path, this.missing(target, id));
  }

  /** Checks a section id against a source's sections (when the source itself is fine). */
  section(rec: RawRecord, path: DataPath, source: string, at: string): void {
    const sections = this.sections.get(source);
    if (sections && !sections.includes(at)) {
      this.report(rec, path, `资料来源 ${source} 中没有章节“${at}”。${suggestion(at, sections, `content/sources/${source}.yaml 的 sections`)}`);
    }
  }

  /** Checks a citation: its source exists and has the section. */
  cite(rec: RawRecord, path: DataPath, c: Cite): void {
    if (!this.sections.has(c.source)) {
      this.ref(rec, [...path, 'source'], 'sources', c.source);
      return; // a source that failed its own schema has no sections to check against
    }
    this.section(rec, [...path, 'at'], c.source, c.at);
  }
}
