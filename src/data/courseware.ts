/**
 * The courseware of the build: each lesson kit's deck and each structure's one-slide deck,
 * generated once per build (memoised) for the endpoints that serve them and for the pages that
 * list them with their size. The content is gathered here; the files are made by src/lib/courseware.
 */
import { getCollection } from 'astro:content';
import diagramCss from '../components/diagram/diagram.css?raw';
import { formatGbt } from '../lib/citation/gbt7714';
import { sourceRecord } from '../lib/citation/record';
import { selectionQuery } from '../lib/compare/selection';
import { formatCites, type CiteRef } from '../lib/courseware/cites';
import { lessonDeck, type Deck } from '../lib/courseware/deck';
import type { CoursewareFile } from '../lib/courseware/files';
import { lessonHandout } from '../lib/courseware/handout-site';
import { structureDeck, type StructureSlideInput } from '../lib/courseware/structure-slide';
import { readPalette } from '../lib/diagram/palette';
import { comparePageFor, comparePagePath } from '../lib/scale';
import { COURSEWARE_BUILT, PUBLIC_ORIGIN, SITE_NAME } from '../lib/site';
import { buildTimelineData, modelLanes } from '../lib/timeline/data';
import { layoutTimeline } from '../lib/timeline/layout';
import { url } from '../lib/url';
import { COMPARE_DIMENSIONS, COMPARE_DIMENSION_INFO } from '../schemas/compare';
import type { Structure } from '../schemas/structures';
import { lessonTimelineSteps } from './classroom-steps';
import { getKnowledge } from './knowledge';

const palette = readPalette(diagramCss);
/** A page's address as the slides print it: the public URL when the build knows it, else the site path. */
const address = (path: string) => (PUBLIC_ORIGIN ? new URL(url(path), PUBLIC_ORIGIN).href : url(path));

async function citeFormatter(): Promise<(cites: readonly CiteRef[]) => string> {
  const kb = await getKnowledge();
  return (cites) => formatCites(cites, { name: (s) => kb.source(s).data.shortName, number: (s, at) => kb.sectionNumber(s, at) });
}

async function structureInput(id: string, data: Structure): Promise<StructureSlideInput> {
  const kb = await getKnowledge();
  const cite = await citeFormatter();
  return {
    id,
    title: data.title,
    summary: data.summary,
    cites: cite(data.cites),
    proposal: kb.model(data.model).data.status === 'proposal',
    structure: data,
  };
}

/** Runs a generator once per key for the whole build. */
function memo(make: (id: string) => Promise<Deck>): (id: string) => Promise<Deck> {
  const cache = new Map<string, Promise<Deck>>();
  return (id) => {
    let hit = cache.get(id);
    if (!hit) cache.set(id, (hit = make(id)));
    return hit;
  };
}

