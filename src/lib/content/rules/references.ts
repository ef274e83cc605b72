/**
 * Every reference field, declared once: a path into an entry (`[]` steps into each list item) and
 * what it names, another collection's entry or a citation `{ source, at }`. A new reference field
 * is one line here; the checks, messages and line numbers follow from it.
 */
import type { Cite } from '../../../schemas/common';
import type { CollectionName } from '../collections';
import type { CheckContext } from '../context';

type Target = CollectionName | 'cite';

export const REFERENCES: { [K in CollectionName]: Readonly<Record<string, Target>> } = {
  sources: { 'models[]': 'models' },
  models: { 'sources[]': 'sources', 'related[]': 'models', 'cites[]': 'cite' },
  cases: { model: 'models', 'learnedBy[]': 'models', 'mechanisms[]': 'mechanisms', 'cites[]': 'cite' },
  mechanisms: { 'models[]': 'models', 'proposedFor[]': 'models', 'cites[]': 'cite' },
  terms: { 'mechanisms[]': 'mechanisms', 'related[]': 'terms', 'cites[]': 'cite' },
  stages: { model: 'models', 'cites[]': 'cite' },
  events: {
    model: 'models',
    stage: 'stages',
    'cases[]': 'cases',
    'mechanisms[]': 'mechanisms',
    'learnedFrom[].model': 'models',
    'learnedFrom[].case': 'cases',
    'cites[]': 'cite',
  },
  figures: { model: 'models', case: 'cases', cite: 'cite' },
  structures: { model: 'models', case: 'cases', 'cites[]': 'cite', 'nodes[].cite': 'cite', 'nodes[].cites[]': 'cite', 'edges[].cite': 'cite' },
  lessons: {
    'models[]': 'models',
    'keyPoints[].model': 'models',
    'keyPoints[].cites[]': 'cite',
    'structures[]': 'structures',
    'timelines[]': 'models',
    'questions[].cites[]': 'cite',
    'exercise.models[]': 'models',
    'selfCheck[].cites[]': 'cite',
    'readings[].source': 'sources',
  },
  compare: { 'cells[].mechanisms[]': 'mechanisms', 'cells[].figures[]': 'figures', 'cells[].cites[]': 'cite' },
  // English entries name their Chinese entry (checked with its hash in ./translations.ts) and hold no
  // references of their own: ids and citations come from the Chinese entry.
  enModels: {},
  enStructures: {},
  enCompare: {},
  enTerms: {},
  enSources: {},
  enEvents: {},
  enStages: {},
  enFigures: {},
};

/** Every value a declared path reaches in `data`, with its concrete path: `a[].b` → [['a', 0, 'b'], v]. */
export function valuesAt(data: unknown, path: string): [PropertyKey[], unknown][] {
  let found: [PropertyKey[], unknown][] = [[[], data]];
  for (const step of path.split('.')) {
    const list = step.endsWith('[]');
    const key = list ? step.slice(0, -2) : step;
    found = found.flatMap(([p, v]) => {
      const next = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
      if (next === undefined) return [];
      if (!list) return [[[...p, key], next]];
      return Array.isArray(next) ? next.map((item, i): [PropertyKey[], unknown] => [[...p, key, i], item]) : [];
    });
  }
  return found;
}

/** Checks every declared reference of every entry. */
export function checkReferences(ctx: CheckContext): void {
  for (const collection of Object.keys(REFERENCES) as CollectionName[]) {
    for (const rec of ctx.kb[collection]) {
      for (const [path, target] of Object.entries(REFERENCES[collection])) {
        for (const [at, value] of valuesAt(rec.data, path)) {
          if (target === 'cite') ctx.cite(rec, at, value as Cite);
          else ctx.ref(rec, at, target, String(value));
        }
      }
    }
  }
}
