/**
 * A lesson kit's key points link to headings of their model page, and its readings to sections of
 * their sources. (Its plain references are declared in ./references.ts.)
 */
import { bodyHeadings } from '../../lesson/model-headings';
import type { CheckContext, ValidRecord } from '../context';
import { suggestion } from '../issues';

export function checkLesson(ctx: CheckContext, r: ValidRecord<'lessons'>): void {
  r.data.keyPoints.forEach((k, i) => {
    const body = ctx.byId.models.get(k.model)?.body;
    if (body === undefined) return;
    const headings = bodyHeadings(body);
    if (!headings.includes(k.section)) {
      ctx.report(r, ['keyPoints', i, 'section'], `模式页 ${k.model} 中没有标题“${k.section}”。${suggestion(k.section, headings, `content/models/${k.model}.mdx 的 ## 标题`)}`);
    }
  });
  r.data.readings.forEach((rd, i) => rd.sections.forEach((at, j) => ctx.section(r, ['readings', i, 'sections', j], rd.source, at)));
}
