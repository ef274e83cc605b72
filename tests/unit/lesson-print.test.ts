import { describe, expect, it } from 'vitest';
import { bodyHeadings } from '../../src/lib/lesson/model-headings';
import { cssString, runningHeadCss } from '../../src/lib/lesson/running-head';

describe('cssString(text)', () => {
  it.each([
    ['上海“1+3”领导体制', '"上海“1+3”领导体制"'],
    ['称为"一委三线"', '"称为\\"一委三线\\""'],
    ['a\\b', '"a\\\\b"'],
    ['两行\n文字', '"两行 文字"'],
  ])('%j → %s', (text, expected) => {
    expect(cssString(text)).toBe(expected);
  });
});

describe('runningHeadCss(head)', () => {
  it('puts the title top left, the label top right, the note bottom left and page numbers bottom right', () => {
    expect(runningHeadCss({ title: '讲义"一"', label: '教学讲义', note: '出处说明' })).toMatchInlineSnapshot(`
      "@page {
        @top-left { content: "讲义\\"一\\""; }
        @top-right { content: "教学讲义"; }
        @bottom-left { content: "出处说明"; }
        @bottom-right { content: counter(page) " / " counter(pages); }
      }
      "
    `);
  });
});

describe('bodyHeadings(body)', () => {
  it('lists ## and ### headings in order, without the marks', () => {
    const body = '## 概况\n\n正文 ## 不是标题\n\n### 典型案例\n\n#### 太深\n\n## 问题与反思 ##\n';
    expect(bodyHeadings(body)).toEqual(['概况', '典型案例', '问题与反思']);
  });

  it('finds no heading in a body without any', () => {
    expect(bodyHeadings('只有正文。')).toEqual([]);
  });
});
