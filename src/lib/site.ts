/** Site-wide names and navigation, in one place. */

export const SITE_NAME = '社区党建模式库';
export const SITE_TAGLINE = '上海、浦东、南京建邺、信阳浉河四种社区党建模式的资料库';
export const SITE_SOURCE_NOTE =
  '本站所有事实、数字、日期和人名均出自五篇公开资料，并逐条标注出处；评价性表述归属于原作者。';

/**
 * The public origin the build was given (SITE_URL), or undefined. Without it Astro's `site` is
 * http://localhost:4321, which must not reach a reader as a canonical link.
 */
export const PUBLIC_ORIGIN: string | undefined = process.env['SITE_URL'] || undefined;

/**
 * Whether the build makes the courseware (.pptx, .docx). Only the benchmark turns it off
 * (COURSEWARE=off), to time the same build without it and so measure what the files add.
 */
export const COURSEWARE_BUILT: boolean = process.env['COURSEWARE'] !== 'off';

export interface NavItem {
  label: string;
  path: string;
}

/**
 * Every section of the site, declared once: the header (a menu on phones), the footer and the
 * 404 page list them in this order.
 */
export const NAV: readonly NavItem[] = [
  { label: '模式', path: 'models/' },
  { label: '结构图', path: 'structures/' },
  { label: '时间线', path: 'timeline/' },
  { label: '比较', path: 'compare/' },
  { label: '术语', path: 'glossary/' },
  { label: '教学讲义', path: 'lessons/' },
  { label: '开放数据', path: 'data/' },
  { label: '资料来源', path: 'sources/' },
  { label: '搜索', path: 'search/' },
];
