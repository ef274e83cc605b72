/**
 * What every generated slide shares: the 16:9 page, the fonts, the title and the small source line
 * at the foot, text that is paged onto continuation slides instead of overflowing, and the
 * finishing pass that makes the file byte-identical from one build to the next.
 */
import { unzipSync } from 'fflate';
import { stableOfficeZip } from './office-zip';
import PptxGenJS from 'pptxgenjs';
import { estimateTextWidth } from '../diagram/text-measure';

/** The slide, in inches (PowerPoint's 16:9 "Widescreen"). */
export const PAGE = { width: 13.333, height: 7.5, margin: 0.5 } as const;
/** Where a slide's content goes, below the title and above the source line. */
export const BODY = { x: PAGE.margin, y: 1.25, w: PAGE.width - 2 * PAGE.margin, h: 5.5 } as const;

/**
 * The font of every run, Latin and East Asian alike: 微软雅黑 is what PowerPoint and WPS on
 * Windows have; where it is missing (macOS, Linux) the run's language (zh-CN) makes the viewer
 * take its own Chinese sans (LibreOffice through fontconfig: Noto Sans CJK SC), never boxes.
 */
export const FONT = 'Microsoft YaHei';
/** The language of every run, so spell-checkers and font fallback treat the text as Chinese. */
export const LANG = 'zh-CN';

/** Colours of the slide itself (the diagram's come from its palette). */
export const INK = { text: '1D1B19', muted: '5F5A54', accent: 'A3201A', rule: 'D9D3CB' } as const;

/** Points per inch. */
const PT = 72;

/** Text options every run gets. */
export const textBase = { fontFace: FONT, lang: LANG, color: INK.text } as const;

/** A new 16:9 deck with the site's metadata. */
export function newDeck(meta: { title: string; author: string; subject: string }): PptxGenJS {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = meta.title;
  pptx.author = meta.author;
  pptx.company = meta.author;
  pptx.subject = meta.subject;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  return pptx;
}

/** A slide with its title, its source line and its number. */
export function addFrame(pptx: PptxGenJS, title: string, source: string): PptxGenJS.Slide {
  const slide = pptx.addSlide();
  slide.addText(title, {
    ...textBase,
    objectName: '标题',
    x: PAGE.margin,
    y: 0.35,
    w: PAGE.width - 2 * PAGE.margin,
    h: 0.75,
    fontSize: 26,
    bold: true,
    color: INK.accent,
    valign: 'middle',
    margin: 0,
    fit: 'shrink',
  });
  slide.addShape('line', { x: PAGE.margin, y: 1.1, w: PAGE.width - 2 * PAGE.margin, h: 0, line: { color: INK.rule, width: 1 } });
  addSourceLine(slide, source);
  return slide;
}

/** The small line at the foot of every slide that says where its content comes from. */
export function addSourceLine(slide: PptxGenJS.Slide, source: string): void {
  const w = PAGE.width - 2 * PAGE.margin - 0.6;
  // Two lines at most: a long list of citations gets the smaller size.
  const fontSize = lineCount(source, 9, w) > 2 ? 8 : 9;
  slide.addText(source, {
    ...textBase,
    objectName: '来源',
    x: PAGE.margin,
    y: PAGE.height - 0.6,
    w,
    h: 0.42,
    fontSize,
    color: INK.muted,
    valign: 'top',
    margin: 0,
  });
  slide.slideNumber = { x: PAGE.width - PAGE.margin - 0.5, y: PAGE.height - 0.6, w: 0.5, h: 0.25, fontFace: FONT, fontSize: 10, color: INK.muted, align: 'right' };
}

/** Lines a paragraph takes in a box, from the site's text-width estimate (which errs wide). */
export function lineCount(text: string, fontSize: number, widthIn: number): number {
  return Math.max(1, Math.ceil(estimateTextWidth(text, fontSize) / (widthIn * PT)));
}

/** Height in inches of lines of text at a font size (1.25 line spacing, as PowerPoint sets CJK). */
export function linesHeight(lines: number, fontSize: number): number {
  return (lines * fontSize * 1.25) / PT;
}

/**
 * Splits items over as few slides as they need, in order, each slide's items no taller than
 * `capacity` and the slides as evenly filled as that allows; an item taller than a whole slide
 * gets a slide of its own.
 *
 * @example paginate([2, 2, 2, 2, 2], (h) => h, 8) // [[2, 2, 2], [2, 2]]
 */
