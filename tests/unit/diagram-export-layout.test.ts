import { describe, expect, it } from 'vitest';
import { EXPORT_METRICS, layoutExport, SAMPLE } from '../../src/lib/diagram/export-layout';
import { estimateTextWidth } from '../../src/lib/diagram/text-measure';

const groups = [
  { title: '单元类型', entries: ['党组织', '政府及派出机构', '自治组织', '服务平台', '驻区单位·企业', '社会组织', '党员·群众'] },
  { title: '关系类型', entries: ['领导', '组织领导', '指导', '协调', '监督', '双重领导', '吸纳·兼职', '报到'] },
];

describe('layoutExport(width, height, groups)', () => {
  it('puts the drawing under the title and the legend under the drawing', () => {
    const L = layoutExport(600, 400, groups);
    expect(L.drawingY).toBe(EXPORT_METRICS.header);
    for (const e of L.entries) expect(e.y).toBeGreaterThanOrEqual(L.drawingY + 400);
    expect(L.height).toBeGreaterThan(L.drawingY + 400);
  });

  it('wraps legend entries within the picture without overlapping them', () => {
    for (const width of [200, 480, 1000]) {
      const L = layoutExport(width, 300, groups);
      const boxes = L.entries.map((e) => {
        const label = groups[e.group]!.entries[e.entry]!;
        return { x: e.x, y: e.y, w: SAMPLE.width + EXPORT_METRICS.gap + estimateTextWidth(label, EXPORT_METRICS.textSize), h: SAMPLE.height };
      });
      for (const [i, a] of boxes.entries()) {
        expect(a.x + a.w, `width ${width}`).toBeLessThanOrEqual(L.width - EXPORT_METRICS.margin + 0.001);
        expect(a.y + a.h).toBeLessThanOrEqual(L.height);
        for (const b of boxes.slice(i + 1)) expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).toBe(false);
      }
      expect(L.entries).toHaveLength(15);
    }
  });

  it('is never narrower than a legible minimum', () => {
    expect(layoutExport(100, 100, groups).width).toBe(EXPORT_METRICS.minWidth);
    expect(layoutExport(900.4, 100, groups).width).toBe(901);
  });

  it('puts the source line under the legend, wrapped within the picture', () => {
    const credit = ['来源：社区党建模式库《建邺区社区“一委一居一站”组织架构》 http://example.org/structures/jianye-yiwei-yiju-yizhan/', '依据：建邺区调研报告；邵春杰《社区党建》'];
    const without = layoutExport(300, 300, groups);
    const L = layoutExport(300, 300, groups, credit);
    const lastEntry = Math.max(...L.entries.map((e) => e.y + SAMPLE.height));
    expect(L.credit.length).toBeGreaterThanOrEqual(credit.length);
    expect(L.credit.map((c) => c.text).join('')).toBe(credit.join(''));
    for (const line of L.credit) {
      expect(line.y - EXPORT_METRICS.creditSize).toBeGreaterThanOrEqual(lastEntry);
      expect(line.y).toBeLessThanOrEqual(L.height);
    }
    expect(L.height).toBeGreaterThan(without.height);
    expect(without.credit).toEqual([]);
  });
});
