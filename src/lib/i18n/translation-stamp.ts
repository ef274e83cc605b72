/**
 * `npm run translation:stamp` (scripts/translation-stamp.ts): records, in each English entry, the
 * hash of its Chinese entry as it is now, once a person has checked that the translation matches
 * it. Pure: it plans the edits from records read by the content reader, and applies them to a
 * file's text by rewriting only the `sourceHash` line (comments and layout stay as they are).
 */
import { TRANSLATIONS, type EnCollectionName } from '../content/collections';
import type { RawRecord } from '../content/read-content';

/** One English entry whose recorded hash differs from its Chinese entry's current hash. */
export interface Stamp {
  file: string;
  /** The English entry's id (the Chinese entry's id). */
  id: string;
  /** The file line of its `sourceHash`, or, when it has none, of its `translationOf` (inserted after). */
  line: number;
  insert: boolean;
  from: string | undefined;
  to: string;
}

const isEnglish = (r: RawRecord): r is RawRecord & { collection: EnCollectionName } => r.collection in TRANSLATIONS;

/**
 * The stamps the English entries need, in reading order; `files` limits them to these files
 * (project-relative paths). An entry without a Chinese entry gets none: the content check says why.
 */
export function planStamps(records: readonly RawRecord[], files?: ReadonlySet<string>): Stamp[] {
  const zh = new Map(records.filter((r) => !r.unreadable).map((r) => [`${r.collection}:${r.id}`, r] as const));
  const stamps: Stamp[] = [];
  for (const r of records) {
    if (!isEnglish(r) || r.unreadable || (files && !files.has(r.file))) continue;
    const source = zh.get(`${TRANSLATIONS[r.collection]}:${r.id}`);
    const data = (r.data ?? {}) as { sourceHash?: unknown; translationOf?: unknown };
    if (!source || data.sourceHash === source.hash) continue;
    const has = data.sourceHash !== undefined;
    stamps.push({
      file: r.file,
      id: r.id,
      line: r.lineOf([has ? 'sourceHash' : 'translationOf']),
      insert: !has,
      from: has ? String(data.sourceHash) : undefined,
      to: source.hash,
    });
  }
  return stamps;
}

/** A file's text with its stamps applied (all stamps must be for this file). */
export function applyStamps(text: string, stamps: readonly Stamp[]): string {
  const lines = text.split('\n');
  // From the bottom up, so an inserted line does not move the lines still to edit.
  for (const s of [...stamps].sort((a, b) => b.line - a.line)) {
    const i = s.line - 1;
    const line = lines[i] ?? '';
    if (s.insert) {
      const indent = /^(\s*(?:- )?)translationOf:/.exec(line)?.[1]?.length ?? 0;
      lines.splice(i + 1, 0, `${' '.repeat(indent)}sourceHash: '${s.to}'`);
    } else {
      const edited = line.replace(/sourceHash:\s*(?:'[^']*'|"[^"]*"|[^\s,}#]*)/, `sourceHash: '${s.to}'`);
      if (edited === line && !line.includes(`sourceHash: '${s.to}'`)) throw new Error(`${s.file}:${s.line} has no sourceHash to replace`);
      lines[i] = edited;
    }
  }
  return lines.join('\n');
}
