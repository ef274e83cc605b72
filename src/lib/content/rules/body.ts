/**
 * MDX bodies, parsed by the MDX parser the build uses (Sätteri, through @astrojs/mdx), so that what
 * would stop the build stops here first, at the file's line, in Chinese: syntax errors (an unclosed
 * <Ref>, a `<` or `{` in prose), raw HTML and scripts, hand-written site links, unresolved <Cite>
 * and <Ref>, empty bodies and the ten sections of a model page. English model pages (issue #17)
 * have the English ten sections, may use <Term>, and cite only what their Chinese page cites.
 */
import { mdxToMdast } from 'satteri';
import type { Cite } from '../../../schemas/common';
import { EN_MODEL_SECTIONS } from '../../../schemas/en';
import { MODEL_DATA_PARTS, MODEL_SECTIONS } from '../../../schemas/models';
import { COLLECTION_ROUTES, type CollectionName } from '../collections';
import type { CheckContext, ValidRecord } from '../context';
import { suggestion } from '../issues';

/** The parts of an mdast node the checks read. */
interface MdNode {
  type: string;
  position?: { start: { line: number } };
  children?: MdNode[];
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  url?: string;
  value?: string;
  depth?: number;
}

/** The components a body may use; everything else in angle brackets is raw HTML. */
const COMPONENTS = ['Cite', 'Ref', 'ModelData'];
/** English bodies also mark glossary terms (<Term id="…" />, rendered with the term's English name). */
const EN_COMPONENTS = ['Cite', 'Ref', 'Term', 'ModelData'];

/** What differs between the bodies of a Chinese entry and of an English model page. */
interface BodyRules {
  components: readonly string[];
  /** The `##` sections, in order (model pages only). */
  sections?: readonly string[];
  /** English pages: the (source, at) pairs the Chinese counterpart cites, and its file, for messages. */
  counterpart?: { cites: readonly Cite[]; file: string };
}

const citeKey = (c: { source: string; at: string }) => `${c.source}#${c.at}`;
const componentList = (components: readonly string[]) => components.map((c) => `<${c}>`).join('、');
const REF_FOLDERS = Object.values(COLLECTION_ROUTES).filter((f) => f !== 'lessons');
const REF_FORMS = REF_FOLDERS.map((f) => `${f}/<id>`).join('、');
const ESCAPE_HINT = '需要这个符号时改用全角字符(＜ ＞ ｛ ｝)或文字(小于、大于)。';

/** The parser's English error as a Chinese message, and the body line it names. */
function describeSyntaxError(message: string): { line: number; text: string } {
  const line = Number(/^(\d+):\d+/.exec(message)?.[1] ?? 1);
  const unclosed = /Expected a closing tag for `<(\w+)>`/.exec(message)?.[1];
  if (unclosed) {
    return { line, text: `<${unclosed}> 没有结束标签：在它包住的文字后补上 </${unclosed}>；不包文字的组件写成 <${unclosed} … />。` };
  }
  const stray = /closing tag `<\/(\w+)>`/.exec(message)?.[1];
  if (stray) return { line, text: `</${stray}> 没有对应的开始标签 <${stray} …>：补上开始标签，或删除它。` };
  if (/after `<`|before name|`<`/.test(message)) {
    return { line, text: `正文里的“<”会被当作组件标签的开头。${ESCAPE_HINT}` };
  }
  if (/expression|`\{`|`\}`|brace/i.test(message)) {
    return { line, text: `正文里的“{”或“}”会被当作代码。${ESCAPE_HINT}` };
  }
  return { line, text: `这一行无法按 MDX 解析：检查“<”“>”“{”“}”和组件标签是否成对。${ESCAPE_HINT}` };
}

function walk(node: MdNode, visit: (n: MdNode) => void): void {
  visit(node);
  for (const c of node.children ?? []) walk(c, visit);
}

/** Whether a node holds any text outside headings. */
const hasProse = (n: MdNode): boolean =>
  n.type === 'heading' ? false : n.type === 'text' ? Boolean(n.value?.trim()) : (n.children ?? []).some(hasProse);

