/**
 * The English edition's built pages against their Chinese counterparts (issue #17): each page under
 * dist/en/ is paired with the page at the same path without /en/, and every number and date in the
 * English page's main content must also be in the Chinese page's main content (src/lib/i18n/drift.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { numberDrift } from '../../src/lib/i18n/drift';
import { listPages } from './site-pages';

type Node = ReturnType<typeof parseDocument>['children'][number];

/** Elements whose text a reader does not read as the page's content. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);

/** The readable text of a page's <main> (the whole body when it has none), blocks separated by spaces. */
export function mainText(html: string): string {
  const doc = parseDocument(html);
  const main = DomUtils.findOne((el) => el.name === 'main', doc.children) ?? DomUtils.findOne((el) => el.name === 'body', doc.children);
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (DomUtils.isText(n)) parts.push(n.data);
    else if (DomUtils.isTag(n) && !NOT_TEXT.has(n.name)) n.children.forEach(walk);
  };
  if (main) walk(main);
  return parts.join(' ').replace(/\s+/g, ' ');
}

export interface DriftReport {
  /** English pages and their Chinese counterparts, as site paths ('en/models/jianye/' → 'models/jianye/'). */
  paired: { en: string; zh: string }[];
  /** English pages with no Chinese page at the same path. */
  unpaired: string[];
  /** One line per number or date of an English page that its Chinese page lacks. */
  drift: string[];
}

/** Pairs the English pages of a built site with the Chinese ones and lists the drift. */
export function siteDrift(dist: string): DriftReport {
  const report: DriftReport = { paired: [], unpaired: [], drift: [] };
  for (const page of listPages(join(dist, 'en'))) {
    const en = `en/${page.path}`;
    const zhFile = page.path.endsWith('.html') ? join(dist, page.path) : join(dist, page.path, 'index.html');
    if (!existsSync(zhFile)) {
      report.unpaired.push(en);
      continue;
    }
    report.paired.push({ en, zh: page.path });
    const text = mainText(readFileSync(page.file, 'utf8'));
    for (const m of numberDrift(text, mainText(readFileSync(zhFile, 'utf8')))) {
      const context = text.slice(Math.max(0, m.index - 40), m.index + m.raw.length + 40).trim();
      report.drift.push(`/${en}: “${m.raw}” is not on /${page.path} — …${context}…`);
    }
  }
  return report;
}
