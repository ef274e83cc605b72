/** Citations as plain text, as the site prints them beside a statement: 〔建邺区调研报告 §1 §4〕. */

/** Where a statement comes from: a source and one of its sections. */
export interface CiteRef {
  source: string;
  at: string;
}

/** What formatting needs to know of the sources: a source's short name and a section's number. */
export interface CiteLookup {
  name: (source: string) => string;
  number: (source: string, at: string) => number;
}

/**
 * One group per source, in order of first mention, its sections once each in section order.
 *
 * @example formatCites([{ source: 's002', at: 'b' }, { source: 's002', at: 'a' }], lookup) // '〔建邺区调研报告 §1 §4〕'
 */
export function formatCites(cites: readonly CiteRef[], lookup: CiteLookup): string {
  const bySource = new Map<string, Set<string>>();
  for (const c of cites) bySource.set(c.source, (bySource.get(c.source) ?? new Set()).add(c.at));
  return [...bySource]
    .map(([source, ats]) => {
      const numbers = [...ats].map((at) => lookup.number(source, at)).sort((a, b) => a - b);
      return `〔${lookup.name(source)} ${numbers.map((n) => `§${n}`).join(' ')}〕`;
    })
    .join('');
}
