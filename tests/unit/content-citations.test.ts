/**
 * Every citation anywhere in the content, in whatever field it sits (a structure node's `cites`
 * too), names a source that exists and one of that source's sections. The validator checks the
 * fields it knows by name; this walks every object, so a field added later is covered at once.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-content';
import type { Source } from '../../src/schemas/sources';

const root = new URL('../../', import.meta.url).pathname;
const { records } = readContent(`${root}content`, root);
const sections = new Map(
  records.filter((r) => r.collection === 'sources').map((r) => [r.id, new Set((r.data as Source).sections.map((s) => s.id))]),
);

/** Each `{ source, at }` object in a record, with where it sits. */
function citations(value: unknown, where: string, out: { where: string; source: string; at: string }[]) {
  if (Array.isArray(value)) value.forEach((v, i) => citations(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.source === 'string' && typeof o.at === 'string') out.push({ where, source: o.source, at: o.at });
    for (const [k, v] of Object.entries(o)) citations(v, where ? `${where}.${k}` : k, out);
  }
  return out;
}

describe('citations in content/', () => {
  const all = records.flatMap((r) => citations(r.data, r.inList ? r.id : '', []).map((c) => ({ ...c, file: r.file })));

  it('finds the citations of structure nodes, entries and lists', () => {
    expect(all.some((c) => /^nodes\[\d+\]\.cites\[\d+\]$/.test(c.where))).toBe(true);
    expect(all.length).toBeGreaterThan(1000);
  });

  it('every citation names an existing source and one of its sections', () => {
    const bad = all.filter((c) => !sections.get(c.source)?.has(c.at)).map((c) => `${c.file} → ${c.where}: ${c.source} § ${c.at}`);
    expect(bad).toEqual([]);
  });
});
