/** A glossary alias must point to one term only, or search could not put the right page first. */
import type { CheckContext } from '../context';

export function checkAliases(ctx: CheckContext): void {
  const owner = new Map<string, string>();
  for (const r of ctx.kb.terms) {
    [r.data.term, ...r.data.aliases].forEach((name, i) => {
      const prev = owner.get(name);
      if (prev && prev !== r.id) {
        ctx.report(r, i === 0 ? ['term'] : ['aliases', i - 1], `“${name}”已是术语 ${prev} 的名称或别名。一个别名只能属于一个术语：删除这一个，或改在 ${prev} 中。`);
      }
      owner.set(name, r.id);
    });
  }
}
