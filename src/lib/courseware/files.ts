/**
 * The courseware files a page offers for download, and how the page describes each: format, length
 * and size, so a trainer knows what they get before they click (“PPT 课件 · 12 页 · 85 KB”).
 */

/** One downloadable file. */
export interface CoursewareFile {
  /** Its address under the site's base path. */
  href: string;
  /** The file name a download saves under. */
  name: string;
  /** What it is, in words: PPT 课件, PPT 单页, Word 讲义. */
  format: string;
  /** Slides of a deck; absent where only the reader's software lays out the pages (a Word file). */
  pages?: number;
  /** The paper a document is set on, shown where it has no page count ('A4'). */
  paper?: string;
  bytes: number;
}

/** The PowerPoint file type, as servers and browsers name it. */
export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * A size as people read it: whole KB below 1 MB (at least 1), MB with one decimal above.
 *
 * @example formatBytes(87_040) // '85 KB'
 */
export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The line a download link carries.
 *
 * @example downloadLabel({ format: 'PPT 课件', pages: 12, bytes: 87_040, … }) // 'PPT 课件 · 12 页 · 85 KB'
 * @example downloadLabel({ format: 'Word 讲义', paper: 'A4', bytes: 250_000, … }) // 'Word 讲义 · A4 · 244 KB'
 */
export function downloadLabel(f: Pick<CoursewareFile, 'format' | 'pages' | 'paper' | 'bytes'>): string {
  return `${f.format} · ${f.pages === undefined ? (f.paper ?? '') : `${f.pages} 页`} · ${formatBytes(f.bytes)}`;
}
