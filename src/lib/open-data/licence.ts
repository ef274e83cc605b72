/** The licence of the site's own text and data, and what it does not cover. */

export const DATA_LICENCE = {
  name: 'CC BY 4.0',
  title: '知识共享 署名 4.0 国际许可协议',
  /** Where the licence text lives; shown as text, not fetched (the site makes no outside request). */
  reference: 'creativecommons.org/licenses/by/4.0/deed.zh-hans',
  statement:
    '本站编写的文字和结构化数据(概括、比较、术语释义、字段)以 CC BY 4.0 发布：可以复制、改编和再发布，包括商业用途，但须署名“社区党建模式库”并注明所用版本的更新日期。',
  exclusions:
    '五篇原始资料的著作权属于各自的作者和出版者，不在上述许可之内。本站数据只含原文的短语、术语和数字等简短引文，每条都注明出处；引用原文请直接引用原始资料。',
} as const;
