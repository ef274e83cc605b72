/** An event's stage must be a stage of the event's own model. */
import type { CheckContext, ValidRecord } from '../context';

export function checkEvent(ctx: CheckContext, r: ValidRecord<'events'>): void {
  const stage = r.data.stage === undefined ? undefined : ctx.byId.stages.get(r.data.stage);
  if (stage && stage.data.model !== r.data.model) {
    ctx.report(r, ['stage'], `阶段“${stage.id}”属于 ${stage.data.model}，不属于本事件的模式 ${r.data.model}：改用 ${r.data.model} 的阶段，或删除 stage。`);
  }
}
