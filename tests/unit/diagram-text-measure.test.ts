import { describe, expect, it } from 'vitest';
import { charWidth, estimateTextWidth, wrapLabel } from '../../src/lib/diagram/text-measure';
import { contentStructures } from './diagram-fixtures';

describe('estimateTextWidth(text, fontSize)', () => {
  it.each([
    ['社区党委', 14, 56],
    ['（“1”）', 10, 40 + 6.2],
    ['1996年', 10, 4 * 6.2 + 10],
    ['党员·群众', 12, 60],
    ['', 14, 0],
  ])('estimateTextWidth(%j, %i) is %d', (text, size, expected) => {
    expect(estimateTextWidth(text, size)).toBeCloseTo(expected, 5);
  });

  it('counts every CJK character and full-width mark as 1em, Latin narrower', () => {
    for (const ch of '党（）“”、，·…') expect(charWidth(ch), ch).toBe(1);
    for (const ch of 'aZ09(') expect(charWidth(ch), ch).toBeLessThan(0.7);
  });
});

describe('wrapLabel(text, maxWidth, fontSize)', () => {
  it.each([
    ['社区党委', 56, ['社区党委']],
    ['社区党委(总支、支部)', 126, ['社区党委', '(总支、支部)']],
    ['机关、企事业单位、两新组织党组织', 126, ['机关、企事业单位、', '两新组织党组织']],
    ['社区管理服务站', 56, ['社区管理', '服务站']],
    ['社区行政组织（办事处、派出机构）', 126, ['社区行政组织', '（办事处、派出机构）']],
  ])('wrapLabel(%j, %i) is %j', (text, max, expected) => {
    expect(wrapLabel(text, max, 14)).toEqual(expected);
  });

  const labels = contentStructures().flatMap(([, s]) => s.nodes.map((n) => n.label));
  it.each([56, 84, 126])('keeps every label of the content intact and within reach at %ipx', (max) => {
    for (const label of labels) {
      const lines = wrapLabel(label, max, 14);
      expect(lines.join(''), label).toBe(label);
      for (const line of lines) expect(estimateTextWidth(line, 14), `${label}: ${line}`).toBeLessThanOrEqual(max + 14);
    }
  });

  it('never starts a line with a closing mark nor ends one with an opening mark', () => {
    for (const max of [42, 56, 70, 84, 126]) {
      for (const label of [...labels, '居民区党总支（“1”）', '党建联席会议（建议）、楼栋党小组']) {
        const lines = wrapLabel(label, max, 14);
        for (const line of lines.slice(1)) expect('，。、；：！？）》」”’…·', `${label} @${max}: ${lines.join('|')}`).not.toContain(line[0]);
        for (const line of lines.slice(0, -1)) expect('（《「“‘', `${label} @${max}: ${lines.join('|')}`).not.toContain(line.at(-1));
      }
    }
  });

  it('prefers even lines to a long line and a stub', () => {
    const lines = wrapLabel('社会组织党组织负责人', 126, 14);
    expect(lines).toEqual(['社会组织', '党组织负责人']);
  });
});
