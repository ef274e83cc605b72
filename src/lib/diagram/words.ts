/**
 * The words a structure diagram says, in each language of the site: its caption, toolbar, help,
 * legend, text version, detail panel, spoken descriptions and the source line of a downloaded
 * picture. The content's unit kinds and relations are Chinese names (they pick shapes and line
 * styles); `kind()` and `relation()` give the name a reader sees. Free of content schemas, so the
 * browser script takes its few words from here.
 */

export type DiagramLang = 'zh' | 'en';

/** The shape counts of a structure (see structureCounts in ./describe). */
export interface CountsForWords {
  nodes: number;
  levels: number;
  edges: number;
  relationTypes: number;
}

export interface DiagramWords {
  lang: DiagramLang;
  /** The name of a unit kind as the reader sees it. */
  kind(kind: string): string;
  /** The name of a relation as the reader sees it (in the legend, tables and spoken descriptions). */
  relation(relation: string): string;
  /** The relation's name on the small plate across its line, where a long name would crowd the drawing. */
  plate(relation: string): string;
  counts(c: CountsForWords): string;
  /** A relation seen from one of its units: "领导（指向 社区居委会）". */
  phrase(relation: string, direction: 'out' | 'in', other: string): string;
  /** What a screen reader hears on a unit: its name, kind and relations (already phrased). */
  unit(label: string, kind: string, relations: string[]): string;
  /** The caption's "结构图：{counts}。" */
  caption(counts: string): string;
  textVersion: string;
  /** The drawing's spoken description: summary, counts, where the text version is. */
  description(summary: string, counts: string): string;
  zoom: string;
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  download: string;
  downloadSvg: string;
  downloadPng: string;
  helpPointer: string;
  helpTouch: string;
  panel(title: string): string;
  panelHeading: string;
  panelClose: string;
  panelHint: string;
  legend: string;
  legendKinds: string;
  legendRelations: string;
  /** Separator between the names of the sources in a picture's source line. */
  sourceSeparator: string;
  /** Heading of the text version. */
  textTitle(title: string): string;
  textUnits: string;
  level(n: number): string;
  composition: string;
  duties: string;
  textRelations: string;
  columns: readonly [string, string, string, string];
  relationTable(title: string): string;
  basis: string;
}

