/**
 * A comparison file is named after its model, covers every dimension exactly once, a proposal's
 * cells never read as reported practice, and every model has its row.
 */
import { COMPARE_DIMENSIONS } from '../../../schemas/compare';
import type { CheckContext, ValidRecord } from '../context';
import { suggestion } from '../issues';

const listOrNone = (ids: readonly string[]) => ids.join('、') || '(无)';

export function checkCompare(ctx: CheckContext, r: ValidRecord<'compare'>): void {
  if (!ctx.known.models.has(r.id)) {
    const hint = suggestion(r.id, [...ctx.known.models], 'content/models/').replace(/“([^”]+)”\?$/, '“$1.yaml”?');
    ctx.report(r, [], `文件名应为模式 id，“${r.id}”不是模式。${hint}`);
    return; // its cells cannot be checked against a model it does not name
  }
  const proposal = ctx.byId.models.get(r.id)?.data.status === 'proposal';
  const seen = new Set<string>();
  r.data.cells.forEach((c, i) => {
    if (seen.has(c.dimension)) ctx.report(r, ['cells', i, 'dimension'], `维度“${c.dimension}”重复。每个维度只写一格。`);
    seen.add(c.dimension);
    c.mechanisms.forEach((id, j) => {
      const mech = ctx.byId.mechanisms.get(id)?.data;
      if (!mech) return;
      // Only a proposal cell may link a mechanism that is merely proposed for the model.
      const proposed = c.status === 'proposal';
      const tied = [...mech.models, ...(proposed ? mech.proposedFor : [])];
      if (!tied.includes(r.id)) {
        ctx.report(
          r,
          ['cells', i, 'mechanisms', j],
          `机制“${id}”的 ${proposed ? 'models 或 proposedFor' : 'models'} 中没有 ${r.id}(models：${listOrNone(mech.models)}；proposedFor：${listOrNone(mech.proposedFor)})。只链接本模式实行的机制，或在建议单元格中链接为本模式建议的机制。`,
        );
      }
    });
  });
  const reported = r.data.cells.flatMap((c, i) => (c.status === 'reported' ? [i] : []));
  if (proposal && reported.length > 0) {
    const dims = reported.map((i) => (r.data.cells[i] as { dimension: string }).dimension).join('、');
    ctx.report(r, ['cells', reported[0] as number, 'status'], `此模式是改革建议，单元格状态不能是 reported(${dims})：改为 proposal(文字写明“建议”)或 not-covered。`);
  }
  const missing = COMPARE_DIMENSIONS.filter((d) => !seen.has(d));
  if (missing.length > 0) {
    ctx.report(r, ['cells'], `缺少维度：${missing.join('、')}。原文未涉及的维度也要写一格(status: not-covered，注明查过的章节)。`);
  }
}

/** Every model has its row in the comparison (content/compare/<id>.yaml), or /compare/ would silently lack it. */
export function checkCompareRows(ctx: CheckContext): void {
  for (const m of ctx.kb.models) {
    if (!ctx.known.compare.has(m.id)) {
      ctx.reportLine(m, 1, '(比较表)', `模式 ${m.id} 在比较页没有一行：请添加 content/compare/${m.id}.yaml，每个维度一格(原文未涉及的写 status: not-covered)。`);
    }
  }
}
