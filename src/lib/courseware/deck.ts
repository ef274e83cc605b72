/**
 * A lesson kit as a 16:9 PowerPoint deck, in the order of the kit: title, objectives, key points
 * (citations in the notes), each structure drawn as native shapes and then level by level as the
 * classroom mode shows it, the timeline, the discussion questions (the trainer's guide in the
 * notes), the comparison exercise and the references in GB/T 7714. Pure: the content comes in as
 * plain data (src/data/courseware.ts gathers it), the file goes out as bytes.
 */
import type PptxGenJS from 'pptxgenjs';
import type { TimelineStep } from '../classroom/steps';
import type { CiteRef } from './cites';
import { layoutStructure } from '../diagram/layout';
import type { DiagramPalette } from '../diagram/palette';
import type { TimelineLayout } from '../timeline/layout';
import { addListSlides, addFrame, type Deck, addSourceLine, BODY, finishDeck, INK, lineCount, linesHeight, newDeck, PAGE, paginate, pagedTitle, textBase } from './slide-kit';
export type { Deck };
import { addStepSlides, addStructureSlide, type StructureSlideInput } from './structure-slide';
import { drawTimeline, TIMELINE_KEY } from './timeline-shapes';

/** Everything a kit's deck shows, as plain text and layouts. */
export interface LessonDeckInput {
  id: string;
  title: string;
  summary: string;
  /** The models taught, by short name. */
  models: string[];
  /** The kit's `updated` day: the file's date, so a rebuild gives the same bytes. */
  updated: string;
  /** Who publishes the deck (the site's name). */
  author: string;
  /** Where the kit is on the site, for the source line. */
  address: string;
  palette: DiagramPalette;
  /** The kit's readings as citations, the source line of slides that have none of their own. */
  readings: string;
  objectives: string[];
  /** Formats citations for notes and source lines. */
  cite: (cites: readonly CiteRef[]) => string;
  keyPoints: { text: string; cites: CiteRef[]; see: string }[];
  structures: StructureSlideInput[];
  /** A timeline slide per model, laid out as the model page draws it. */
  timelines: { title: string; layout: TimelineLayout; cites: string; steps: TimelineStep[] }[];
  questions: { question: string; guide: string; cites: CiteRef[] }[];
  exercise: { task: string; models: string[]; rows: { label: string; question?: string }[]; link: string };
  /** The works cited, each formatted in GB/T 7714. */
  references: string[];
}

/** The title slide: the kit's title, summary and models. */
function addTitleSlide(pptx: PptxGenJS, d: LessonDeckInput, source: string): void {
  const slide = pptx.addSlide();
  slide.background = { color: 'FFFFFF' };
  slide.addShape('rect', { x: 0, y: 0, w: 0.28, h: PAGE.height, fill: { color: INK.accent }, line: { color: INK.accent, width: 0 } });
  slide.addText(`${d.author} · 教学讲义`, { ...textBase, x: 1, y: 1.4, w: 11, h: 0.5, fontSize: 18, color: INK.muted, margin: 0 });
  slide.addText(d.title, { ...textBase, objectName: '标题', x: 1, y: 2, w: 11.3, h: 1.6, fontSize: 40, bold: true, color: INK.accent, margin: 0, valign: 'middle', fit: 'shrink' });
  slide.addText(d.summary, { ...textBase, x: 1, y: 3.8, w: 11.3, h: linesHeight(lineCount(d.summary, 20, 11.3), 20) + 0.1, fontSize: 20, margin: 0, valign: 'top' });
  slide.addText(`模式：${d.models.join('、')}　　更新：${d.updated}`, { ...textBase, x: 1, y: 5.4, w: 11.3, h: 0.45, fontSize: 16, color: INK.muted, margin: 0 });
  addSourceLine(slide, source);
}

/** A model's timeline slide; its notes walk through the stages as the classroom mode does. */
function addTimelineSlide(pptx: PptxGenJS, t: LessonDeckInput['timelines'][number], source: string): void {
  const slide = addFrame(pptx, t.title, source);
  drawTimeline(slide, t.layout, { ...BODY, h: BODY.h - 0.4 });
  slide.addText(TIMELINE_KEY, { ...textBase, objectName: '图例', x: BODY.x, y: BODY.y + BODY.h - 0.3, w: BODY.w, h: 0.3, fontSize: 12, color: INK.muted, margin: 0, valign: 'bottom' });
  slide.addNotes(
    t.steps
      .map((s) => `${s.label}（${s.period}）：${s.summary}${s.events.length > 0 ? `\n${s.events.map((e) => `· ${e.date} ${e.title}`).join('\n')}` : ''}`)
      .join('\n\n'),
  );
}

