/**
 * Bad content must fail with a message naming the file and the field. Each case copies a small
 * valid knowledge base (tests/fixtures/kb), breaks one thing, and runs the same guard as the build.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertValidContent } from '../../src/integrations/content-guard';

const fixture = new URL('../fixtures/kb/', import.meta.url).pathname;
let dir: string | undefined;

type Edit = (text: string) => string;

/** Copies the fixture, applies each edit to its file, and returns the guard's error message. */
function guardMessage(...edits: [file: string, edit: Edit][]): string {
  dir = mkdtempSync(join(tmpdir(), 'kb-'));
  cpSync(fixture, dir, { recursive: true });
  for (const [file, edit] of edits) {
    const path = join(dir, 'content', file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    expect(after, 'the edit must change the file').not.toBe(before);
    writeFileSync(path, after);
  }
  try {
    assertValidContent(join(dir, 'content'), `${dir}/`);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the content guard to fail');
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('content guard', () => {
  it('accepts the valid fixture', () => {
    expect(() => assertValidContent(join(fixture, 'content'), fixture)).not.toThrow();
  });

  it.each([
    {
      kind: 'a reference to a missing model',
      file: 'cases/beta.mdx',
      edit: (t: string) => t.replace('model: alpha', 'model: alpah'),
      expected: ['content/cases/beta.mdx → model:', '“alpah”', '是否应为“alpha”'],
    },
    {
      kind: 'a citation to a missing source section',
      file: 'mechanisms/gamma.mdx',
      edit: (t: string) => t.replace('at: part-2', 'at: part-9'),
      expected: ['content/mechanisms/gamma.mdx → cites[0].at:', '没有章节“part-9”'],
    },
    {
      kind: 'an unknown enum value',
      file: 'mechanisms/gamma.mdx',
      edit: (t: string) => t.replace('function: 议事协商', 'function: 议事'),
      expected: ['content/mechanisms/gamma.mdx → function:', '“议事”不是允许的值', '议事协商'],
    },
    {
      kind: 'a mechanism proposed for a missing model',
      file: 'mechanisms/gamma.mdx',
      edit: (t: string) => t.replace('models: [alpha]', 'models: [alpha]\nproposedFor: [alpah]'),
      expected: ['content/mechanisms/gamma.mdx → proposedFor[0]:', '不存在的 models 条目“alpah”', '是否应为“alpha”'],
    },
    {
      kind: 'a model both practising and merely proposed a mechanism',
      file: 'mechanisms/gamma.mdx',
      edit: (t: string) => t.replace('models: [alpha]', 'models: [alpha]\nproposedFor: [alpha]'),
      expected: ['content/mechanisms/gamma.mdx → proposedFor[0]:', '“alpha”同时列在 models 和 proposedFor 中'],
    },
    {
      kind: 'a mechanism tied to no model at all',
      file: 'mechanisms/gamma.mdx',
      edit: (t: string) => t.replace('models: [alpha]', 'models: []'),
      expected: ['content/mechanisms/gamma.mdx → models:', '至少列出一个模式', 'proposedFor'],
    },
    {
      kind: 'a proposal model listed as practising a mechanism',
      file: 'models/alpha.mdx',
      edit: (t: string) => t.replace('status: implemented', 'status: proposal'),
      expected: ['content/mechanisms/gamma.mdx → models[0]:', '“alpha”是改革建议', '移到 proposedFor'],
    },
    {
      kind: 'a reported comparison cell linking a mechanism only proposed for the model',
      file: 'mechanisms/gamma.mdx',
      edit: (t: string) => t.replace('models: [alpha]', 'proposedFor: [alpha]'),
      expected: ['content/compare/alpha.yaml → cells[6].mechanisms[0]:', '机制“gamma”的 models 中没有 alpha', 'proposedFor：alpha'],
    },
    {
      kind: 'empty required text',
      file: 'models/alpha.mdx',
      edit: (t: string) => t.replace('summary: 一个用于测试的模式。', "summary: '   '"),
      expected: ['content/models/alpha.mdx → summary:', '不能为空'],
    },
    {
      kind: 'a missing required field',
      file: 'terms/delta.yaml',
      edit: (t: string) => t.replace(/pinyin: .*\n/, ''),
      expected: ['content/terms/delta.yaml → pinyin:', '缺少必填字段'],
    },
    {
      kind: 'a date whose precision disagrees with its wording',
      file: 'events/alpha.yaml',
      edit: (t: string) => t.replace('precision: month\n  kind: 试点', 'precision: day\n  kind: 试点'),
      expected: ['content/events/alpha.yaml → alpha-start.date.precision:', '“2009年4月”的精度是 month'],
    },
    {
      kind: 'a year-unknown date without a reason',
      file: 'events/alpha.yaml',
      edit: (t: string) => t.replace('    reason: 原文未写年份。\n', ''),
      expected: ['content/events/alpha.yaml → alpha-visit.date.reason:', '必须说明原因'],
    },
    {
      kind: 'an unreadable date',
      file: 'stages/alpha.yaml',
      edit: (t: string) => t.replace('text: 2009年底', 'text: 去年年底左右'),
      expected: ['content/stages/alpha.yaml → alpha-pilot.end.text:', '不是可识别的日期写法'],
    },
    {
      kind: 'a duplicate id in a list file',
      file: 'events/alpha.yaml',
      edit: (t: string) => t.replace('id: alpha-visit', 'id: alpha-start'),
      expected: ['content/events/alpha.yaml → alpha-start.id:', '重复'],
    },
    {
      kind: 'a structure edge to a missing node',
      file: 'structures/alpha-core.yaml',
      edit: (t: string) => t.replace('to: committee', 'to: comittee'),
      expected: ['content/structures/alpha-core.yaml → edges[0].to:', '不存在的节点“comittee”', '是否应为“committee”'],
    },
    {
      kind: 'a duplicate node id in a structure',
      file: 'structures/alpha-core.yaml',
      edit: (t: string) => t.replace('id: committee', 'id: party'),
      expected: ['content/structures/alpha-core.yaml → nodes[1].id:', '节点 id “party”重复'],
    },
    {
      kind: 'a figure without a source',
      file: 'figures/alpha.yaml',
      edit: (t: string) => t.replace('  cite:\n    source: s-test\n    at: part-1\n', ''),
      expected: ['content/figures/alpha.yaml → alpha-members.cite:', '缺少必填字段'],
    },
    {
      kind: 'an event without a locator',
      file: 'events/alpha.yaml',
      edit: (t: string) => t.replace('    - source: s-test\n      at: part-1\n', '    - source: s-test\n'),
      expected: ['content/events/alpha.yaml → alpha-start.cites[0].at:', '缺少必填字段'],
    },
    {
      kind: 'an in-text citation to a missing source',
      file: 'models/alpha.mdx',
      edit: (t: string) => t.replace('<Cite source="s-test"', '<Cite source="s-tset"'),
      expected: ['content/models/alpha.mdx → 正文第', '<Cite>.source:', '“s-tset”不存在', '是否应为“s-test”'],
    },
    {
      kind: 'an in-text link to a missing case',
      file: 'models/alpha.mdx',
      edit: (t: string) => t.replace('<Ref to="cases/beta">', '<Ref to="cases/zeta">'),
      expected: ['content/models/alpha.mdx → 正文第', '<Ref>.to:', '不存在的 cases 条目“zeta”'],
    },
    {
      kind: 'an unknown field (a typo in a field name)',
      file: 'cases/beta.mdx',
      edit: (t: string) => t.replace('summary: 一个测试案例。', 'summary: 一个测试案例。\nsumary: 拼错'),
      expected: ['content/cases/beta.mdx', '未知字段 sumary'],
    },
    {
      kind: 'an alias claimed by two terms',
      file: 'terms/epsilon.yaml',
      edit: (t: string) => t.replace('aliases: [在职]', 'aliases: [在职, 辖区单位]'),
      expected: ['content/terms/epsilon.yaml → aliases[1]:', '“辖区单位”已是术语 delta'],
    },
    {
      kind: 'a stage that belongs to another model',
      file: 'stages/alpha.yaml',
      edit: (t: string) => t.replace('model: alpha', 'model: omega'),
      expected: ['content/stages/alpha.yaml → alpha-pilot.model:', '“omega”', 'content/events/alpha.yaml → alpha-start.stage:'],
    },
    {
      kind: 'a lesson key point linking to a heading the model page lacks',
      file: 'lessons/alpha.yaml',
      edit: (t: string) => t.replace('section: 概况\n    cites:\n      - source: s-test\n        at: part-2', 'section: 概況\n    cites:\n      - source: s-test\n        at: part-2'),
      expected: ['content/lessons/alpha.yaml → keyPoints[1].section:', '模式页 alpha 中没有标题“概況”', '是否应为“概况”'],
    },
    {
      kind: 'a lesson reading of a missing source section',
      file: 'lessons/alpha.yaml',
      edit: (t: string) => t.replace('sections: [part-1, part-2]', 'sections: [part-1, part-3]'),
      expected: ['content/lessons/alpha.yaml → readings[0].sections[1]:', '没有章节“part-3”'],
    },
    {
      kind: 'a lesson with too few discussion questions',
      file: 'lessons/alpha.yaml',
      edit: (t: string) => t.replace(/  - question: 第三题？[\s\S]*?at: part-1\n(?=exercise)/, ''),
      expected: ['content/lessons/alpha.yaml → questions:', '讨论题3到5道'],
    },
    {
      kind: 'a comparison dimension outside the fixed list',
      file: 'compare/alpha.yaml',
      edit: (t: string) => t.replace('dimension: wenti', 'dimension: wenti-2'),
      expected: ['content/compare/alpha.yaml → cells[10].dimension:', '“wenti-2”不是允许的值', 'cengji-jiagou'],
    },
    {
      kind: 'a comparison file that leaves out a dimension',
      file: 'compare/alpha.yaml',
      edit: (t: string) => t.replace('dimension: wenti', 'dimension: chengxiao'),
      expected: ['content/compare/alpha.yaml → cells[10].dimension: 维度“chengxiao”重复', 'content/compare/alpha.yaml → cells: 缺少维度：wenti'],
    },
    {
      kind: 'a comparison cell citing a missing section',
      file: 'compare/alpha.yaml',
      edit: (t: string) => t.replace('text: 原文未涉及信息化平台。\n    cites:\n      - { source: s-test, at: part-2 }', 'text: 原文未涉及信息化平台。\n    cites:\n      - { source: s-test, at: part-7 }'),
      expected: ['content/compare/alpha.yaml → cells[7].cites[0].at:', '没有章节“part-7”'],
    },
    {
      kind: 'a gap cell that does not say so',
      file: 'compare/alpha.yaml',
      edit: (t: string) => t.replace('text: 原文未涉及信息化平台。', 'text: 没有信息化平台。'),
      expected: ['content/compare/alpha.yaml → cells[7].text:', '必须写明“原文未涉及”'],
    },
    {
      kind: 'a comparison cell naming a missing figure',
      file: 'compare/alpha.yaml',
      edit: (t: string) => t.replace('figures: [alpha-members]', 'figures: [alpha-member]'),
      expected: ['content/compare/alpha.yaml → cells[9].figures[0]:', '是否应为“alpha-members”'],
    },
    {
      kind: 'invalid YAML',
      file: 'terms/delta.yaml',
      edit: (t: string) => t.replace('term: 驻区单位', 'term: [驻区单位'),
      expected: ['content/terms/delta.yaml → (整个条目): 无法解析文件'],
    },
  ])('rejects $kind, naming the file and the field', ({ file, edit, expected }) => {
    const message = guardMessage([file, edit]);
    expect(message).toContain('内容校验失败');
    for (const part of expected) expect(message).toContain(part);
  });

  it('rejects a comparison file not named after a model', () => {
    dir = mkdtempSync(join(tmpdir(), 'kb-'));
    cpSync(fixture, dir, { recursive: true });
    renameSync(join(dir, 'content/compare/alpha.yaml'), join(dir, 'content/compare/alfa.yaml'));
    expect(() => assertValidContent(join(dir as string, 'content'), `${dir}/`)).toThrow(
      /content\/compare\/alfa\.yaml → \(整个条目\): 文件名应为模式 id，“alfa”不是模式。是否应为“alpha\.yaml”/,
    );
  });

  it('rejects a model without its row in the comparison, naming the model file', () => {
    dir = mkdtempSync(join(tmpdir(), 'kb-'));
    cpSync(fixture, dir, { recursive: true });
    rmSync(join(dir, 'content/compare/alpha.yaml'));
    expect(() => assertValidContent(join(dir as string, 'content'), `${dir}/`)).toThrow(
      /content\/models\/alpha\.mdx → \(比较表\): 模式 alpha 在比较页没有一行：请添加 content\/compare\/alpha\.yaml/,
    );
  });

  it('says what arrived when a field has the wrong type', () => {
    const message = guardMessage(['figures/alpha.yaml', (t) => t.replace('value: 13607', 'value: 一万')]);
    expect(message).toContain('content/figures/alpha.yaml → alpha-members.value: 类型错误：应为 number，实际是 string(“一万”)');
  });

  it('reports every failure at once, not just the first', () => {
    const message = guardMessage(
      ['cases/beta.mdx', (t) => t.replace('model: alpha', 'model: x1')],
      ['mechanisms/gamma.mdx', (t) => t.replace('function: 议事协商', 'function: 小区')],
    );
    expect(message).toContain('共 2 处');
    expect(message).toContain('content/cases/beta.mdx → model:');
    expect(message).toContain('content/mechanisms/gamma.mdx → function:');
  });
});
