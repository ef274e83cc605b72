/** The pages of models, mechanisms and cases that use each glossary term, computed once per build. */
import { getCollection } from 'astro:content';
import { termUses, type TermPage } from '../lib/glossary/uses';
import { getKnowledge } from './knowledge';

let cached: Promise<Map<string, TermPage[]>> | undefined;

/** Term id → the pages whose text mentions the term or an alias (models, then mechanisms, then cases). */
export function getTermUses(): Promise<Map<string, TermPage[]>> {
  cached ??= (async () => {
    const kb = await getKnowledge();
    const pages: TermPage[] = [
      ...(await getCollection('models')).map((e) => ({ path: `models/${e.id}/`, title: e.data.shortName, body: e.body ?? '' })),
      ...(await getCollection('mechanisms')).map((e) => ({ path: `mechanisms/${e.id}/`, title: e.data.title, body: e.body ?? '' })),
      ...(await getCollection('cases')).map((e) => ({ path: `cases/${e.id}/`, title: e.data.title, body: e.body ?? '' })),
    ];
    return termUses(
      kb.terms.map((t) => ({ id: t.id, term: t.data.term, aliases: t.data.aliases, short: t.data.short })),
      pages,
    );
  })();
  return cached;
}
