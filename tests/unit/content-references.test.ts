/**
 * The reference table (src/lib/content/rules/references.ts) is the only declaration of reference
 * fields: every path in it must name a field of the collection's schema, so a misspelt path cannot
 * silently check nothing.
 */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../src/lib/content/collections';
import { REFERENCES, valuesAt } from '../../src/lib/content/rules/references';

const rows = (Object.keys(REFERENCES) as CollectionName[]).flatMap((c) => Object.keys(REFERENCES[c]).map((path) => [c, path] as const));

interface SchemaLike {
  _zod: { def: { type: string; shape?: Record<string, SchemaLike>; element?: SchemaLike; innerType?: SchemaLike; out?: SchemaLike } };
}

/** The schema past optional, default and preprocess wrappers. */
function unwrap(s: SchemaLike): SchemaLike {
  const d = s._zod.def;
  const inner = d.innerType ?? (d.type === 'pipe' ? d.out : undefined);
  return inner ? unwrap(inner) : s;
}

/** The schema a table path leads to, or undefined where a step names no field or list. */
function schemaAt(schema: SchemaLike, path: string): SchemaLike | undefined {
  let s: SchemaLike | undefined = schema;
  for (const step of path.split('.')) {
    const list = step.endsWith('[]');
    const field: SchemaLike | undefined = unwrap(s as SchemaLike)._zod.def.shape?.[list ? step.slice(0, -2) : step];
    if (!field) return undefined;
    s = list ? unwrap(field)._zod.def.element : field;
    if (!s) return undefined;
  }
  return s;
}

describe('the reference table', () => {
  it.each(rows)('%s %s names a field of the schema', (collection, path) => {
    expect(schemaAt(COLLECTIONS[collection].schema as unknown as SchemaLike, path)).toBeDefined();
  });

  it('rejects a path that names no field', () => {
    expect(schemaAt(COLLECTIONS.events.schema as unknown as SchemaLike, 'learnedFrom[].cas')).toBeUndefined();
  });

  it('walks list paths to concrete field paths', () => {
    expect(valuesAt({ a: [{ b: 'x' }, {}, { b: 'y' }] }, 'a[].b')).toEqual([
      [['a', 0, 'b'], 'x'],
      [['a', 2, 'b'], 'y'],
    ]);
  });
});
