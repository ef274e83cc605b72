/** The part of citation-js (no bundled types) that src/lib/citation/csl.ts and its tests use. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** CSL-JSON items, each with citation-js's own `_graph` provenance. */
    data: Record<string, unknown>[];
    format(format: 'ris', options?: { format?: 'text' | 'object' }): string;
    format(format: 'data', options?: { format?: 'text' | 'object' }): string;
  }
}
declare module '@citation-js/plugin-ris';