/** A lesson kit's deck. */
export const lessonDeckFile = memo(async (id) => {
  const kb = await getKnowledge();
  const entry = (await getCollection('lessons')).find((l) => l.id === id);
  if (!entry) throw new Error(`courseware: no lesson kit ${id}`);
  const lesson = entry.data;
  const cite = await citeFormatter();
  const name = (m: string) => kb.model(m).data.shortName;
  // A slide per model, laid out as src/components/model/ModelTimeline.astro lays it out: one lane
  // for several models at once would be too tall to read on a slide.
  const timelines = await Promise.all(
    lesson.timelines.map(async (m) => ({
      title: lesson.timelines.length > 1 ? `${name(m)}：改革历程（${lesson.timelines.indexOf(m) + 1}/${lesson.timelines.length}）` : `${name(m)}：改革历程`,
      layout: layoutTimeline(buildTimelineData(modelLanes([kb.model(m)]), kb.stagesOf(m), kb.eventsOf(m)), { width: 720, left: 16, panelWidth: 240, maxLabelWidth: 180 }),
      cites: cite(kb.stagesOf(m).flatMap((s) => s.data.cites)),
      steps: await lessonTimelineSteps([m]),
    })),
  );
  const structures = await Promise.all(
    lesson.structures.map(async (sid) => {
      const s = kb.structures.find((e) => e.id === sid);
      if (!s) throw new Error(`courseware: lesson ${id} names no structure ${sid}`);
      return structureInput(sid, s.data);
    }),
  );
  const ex = lesson.exercise;
  const query = selectionQuery(
    { models: ex.models, dimensions: ex.dimensions, diff: true },
    { models: kb.models.map((m) => m.id), dimensions: COMPARE_DIMENSIONS },
  );
  const compareHref = `${address(comparePagePath(comparePageFor(kb.models.map((m) => m.id), ex.models)))}${query}`;
  // The works the kit rests on: its readings first, then every other source it cites.
  const cited = [
    ...lesson.readings.map((r) => r.source),
    ...lesson.keyPoints.flatMap((k) => k.cites.map((c) => c.source)),
    ...lesson.questions.flatMap((q) => q.cites.map((c) => c.source)),
    ...lesson.selfCheck.flatMap((q) => q.cites.map((c) => c.source)),
    ...structures.flatMap((s) => kb.structures.find((e) => e.id === s.id)?.data.cites.map((c) => c.source) ?? []),
  ];
  return lessonDeck({
    id,
    title: lesson.title,
    summary: lesson.summary,
    models: lesson.models.map(name),
    updated: lesson.updated,
    author: SITE_NAME,
    address: address(`lessons/${id}/`),
    palette,
    cite,
    readings: cite(lesson.readings.flatMap((r) => r.sections.map((at) => ({ source: r.source, at })))),
    objectives: lesson.objectives,
    keyPoints: lesson.keyPoints.map((k) => ({ text: k.text, cites: k.cites, see: `详见本站${name(k.model)}模式页“${k.section}”。` })),
    structures,
    timelines,
    questions: lesson.questions,
    exercise: {
      task: ex.task,
      models: ex.models.map(name),
      rows: [
        ...ex.dimensions.map((d) => ({ label: COMPARE_DIMENSION_INFO[d].label, question: COMPARE_DIMENSION_INFO[d].question })),
        ...ex.extraRows.map((label) => ({ label })),
      ],
      link: compareHref,
    },
    references: [...new Set(cited)].map((s) => formatGbt(sourceRecord(s, kb.source(s).data))),
  });
});

/** A structure's one-slide deck. */
export const structureDeckFile = memo(async (id) => {
  const kb = await getKnowledge();
  const s = kb.structures.find((e) => e.id === id);
  if (!s) throw new Error(`courseware: no structure ${id}`);
  const cite = await citeFormatter();
  return structureDeck(await structureInput(id, s.data), {
    author: SITE_NAME,
    updated: kb.model(s.data.model).data.updated,
    source: `来源：${cite(s.data.cites)}　${SITE_NAME} · 结构图《${s.data.title}》 ${address(`structures/${id}/`)}`,
    palette,
  });
});

/** The files a lesson kit's page offers: the deck, and the Word handout (its page count is Word's to make). */
export async function lessonFiles(id: string): Promise<CoursewareFile[]> {
  if (!COURSEWARE_BUILT) return [];
  const deck = await lessonDeckFile(id);
  const lesson = (await getCollection('lessons')).find((l) => l.id === id);
  if (!lesson) throw new Error(`courseware: no lesson kit ${id}`);
  const handout = await lessonHandout(id, lesson.data, await getKnowledge());
  return [
    { href: url(`lessons/${id}/${id}.pptx`), name: `${id}.pptx`, format: 'PPT 课件', pages: deck.slides, bytes: deck.bytes.byteLength },
    { href: url(`lessons/${id}/${id}.docx`), name: `${id}.docx`, format: 'Word 讲义', paper: 'A4', bytes: handout.byteLength },
  ];
}

/** The files a structure's page offers. */
export async function structureFiles(id: string): Promise<CoursewareFile[]> {
  if (!COURSEWARE_BUILT) return [];
  const deck = await structureDeckFile(id);
  return [{ href: url(`structures/${id}/${id}.pptx`), name: `${id}.pptx`, format: 'PPT 单页', pages: deck.slides, bytes: deck.bytes.byteLength }];
}
