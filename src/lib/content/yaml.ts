/**
 * The one YAML reader of the content: YAML files, MDX frontmatter, the list loader and the glossary
 * plugin all read through it. It keeps the parsed document so that any field path can be turned
 * into the line an editor sees, and turns a syntax error into one Chinese message at the line where
 * the mistake starts (the parser often notices it only lines later).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLError } from 'yaml';

/** A path into parsed data: keys and list positions, as Zod reports them. */
export type DataPath = readonly PropertyKey[];

export type YamlRead =
  | { ok: true; data: unknown; lineOf: (path: DataPath) => number }
  | { ok: false; line: number; message: string };

/**
 * Parses YAML text. `firstLine` is the file line of the text's first line (2 for MDX frontmatter,
 * after the opening `---`), so every line reported is a line of the file.
 */
export function readYaml(text: string, firstLine = 1): YamlRead {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const error = doc.errors[0];
  if (error) {
    const { line, message } = describeYamlError(error, doc.errors, text, counter);
    return { ok: false, line: line + firstLine - 1, message };
  }
  const lineOf = (path: DataPath): number => {
    // The deepest node the path reaches: a missing field is reported at the entry that lacks it.
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
        if (!pair) break;
        offset = (pair.key as Node | null)?.range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        offset = (node as Node).range?.[0] ?? offset;
      } else break;
    }
    return lineAt(offset);
  };
  return { ok: true, data: doc.toJS(), lineOf };
}

/** The last line at or before `from` (0-based) that `test` accepts, else `from`. */
function lineBefore(lines: readonly string[], from: number, test: (line: string) => boolean): number {
  for (let i = Math.min(from, lines.length - 1); i >= 0; i--) if (test(lines[i] as string)) return i;
  return from;
}

const count = (s: string, ch: string) => s.split(ch).length - 1;

/** One message for the first syntax error, at the line where the editor must look. */
function describeYamlError(
  error: YAMLError,
  all: readonly YAMLError[],
  text: string,
  counter: LineCounter,
): { line: number; message: string } {
  const lines = text.split('\n');
  const at = counter.linePos(error.pos[0]).line;
  const msg = error.message;
  if (error.code === 'MISSING_CHAR' && /quote/.test(msg)) {
    const quote = msg.includes("'") ? "'" : '"';
    const line = lineBefore(lines, at - 1, (l) => count(l, quote) % 2 === 1) + 1;
    return { line, message: `引号没有闭合：这一行以 ${quote} 开始的文字没有结束的 ${quote}。在文字末尾补上 ${quote}。` };
  }
  if (/Flow (sequence|mapping)|flow collection/i.test(msg) || (error.code === 'MISSING_CHAR' && /[\]}]/.test(msg))) {
    const [open, close] = /mapping/i.test(msg) || msg.includes('}') ? ['{', '}'] : ['[', ']'];
    const line = lineBefore(lines, at - 1, (l) => count(l, open) > count(l, close)) + 1;
    return { line, message: `括号没有闭合：这一行的“${open}”缺少对应的“${close}”。在列表末尾补上“${close}”。` };
  }
  if (error.code === 'TAB_AS_INDENT' || /^ *\t/.test(lines[at - 1] ?? '')) {
    return { line: at, message: '这一行用制表符(Tab)缩进：YAML 只能用空格缩进，把 Tab 换成空格。' };
  }
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:-\s+)?([^:#]+):/.exec(lines[at - 1] ?? '')?.[1]?.trim();
    return { line: at, message: `字段 ${key ?? ''} 写了两次：同一条目中每个字段只能出现一次，删除多余的一个。` };
  }
  const multiline = all.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY');
  if (multiline) {
    // The parser reads the wrongly indented line as the end of a key spanning two lines.
    return { line: counter.linePos(multiline.pos[1]).line, message: '缩进不一致：同一层的字段要从同一列开始(只用空格)，检查这一行和上一行的缩进。' };
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY') {
    return { line: at, message: '值里有英文冒号加空格(“: ”)：把整个值用引号括起来，或改用中文冒号“：”。' };
  }
  if (error.code === 'BAD_INDENT') {
    return { line: at, message: '缩进不一致：同一列表的各项(以“- ”开头)必须从同一列开始，只用空格缩进。' };
  }
  return { line: at, message: '这一行的 YAML 写法无法读取：检查缩进(只用空格)、冒号后的空格和引号是否成对。' };
}
