import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTermMatcher, splitFirstMentions, termsMentioned, type GlossaryTerm } from '../../src/lib/glossary/matcher';
import { markdownToHtml } from 'satteri';
import { glossaryPlugin, isLinkable, readGlossaryTerms } from '../../src/lib/glossary/glossary-plugin';
import { termUses } from '../../src/lib/glossary/uses';

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

describe('isLinkable(ancestors)', () => {
  it('allows running text and refuses headings, links and MDX components', () => {
    expect(isLinkable([{ type: 'element', tagName: 'p' }, { type: 'root' }])).toBe(true);
    expect(isLinkable([{ type: 'element', tagName: 'h2' }])).toBe(false);
    expect(isLinkable([{ type: 'element', tagName: 'strong' }, { type: 'element', tagName: 'a' }])).toBe(false);
    expect(isLinkable([{ type: 'mdxJsxTextElement' }, { type: 'element', tagName: 'p' }])).toBe(false);
  });
});

describe('glossaryPlugin({ base, terms }) in Sätteri', () => {
  const plugin = glossaryPlugin({ base: '/kb/', terms });
  const render = (md: string, path: string) => markdownToHtml(md, { hastPlugins: [plugin], fileURL: pathToFileURL(path) }).html;

  it('links the first mention of each term under the base path, with a tooltip the link points to', () => {
    const html = render('## 区域化党建\n\n见[驻区单位](/x/)。驻区单位参与区域化党建，驻区单位再次出现。\n', '/site/content/models/jianye.mdx');
    expect(html).toContain('<h2>区域化党建</h2>');
    expect(html).toContain('<a href="/x/">驻区单位</a>');
    expect(html).toContain(
      '<span class="term-ref"><a href="/kb/terms/zhuqu-danwei/" class="term-link" aria-describedby="term-tip-zhuqu-danwei" data-term="zhuqu-danwei">驻区单位</a><span id="term-tip-zhuqu-danwei" role="tooltip" class="term-tip" data-pagefind-ignore="">辖区内的单位。</span></span>参与',
    );
    expect(html.match(/term-tip-zhuqu-danwei"/g)).toHaveLength(2); // the link's reference and the tooltip's id, once
    expect(html).toContain('<a href="/kb/terms/quyuhua-dangjian/"');
    expect(html).toContain('，驻区单位再次出现。');
  });

  it('counts a term the writer linked with <Ref to="terms/…"> as already mentioned', () => {
    const visitor = plugin({ fileURL: pathToFileURL('/site/content/cases/a.mdx') });
    expect(visitor).not.toBeNull();
    visitor?.mdxJsxTextElement.visit({ attributes: [{ name: 'to', value: 'terms/zhuqu-danwei' }] });
    const replaced: unknown[][] = [];
    visitor?.text({ type: 'text', value: '驻区单位和党建' }, { parent: () => undefined, replaceNode: (_node, nodes) => replaced.push(nodes) });
    expect(JSON.stringify(replaced)).not.toContain('zhuqu-danwei');
    expect(JSON.stringify(replaced)).toContain('/kb/terms/dangjian/');
  });

  it('leaves pages outside models, cases and mechanisms alone', () => {
    expect(render('党建\n', '/site/content/sources/about.mdx').trim()).toBe('<p>党建</p>');
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

describe('termUses(terms, pages)', () => {
  it('lists the pages whose text mentions a term, ignoring component attributes and keeping <Ref> text', () => {
    const pages = [
      { path: 'models/a/', title: 'A', body: '推进区域化党建。<Cite source="s" at="zhuqu-danwei" />' },
      { path: 'cases/b/', title: 'B', body: '见<Ref to="terms/x">辖区单位</Ref>。' },
    ];
    const uses = termUses(terms, pages);
    expect(uses.get('quyuhua-dangjian')?.map((p) => p.path)).toEqual(['models/a/']);
    expect(uses.get('zhuqu-danwei')?.map((p) => p.path)).toEqual(['cases/b/']);
    expect(uses.get('dangjian')).toEqual([]);
  });
});
