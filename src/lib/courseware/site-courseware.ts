/**
 * The courseware of one build, from its content: each lesson kit's deck and Word handout and each
 * structure's one-slide deck, each made once (memoised). Free of Astro's content API, so the same
 * code runs in the pages (src/data/courseware.ts) and in the worker that makes every file while
 * Astro still bundles (./build-worker.ts): both give the same bytes for the same content.
 */
import diagramCss from '../../components/diagram/diagram.css?raw';
import { formatGbt } from '../citation/gbt7714';
import { sourceRecord } from '../citation/record';
import { lessonTimelineSteps } from '../classroom/steps';
import { selectionQuery } from '../compare/selection';
import { readPalette } from '../diagram/palette';
import type { KnowledgeIndex } from '../knowledge';
import { comparePageFor, comparePagePath } from '../scale';
import { PUBLIC_ORIGIN, SITE_NAME } from '../site';
import { buildTimelineData, modelLanes } from '../timeline/data';
import { layoutTimeline } from '../timeline/layout';
import { url } from '../url';
import { COMPARE_DIMENSIONS, COMPARE_DIMENSION_INFO } from '../../schemas/compare';
import type { Lesson } from '../../schemas/lessons';
import type { Structure } from '../../schemas/structures';
import { formatCites, type CiteRef } from './cites';
import { lessonDeck } from './deck';
import { handoutDocx } from './handout';
import type { Deck } from './slide-kit';
import { structureDeck, type StructureSlideInput } from './structure-slide';

/** A lesson kit as the collection holds it. */
export interface LessonEntry {
  id: string;
  data: Lesson;
}

/** A page's address as the slides print it: the public URL when the build knows it, else the site path. */
const address = (path: string) => (PUBLIC_ORIGIN ? new URL(url(path), PUBLIC_ORIGIN).href : url(path));
/** The same for the handout, which names the site where it has no origin rather than show a bare path. */
export const handoutSiteUrl = (path: string): string => (PUBLIC_ORIGIN ? new URL(url(path), PUBLIC_ORIGIN).href : `${SITE_NAME}网站 ${url(path)}`);

/** Every file of the courseware, by its path under the site's base (`lessons/<id>/<id>.pptx`). */
export type CoursewareBytes = Map<string, { bytes: Uint8Array; slides?: number }>;

export interface SiteCourseware {
  lessonDeck(id: string): Promise<Deck>;
  structureDeck(id: string): Promise<Deck>;
  handout(id: string): Promise<Uint8Array>;
  /** Makes every file (what the worker hands to the pages). */
  all(): Promise<CoursewareBytes>;
}

/** Runs a generator once per key. */
function memo<T>(make: (id: string) => Promise<T>): (id: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (id) => {
    let hit = cache.get(id);
    if (!hit) cache.set(id, (hit = make(id)));
    return hit;
  };
}

export function siteCourseware(kb: KnowledgeIndex, lessons: readonly LessonEntry[]): SiteCourseware {
  const palette = readPalette(diagramCss);
  const cite = (cites: readonly CiteRef[]) => formatCites(cites, { name: (s) => kb.source(s).data.shortName, number: (s, at) => kb.sectionNumber(s, at) });
  const name = (m: string) => kb.model(m).data.shortName;
  const lessonOf = (id: string): Lesson => {
    const entry = lessons.find((l) => l.id === id);
    if (!entry) throw new Error(`courseware: no lesson kit ${id}`);
    return entry.data;
  };
  const structureOf = (id: string, what: string): Structure => {
    const s = kb.structures.find((e) => e.id === id);
    if (!s) throw new Error(`courseware: ${what} names no structure ${id}`);
    return s.data;
  };
  const structureInput = (id: string, data: Structure): StructureSlideInput => ({
    id,
    title: data.title,
    summary: data.summary,
    cites: cite(data.cites),
    proposal: kb.model(data.model).data.status === 'proposal',
    structure: data,
  });

  const lessonDeckOf = memo(async (id) => {
    const lesson = lessonOf(id);
    // A slide per model, laid out as src/components/model/ModelTimeline.astro lays it out: one lane
    // for several models at once would be too tall to read on a slide.
    const timelines = lesson.timelines.map((m, i) => ({
      title: lesson.timelines.length > 1 ? `${name(m)}：改革历程（${i + 1}/${lesson.timelines.length}）` : `${name(m)}：改革历程`,
      layout: layoutTimeline(buildTimelineData(modelLanes([kb.model(m)]), kb.stagesOf(m), kb.eventsOf(m)), { width: 720, left: 16, panelWidth: 240, maxLabelWidth: 180 }),
      cites: cite(kb.stagesOf(m).flatMap((s) => s.data.cites)),
      steps: lessonTimelineSteps(kb, [m]),
    }));
    const kitStructures = lesson.structures.map((sid) => ({ sid, data: structureOf(sid, `lesson ${id}`) }));
    const structures = kitStructures.map(({ sid, data }) => structureInput(sid, data));
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
      ...kitStructures.flatMap(({ data }) => data.cites.map((c) => c.source)),
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

  const structureDeckOf = memo(async (id) => {
    const data = structureOf(id, 'courseware');
    return structureDeck(structureInput(id, data), {
      author: SITE_NAME,
      updated: kb.model(data.model).data.updated,
      source: `来源：${cite(data.cites)}　${SITE_NAME} · 结构图《${data.title}》 ${address(`structures/${id}/`)}`,
      palette,
    });
  });

  const handoutOf = (id: string) => handoutDocx({ id, lesson: lessonOf(id), kb, siteUrl: handoutSiteUrl });

  return {
    lessonDeck: lessonDeckOf,
    structureDeck: structureDeckOf,
    handout: handoutOf,
    async all() {
      const files: CoursewareBytes = new Map();
      // Handouts first: their pictures render on other threads while the decks are made here.
      const handouts = lessons.map(async (l) => files.set(`lessons/${l.id}/${l.id}.docx`, { bytes: await handoutOf(l.id) }));
      for (const l of lessons) files.set(`lessons/${l.id}/${l.id}.pptx`, await lessonDeckOf(l.id));
      for (const s of kb.structures) files.set(`structures/${s.id}/${s.id}.pptx`, await structureDeckOf(s.id));
      await Promise.all(handouts);
      return files;
    },
  };
}

/**
 * What the courseware is made from, as one string: the worker's files are used only when the pages'
 * own content gives the same string, so they can never show other content than the pages.
 */
export function coursewareInputKey(kb: KnowledgeIndex, lessons: readonly LessonEntry[]): string {
  const of = (entries: readonly { id: string; data: unknown }[]) => [...entries].sort((a, b) => (a.id < b.id ? -1 : 1)).map((e) => [e.id, e.data]);
  return JSON.stringify([
    ...(['sources', 'models', 'cases', 'mechanisms', 'terms', 'stages', 'events', 'figures', 'structures'] as const).map((c) => of(kb[c])),
    of(lessons),
    import.meta.env.BASE_URL,
    PUBLIC_ORIGIN ?? '',
  ]);
}
