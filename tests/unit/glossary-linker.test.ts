import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTermMatcher, splitFirstMentions, termsMentioned, type GlossaryTerm } from '../../src/lib/glossary/matcher';
import rehypeGlossary, { readGlossaryTerms } from '../../src/lib/glossary/rehype-glossary';

const terms: GlossaryTerm[] = [
  { id: 'dangjian', term: '党建', aliases: ['党的建设'], short: '党的建设工作。' },
  { id: 'quyuhua-dangjian', term: '区域化党建', aliases: ['区域性大党建'], short: '按地域统筹各类党组织。' },
  { id: 'zhuqu-danwei', term: '驻区单位', aliases: ['辖区单位'], short: '辖区内的单位。' },
  { id: 'one', term: '委', aliases: [], short: '一个字的名称不参与匹配。' },
];
const matcher = createTermMatcher(terms);
const textOf = (parts: ReturnType<typeof splitFirstMentions>) => parts.map((p) => ('term' in p ? `[${p.term.id}:${p.text}]` : p.text)).join('');

describe('splitFirstMentions(text, matcher, linked)', () => {
  it('prefers the longest name at a position, so 区域化党建 wins over 党建', () => {
    expect(textOf(splitFirstMentions('推进区域化党建工作', matcher, new Set()))).toBe('推进[quyuhua-dangjian:区域化党建]工作');
  });
  it('links only the first mention of each term, across calls sharing the same set', () => {
    const linked = new Set<string>();
    expect(textOf(splitFirstMentions('驻区单位和辖区单位', matcher, linked))).toBe('[zhuqu-danwei:驻区单位]和辖区单位');
    expect(textOf(splitFirstMentions('党建与党建', matcher, linked))).toBe('[dangjian:党建]与党建');
    expect(textOf(splitFirstMentions('驻区单位', matcher, linked))).toBe('驻区单位');
  });
  it('does not link a shorter term inside a longer one already linked', () => {
    const linked = new Set<string>(['quyuhua-dangjian']);
    expect(textOf(splitFirstMentions('区域化党建', matcher, linked))).toBe('区域化党建');
  });
  it('ignores one-character names', () => {
    expect(termsMentioned('党委委员', matcher)).toEqual([]);
  });
});

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[]; name?: string };
const el = (tagName: string, ...children: Node[]): Node => ({ type: 'element', tagName, properties: {}, children });
const txt = (value: string): Node => ({ type: 'text', value });
const html = (n: Node): string =>
  n.type === 'text'
    ? (n.value as string)
    : n.type === 'element'
      ? `<${n.tagName}${n.properties?.href ? ` href="${String(n.properties.href)}"` : ''}${n.properties?.ariaDescribedBy ? ` aria-describedby="${String(n.properties.ariaDescribedBy)}"` : ''}${n.properties?.role ? ` role="${String(n.properties.role)}"` : ''}>${(n.children ?? []).map(html).join('')}</${n.tagName}>`
      : `<${n.type}>${(n.children ?? []).map(html).join('')}</${n.type}>`;

describe('rehypeGlossary({ base, terms })', () => {
  const run = (tree: Node, path: string, base = '/') => {
    rehypeGlossary({ base, terms })(tree, { path });
    return html(tree);
  };

  it('links the first mention in the body with a tooltip, skipping headings, links and <Cite> markers', () => {
    const tree = el(
      'root',
      el('h2', txt('区域化党建')),
      el('p', txt('见'), el('a', txt('驻区单位')), { type: 'mdxJsxTextElement', name: 'Cite', children: [txt('驻区单位')] }),
      el('p', txt('驻区单位参与区域化党建，驻区单位再次出现。')),
    );
    expect(run(tree, '/x/content/models/jianye.mdx', '/kb/')).toBe(
      '<root><h2>区域化党建</h2><p>见<a>驻区单位</a><mdxJsxTextElement>驻区单位</mdxJsxTextElement></p>' +
        '<p><span><a href="/kb/terms/zhuqu-danwei/" aria-describedby="term-tip-zhuqu-danwei">驻区单位</a><span role="tooltip">辖区内的单位。</span></span>参与' +
        '<span><a href="/kb/terms/quyuhua-dangjian/" aria-describedby="term-tip-quyuhua-dangjian">区域化党建</a><span role="tooltip">按地域统筹各类党组织。</span></span>，驻区单位再次出现。</p></root>',
    );
  });

  it('gives each tooltip an id the link points to', () => {
    const tree = el('root', el('p', txt('党建')));
    rehypeGlossary({ base: '/', terms })(tree, { path: '/x/content/cases/a.mdx' });
    const span = tree.children?.[0]?.children?.[0];
    const [link, tip] = span?.children ?? [];
    expect(link?.properties?.ariaDescribedBy).toBe(tip?.properties?.id);
  });

  it('leaves pages outside models, cases and mechanisms alone', () => {
    const tree = el('root', el('p', txt('党建')));
    expect(run(tree, '/x/content/about.mdx')).toBe('<root><p>党建</p></root>');
  });
});

describe('readGlossaryTerms(dir)', () => {
  it('reads term, aliases and short definition, with the id from the file name, and skips broken files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'terms-'));
    try {
      writeFileSync(join(dir, 'zhuqu-danwei.yaml'), 'term: 驻区单位\naliases: [辖区单位]\nshort: 辖区内的单位。\n');
      writeFileSync(join(dir, 'broken.yaml'), 'term: [\n');
      expect(readGlossaryTerms(dir)).toEqual([{ id: 'zhuqu-danwei', term: '驻区单位', aliases: ['辖区单位'], short: '辖区内的单位。' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
