/**
 * What the classroom mode shows, step by step: a structure level by level, a timeline stage by
 * stage. Pure data built from the content; the classroom components render it and the browser
 * script only reveals one step after another.
 */
import type { Stage, TimelineEvent } from '../../schemas/timeline';
import { compareSourceDates, parseSourceDate } from '../dates';
import { formatDate, formatPeriod } from '../format';
import type { KnowledgeIndex } from '../knowledge';

/** One relation between two units, shown once both ends are on screen. */
export interface StepLink {
  from: string;
  relation: string;
  to: string;
}

/** One level of a structure: its units, and the relations that reach it from levels above. */
export interface StructureStep {
  level: number;
  /** "第1层", as the text version numbers levels. */
  label: string;
  nodes: { id: string; label: string; kind: string }[];
  links: StepLink[];
}

/**
 * A structure's levels, top first (from its content, or as the browser reads it back from the
 * text version: see src/client/structure-steps.ts). A relation belongs to the lower of its two ends, so it
 * appears in the same step as the second of the units it joins.
 *
 * @example structureSteps(s)[0] // { level: 0, label: '第1层', nodes: [{ label: '区委', … }], links: [] }
 */
export function structureSteps(structure: {
  nodes: readonly { id: string; label: string; kind: string; level: number }[];
  edges: readonly { from: string; to: string; relation: string }[];
}): StructureStep[] {
  const levelOf = new Map(structure.nodes.map((n) => [n.id, n.level]));
  const labelOf = new Map(structure.nodes.map((n) => [n.id, n.label]));
  const levels = [...new Set(structure.nodes.map((n) => n.level))].sort((a, b) => a - b);
  return levels.map((level) => ({
    level,
    label: `第${level + 1}层`,
    nodes: structure.nodes.filter((n) => n.level === level).map((n) => ({ id: n.id, label: n.label, kind: n.kind })),
    links: structure.edges
      .filter((e) => Math.max(levelOf.get(e.from) ?? 0, levelOf.get(e.to) ?? 0) === level)
      .map((e) => ({ from: labelOf.get(e.from) ?? e.from, relation: e.relation, to: labelOf.get(e.to) ?? e.to })),
  }));
}

/** One stage of a timeline, with the dated events the content files under it. */
export interface TimelineStep {
  id: string;
  /** The model, which is the stage's lane in the timeline chart. */
  model: string;
  /** The stage's name as the chart labels its band. */
  name: string;
  /** The stage's name, prefixed with the model's short name when a step list mixes models. */
  label: string;
  period: string;
  summary: string;
  events: { id: string; date: string; title: string }[];
}

/** One stage as a step, with its events in date order (the events as given, already sorted by the knowledge index). */
function stageStep(s: Stage, events: readonly TimelineEvent[], prefix: string): TimelineStep {
  return {
    id: s.id,
    model: s.model,
    name: s.name,
    label: prefix ? `${prefix} · ${s.name}` : s.name,
    period: formatPeriod(s),
    summary: s.summary,
    events: events.filter((e) => e.stage === s.id).map((e) => ({ id: e.id, date: formatDate(e.date), title: e.title })),
  };
}

/**
 * A model's stages in their order, each with its events. `prefix` names the model in
 * cross-model lessons.
 */
export function timelineSteps(stages: readonly Stage[], events: readonly TimelineEvent[], prefix = ''): TimelineStep[] {
  return [...stages].sort((a, b) => a.order - b.order).map((s) => stageStep(s, events, prefix));
}

/** A model as a lane of the cross-region timeline: its id and the short name that prefixes its stages. */
export interface StepLane {
  id: string;
  label: string;
}

/**
 * The stages of several models in the order they began, whichever the model: the classroom
 * steps of the cross-region timeline. A trainer projecting it tells how the reforms unfolded
 * across regions and who learned from whom, so the chart fills from left to right as the story
 * goes; model by model would sweep the same years once per region and hide the overlaps the
 * chart is there to show. Stages that begin together keep the lanes' order (top first), then the
 * model's own order; stages with no known year (the source gives none) come last, as the chart's
 * 年份不详 panel is on its right. Stages of models that are not lanes are left out.
 *
 * @example chronologicalTimelineSteps([{ id: 'a', label: '甲' }, { id: 'b', label: '乙' }], stages, events)
 *   .map((s) => s.label) // ['乙 · 试点', '甲 · 起步', '乙 · 推开']
 */
export function chronologicalTimelineSteps(
  lanes: readonly StepLane[],
  stages: readonly Stage[],
  events: readonly TimelineEvent[],
): TimelineStep[] {
  const lane = new Map(lanes.map((l, i) => [l.id, { index: i, label: l.label }]));
  const start = new Map(stages.map((s) => [s.id, parseSourceDate(s.start.text)]));
  const byStart = (a: Stage, b: Stage): number => {
    const da = start.get(a.id);
    const db = start.get(b.id);
    if (!da || !db) return Number(!da) - Number(!db);
    return compareSourceDates(da, db);
  };
  return stages
    .filter((s) => lane.has(s.model))
    .sort((a, b) => byStart(a, b) || (lane.get(a.model)?.index ?? 0) - (lane.get(b.model)?.index ?? 0) || a.order - b.order)
    .map((s) => stageStep(s, events, lane.get(s.model)?.label ?? ''));
}

/** A kit's timeline steps, model by model; a kit of several models names the model in each step. */
export function lessonTimelineSteps(kb: KnowledgeIndex, models: readonly string[]): TimelineStep[] {
  const prefix = (m: string) => (models.length === 1 ? '' : kb.model(m).data.shortName);
  return models.flatMap((m) =>
    timelineSteps(
      kb.stagesOf(m).map((s) => s.data),
      kb.eventsOf(m).map((e) => e.data),
      prefix(m),
    ),
  );
}
