import { nearest } from './issues';

/**
 * Zod's issues in Chinese: the one place where a schema failure becomes an editor's message. A
 * message the schema wrote itself (Chinese) is kept; Zod's own English never reaches the editor.
 */

/** The parts of a Zod issue the messages use. */
export interface ZodIssueLike {
  code: string;
  message: string;
  path: PropertyKey[];
  values?: readonly unknown[];
  expected?: unknown;
  keys?: readonly string[];
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  format?: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表',
  object: '一组字段',
  undefined: '空',
  null: '空值',
  date: '日期',
};

const typeName = (t: string) => TYPE_NAMES[t] ?? t;

function kindOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

/** How long the value is, in the unit the limit counts. */
function sizeOf(input: unknown): string {
  if (typeof input === 'string') return `现在 ${[...input.trim()].length} 字`;
  if (Array.isArray(input)) return `现在 ${input.length} 项`;
  return `现在是 ${String(input)}`;
}

const han = /\p{Script=Han}/u;

/** The value at a Zod issue path inside the raw data (what actually arrived). */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

/** Turns a Zod issue into a Chinese sentence: what was expected, what arrived, how to fix it. */
export function describeZodIssue(issue: ZodIssueLike, input: unknown): string {
  const own = han.test(issue.message) ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_value': {
      const values = (issue.values ?? []).map(String);
      const hint = nearest(String(input), values);
      return `“${String(input)}”不是允许的值。${hint ? `是否应为“${hint}”? ` : ''}可选：${values.join('、')}。`;
    }
    case 'unrecognized_keys':
      return `未知字段 ${(issue.keys ?? []).join('、')}。删除它，或检查拼写。`;
    case 'invalid_type':
      if (input === undefined) return `缺少必填字段(应为${typeName(String(issue.expected))})。`;
      return `类型错误：应为${typeName(String(issue.expected))}，实际是${typeName(kindOf(input))}(“${String(input)}”)。`;
    case 'too_big': {
      const max = Number(issue.maximum);
      if (own) return `${own}(${sizeOf(input)})。`;
      if (issue.origin === 'string') return `太长：最多 ${max} 字，${sizeOf(input)}。请缩短。`;
      if (issue.origin === 'array') return `太多：最多 ${max} 项，${sizeOf(input)}。`;
      return `太大：最大为 ${max}，${sizeOf(input)}。`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (own) return `${own}${typeof input === 'string' ? '' : `(${sizeOf(input)})`}。`;
      if (issue.origin === 'string') return `太短：至少 ${min} 字。`;
      if (issue.origin === 'array') return `太少：至少 ${min} 项，${sizeOf(input)}。`;
      return `太小：最小为 ${min}，${sizeOf(input)}。`;
    }
    case 'invalid_format':
      return own ? `“${String(input)}”的写法不对：${own}。` : `“${String(input)}”的写法不对。`;
    default:
      // The schemas' own rules (superRefine) say what to do; end them as sentences.
      return own ? own.replace(/[^。？?！]$/, '$&。') : `“${String(input)}”不符合要求，请对照 content/README.md 中此类文件的模板。`;
  }
}
