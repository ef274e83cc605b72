/** The benchmark's courseware line: what making the .pptx and .docx adds to a build (issue #15: ≤ 20 %). */
import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, coursewareCost, type BenchResults } from '../../bench/budgets';

describe('coursewareCost(with, without)', () => {
  it('compares the median build with the courseware to the median build without it', () => {
    expect(coursewareCost([12, 30, 11], [10, 9, 10.5])).toEqual({ withSeconds: 12, withoutSeconds: 10, share: expect.closeTo(0.2, 10) as number });
  });

  it('is a breach above the budget, not at it', () => {
    const results = (withSeconds: number) =>
      ({ pages: {}, search: null, scaling: null, build: { seconds: withSeconds, peakMiB: 900, pages: 148, courseware: coursewareCost([withSeconds], [10]) } }) as unknown as BenchResults;
    expect(checkBudgets(results(10 * (1 + BUDGETS.coursewareShare)))).toEqual([]);
    expect(checkBudgets(results(12.5))).toEqual([{ what: 'build: time the courseware adds (first build)', budget: '≤ 20 %', actual: '25 %' }]);
  });
});
