/**
 * A lesson kit as an A4 Word handout (.docx), in the printed kit's order: objectives, key points,
 * structures, timeline, questions, exercise, self-check with answers, readings, then the numbered
 * GB/T 7714 reference list that every 〔[n] §m〕 in the text points to. Built with `docx`; headings
 * use Word's built-in Heading styles (the navigation pane lists them), tables are Word tables, and
 * each picture is the site's own drawing as SVG with a PNG fallback, its text version below it.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { formatGbt } from '../citation/gbt7714';
import { sourceRecord } from '../citation/record';
import { countsText } from '../diagram/describe';
import { selectionQuery } from '../compare/selection';
import { formatDate, formatPeriod } from '../format';
import type { KnowledgeIndex } from '../knowledge';
import { svgToPng, warmPngCache } from '../raster/svg-to-png';
import { comparePageFor, comparePagePath } from '../scale';
import { SITE_NAME } from '../site';
import { buildTimelineData, modelLanes } from '../timeline/data';
import { layoutTimeline } from '../timeline/layout';
import { COMPARE_DIMENSIONS, COMPARE_DIMENSION_INFO } from '../../schemas/compare';
import type { Cite } from '../../schemas/common';
import type { Lesson } from '../../schemas/lessons';
import type { Structure } from '../../schemas/structures';
import { stableOfficeZip } from './office-zip';
import { structureFigure, timelineFigure, type Figure } from './handout-figures';

export interface HandoutInput {
  id: string;
  lesson: Lesson;
  kb: KnowledgeIndex;
  /** The address of a page of the site, e.g. `lessons/jianye/` (absolute where the build knows its origin). */
  siteUrl: (path: string) => string;
}

/** East Asian fonts Word and WPS have; LibreOffice substitutes Noto CJK for them. */
export const HANDOUT_FONTS = { body: 'SimSun', heading: 'SimHei', latin: 'Times New Roman' } as const;
const MUTED = '55504A';
const ACCENT = 'A3201A';
/** A4 with 2 cm margins, in twips (1/20 pt). */
const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
const CONTENT_TWIPS = PAGE.width - 2 * PAGE.margin;
/** The width pictures may take, in px at 96 dpi (what docx measures them in). */
const CONTENT_PX = Math.floor((CONTENT_TWIPS / 1440) * 96);
/** Tallest picture, in px: leaves room on the page for its caption. */
const MAX_FIGURE_PX = 820;
/**
 * PNG pixels per displayed px: 192 dpi. Word 2016 and later and WPS draw the SVG; LibreOffice (7.4
 * at least) and older Word print this PNG, so it is made sharp enough for paper. Pictures shared
 * by several kits are rendered once (svgToPng keeps what it rendered).
 */
const PNG_SCALE = 2;

const font = (name: string) => ({ ascii: HANDOUT_FONTS.latin, hAnsi: HANDOUT_FONTS.latin, eastAsia: name, cs: HANDOUT_FONTS.latin });

/** The same lesson gives the same bytes; the pages build it, and the download list asks its size. */
const cache = new Map<string, Promise<Uint8Array>>();
export function handoutDocx(input: HandoutInput): Promise<Uint8Array> {
  const key = `${input.id}\n${input.siteUrl('')}`;
  let doc = cache.get(key);
  if (!doc) {
    doc = (async () => {
      // A first pass only lists the pictures, which are then rendered on two cores at once.
      const pictures: { svg: string; width: number }[] = [];
      await buildHandout(input, (svg, width) => (pictures.push({ svg, width }), new Uint8Array()));
      await warmPngCache(pictures);
      return buildHandout(input);
    })();
    cache.set(key, doc);
  }
  return doc;
}

/** Numbers sources in order of first citation (GB/T 7714's sequential system). */
class References {
  readonly order: string[] = [];
  number(source: string): number {
    if (!this.order.includes(source)) this.order.push(source);
    return this.order.indexOf(source) + 1;
  }
}