export function paginate<T>(items: readonly T[], height: (item: T) => number, capacity: number): T[][] {
  const greedy = (cap: number) => {
    const pages: T[][] = [];
    let page: T[] = [];
    let used = 0;
    for (const item of items) {
      const h = height(item);
      if (page.length > 0 && used + h > cap) {
        pages.push(page);
        page = [];
        used = 0;
      }
      page.push(item);
      used += h;
    }
    if (page.length > 0) pages.push(page);
    return pages;
  };
  // As few slides as fit, then as even as they can be: the least capacity that needs no more slides.
  const fewest = greedy(capacity);
  let cap = capacity;
  for (let k = 1; k < 20; k++) {
    const tighter = capacity * (1 - k * 0.04);
    if (greedy(tighter).length > fewest.length) break;
    cap = tighter;
  }
  return greedy(cap);
}

/** A slide title with its place among continuation slides: 讨论题, 讨论题（续 2/3）. */
export function pagedTitle(title: string, index: number, count: number): string {
  return count > 1 && index > 0 ? `${title}（续 ${index + 1}/${count}）` : title;
}

/** An item of a numbered list slide: what is shown, and what the speaker notes say about it. */
export interface ListItem {
  text: string;
  notes?: string;
}

const LIST_SIZE = 20;
const LIST_GAP = 0.18;

/**
 * Numbered items over as many slides as they need (continuation slides say 续), each slide's
 * notes holding the notes of its items under their numbers.
 */
export function addListSlides(
  pptx: PptxGenJS,
  title: string,
  items: readonly ListItem[],
  source: string,
  opts: { intro?: string; marker?: (n: number) => string } = {},
): void {
  const { intro, marker = String } = opts;
  const numbered = items.map((item, i) => ({ ...item, n: i + 1 }));
  const indent = marker(items.length).length > 2 ? 0.75 : 0.55;
  const width = BODY.w - indent - 0.2;
  const height = (it: { text: string }) => linesHeight(lineCount(it.text, LIST_SIZE, width), LIST_SIZE) + LIST_GAP;
  const pages = paginate(numbered, height, BODY.h - (intro ? 0.6 : 0));
  pages.forEach((page, p) => {
    const slide = addFrame(pptx, pagedTitle(title, p, pages.length), source);
    let y = BODY.y;
    if (intro && p === 0) {
      slide.addText(intro, { ...textBase, x: BODY.x, y, w: BODY.w, h: 0.45, fontSize: 16, color: INK.muted, margin: 0, valign: 'top' });
      y += 0.6;
    }
    for (const it of page) {
      const h = height(it) - LIST_GAP;
      slide.addText(marker(it.n), { ...textBase, objectName: `序号 ${it.n}`, x: BODY.x, y, w: indent - 0.1, h: linesHeight(1, LIST_SIZE), fontSize: LIST_SIZE, bold: true, color: INK.accent, margin: 0, valign: 'top', align: 'right' });
      slide.addText(it.text, { ...textBase, objectName: `条目 ${it.n}`, x: BODY.x + indent, y, w: width, h, fontSize: LIST_SIZE, margin: 0, valign: 'top', lineSpacingMultiple: 1.1 });
      y += h + LIST_GAP;
    }
    const notes = page.filter((it) => it.notes).map((it) => `${marker(it.n)} ${it.notes}`);
    if (notes.length > 0) slide.addNotes(notes.join('\n\n'));
  });
}

/** A finished .pptx file and its number of slides. */
export interface Deck {
  bytes: Uint8Array;
  slides: number;
}

/**
 * The deck as bytes that depend on its content only: every zip entry gets the same date (the
 * content's own `updated` day), the document properties get that day instead of the clock, the
 * theme names the East Asian font (pptxgenjs leaves it empty), and a relation drawn as two lines
 * (双重领导) gets a double compound line, which pptxgenjs cannot write.
 */
export async function finishDeck(pptx: PptxGenJS, day: string): Promise<Deck> {
  const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const bytes = stableOfficeZip(raw, `${day}T00:00:00Z`, (name, xml) => {
    if (name.startsWith('ppt/theme/')) return xml.replaceAll('<a:ea typeface=""/>', `<a:ea typeface="${FONT}"/>`);
    if (name.startsWith('ppt/slides/slide')) return doubleLines(xml);
    return xml;
  });
  return { bytes, slides: Object.keys(unzipSync(bytes, { filter: (f) => /^ppt\/slides\/slide\d+\.xml$/.test(f.name) })).length };
}

/** Marker in a shape's name for a relation drawn as a double line. */
export const DOUBLE_LINE = '〔双线〕';

/** Gives every line shape whose name carries DOUBLE_LINE a double compound line, and drops the marker from the name. */
function doubleLines(xml: string): string {
  return xml
    .replace(/(<p:sp>(?:(?!<\/p:sp>)[\s\S])*?name="[^"]*〔双线〕[^"]*"(?:(?!<\/p:sp>)[\s\S])*?<a:ln w="\d+")>/g, '$1 cmpd="dbl">')
    .replaceAll(DOUBLE_LINE, '');
}
