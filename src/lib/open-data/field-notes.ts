/**
 * What each field of the open data means, in Chinese. Keyed by field name, with `<dataset>.<field>`
 * where a name means something else in one data set. A unit test fails when a schema gains a field
 * that has no note here, so the /data/ page stays complete.
 */
export const FIELD_NOTES: Record<string, string> = {
  id: '条目 id(小写拼音，连字符分隔)',
  title: '标题或名称',
  shortName: '简称',
  summary: '本站撰写的一两句概括',
  cites: '出处列表：每条为 {source: 资料来源 id, at: 资料章节 id, quote?: 原文短语}',
  cite: '出处：{source: 资料来源 id, at: 资料章节 id, quote?: 原文短语}',
  updated: '内容最后更新日期(YYYY-MM-DD)',
  order: '列表中的排序号',
  model: '所属模式 id',
  models: '相关模式 id 列表',
  aliases: '别名和其他写法',
  mechanisms: '相关机制 id 列表',
  related: '相关条目 id 列表',
  note: '补充说明',
  label: '名称(图中显示)',
  // sources
  'sources.titleSupplied': '原文无标题、标题为本站所拟时为 true(引用时加方括号)',
  'sources.subtitle': '副标题',
  'sources.authors': '作者列表：name 姓名，affiliation 单位，role 承担部分(如案例评析)，corporate 是否为机构',
  'sources.outlet': '刊载的报纸或期刊名',
  'sources.date': '发表日期：{text 原文写法, precision 精度, reason?, notBefore?}',
  'sources.dateNote': '没有日期或日期不全的原因',
  'sources.volume': '卷(期刊)',
  'sources.issue': '期',
  'sources.pages': '页码或版次',
  'sources.articleNumber': '期刊文章编号',
  'sources.series': '所属栏目或系列',
  'sources.kind': '文献性质',
  'sources.medium': '出版形式：newspaper 报纸，journal 期刊，web 网页，unknown 不详(决定 GB/T 7714 文献类型)',
  'sources.seedFile': '原始文本文件名',
  'sources.models': '此文涉及的模式 id',
  'sources.stance': '立场与读法(本站撰写)',
  'sources.gaps': '文本缺漏和不可靠之处',
  'sources.sections': '可供引用的章节：{id, heading, summary?}',
  // models
  'models.place': '地点：{province 省, city? 市, district? 区}',
  'models.level': '行政层级',
  'models.period': '时期：{start, end?, note?}，日期保留原文精度',
  'models.status': 'implemented 已实施；proposal 改革建议(广东)',
  'models.tags': '标签',
  'models.sources': '依据的资料来源 id',
  'models.related': '相关模式 id',
  'models.signature': '标志性名称，如 一委三线',
  // cases
  'cases.place': '地点(原文写法)',
  'cases.level': '案例的层级',
  'cases.role': 'practice 实践案例；reference 被借鉴对象；pilot 试点',
  'cases.learnedBy': '借鉴此案例的模式 id',
  'cases.date': '时间(原文写法与精度)',
  // mechanisms
  'mechanisms.function': '功能分组',
  'mechanisms.models': '资料报告在实践中使用此机制的模式 id',
  'mechanisms.proposedFor': '资料只提出或建议、没有报告已经实行此机制的模式 id(谁提出的见 cites)；与 models 不重叠',
  // terms
  'terms.term': '术语',
  'terms.pinyin': '汉语拼音(带声调)',
  'terms.english': '英文译名',
  'terms.short': '简短释义(一句)',
  'terms.definition': '完整释义',
  'terms.related': '相关术语 id',
  // stages and events
  'stages.name': '阶段名称',
  'stages.start': '开始时间(原文写法与精度)',
  'stages.end': '结束时间；缺省表示至今或原文未给出',
  'events.stage': '所属阶段 id',
  'events.date': '日期：{text 原文写法, precision 精度, reason?, notBefore?}',
  'events.target': '为 true 时，日期是文件设定的目标，不是事情发生的时间',
  'events.kind': '事件类型',
  'events.description': '事件说明',
  'events.cases': '相关案例 id',
  'events.learnedFrom': '借鉴来源：{place, model?, case?}',
  'events.spreadTo': '经验推广到何处(原文写法)',
  // figures
  'figures.case': '所属案例 id',
  'figures.value': '数值(用于排序和计算)',
  'figures.valueText': '原文写法，含“余”“多”“近”等限定',
  'figures.unit': '单位',
  'figures.counts': '统计对象(本站撰写)',
  'figures.kind': '数据类别',
  'figures.asOf': '数据所指时间',
  'figures.asOfNote': '原文未给时间时的说明',
  'figures.evidence': '原文中含此数字的短语',
  // structures
  'structure-nodes.kind': '节点类别',
  'structure-nodes.level': '层级，0 为最高',
  'structure-nodes.composition': '组成',
  'structure-nodes.duties': '职责',
  'structure-nodes.cites': '节点文字还依据的其他出处(cite 之外)，格式同 cites',
  'structure-edges.from': '起点节点 id',
  'structure-edges.to': '终点节点 id',
  'structure-edges.relation': '关系类型',
  'structure-edges.label': '原文对这一关系的说法',
  // comparison
  'compare.dimension': '比较维度 id(见 /compare/)',
  'compare.status': 'reported 原文报告；proposal 原文建议；not-covered 原文未涉及',
  'compare.key': '要点(几个字，用于标出差异)',
  'compare.text': '单元格文字(本站撰写)',
  'compare.figures': '依据的数字 id',
};

/**
 * What each part of an object written as one column per part means (a date's `date.text`, a
 * citation's `cite.quote`, a place's `place.city`); the column's note is the field's name, then this.
 */
export const PART_NOTES: Record<string, string> = {
  // dates (date, start, end, asOf)
  text: '原文写法',
  precision: '精度',
  reason: '日期不够精确的原因(精度为 year-unknown 或 approximate 时必有)',
  notBefore: '年份不详时，原文允许推定的最早年份',
  // citations
  source: '资料来源 id',
  at: '资料章节 id',
  quote: '原文短语(可缺)',
  // places
  province: '省',
  city: '市',
  district: '区',
};

/** The note for a field of a data set, or undefined when none is written. */
export function fieldNote(dataset: string, field: string): string | undefined {
  return FIELD_NOTES[`${dataset}.${field}`] ?? FIELD_NOTES[field];
}