/** Builds the handout afresh (handoutDocx keeps one per kit). */
export async function buildHandout(
  { id, lesson, kb, siteUrl }: HandoutInput,
  /** The PNG of each picture; a listing pass passes its own and gets no file back. */
  png: ((svg: string, width: number) => Uint8Array) | undefined = undefined,
): Promise<Uint8Array> {
  const refs = new References();
  let figureNo = 0;

  const text = (t: string, o: { bold?: boolean; color?: string; size?: number } = {}) => new TextRun({ text: t, ...o });
  const para = (children: ParagraphChild[], o: IParagraphOptions = {}) => new Paragraph({ ...o, children });
  const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;
  const heading = (t: string, level: keyof typeof LEVELS) => new Paragraph({ text: t, heading: LEVELS[level] });
  /** 〔[1] §2 §5；[3] §1〕: reference numbers with the cited sections, like the site's cite markers. */
  const cites = (list: Cite[]): ParagraphChild[] => {
    if (list.length === 0) return [];
    const bySource = new Map<string, number[]>();
    for (const c of list) {
      const ns = bySource.get(c.source) ?? [];
      const n = kb.sectionNumber(c.source, c.at);
      if (!ns.includes(n)) ns.push(n);
      bySource.set(c.source, ns);
    }
    const groups = [...bySource].map(([s, ns]) => `[${refs.number(s)}] ${ns.sort((a, b) => a - b).map((n) => `§${n}`).join(' ')}`);
    return [text(`〔${groups.join('；')}〕`, { color: MUTED, size: 18 })];
  };
  const numbered = (i: number, children: ParagraphChild[], o: IParagraphOptions = {}) =>
    para([text(`${i + 1}. `), ...children], { indent: { left: 360, hanging: 360 }, ...o });
  const note = (t: string) => para([text(t, { color: MUTED, size: 19 })], { indent: { left: 360 } });

  const cell = (children: ParagraphChild[] | string, o: { header?: boolean; width: number; height?: boolean } = { width: 1 }) =>
    new TableCell({
      width: { size: o.width, type: WidthType.DXA },
      ...(o.header ? { shading: { fill: 'F1EFEC' } } : {}),
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: [para(typeof children === 'string' ? [text(children, o.header ? { bold: true } : {})] : children)],
    });
  /** A Word table across the text width: a repeated header row, then the rows. */
  const table = (columns: { label: string; share: number }[], rows: (ParagraphChild[] | string)[][], rowHeight?: number) => {
    const total = columns.reduce((s, c) => s + c.share, 0);
    const widths = columns.map((c) => Math.floor((CONTENT_TWIPS * c.share) / total));
    return new Table({
      width: { size: CONTENT_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.label, { header: true, width: widths[i] ?? 0 })) }),
        ...rows.map(
          (r) =>
            new TableRow({
              cantSplit: true,
              ...(rowHeight ? { height: { value: rowHeight, rule: 'atLeast' as const } } : {}),
              children: r.map((content, i) => cell(content, { width: widths[i] ?? 0 })),
            }),
        ),
      ],
    });
  };
  /** A picture fitted to the text width, then its numbered caption. */
  const figure = (f: Figure, caption: string): Paragraph[] => {
    const scale = Math.min(1, CONTENT_PX / f.width, MAX_FIGURE_PX / f.height);
    const width = Math.round(f.width * scale);
    const height = Math.round(f.height * scale);
    figureNo += 1;
    return [
      para(
        [
          new ImageRun({
            type: 'svg',
            data: Buffer.from(f.svg, 'utf8'),
            fallback: { type: 'png', data: png ? png(f.svg, Math.round(width * PNG_SCALE)) : svgToPng(f.svg, { width: Math.round(width * PNG_SCALE) }) },
            transformation: { width, height },
            altText: { name: caption, title: caption, description: `${caption}。文字版见图后。` },
          }),
        ],
        { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120 } },
      ),
      para([text(`图${figureNo}　${caption}`, { color: MUTED, size: 19 })], { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
    ];
  };

  const model = (m: string) => kb.model(m).data;
  const body: (Paragraph | Table)[] = [];

  // Title block, as the kit's page header.
  body.push(
    para([text(`${SITE_NAME} · 教学讲义 · ${lesson.models.map((m) => model(m).shortName).join('、')}`, { color: ACCENT, size: 20 })]),
    new Paragraph({ text: lesson.title, heading: HeadingLevel.TITLE }),
    para([text(lesson.summary)]),
    para([text('模式：', { bold: true }), text(lesson.models.map((m) => model(m).title).join('、'))]),
    para([text('依据资料：', { bold: true }), text([...new Set(lesson.readings.map((r) => r.source))].map((s) => kb.source(s).data.shortName).join('；'))]),
    note(`网页版：${siteUrl(`lessons/${id}/`)}。文中〔[n] §m〕指文末参考文献 n 的第 m 节，各节原文可在网站的资料页查到。`),
  );

  body.push(heading('学习目标', 1), ...lesson.objectives.map((o, i) => numbered(i, [text(o)])));

  body.push(heading('要点', 1));
  lesson.keyPoints.forEach((p, i) => {
    body.push(numbered(i, [text(p.text), ...cites(p.cites)], { spacing: { before: 80 } }), note(`见本站“${model(p.model).shortName}”模式页：${p.section}`));
  });

  body.push(heading('组织架构', 1));
  for (const sid of lesson.structures) {
    const entry = kb.structures.find((e) => e.id === sid);
    if (!entry) throw new Error(`lesson ${id}: unknown structure ${sid}`);
    body.push(...structureSection(entry.data));
  }

  body.push(heading('改革历程', 1), ...timelineSection(lesson.timelines));

  body.push(heading('讨论题', 1));
  lesson.questions.forEach((q, i) => {
    body.push(numbered(i, [text(q.question, { bold: true })], { spacing: { before: 120 }, keepNext: true }));
    body.push(para([text('阅读提示：', { bold: true, color: MUTED, size: 19 }), text(q.guide, { color: MUTED, size: 19 }), ...cites(q.cites)], { indent: { left: 360 } }));
  });

  const ex = lesson.exercise;
  const allModels = kb.models.map((m) => m.id);
  // The task refers to the kit page's link to /compare/ with the exercise chosen: print its address.
  const compareQuery = selectionQuery({ models: ex.models, dimensions: ex.dimensions, diff: true }, { models: allModels, dimensions: COMPARE_DIMENSIONS });
  body.push(
    heading('比较练习', 1),
    para([text(ex.task)]),
    note(`比较页（已选好本练习的模式和维度）：${siteUrl(comparePagePath(comparePageFor(allModels, ex.models)))}${compareQuery}`),
  );
  body.push(
    para([text('比较练习表（每格注明资料与章节）', { color: MUTED, size: 19 })], { keepNext: true, spacing: { before: 120 } }),
    table(
      [{ label: '维度', share: 5 }, ...ex.models.map((m) => ({ label: model(m).shortName, share: 4 }))],
      [
        ...ex.dimensions.map((d) => [
          [text(COMPARE_DIMENSION_INFO[d].label, { bold: true }), new TextRun({ text: COMPARE_DIMENSION_INFO[d].question, color: MUTED, size: 18, break: 1 })],
          ...ex.models.map(() => ''),
        ]),
        ...ex.extraRows.map((label) => [[text(label, { bold: true })], ...ex.models.map(() => '')]),
      ],
      1000,
    ),
  );

  body.push(heading('自测', 1));
  lesson.selfCheck.forEach((c, i) => {
    body.push(numbered(i, [text(c.question)], { spacing: { before: 80 }, keepNext: true }));
    body.push(para([text('答：', { bold: true }), text(c.answer), ...cites(c.cites)], { indent: { left: 360 } }));
  });

  body.push(heading('阅读材料', 1));
  for (const r of lesson.readings) {
    const s = kb.source(r.source).data;
    body.push(
      para([text(`${s.authors.map((a) => a.name).join('、')}：《${s.title}》${s.outlet ? `，《${s.outlet}》` : ''}`, { bold: true }), text(` [${refs.number(r.source)}]`)], {
        spacing: { before: 120 },
        keepNext: true,
      }),
      note(r.why),
      ...r.sections.map((at) => para([text(`§${kb.sectionNumber(r.source, at)} ${kb.sectionHeading(r.source, at)}`, { size: 19 })], { indent: { left: 720 } })),
    );
  }

  body.push(heading('参考文献', 1));
  refs.order.forEach((s, i) => {
    body.push(para([text(`[${i + 1}] ${formatGbt(sourceRecord(s, kb.source(s).data))}`)], { indent: { left: 480, hanging: 480 } }));
  });

  function structureSection(s: Structure): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = [];
    const proposal = model(s.model).status === 'proposal';
    out.push(heading(proposal ? `${s.title}（改革建议，原文未报告实施）` : s.title, 2));
    out.push(para([text(s.summary), ...cites(s.cites)]));
    out.push(...figure(structureFigure(s), `${s.title}：${countsText(s)}`));
    out.push(heading(`文字版：${s.title}`, 3), heading('组织单元（按层级）', 4));
    const levels = [...new Set(s.nodes.map((n) => n.level))].sort((a, b) => a - b);
    for (const lv of levels) {
      out.push(para([text(`第${lv + 1}层`, { bold: true, color: MUTED })], { keepNext: true, spacing: { before: 80 } }));
      for (const n of s.nodes.filter((x) => x.level === lv)) {
        out.push(para([text(n.label, { bold: true }), text(`（${n.kind}）`, { color: MUTED }), ...(n.cite ? cites([n.cite]) : [])], { indent: { left: 360 } }));
        if (n.composition) out.push(para([text(`组成：${n.composition}`, { size: 19 })], { indent: { left: 720 } }));
        if (n.duties) out.push(para([text(`职责：${n.duties}`, { size: 19 })], { indent: { left: 720 } }));
      }
    }
    const label = new Map(s.nodes.map((n) => [n.id, n.label]));
    out.push(
      heading('关系', 4),
      table(
        [
          { label: '从', share: 3 },
          { label: '关系', share: 2 },
          { label: '到', share: 3 },
          { label: '说明与出处', share: 5 },
        ],
        s.edges.map((e) => [label.get(e.from) ?? e.from, e.relation, label.get(e.to) ?? e.to, [text(e.label ?? ''), ...(e.cite ? cites([e.cite]) : [])]]),
      ),
      para([text('结构依据：', { color: MUTED, size: 19 }), ...cites(s.cites)], { spacing: { before: 80 } }),
    );
    return out;
  }

  function timelineSection(models: string[]): (Paragraph | Table)[] {
    const single = models.length === 1 ? models[0] : undefined;
    const name = (m: string) => model(m).shortName;
    const title = single ? `${name(single)}：改革历程` : `${models.map(name).join('、')}：改革阶段对照`;
    const data = buildTimelineData(modelLanes(models.map((m) => kb.model(m))), single ? kb.stagesOf(single) : kb.stages, single ? kb.eventsOf(single) : kb.events);
    // The same layout options as the kit page's chart (ModelTimeline.astro, LessonTimeline.astro).
    const layout = layoutTimeline(data, single ? { width: 720, left: 16, panelWidth: 240, maxLabelWidth: 180 } : { width: 720, left: 76, panelWidth: 240, maxLabelWidth: 168 });
    const out: (Paragraph | Table)[] = [heading(title, 2)];
    if (data.items.length + data.stages.length > 0) out.push(...figure(timelineFigure(layout, !single), `${title}时间线`));
    if (!single) {
      out.push(
        heading('文字版：各模式的改革阶段', 3),
        table(
          [
            { label: '模式', share: 1 },
            { label: '阶段与时间', share: 5 },
          ],
          models.map((m) => [name(m), kb.stagesOf(m).flatMap((st, i) => [new TextRun({ text: `${i + 1}. ${st.data.name}`, bold: true, ...(i > 0 ? { break: 1 } : {}) }), text(`（${formatPeriod(st.data)}）`), ...cites(st.data.cites)])]),
        ),
      );
      return out;
    }
    const stages = kb.stagesOf(single);
    if (stages.length > 0) {
      out.push(heading('阶段', 3));
      stages.forEach((st, i) => {
        out.push(numbered(i, [text(st.data.name, { bold: true }), text(`（${formatPeriod(st.data)}）`), ...cites(st.data.cites)], { keepNext: true, spacing: { before: 80 } }));
        out.push(para([text(st.data.summary)], { indent: { left: 360 } }));
        if (st.data.note) out.push(note(`说明：${st.data.note}`));
      });
    }
    out.push(heading('大事记', 3));
    for (const e of kb.eventsOf(single)) {
      out.push(
        para([text(formatDate(e.data.date), { bold: true, color: ACCENT }), text(`　${e.data.kind}`, { color: MUTED, size: 19 })], { keepNext: true, spacing: { before: 120 } }),
        para([text(e.data.title, { bold: true })], { keepNext: true }),
        para([text(e.data.description), ...cites(e.data.cites)]),
      );
    }
    return out;
  }

  if (png) return new Uint8Array();
  const doc = new Document({
    creator: SITE_NAME,
    title: lesson.title,
    description: lesson.summary,
    styles: {
      default: {
        document: { run: { font: font(HANDOUT_FONTS.body), size: 21 }, paragraph: { spacing: { line: 320, lineRule: LineRuleType.AUTO, after: 60 } } },
        title: { run: { font: font(HANDOUT_FONTS.heading), size: 40, bold: true }, paragraph: { spacing: { before: 120, after: 200 } } },
        // Outline levels too, so WPS and LibreOffice build their navigators from the same headings as Word.
        heading1: { run: { font: font(HANDOUT_FONTS.heading), size: 32, bold: true, color: ACCENT }, paragraph: { outlineLevel: 0, spacing: { before: 360, after: 160 }, keepNext: true } },
        heading2: { run: { font: font(HANDOUT_FONTS.heading), size: 28, bold: true }, paragraph: { outlineLevel: 1, spacing: { before: 280, after: 120 }, keepNext: true } },
        heading3: { run: { font: font(HANDOUT_FONTS.heading), size: 24, bold: true }, paragraph: { outlineLevel: 2, spacing: { before: 200, after: 80 }, keepNext: true } },
        heading4: { run: { font: font(HANDOUT_FONTS.heading), size: 21, bold: true, color: MUTED }, paragraph: { outlineLevel: 3, spacing: { before: 160, after: 60 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 } } },
        headers: {
          default: new Header({
            children: [
              para([text(lesson.title, { size: 18, color: MUTED }), text(`\t${SITE_NAME}`, { size: 18, color: MUTED })], {
                tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_TWIPS }],
                border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'D9D3CA', space: 4 } },
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [para([new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页，共 ', PageNumber.TOTAL_PAGES, ' 页'], size: 18, color: MUTED })], { alignment: AlignmentType.CENTER })],
          }),
        },
        children: body,
      },
    ],
  });
  // docx numbers drawings from a counter shared by every document of the process, so the order
  // pages are built in would show: renumber them per document.
  return stableOfficeZip(await Packer.toBuffer(doc), `${lesson.updated}T00:00:00Z`, (name, xml) => {
    let n = 0;
    return name === 'word/document.xml' ? xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++n}"`) : xml;
  });
}