/**
 * The comparison exercise: the task, and the worksheet as a real table to fill in, its rows carried
 * onto continuation slides (header repeated) when they would not fit.
 */
function addExerciseSlides(pptx: PptxGenJS, e: LessonDeckInput['exercise'], source: string): void {
  const taskSize = 18;
  const taskH = linesHeight(lineCount(e.task, taskSize, BODY.w), taskSize) + 0.1;
  const size = 14;
  const labelW = 3.6;
  const colW = [labelW, ...e.models.map(() => (BODY.w - labelW) / e.models.length)];
  const cellPad = 0.06;
  // A row is as tall as its label and question, and tall enough to write in.
  const rowH = (r: LessonDeckInput['exercise']['rows'][number]) =>
    Math.max(0.55, linesHeight(lineCount(r.label, size, labelW - 2 * cellPad), size) + (r.question ? linesHeight(lineCount(r.question, size - 2, labelW - 2 * cellPad), size - 2) : 0) + 2 * cellPad);
  const headH = linesHeight(1, size) + 2 * cellPad;
  const pages = paginate(e.rows, rowH, BODY.h - taskH - 0.15 - headH);
  const head = { bold: true, fill: { color: 'F1EFEC' }, color: INK.text };
  pages.forEach((rowsOfPage, p) => {
    const slide = addFrame(pptx, pagedTitle('比较练习', p, pages.length), source);
    slide.addText(e.task, { ...textBase, x: BODY.x, y: BODY.y, w: BODY.w, h: taskH, fontSize: taskSize, margin: 0, valign: 'top' });
    const rows: PptxGenJS.TableRow[] = [
      [{ text: '维度', options: head }, ...e.models.map((m) => ({ text: m, options: { ...head, align: 'center' as const } }))],
      ...rowsOfPage.map((r) => [
        {
          text: [
            { text: r.label, options: { bold: true, ...(r.question ? { breakLine: true } : {}) } },
            ...(r.question ? [{ text: r.question, options: { fontSize: size - 2, color: INK.muted } }] : []),
          ],
        },
        ...e.models.map(() => ({ text: '' })),
      ]),
    ];
    slide.addTable(rows, {
      ...textBase,
      objectName: '比较练习表',
      x: BODY.x,
      y: BODY.y + taskH + 0.15,
      w: BODY.w,
      colW,
      rowH: [headH, ...rowsOfPage.map(rowH)],
      fontSize: size,
      border: { type: 'solid', pt: 0.75, color: 'A39E97' },
      valign: 'top',
      margin: cellPad,
    });
    slide.addNotes(`在网站比较页对照这些模式：${e.link}\n表中每格请注明资料与章节。`);
  });
}

/** The whole deck of a lesson kit, as the bytes of a .pptx file. */
export async function lessonDeck(d: LessonDeckInput): Promise<Deck> {
  const pptx = newDeck({ title: d.title, author: d.author, subject: '教学讲义课件' });
  const source = (cites: string) => `来源：${cites || d.readings}　${d.author} · 教学讲义《${d.title}》 ${d.address}`;

  addTitleSlide(pptx, d, source(d.readings));
  addListSlides(pptx, '学习目标', d.objectives.map((text) => ({ text })), source(d.readings));
  addListSlides(
    pptx,
    '要点',
    d.keyPoints.map((k) => ({ text: k.text, notes: `出处：${d.cite(k.cites)}\n${k.see}` })),
    source(d.cite(d.keyPoints.flatMap((k) => k.cites))),
  );
  for (const s of d.structures) {
    const layout = layoutStructure(s.structure);
    addStructureSlide(pptx, s, layout, source(s.cites), d.palette);
    addStepSlides(pptx, s, layout, source(s.cites), d.palette);
  }
  for (const t of d.timelines) addTimelineSlide(pptx, t, source(t.cites));
  addListSlides(
    pptx,
    '讨论题',
    d.questions.map((q) => ({ text: q.question, notes: `阅读提示：${q.guide}${d.cite(q.cites)}` })),
    source(d.cite(d.questions.flatMap((q) => q.cites))),
  );
  addExerciseSlides(pptx, d.exercise, source(d.readings));
  addListSlides(pptx, '参考文献', d.references.map((text) => ({ text })), source(d.readings), {
    marker: (n) => `[${n}]`,
    intro: '按 GB/T 7714—2015 著录（顺序编码制）。',
  });
  return finishDeck(pptx, d.updated);
}
