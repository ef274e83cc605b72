/**
 * A structure as slides: the whole drawing on one slide (also sold alone, as the one-slide deck
 * each /structures/<id>/ page offers), and its classroom steps, a slide a level, as the classroom
 * mode reveals them (src/lib/classroom/steps.ts).
 */
import type PptxGenJS from 'pptxgenjs';
import type { Structure } from '../../schemas/structures';
import { structureSteps } from '../classroom/steps';
import { KIND_ORDER, KIND_STYLES, RELATION_ORDER, RELATION_STYLES } from '../diagram/grammar';
import { layoutStructure, type DiagramLayout } from '../diagram/layout';
import type { DiagramPalette } from '../diagram/palette';
import { drawLegend, drawStructure, layoutLegend } from './shapes';
import { addFrame, BODY, type Deck, finishDeck, lineCount, linesHeight, newDeck, textBase } from './slide-kit';

/** What a structure's slides need to know. */
export interface StructureSlideInput {
  id: string;
  title: string;
  summary: string;
  /** Its citations as the site prints them, e.g. 〔建邺区调研报告 §3〕. */
  cites: string;
  /** A proposal (the Guangdong commentary), which the title must say. */
  proposal: boolean;
  structure: Pick<Structure, 'nodes' | 'edges'>;
}

/** The largest drawing scale (inches per layout px): unit names at most 20 pt. */
const MAX_SCALE = 20 / 14 / 72;

const titleOf = (s: StructureSlideInput) => (s.proposal ? `${s.title}（改革建议，原文未报告实施）` : s.title);

/** The grammar in words, for the notes: the kinds and relations this structure uses. */
export function legendText(structure: StructureSlideInput['structure']): string {
  const kinds = KIND_ORDER.filter((k) => structure.nodes.some((n) => n.kind === k));
  const relations = RELATION_ORDER.filter((r) => structure.edges.some((e) => e.relation === r));
  const shape = { rounded: '圆角框', square: '直角框', stadium: '胶囊框', hexagon: '六边形', slanted: '平行四边形', leaf: '对角圆角框', dashed: '虚线框' } as const;
  return `图例（与网站结构图相同）：${kinds.map((k) => `${k}＝${shape[KIND_STYLES[k].shape]}`).join('；')}。连线按关系类型区分线型和箭头：${relations.join('、')}${relations.some((r) => RELATION_STYLES[r].double) ? '（双重领导为双线）' : ''}。`;
}

/** The whole structure on one slide with its legend; notes: its summary, citations and the legend in words. */
export function addStructureSlide(pptx: PptxGenJS, s: StructureSlideInput, layout: DiagramLayout, source: string, palette: DiagramPalette): void {
  const slide = addFrame(pptx, titleOf(s), source);
  // The legend along the foot of the body, as on the site below each diagram; the drawing above it.
  const legend = layoutLegend(s.structure, BODY.w);
  drawLegend(slide, legend, BODY.x, BODY.y + BODY.h - legend.height, palette);
  drawStructure(slide, layout, { ...BODY, h: BODY.h - legend.height - 0.1 }, { palette, maxScale: MAX_SCALE });
  slide.addNotes(`${s.summary}${s.cites}\n\n${legendText(s.structure)}`);
}

/** Font sizes tried for a step's caption, largest first. */
const STEP_SIZES = [16, 14, 12, 11, 10];
/** At most this many caption lines: the drawing keeps the slide. */
const CAPTION_LINES = 2;

/**
 * One slide per classroom step: the drawing at the size and place of the structure slide, the
 * levels reached before paler and those to come left out, this level's units named below it, and
 * its relations in words in the notes, as the classroom view lists them.
 */
export function addStepSlides(pptx: PptxGenJS, s: StructureSlideInput, layout: DiagramLayout, source: string, palette: DiagramPalette): void {
  const steps = structureSteps(s.structure);
  const levelOf = new Map(s.structure.nodes.map((n) => [n.id, n.level]));
  steps.forEach((step, i) => {
    const slide = addFrame(pptx, `${s.title} · ${step.label}（${i + 1}/${steps.length}）`, source);
    const units = `本层：${step.nodes.map((n) => n.label).join('、')}`;
    const size = STEP_SIZES.find((z) => lineCount(units, z, BODY.w) <= CAPTION_LINES) ?? (STEP_SIZES.at(-1) as number);
    const captionH = linesHeight(Math.min(CAPTION_LINES, lineCount(units, size, BODY.w)), size) + 0.05;
    drawStructure(slide, layout, { x: BODY.x, y: BODY.y, w: BODY.w, h: BODY.h - captionH - 0.1 }, {
      palette,
      maxScale: MAX_SCALE,
      state: (id) => {
        const level = levelOf.get(id) ?? 0;
        return level < step.level ? 'past' : level === step.level ? 'current' : 'future';
      },
    });
    slide.addText(units, { ...textBase, objectName: `${step.label}说明`, x: BODY.x, y: BODY.y + BODY.h - captionH, w: BODY.w, h: captionH, fontSize: size, margin: 0, valign: 'bottom', align: 'center' });
    const links = step.links.map((l) => `${l.from} —${l.relation}→ ${l.to}`);
    slide.addNotes(
      `${step.label}：${step.nodes.map((n) => `${n.label}（${n.kind}）`).join('、')}${links.length > 0 ? `\n\n与上层的关系：\n${links.join('\n')}` : ''}`,
    );
  });
}

/** The one-slide deck of a structure page, for a trainer's own slides. */
export async function structureDeck(s: StructureSlideInput, meta: { author: string; updated: string; source: string; palette: DiagramPalette }): Promise<Deck> {
  const pptx = newDeck({ title: s.title, author: meta.author, subject: '组织结构图' });
  addStructureSlide(pptx, s, layoutStructure(s.structure), meta.source, meta.palette);
  return finishDeck(pptx, meta.updated);
}
