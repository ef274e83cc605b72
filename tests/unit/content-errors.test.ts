/**
 * Bad content must be stopped with its full message: the file and line, what is wrong and how to
 * fix it, in Chinese, once. Each case (tests/fixtures/bad-content/cases.ts) copies the small valid
 * knowledge base in tests/fixtures/kb, makes one mistake, and runs the check the build runs.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertValidContent } from '../../src/integrations/content-guard';
import { checkContent } from '../../src/lib/content/check';
import { formatIssue, formatIssues, nearest, suggestion } from '../../src/lib/content/issues';
import { applyChanges, VALID_KB } from '../fixtures/bad-content/apply';
import { BAD_CONTENT } from '../fixtures/bad-content/cases';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('content check', () => {
  it('accepts the valid fixture', () => {
    expect(checkContent(join(VALID_KB, 'content'), VALID_KB)).toEqual([]);
  });

  it('has at least 40 bad-content fixtures', () => {
    expect(BAD_CONTENT.length).toBeGreaterThanOrEqual(40);
  });

  it.each(BAD_CONTENT)('stops $kind with its full message', ({ changes, expected }) => {
    dir = applyChanges(changes);
    const messages = checkContent(join(dir, 'content'), dir).map(formatIssue);
    expect(messages).toEqual(expected);
  });

  it('no message carries English library text', () => {
    const english = /\b(expected|received|Invalid|Too (big|small)|must|Unexpected|Required)\b/;
    for (const c of BAD_CONTENT) for (const m of c.expected) expect(m, c.kind).not.toMatch(english);
  });

  it('the build guard throws the same list, with a Chinese header and the count', () => {
    dir = applyChanges([
      { file: 'cases/beta.mdx', edit: (t) => t.replace('model: alpha', 'model: x1') },
      { file: 'mechanisms/gamma.mdx', edit: (t) => t.replace('function: 议事协商', 'function: 小区') },
    ]);
    const issues = checkContent(join(dir, 'content'), dir);
    expect(() => assertValidContent(join(dir as string, 'content'), dir as string)).toThrow(formatIssues(issues));
    expect(formatIssues(issues).split('\n')).toEqual([
      '内容校验失败，共 2 处：',
      '  - content/cases/beta.mdx:3 → model: 引用了不存在的模式“x1”。现有：alpha。',
      '  - content/mechanisms/gamma.mdx:4 → function: “小区”不是允许的值。可选：组织设置、议事协商、党员管理、服务供给、考核评价、信息化、原文未说明。',
      '按提示修正上述文件(冒号后的数字是行号)，再运行 npm run check:content。',
    ]);
  });
});

describe('suggestions', () => {
  it('are offered for a typo, a swap or a near spelling', () => {
    expect(nearest('alpah', ['alpha', 'beta'])).toBe('alpha');
    expect(nearest('概況', ['概况', '成效'])).toBe('概况');
  });

  it('are absent when a short word is simply different (成效 is not a typo of 概况)', () => {
    expect(nearest('成效', ['概况', '背景与问题', '启示'])).toBeUndefined();
  });

  it('list at most six existing ids and say where the rest are', () => {
    const ids = Array.from({ length: 55 }, (_, i) => `case-${String(i).padStart(2, '0')}x`);
    expect(suggestion('zhongshan', ids, 'content/cases/')).toBe(
      '现有：case-00x、case-01x、case-02x、case-03x、case-04x、case-05x 等 55 个，全部见 content/cases/。',
    );
  });
});
