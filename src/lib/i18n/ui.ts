/**
 * The English edition's words for the content's fixed values (issue #17): node kinds, relations,
 * event kinds, comparison dimensions, model levels and statuses, date precisions and the model
 * page sections. Each table is typed against the Chinese enum it translates, so a value added to
 * a schema without its English is a type error. Translated once here, never per content file.
 */
import type { DatePrecision } from '../dates';
import { SITE_NAME, SITE_SOURCE_NOTE, SITE_TAGLINE } from '../site';
import type { Lang } from './counterparts';
import type { CompareDimension, CompareStatus } from '../../schemas/compare';
import { EN_MODEL_SECTIONS } from '../../schemas/en';
import type { FIGURE_KINDS } from '../../schemas/figures';
import { MODEL_SECTIONS, type ADMIN_LEVELS, type MODEL_STATUS } from '../../schemas/models';
import type { SOURCE_KINDS } from '../../schemas/sources';
import type { NodeKind, Relation } from '../../schemas/structures';
import type { EVENT_KINDS } from '../../schemas/timeline';

export { EN_MODEL_SECTIONS } from '../../schemas/en';
export type EnModelSection = (typeof EN_MODEL_SECTIONS)[number];
export type ModelSection = (typeof MODEL_SECTIONS)[number];

/** Each Chinese `##` section of a model page and its English heading (same order). */
export const MODEL_SECTION_EN = Object.fromEntries(MODEL_SECTIONS.map((s, i) => [s, EN_MODEL_SECTIONS[i]])) as Record<
  ModelSection,
  EnModelSection
>;

/** Kinds of unit in a structure diagram (legends, the text version). */
export const NODE_KIND_EN: Record<NodeKind, string> = {
  党组织: 'Party organisation',
  政府及派出机构: 'Government and its agencies',
  自治组织: 'Self-governing organisation',
  服务平台: 'Service platform',
  '驻区单位·企业': 'Resident units and enterprises',
  社会组织: 'Social organisation',
  '党员·群众': 'Party members and the public',
};

/**
 * Relations between units: `label` names the relation (legends, edge labels), `verb` reads between
 * two unit names in the text version ("District Party Committee leads Street Party Working Committee").
 */
export const RELATION_EN: Record<Relation, { label: string; verb: string }> = {
  领导: { label: 'leadership', verb: 'leads' },
  组织领导: { label: 'organisational leadership', verb: 'gives organisational leadership to' },
  指导: { label: 'guidance', verb: 'guides' },
  协调: { label: 'coordination', verb: 'coordinates' },
  监督: { label: 'supervision', verb: 'supervises' },
  双重领导: { label: 'dual leadership', verb: 'shares the leadership of' },
  '吸纳·兼职': { label: 'co-option (part-time members)', verb: 'takes in as part-time members' },
  报到: { label: 'registration', verb: 'registers with' },
  服务: { label: 'service', verb: 'serves' },
  联动: { label: 'joint action', verb: 'acts jointly with' },
  下设: { label: 'subordinate body', verb: 'has under it' },
  执行: { label: 'execution', verb: 'carries out the decisions of' },
};

/** Kinds of dated event on the timelines. */
export const EVENT_KIND_EN: Record<(typeof EVENT_KINDS)[number], string> = {
  '文件·会议': 'Document or meeting',
  试点: 'Pilot',
  推广: 'Roll-out',
  机构设立: 'Body set up',
  成效: 'Reported result',
  评价: 'Assessment',
};

/** Row headings of the English comparison, and what each row asks of a model. */
export const COMPARE_DIMENSION_EN: Record<CompareDimension, { label: string; question: string }> = {
  'cengji-jiagou': { label: 'Tiers', question: 'How many tiers of Party organisation there are, and what each is' },
  'lingdao-hexin': { label: 'Leading core', question: 'Which organisation leads and coordinates at community level' },
  'zhuqu-danwei': { label: 'How resident units take part', question: 'How the units in the area and their Party organisations join community Party building' },
  'jumin-zizhi': { label: 'Vehicles of residents’ self-government', question: 'Through which organisations or meetings residents take part in community affairs' },
  'xingzheng-shiwu': { label: 'Who handles administrative work', question: 'Who handles the government work extended to the community' },
  'ziyuan-xiachen': { label: 'How resources reach the community', question: 'How people, money and facilities are moved down to the community' },
  'dangyuan-guanli': { label: 'Managing Party members', question: 'Dual registration, dual assessment and other ways of managing Party members' },
  xinxihua: { label: 'Information platforms', question: 'Websites, databases, apps and other platforms' },
  'kaohe-pingjia': { label: 'Assessment', question: 'Who assesses community Party building, and how' },
  chengxiao: { label: 'Reported results', question: 'The results the sources give, with their numbers' },
  wenti: { label: 'Known problems', question: 'The problems and shortcomings the sources point out' },
};

/** The status of a comparison cell, for its badge. */
export const COMPARE_STATUS_EN: Record<CompareStatus, string> = {
  reported: 'Reported',
  proposal: 'Proposal',
  'not-covered': 'Not covered by the source',
};

/** Administrative level of a model's place. */
export const ADMIN_LEVEL_EN: Record<(typeof ADMIN_LEVELS)[number], string> = {
  直辖市: 'Municipality under the central government',
  市辖区: 'City district',
  地级市辖区: 'District of a prefecture-level city',
  省: 'Province',
};

