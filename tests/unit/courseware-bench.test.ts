/** The benchmark's courseware line: the share of the build spent generating .pptx and .docx files (issue #15: ≤ 20 %). */
import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, coursewareCost, type BenchResults } from '../../bench/budgets';

// Lines as Astro 7 logs the routes it generates.
const LOG = `16:02:39   ├─ /lessons/jianye/classroom-steps.json (+2ms)
16:02:39   ├─ /lessons/jianye/jianye.pptx (+298ms)
16:02:40   ├─ /lessons/pudong/pudong.docx (+161ms)
16:02:42   ├─ /structures/guangdong-si-ji/guangdong-si-ji.pptx (+41ms)
16:02:42   ├─ /structures/guangdong-si-ji/index.html (+22ms)`;

describe('coursewareCost(log, seconds)', () => {
  it('adds up the generated .pptx and .docx routes only, and their share of the rest of the build', () => {
    expect(coursewareCost(LOG, 5.5)).toEqual({ files: 3, seconds: 0.5, share: 0.1 });
  });
  it('is a breach above the budget, and nothing below it', () => {
    const results = (share: number) => ({ pages: {}, search: null, scaling: null, build: { seconds: 6, peakMiB: 900, pages: 148, courseware: { files: 3, seconds: 1, share } } }) as unknown as BenchResults;
    expect(checkBudgets(results(BUDGETS.coursewareShare))).toEqual([]);
    expect(checkBudgets(results(0.25))).toEqual([{ what: 'build: courseware generation, added to the rest of the build', budget: '≤ 20 %', actual: '25 %' }]);
  });
});
