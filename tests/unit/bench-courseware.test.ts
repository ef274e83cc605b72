/** The benchmark's reading of courseware time from Astro's build log, and its 20 % budget (issue #15). */
import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, type BenchResults } from '../../bench/budgets';
import { coursewareSeconds } from '../../bench/courseware-time';
import { formatReport } from '../../bench/report';

// As `astro build` prints it (no colours when its output is piped).
const LOG = `16:02:29 [build] directory: /work/wt-docx/dist/
16:02:37   ├─ /lessons/jianye/classroom-steps.json (+3ms)
16:02:37   ├─ /lessons/jianye/jianye.docx (+2.78s)
16:02:40   ├─ /lessons/pudong/pudong.docx (+287ms)
16:02:40   ├─ /lessons/pudong/pudong.pptx (+120ms)
16:02:41   └─ /structures/a/a.pptx (+13ms)
16:02:41   ├─ /lessons/docx-guide/index.html (+40ms)
`;

const results = (build: BenchResults['build']): BenchResults => ({
  date: '2026-12-03T00:00:00Z',
  machine: { cpus: 2, cpuModel: 'x', memoryGiB: 8, node: 'v24', chromium: 'Chromium' },
  runs: 3,
  build,
  pages: {},
  search: null,
  scaling: null,
});

describe('courseware build time', () => {
  it('adds up the .docx and .pptx files, in s and ms, and nothing else', () => {
    expect(coursewareSeconds(LOG)).toBeCloseTo(2.78 + 0.287 + 0.12 + 0.013, 6);
    expect(coursewareSeconds('16:02:41   ├─ /index.html (+40ms)')).toBe(0);
  });

  it('breaches the budget when courseware adds more than 20 % to the rest of the build', () => {
    const within = results({ seconds: 12, peakMiB: 500, pages: 160, coursewareSeconds: 2 });
    expect(checkBudgets(within)).toEqual([]);
    const over = results({ seconds: 13, peakMiB: 500, pages: 160, coursewareSeconds: 3 });
    expect(checkBudgets(over)).toEqual([{ what: 'build: time added by courseware (.docx, .pptx)', budget: `≤ ${BUDGETS.coursewareShare * 100} %`, actual: '30 %' }]);
    expect(formatReport(over, [])).toContain('build: npm run build 13.0 s, of which courseware (.docx, .pptx) 3.0 s (+30 %)');
  });
});
