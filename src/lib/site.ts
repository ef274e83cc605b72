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

export interface NavItem {
  label: string;
  path: string;
  icon: string;
}

/**
 * Every section of the site, declared once: the header (a menu on phones), the footer and the
 * 404 page list them in this order.
 */
export const NAV: readonly NavItem[] = [
  { label: '模式', path: 'models/', icon: 'lucide:layers' },
  { label: '结构图', path: 'structures/', icon: 'lucide:network' },
  { label: '时间线', path: 'timeline/', icon: 'lucide:calendar-range' },
  { label: '比较', path: 'compare/', icon: 'lucide:columns-3' },
  { label: '术语', path: 'glossary/', icon: 'lucide:book-a' },
  { label: '教学讲义', path: 'lessons/', icon: 'lucide:presentation' },
  { label: '开放数据', path: 'data/', icon: 'lucide:database' },
  { label: '资料来源', path: 'sources/', icon: 'lucide:library' },
  { label: '搜索', path: 'search/', icon: 'lucide:search' },
];