/** Plain text of a node (headings). */
const textOf = (n: MdNode): string => (n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(textOf).join(''));

export function checkBody(ctx: CheckContext, r: ValidRecord<'models' | 'cases' | 'mechanisms'>): void {
  checkMdx(ctx, r, { components: COMPONENTS, ...(r.collection === 'models' ? { sections: MODEL_SECTIONS } : {}) });
}

/**
 * An English model page: the English ten sections, <Term> ids with an English name, and every
 * <Cite> one its Chinese counterpart (`zh`) also cites, in its body or its frontmatter `cites`.
 */
export function checkEnglishBody(ctx: CheckContext, r: ValidRecord<'enModels'>, zh: ValidRecord<'models'> | undefined): void {
  const zhCites = zh ? citesInBody(zh.body ?? '') : undefined;
  const counterpart = zh && zhCites ? { cites: [...zh.data.cites, ...zhCites], file: zh.file } : undefined;
  checkMdx(ctx, r, { components: EN_COMPONENTS, sections: EN_MODEL_SECTIONS, ...(counterpart ? { counterpart } : {}) });
}

/** The (source, at) of every <Cite> in a body, or undefined when the body does not parse. */
export function citesInBody(body: string): Cite[] | undefined {
  let tree: MdNode;
  try {
    tree = mdxToMdast(body) as unknown as MdNode;
  } catch {
    return undefined; // reported with the entry's own body
  }
  const found: Cite[] = [];
  walk(tree, (n) => {
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === 'Cite') {
      const a = Object.fromEntries((n.attributes ?? []).map((x) => [x.name, x.value]));
      if (typeof a.source === 'string' && typeof a.at === 'string') found.push({ source: a.source, at: a.at });
    }
  });
  return found;
}

function checkMdx(ctx: CheckContext, r: ValidRecord, rules: BodyRules): void {
  const body = r.body ?? '';
  const offset = (r.bodyLine ?? 1) - 1;
  const at = (n: MdNode) => (n.position?.start.line ?? 1) + offset;
  let tree: MdNode;
  try {
    tree = mdxToMdast(body) as unknown as MdNode;
  } catch (e) {
    const { line, text } = describeSyntaxError((e as Error).message);
    ctx.reportLine(r, line + offset, '正文', text);
    return;
  }
  const headings: { text: string; line: number }[] = [];
  walk(tree, (n) => {
    switch (n.type) {
      case 'heading':
        if (n.depth === 2) headings.push({ text: textOf(n).trim(), line: at(n) });
        break;
      case 'mdxTextExpression':
      case 'mdxFlowExpression':
        ctx.reportLine(r, at(n), '正文', `正文里的“{${n.value ?? ''}}”会被当作代码执行。${ESCAPE_HINT}`);
        break;
      case 'mdxjsEsm':
        ctx.reportLine(r, at(n), '正文', `正文不能写 import 或 export：${componentList(rules.components)} 已可直接使用，删除这一行。`);
        break;
      case 'link':
        checkLink(ctx, r, at(n), n.url ?? '');
        break;
      case 'image':
        ctx.reportLine(r, at(n), '正文', '正文不能插入图片：网站不显示正文中的图片，删除这一处。');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(ctx, r, at(n), n, rules);
        break;
    }
  });
  if (!hasProse(tree)) {
    ctx.reportLine(r, offset + 1, '正文', '正文是空的：在结束行 --- 之后写上正文，每句事实后用 <Cite source="…" at="…" /> 注明出处。');
  }
  if (rules.sections) checkSections(ctx, r, headings, offset + 1, rules.sections);
}