/** The words the browser script adds, by the page's language. */
export interface DiagramClientWords {
  relations: string;
  wholeBasis: string;
  source: string;
  seeInText: string;
  toggleRelation: string;
  /** After a legend group's heading in a downloaded picture ("单元类型："). */
  colon: string;
  /** The two lines at the foot of a downloaded picture. */
  credit(site: string, title: string, address: string, sources: string): [string, string];
  phrase: DiagramWords['phrase'];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const CLIENT_WORDS: Record<DiagramLang, DiagramClientWords> = {
  zh: {
    relations: '关系',
    wholeBasis: '整个结构的依据 ',
    source: '出处',
    seeInText: '在文字版中查看',
    toggleRelation: '显示或隐藏这类关系',
    colon: '：',
    credit: (site, title, address, sources) => [`来源：${site}《${title}》 ${address}`, `依据：${sources}`],
    phrase: (relation, direction, other) => `${relation}（${direction === 'out' ? '指向' : '来自'} ${other}）`,
  },
  en: {
    relations: 'Relations',
    wholeBasis: 'Basis of the whole structure ',
    source: 'Source',
    seeInText: 'See it in the text version',
    toggleRelation: 'Show or hide this type of relation',
    colon: ': ',
    credit: (site, title, address, sources) => [`Source: ${site}, “${title}”, ${address}`, `Based on: ${sources}`],
    phrase: (relation, direction, other) => `${relation} (${direction === 'out' ? 'to' : 'from'} ${other})`,
  },
};

export const DIAGRAM_WORDS_ZH: DiagramWords = {
  lang: 'zh',
  kind: (k) => k,
  relation: (r) => r,
  plate: (r) => r,
  counts: (c) => `${c.nodes}个组织单元，${c.levels}层，${c.edges}条关系（${c.relationTypes}种）`,
  phrase: CLIENT_WORDS.zh.phrase,
  unit: (label, kind, rels) => (rels.length === 0 ? `${label}，${kind}。没有画出关系` : `${label}，${kind}。${rels.length}条关系：${rels.join('；')}`),
  caption: (counts) => `结构图：${counts}。`,
  textVersion: '文字版',
  description: (summary, counts) => `${summary} ${counts}。文字版紧随图后。`,
  zoom: '缩放',
  zoomIn: '放大',
  zoomOut: '缩小',
  zoomReset: '复位',
  download: '下载',
  downloadSvg: '下载 SVG',
  downloadPng: '下载 PNG',
  helpPointer: '用 Tab 键进入图中，方向键沿关系移动，Enter 查看详情，Esc 关闭；按住 Ctrl 滚动鼠标滚轮缩放，放大后可拖动平移。',
  helpTouch: '图已缩放到屏幕宽度：双指开合缩放，放大后单指拖动平移；点一个单元，详情在屏幕底部打开。',
  panel: (title) => `${title}：单元详情`,
  panelHeading: '单元详情',
  panelClose: '关闭详情',
  panelHint: '将鼠标移到单元上或点单元，或用 Tab 键进入图中，查看单元的组成、职责、关系和出处。',
  legend: '图例',
  legendKinds: '单元类型',
  legendRelations: '关系类型',
  sourceSeparator: '；',
  textTitle: (title) => `文字版：${title}`,
  textUnits: '组织单元(按层级)',
  level: (n) => `第${n}层`,
  composition: '组成：',
  duties: '职责：',
  textRelations: '关系',
  columns: ['从', '关系', '到', '说明与出处'],
  relationTable: (title) => `${title}：关系表`,
  basis: '结构依据：',
};

/**
 * English words; kind and relation names come from the site's English UI names (src/lib/i18n/ui.ts),
 * given by the caller so this file stays free of the schemas.
 */
export function englishDiagramWords(names: { kind(kind: string): string; relation(relation: string): string }): DiagramWords {
  return {
    lang: 'en',
    kind: names.kind,
    relation: names.relation,
    // "co-option (part-time members)": the legend keeps the explanation in brackets, the plate drops it.
    plate: (r) => names.relation(r).replace(/\s*\([^)]*\)$/, ''),
    counts: (c) =>
      `${plural(c.nodes, 'unit', 'units')}, ${plural(c.levels, 'level', 'levels')}, ${plural(c.edges, 'relation', 'relations')} (${plural(c.relationTypes, 'type', 'types')})`,
    phrase: CLIENT_WORDS.en.phrase,
    unit: (label, kind, rels) =>
      rels.length === 0 ? `${label}, ${kind}. No relations drawn` : `${label}, ${kind}. ${plural(rels.length, 'relation', 'relations')}: ${rels.join('; ')}`,
    caption: (counts) => `Diagram: ${counts}. `,
    textVersion: 'Text version',
    description: (summary, counts) => `${summary} ${counts}. The text version follows the diagram.`,
    zoom: 'Zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomReset: 'Reset',
    download: 'Download',
    downloadSvg: 'Download SVG',
    downloadPng: 'Download PNG',
    helpPointer:
      'Tab into the diagram, move along relations with the arrow keys, Enter shows details, Esc closes; hold Ctrl and turn the mouse wheel to zoom, then drag to pan.',
    helpTouch: 'The diagram is fitted to the screen: pinch to zoom, drag with one finger to pan; tap a unit to open its details at the bottom of the screen.',
    panel: (title) => `${title}: unit details`,
    panelHeading: 'Unit details',
    panelClose: 'Close details',
    panelHint: 'Point at or tap a unit, or Tab into the diagram, to see its composition, duties, relations and sources.',
    legend: 'Key',
    legendKinds: 'Unit types',
    legendRelations: 'Relation types',
    sourceSeparator: '; ',
    textTitle: (title) => `Text version: ${title}`,
    textUnits: 'Units by level',
    level: (n) => `Level ${n}`,
    composition: 'Composition: ',
    duties: 'Duties: ',
    textRelations: 'Relations',
    columns: ['From', 'Relation', 'To', 'Note and source'],
    relationTable: (title) => `${title}: relations`,
    basis: 'Basis of the structure: ',
  };
}

/** The browser script's words for a page, by its `<html lang>`. */
export function clientWords(lang: string): DiagramClientWords {
  return lang.toLowerCase().startsWith('en') ? CLIENT_WORDS.en : CLIENT_WORDS.zh;
}
