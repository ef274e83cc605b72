/** The benchmark's courseware line: what making the .pptx and .docx adds to a build (issue #15: ≤ 20 %). */
import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, coursewareCost, type BenchResults } from '../../bench/budgets';

describe('coursewareCost(with, without)', () => {
  it('takes the median of the pairs, so a machine slowing down over the bench does not count as cost', () => {
    // Both kinds of build slow from 10 s to 13 s; each "with" build is 10 % dearer than its pair.
    const cost = coursewareCost([11, 12.1, 14.3], [10, 11, 13]);
    expect(cost.share).toBeCloseTo(0.1, 10);
    expect(cost).toMatchObject({ withSeconds: 12.1, withoutSeconds: 11 });
    // One outlier pair does not move it.
    expect(coursewareCost([11, 30, 11], [10, 10, 10]).share).toBeCloseTo(0.1, 10);
  });

  it('refuses runs that do not pair up', () => {
    expect(() => coursewareCost([11, 12], [10])).toThrow(/in pairs/);
  });

  it('is a breach above the budget, not at it', () => {
    const results = (withSeconds: number) =>
      ({ pages: {}, search: null, scaling: null, build: { seconds: withSeconds, peakMiB: 900, pages: 148, courseware: coursewareCost([withSeconds], [10]) } }) as unknown as BenchResults;
    expect(checkBudgets(results(10 * (1 + BUDGETS.coursewareShare)))).toEqual([]);
    expect(checkBudgets(results(12.5))).toEqual([{ what: 'build: time the courseware adds (first build)', budget: '≤ 20 %', actual: '25 %' }]);
  });
});