/** Whether a model is a reported practice or a reform proposal. */
export const MODEL_STATUS_EN: Record<(typeof MODEL_STATUS)[number], string> = {
  implemented: 'Reported practice',
  proposal: 'Reform proposal',
};

/** The precision of a date, for legends and data pages (the English of PRECISION_LABELS). */
export const PRECISION_LABELS_EN: Record<DatePrecision, string> = {
  day: 'Exact to the day',
  month: 'Exact to the month',
  year: 'Exact to the year',
  range: 'Period',
  approximate: 'Approximate',
  'year-unknown': 'Year not stated',
};

/** Kinds of figure on a model's key data. */
export const FIGURE_KIND_EN: Record<(typeof FIGURE_KINDS)[number], string> = {
  基本情况: 'Basic facts',
  投入: 'Inputs',
  组织建设: 'Organisation building',
  成效: 'Reported results',
  背景: 'Background',
};

/** Kinds of source document. */
export const SOURCE_KIND_EN: Record<(typeof SOURCE_KINDS)[number], string> = {
  调研报告: 'Survey report',
  经验总结: 'Account of experience',
  案例研究: 'Case study',
  评论: 'Commentary',
  学术评估: 'Academic assessment',
};

/**
 * The site's own words around the content (header, footer, skip link, breadcrumbs, page tools), in
 * both languages, so a layout component takes `lang` and never keeps its own copy. The Chinese are
 * the words the Chinese pages have always shown.
 */
export interface SiteText {
  siteName: string;
  tagline: string;
  sourceNote: string;
  skipLink: string;
  menu: string;
  mainNav: string;
  footerNav: string;
  about: string;
  home: string;
  breadcrumbs: string;
  pageTools: string;
  toc: string;
  toTop: string;
  darkMode: string;
  /** Around a source marker: 〔建邺区调研报告 §5〕, [Jianye survey report §5]. */
  /** The heading of a page's citation block. */
  citePage: string;
  /** Citation blocks: folded formats, file links, the copy button and what it says. */
  showContent: string;
  download: string;
  copy: string;
  copied: string;
  copySelected: string;
  /** The badge of a model that is a reform proposal, not an implemented practice. */
  proposalBadge: string;
  /** Between items a screen reader must not run together (hidden between badges). */
  listSeparator: string;
  citeOpen: string;
  citeClose: string;
  /** Before the cited section's heading, for screen readers. */
  citeSection: string;
  /** Before a source's name and section in a group of markers, for screen readers. */
  citeSource: string;
  /** The switcher's link to this page in the other language, written in that language. */
  otherLanguage: string;
}

export const SITE_TEXT: Record<Lang, SiteText> = {
  'zh-CN': {
    siteName: SITE_NAME,
    tagline: SITE_TAGLINE,
    sourceNote: SITE_SOURCE_NOTE,
    skipLink: '跳到正文',
    menu: '菜单',
    mainNav: '主导航',
    footerNav: '栏目',
    about: '关于本站',
    home: '首页',
    breadcrumbs: '面包屑',
    pageTools: '本页导航',
    toc: '目录',
    toTop: '顶部',
    darkMode: '深色模式',
    citePage: '引用本页',
    showContent: '显示内容',
    download: '下载',
    copy: '复制',
    copied: '已复制',
    copySelected: '已选中文字，请按 Ctrl+C 复制',
    proposalBadge: '改革建议 · 非已实施模式',
    listSeparator: '、',
    citeOpen: '〔',
    citeClose: '〕',
    citeSection: '出处章节：',
    citeSource: '出处：',
    otherLanguage: 'English',
  },
  en: {
    siteName: 'Community Party Building Models',
    tagline: 'A reference library on four Chinese models of urban community Party building: Shanghai, Pudong, Nanjing Jianye and Xinyang Shihe',
    sourceNote:
      'Every fact, number, date and name on this site comes from five published Chinese texts and is cited to the section it rests on; judgements are attributed to their authors. The Chinese edition governs.',
    skipLink: 'Skip to main content',
    menu: 'Menu',
    mainNav: 'Main navigation',
    footerNav: 'Sections',
    about: 'About this edition',
    home: 'Home',
    breadcrumbs: 'Breadcrumbs',
    pageTools: 'Page navigation',
    toc: 'Contents',
    toTop: 'Top',
    darkMode: 'Dark mode',
    citePage: 'Cite this page',
    showContent: 'Show',
    download: 'Download',
    copy: 'Copy',
    copied: 'Copied',
    copySelected: 'Text selected: press Ctrl+C to copy',
    proposalBadge: 'Reform proposal · not an implemented model',
    listSeparator: ', ',
    citeOpen: '[',
    citeClose: ']',
    citeSection: 'Source section: ',
    citeSource: 'Source: ',
    otherLanguage: '中文',
  },
};

/**
 * The English site's sections, in header and footer order, by the Chinese path they translate; a
 * section is listed only when its English page is built (src/lib/i18n/counterparts.ts).
 */
export const EN_NAV: readonly { label: string; path: string }[] = [
  { label: 'Models', path: 'models/' },
  { label: 'Structures', path: 'structures/' },
  { label: 'Timeline', path: 'timeline/' },
  { label: 'Compare', path: 'compare/' },
  { label: 'Glossary', path: 'glossary/' },
  { label: 'Sources', path: 'sources/' },
  { label: 'Search', path: 'search/' },
];

/** Roles of a source's contributors, as cited in English. */
export const CONTRIBUTOR_ROLE_EN: Record<string, string> = {
  案例评析: 'case commentary',
};
