/**
 * Who learned from whom, and whose experience was spread where, exactly as the sources state it:
 * events name the places they learned from (`learnedFrom`) and where they spread (`spreadTo`);
 * cases name the models that learned from them (`learnedBy`). Pure: takes validated entries.
 */
import type { Case } from '../../schemas/cases';
import type { TimelineEvent } from '../../schemas/timeline';
import type { Entry } from '../knowledge';

/**
 * The one scope that reaches beyond a model's own region: the sources' 全国. Other scopes
 * (全市, 全区城市社区) are rollouts inside the region and stay on their own lane.
 */
export const NATIONAL_SCOPE = '全国';

/** One place a model learned from; `model` and `case` are set when the site has an entry for it. */
export interface InfluencePlace {
  place: string;
  model?: string;
  case?: string;
}

/**
 * A stated influence. `learn`: the lane `to` drew on `places` (some of them other lanes).
 * `spread`: the experience of lane `from` was spread to `scope`.
 */
export type Influence =
  | {
      kind: 'learn';
      id: string;
      to: string;
      places: InfluencePlace[];
      /** The learner's event that states it; absent when only cases state it (no date given). */
      event?: string;
    }
  | { kind: 'spread'; id: string; from: string; scope: string; event: string; national: boolean };

/** The lanes a learn influence comes from (places the site has as models), in order, deduplicated. */
export function sourceLanes(influence: Influence): string[] {
  if (influence.kind === 'spread') return [influence.from];
  return [...new Set(influence.places.flatMap((p) => (p.model ? [p.model] : [])))];
}

/**
 * Collects every stated influence: one per event that learned or spread, and one per
 * (case model → learner) pair for cases named as learned from, which the sources do not date.
 * Events come first in the given order, then the case-based ones by learner and source model.
 */
export function collectInfluences(events: Entry<TimelineEvent>[], cases: Entry<Case>[]): Influence[] {
  const out: Influence[] = [];
  for (const e of events) {
    if (e.data.learnedFrom.length > 0) {
      out.push({
        kind: 'learn',
        id: `learn-${e.id}`,
        to: e.data.model,
        event: e.id,
        places: e.data.learnedFrom.map((p) => ({
          place: p.place,
          ...(p.model ? { model: p.model } : {}),
          ...(p.case ? { case: p.case } : {}),
        })),
      });
    }
    if (e.data.spreadTo) {
      out.push({
        kind: 'spread',
        id: `spread-${e.id}`,
        from: e.data.model,
        scope: e.data.spreadTo,
        event: e.id,
        national: e.data.spreadTo === NATIONAL_SCOPE,
      });
    }
  }
  const byPair = new Map<string, { to: string; from: string; cases: Entry<Case>[] }>();
  for (const c of cases) {
    for (const learner of c.data.learnedBy) {
      const key = `${learner}\u0000${c.data.model}`;
      const pair = byPair.get(key) ?? { to: learner, from: c.data.model, cases: [] };
      pair.cases.push(c);
      byPair.set(key, pair);
    }
  }
  const pairs = [...byPair.values()].sort((a, b) => a.to.localeCompare(b.to) || a.from.localeCompare(b.from));
  for (const { to, from, cases: learned } of pairs) {
    out.push({
      kind: 'learn',
      id: `learn-${to}-from-${from}`,
      to,
      places: learned.map((c) => ({ place: c.data.title, model: from, case: c.id })),
    });
  }
  return out;
}