/** A Markdown link inside the site must be a <Ref>: a written path loses the base path (/kb/). */
function checkLink(ctx: CheckContext, r: ValidRecord, line: number, url: string): void {
  if (/^(https?:|mailto:|#)/.test(url)) return;
  const [, folder, id] = /^\/?([^/]+)\/([^/#?]+)/.exec(url.replace(/^(\.\.?\/)+/, '/')) ?? [];
  const collection = entryCollection(folder);
  if (collection && id && ctx.exists(collection, id)) {
    ctx.reportLine(r, line, '正文 链接', `手写的站内链接“${url}”在网站放在子路径(如 /kb/)下时会失效：改写成 <Ref to="${folder}/${id}">链接文字</Ref>。`);
  } else {
    ctx.reportLine(r, line, '正文 链接', `链接“${url}”指向的页面不存在。链接站内条目请用 <Ref to="…">，可写 ${REF_FORMS}。`);
  }
}

const entryCollection = (folder: string | undefined) =>
  (Object.entries(COLLECTION_ROUTES).find(([, route]) => route === folder)?.[0] as CollectionName | undefined);

function attributesOf(ctx: CheckContext, r: ValidRecord, line: number, n: MdNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of n.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name || (a.value !== undefined && typeof a.value !== 'string' && a.value !== null)) {
      ctx.reportLine(r, line, `正文 <${n.name}>`, `<${n.name}> 的属性只能写成 名称="文字"，不能用 {…}。`);
      continue;
    }
    out[a.name] = typeof a.value === 'string' ? a.value : '';
  }
  return out;
}

function checkElement(ctx: CheckContext, r: ValidRecord, line: number, n: MdNode, rules: BodyRules): void {
  const name = n.name ?? '';
  if (!rules.components.includes(name)) {
    const handlers = (n.attributes ?? []).map((a) => a.name ?? '').filter((a) => /^on/i.test(a));
    const why = handlers.length ? `，它的 ${handlers.join('、')} 属性会执行代码` : '';
    ctx.reportLine(r, line, '正文', `正文不能写 HTML 标签 <${name}>${why}：正文只用 Markdown 和 ${componentList(rules.components)}，删除这个标签。`);
    return;
  }
  const a = attributesOf(ctx, r, line, n);
  const field = `正文 <${name}>`;
  if (name === 'Cite') {
    if (!a.source || !a.at) {
      const lacking = ['source', 'at'].filter((k) => !a[k]).join(' 和 ');
      ctx.reportLine(r, line, field, `<Cite> 缺少 ${lacking} 属性：写成 <Cite source="资料 id" at="章节 id" />。`);
    } else if (!ctx.exists('sources', a.source)) {
      ctx.reportLine(r, line, `${field}.source`, `资料来源“${a.source}”不存在。${suggestion(a.source, [...ctx.known.sources], 'content/sources/')}`);
    } else {
      const sections = ctx.sections.get(a.source) ?? [];
      if (!sections.includes(a.at)) ctx.reportLine(r, line, `${field}.at`, `资料来源 ${a.source} 中没有章节“${a.at}”。${suggestion(a.at, sections, `content/sources/${a.source}.yaml 的 sections`)}`);
      else if (rules.counterpart) checkCounterpartCite(ctx, r, line, { source: a.source, at: a.at }, rules.counterpart);
    }
  } else if (name === 'Ref') {
    const [folder, id, ...rest] = (a.to ?? '').split('/');
    const collection = entryCollection(folder);
    if (!collection || !id || rest.length > 0 || folder === 'lessons') {
      ctx.reportLine(r, line, `${field}.to`, `“${a.to ?? ''}”不是有效的条目路径，应写成 ${REF_FORMS}。`);
    } else if (!ctx.exists(collection, id)) {
      ctx.reportLine(r, line, `${field}.to`, ctx.missing(collection, id));
    }
  } else if (name === 'Term') {
    if (!a.id) ctx.reportLine(r, line, field, '<Term> 缺少 id 属性：写成 <Term id="术语 id" />(术语 id 即 content/terms/ 中的文件名)。');
    else if (!ctx.exists('terms', a.id)) ctx.reportLine(r, line, `${field}.id`, ctx.missing('terms', a.id));
    else if (!ctx.exists('enTerms', a.id)) {
      ctx.reportLine(r, line, `${field}.id`, `术语“${a.id}”还没有英文名：<Term> 显示 content/en/terms/${a.id}.yaml 的 name，先写这个文件(见编写指南“英文版”)。`);
    }
  } else if (name === 'ModelData') {
    if (!a.model || !ctx.exists('models', a.model)) ctx.reportLine(r, line, `${field}.model`, ctx.missing('models', a.model ?? ''));
    if (!MODEL_DATA_PARTS.some((part) => part === a.show)) {
      ctx.reportLine(r, line, `${field}.show`, `show="${a.show ?? ''}" 不是可插入的部分。可选：${MODEL_DATA_PARTS.join('、')}。`);
    }
  }
}

/** An English <Cite> must point at a section its Chinese counterpart cites. */
function checkCounterpartCite(ctx: CheckContext, r: ValidRecord, line: number, c: Cite, counterpart: { cites: readonly Cite[]; file: string }): void {
  if (counterpart.cites.some((z) => citeKey(z) === citeKey(c))) return;
  const same = [...new Set(counterpart.cites.filter((z) => z.source === c.source).map((z) => z.at))];
  const hint = same.length ? `中文引用的 ${c.source} 章节：${same.join('、')}` : `中文没有引用 ${c.source}`;
  ctx.reportLine(
    r,
    line,
    '正文 <Cite>',
    `<Cite source="${c.source}" at="${c.at}" /> 不是中文条目 ${counterpart.file} 引用过的出处(${hint})：英文译本只能引用中文对应条目引用的章节，对照中文这一句的出处改正。`,
  );
}

/** A model page has the ten `##` sections, in order, and no others. */
function checkSections(ctx: CheckContext, r: ValidRecord, headings: { text: string; line: number }[], bodyStart: number, required: readonly string[]): void {
  const order = required.join('、');
  const lineOf = (name: string | undefined) => headings.find((h) => h.text === name)?.line ?? bodyStart;
  const names = headings.map((h) => h.text);
  const unknown = headings.filter((h) => !required.includes(h.text));
  const missing = required.filter((s) => !names.includes(s));
  const [renamed] = unknown;
  const [lacking] = missing;
  if (renamed && lacking && unknown.length === 1 && missing.length === 1) {
    // One heading renamed: one message naming both.
    ctx.reportLine(r, renamed.line, '正文 章节', `“## ${renamed.text}”不是模式页的章节，而这一页缺少“## ${lacking}”：把标题改回“${lacking}”。模式页的 ## 章节依次是：${order}。`);
    return;
  }
  for (const h of unknown) {
    const hint = suggestion(h.text, required, '');
    ctx.reportLine(r, h.line, '正文 章节', `“## ${h.text}”不是模式页的章节。${hint.startsWith('是否') ? hint : `模式页的 ## 章节依次是：${order}；其他小标题用 ###。`}`);
  }
  if (lacking && missing.length === 1) {
    const before = required.slice(0, required.indexOf(lacking)).reverse().find((p) => names.includes(p));
    ctx.reportLine(r, lineOf(before), '正文 章节', `缺少章节“## ${lacking}”：${before ? `在“## ${before}”一节之后` : '在正文开头'}添加。模式页的 ## 章节依次是：${order}。`);
  } else if (missing.length > 1) {
    ctx.reportLine(r, bodyStart, '正文 章节', `缺少 ${missing.length} 个章节：${missing.map((s) => `## ${s}`).join('、')}。模式页的 ## 章节依次是：${order}。`);
  }
  const present = required.filter((s) => names.includes(s));
  const written = names.filter((n) => required.includes(n));
  const wrong = written.findIndex((n, i) => n !== present[i]);
  if (wrong >= 0) {
    ctx.reportLine(r, lineOf(written[wrong]), '正文 章节', `章节顺序不对：这里应是“## ${present[wrong]}”。模式页的 ## 章节依次是：${order}。`);
  }
}
