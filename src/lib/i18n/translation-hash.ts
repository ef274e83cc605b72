/**
 * The hash that ties an English entry to the Chinese entry it translates (issue #17): an English
 * entry records it as `sourceHash` when it is (re)translated, and the build fails once the Chinese
 * entry's current hash differs, so a translation cannot silently go stale.
 *
 * - A Chinese entry that is a file (models, structures, terms, sources, compare): the file's text,
 *   line endings made LF, so a checkout on Windows hashes the same.
 * - A Chinese entry that is an item of a list file (events, stages, figures): the item as parsed from
 *   YAML, written as JSON with its keys sorted, so another item changing, or re-indenting the file,
 *   leaves it alone.
 */
import { createHash } from 'node:crypto';

/** The first 12 hex digits of sha256: enough to tell revisions of one entry apart. */
const short = (input: string) => createHash('sha256').update(input, 'utf8').digest('hex').slice(0, 12);

/** The hash of a Chinese entry that is a whole file. */
export function fileHash(text: string): string {
  return short(text.replace(/\r\n/g, '\n'));
}

/** JSON of a parsed value with every object's keys in sorted order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The hash of a Chinese entry that is one item of a list file (its parsed YAML object). */
export function itemHash(item: unknown): string {
  return short(canonicalJson(item));
}
