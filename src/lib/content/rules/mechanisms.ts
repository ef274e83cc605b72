/** A proposal model (Guangdong) has no practice to report, so a mechanism can only be proposed for it. */
import type { CheckContext, ValidRecord } from '../context';

export function checkMechanism(ctx: CheckContext, r: ValidRecord<'mechanisms'>): void {
  r.data.models.forEach((id, i) => {
    if (ctx.byId.models.get(id)?.data.status === 'proposal') {
      ctx.report(r, ['models', i], `模式“${id}”是改革建议，没有实践可报告：把它移到 proposedFor。`);
    }
  });
}
