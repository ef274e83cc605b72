/**
 * An organisation structure must be drawable and make sense as a hierarchy: unique node ids, edges
 * between nodes that exist, no edge from a unit to itself, and leadership that runs downward
 * (level 0 is the top) without going round in a circle.
 */
import type { StructureEdge } from '../../../schemas/structures';
import type { CheckContext, ValidRecord } from '../context';
import { suggestion } from '../issues';

/** Relations in which `from` leads `to`: they must point down the levels and never form a cycle. */
const LEADS: ReadonlySet<StructureEdge['relation']> = new Set(['领导', '组织领导', '双重领导']);

export function checkStructure(ctx: CheckContext, r: ValidRecord<'structures'>): void {
  const { nodes, edges } = r.data;
  const level = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (level.has(n.id)) ctx.report(r, ['nodes', i, 'id'], `节点 id “${n.id}”重复：每个节点的 id 必须唯一，改掉其中一个(连线里的引用也要一起改)。`);
    level.set(n.id, n.level);
  });
  const ids = [...level.keys()];
  edges.forEach((e, i) => {
    let ends = true;
    for (const end of ['from', 'to'] as const) {
      if (!level.has(e[end])) {
        ends = false;
        ctx.report(r, ['edges', i, end], `连线指向不存在的节点“${e[end]}”。${suggestion(e[end], ids, '本文件的 nodes')}`);
      }
    }
    if (!ends) return;
    if (e.from === e.to) {
      ctx.report(r, ['edges', i, 'to'], `连线从节点“${e.from}”指向它自己：from 和 to 应是两个不同的节点。`);
    } else if (LEADS.has(e.relation) && (level.get(e.from) as number) > (level.get(e.to) as number)) {
      ctx.report(
        r,
        ['edges', i, 'relation'],
        `“${e.relation}”关系向上指：“${e.from}”(第${level.get(e.from)}层)不能领导上层的“${e.to}”(第${level.get(e.to)}层)。交换 from 和 to，或改正节点的 level(0 为最上层)。`,
      );
    }
  });
  reportLeadCycle(ctx, r);
}

/** One message for the first cycle of leadership relations, naming the units in order. */
function reportLeadCycle(ctx: CheckContext, r: ValidRecord<'structures'>): void {
  const next = new Map<string, { to: string; index: number }[]>();
  r.data.edges.forEach((e, index) => {
    if (LEADS.has(e.relation) && e.from !== e.to) next.set(e.from, [...(next.get(e.from) ?? []), { to: e.to, index }]);
  });
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): { path: string[]; index: number } | undefined => {
    state.set(id, 'open');
    stack.push(id);
    for (const { to, index } of next.get(id) ?? []) {
      if (state.get(to) === 'open') return { path: [...stack.slice(stack.indexOf(to)), to], index };
      if (!state.has(to)) {
        const found = visit(to);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of next.keys()) {
    if (state.has(id)) continue;
    const cycle = visit(id);
    if (cycle) {
      ctx.report(r, ['edges', cycle.index], `领导关系绕成了一个圈：${cycle.path.join(' → ')}。领导关系只能自上而下，删除或改正其中一条连线。`);
      return;
    }
  }
}
