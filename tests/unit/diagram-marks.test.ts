import { describe, expect, it } from 'vitest';
import { describeNode } from '../../src/lib/diagram/describe';
import { layoutStructure } from '../../src/lib/diagram/layout';
import { nodeElementId } from '../../src/lib/diagram/ids';
import { diagramMarks, kindSampleMarks, relationSampleMarks, type SvgElement } from '../../src/lib/diagram/marks';
import { NODE_KINDS, RELATIONS } from '../../src/schemas/structures';
import { marksToSvg, SAMPLE_STRUCTURE } from './diagram-fixtures';

const ctx = { structure: 'sample', nodeHref: (n: string) => `#sample-node-${n}`, describe: (n: string) => describeNode(SAMPLE_STRUCTURE, n) };
const marks = diagramMarks(layoutStructure(SAMPLE_STRUCTURE), ctx);
const all = (els: SvgElement[]): SvgElement[] => els.flatMap((e) => [e, ...all(e.children ?? [])]);

describe('diagramMarks(layout, ctx)', () => {
  it('draws the sample structure as pinned (tests/unit/__snapshots__/diagram-sample.svg)', async () => {
    await expect(marksToSvg(marks)).toMatchFileSnapshot('__snapshots__/diagram-sample.svg');
  });

  it('makes each unit a named link to its text entry, with the id a hash opens', () => {
    const links = all(marks).filter((m) => m.tag === 'a');
    expect(links.map((a) => a.attrs.id)).toEqual(SAMPLE_STRUCTURE.nodes.map((n) => nodeElementId('sample', n.id)));
    for (const a of links) {
      expect(a.attrs.href).toBe(`#sample-node-${a.attrs['data-node']}`);
      expect(String(a.attrs['aria-label'])).toMatch(/，(党组织|政府及派出机构|自治组织|服务平台|驻区单位·企业|社会组织|党员·群众)。/);
    }
  });

  it('hides lines and labels from screen readers (the units describe them) and never inlines a style', () => {
    expect(marks.slice(0, 2).map((g) => g.attrs['aria-hidden'])).toEqual(['true', 'true']);
    for (const m of all(marks)) expect(Object.keys(m.attrs)).not.toContain('style');
  });

  it('labels every relation with its type, in paint order after the lines', () => {
    const labels = all(marks[1]!.children ?? []).filter((m) => m.tag === 'text').map((t) => t.text);
    expect(labels).toEqual(SAMPLE_STRUCTURE.edges.map((e) => e.relation));
  });
});

describe('legend samples', () => {
  it('draws a sample for every kind and relation', () => {
    for (const k of NODE_KINDS) expect(all(kindSampleMarks(k)).some((m) => m.tag === 'path'), k).toBe(true);
    for (const r of RELATIONS) expect(all(relationSampleMarks(r)).filter((m) => m.attrs.class === 'dg-line').length, r).toBe(1);
  });
});
