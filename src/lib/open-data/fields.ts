/**
 * Field lists for the data documentation, read from the Zod schemas themselves so the /data/ page
 * cannot drift from the data: name, type in words, whether it is required, allowed values.
 */
import type { z } from 'astro/zod';

export interface FieldInfo {
  name: string;
  /** The type in Chinese words, e.g. 文本, 数字, 列表(文本), 枚举. */
  type: string;
  required: boolean;
  /** Allowed values of an enum. */
  values?: string[];
}

interface DefLike {
  type: string;
  innerType?: { _zod: { def: DefLike } };
  out?: { _zod: { def: DefLike } };
  element?: { _zod: { def: DefLike } };
  entries?: Record<string, string>;
  shape?: Record<string, unknown>;
}

const defOf = (s: unknown) => (s as { _zod: { def: DefLike } })._zod.def;

/** Unwraps optional, default and preprocess wrappers: what is left decides the type. */
function unwrap(def: DefLike): { def: DefLike; optional: boolean } {
  let d = def;
  let optional = false;
  for (;;) {
    if (d.type === 'optional' || d.type === 'default' || d.type === 'prefault') {
      optional = true;
      d = defOf(d.innerType);
    } else if (d.type === 'pipe' && d.out) d = defOf(d.out);
    else return { def: d, optional };
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: '是/否',
  object: '对象',
  enum: '枚举',
};

function typeWords(def: DefLike): string {
  if (def.type === 'array' && def.element) return `列表(${typeWords(unwrap(defOf(def.element)).def)})`;
  return TYPE_WORDS[def.type] ?? def.type;
}

/** The fields of an object schema, in declaration order. */
export function describeFields(schema: z.ZodObject): FieldInfo[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { def, optional } = unwrap(defOf(field));
    return {
      name,
      type: typeWords(def),
      required: !optional,
      ...(def.type === 'enum' && def.entries ? { values: Object.values(def.entries) } : {}),
    };
  });
}

const SCALARS = new Set(['string', 'number', 'boolean', 'enum']);

/**
 * The fields of `name` when it is an object (a date, a place, a citation), read like describeFields;
 * undefined for any other field.
 */
export function describeSubfields(schema: z.ZodObject, name: string): FieldInfo[] | undefined {
  const field = schema.shape[name];
  if (!field) return undefined;
  const { def } = unwrap(defOf(field));
  return def.type === 'object' && def.shape ? describeFields({ shape: def.shape } as z.ZodObject) : undefined;
}

/**
 * The sub-fields of `name` when it is an object of plain values (a date with its precision, a
 * place), which a spreadsheet shows best as one column each; undefined for any other field.
 */
export function flatSubfields(schema: z.ZodObject, name: string): string[] | undefined {
  const field = schema.shape[name];
  if (!field) return undefined;
  const { def } = unwrap(defOf(field));
  if (def.type !== 'object' || !def.shape) return undefined;
  const entries = Object.entries(def.shape);
  return entries.every(([, sub]) => SCALARS.has(unwrap(defOf(sub)).def.type)) ? entries.map(([key]) => key) : undefined;
}
