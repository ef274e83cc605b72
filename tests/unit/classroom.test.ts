import { describe, expect, it } from 'vitest';
import { classroomCamera, unionRect } from '../../src/lib/classroom/camera';
import { isFullscreenKey, stepForKey, stepState } from '../../src/lib/classroom/keys';
import { chronologicalTimelineSteps, structureSteps, timelineSteps } from '../../src/lib/classroom/steps';
import type { Structure } from '../../src/schemas/structures';
import type { Stage, TimelineEvent } from '../../src/schemas/timeline';

describe('stepForKey(key, current, count)', () => {
  it.each([
    ['ArrowRight', 0, 4, 1],
    ['ArrowDown', 2, 4, 3],
    ['PageDown', 1, 4, 2],
    ['ArrowRight', 3, 4, 3],
    ['ArrowLeft', 2, 4, 1],
    ['ArrowUp', 0, 4, 0],
    ['PageUp', 3, 4, 2],
    ['Home', 3, 4, 0],
    ['End', 0, 4, 3],
    [' ', 0, 4, 1],
    ['Enter', 2, 4, 3],
    ['Enter', 3, 4, 3],
  ] as const)('%s from step %i of %i goes to %i', (key, current, count, expected) => {
    expect(stepForKey(key, current, count)).toBe(expected);
  });

  it('ignores keys that do not step (Escape is the dialog’s own)', () => {
    for (const key of ['Escape', 'a', 'f', 'Tab']) expect(stepForKey(key, 1, 4)).toBeNull();
  });

  it('does nothing when there are no steps', () => {
    expect(stepForKey('ArrowRight', 0, 0)).toBeNull();
  });
});

describe('isFullscreenKey(key)', () => {
  it('is F in either case, and no other key', () => {
    expect(['f', 'F', 'g', 'Enter', ' '].map(isFullscreenKey)).toEqual([true, true, false, false, false]);
  });
});

describe('classroomCamera(drawing, box, focus, minScale)', () => {
  const drawing = { x: 0, y: 0, width: 1000, height: 600 };
  const row = (y: number, x = 100, width = 200) => ({ x, y, width, height: 40 });
  const round = ({ scale, view }: ReturnType<typeof classroomCamera>) => ({
    scale: Math.round(scale * 100) / 100,
    view: Object.fromEntries(Object.entries(view).map(([k, v]) => [k, Math.round(v)])),
  });

  it('shows the whole drawing, fitted and centred, when that is legible', () => {
    expect(round(classroomCamera(drawing, { width: 2000, height: 900 }, [row(500)], 1.4))).toEqual({
      scale: 1.5,
      view: { x: -167, y: 0, width: 1333, height: 600 },
    });
  });

  it('zooms to the legible scale and centres on the step when the fitted drawing is too small', () => {
    expect(round(classroomCamera(drawing, { width: 700, height: 420 }, [row(280, 400)], 1.4))).toEqual({
      scale: 1.4,
      view: { x: 250, y: 150, width: 500, height: 300 },
    });
  });

  it('takes in the steps before the current one while they fit, then stops', () => {
    const focus = [row(300), row(200), row(0)];
    const { view } = classroomCamera(drawing, { width: 700, height: 420 }, focus, 1.4);
    // Rows at 200 and 300 fit in the view's 300 units of height; with the top row they would not.
    expect(view.y + view.height / 2).toBeCloseTo((200 + 340) / 2);
  });

  it('keeps the view inside the drawing near its edges', () => {
    const { view } = classroomCamera(drawing, { width: 700, height: 420 }, [row(0, 0, 40)], 1.4);
    expect(view.x).toBe(0);
    expect(view.y).toBe(0);
    const end = classroomCamera(drawing, { width: 700, height: 420 }, [row(560, 960, 40)], 1.4).view;
    expect(end.x + end.width).toBeCloseTo(1000);
    expect(end.y + end.height).toBeCloseTo(600);
  });

  it('centres on the drawing when there is nothing to focus on', () => {
    const { view } = classroomCamera(drawing, { width: 700, height: 420 }, [], 1.4);
    expect(view.x + view.width / 2).toBeCloseTo(500);
    expect(view.y + view.height / 2).toBeCloseTo(300);
  });
});

describe('unionRect(rects)', () => {
  it('spans every rectangle, and is undefined for none', () => {
    expect(unionRect([row0(), { x: 50, y: -5, width: 10, height: 100 }])).toEqual({ x: 0, y: -5, width: 60, height: 100 });
    expect(unionRect([])).toBeUndefined();
  });
  function row0() {
    return { x: 0, y: 0, width: 20, height: 20 };
  }
});

describe('stepState(index, current)', () => {
  it('marks earlier steps past, the current one current and later ones future', () => {
    expect([0, 1, 2, 3].map((i) => stepState(i, 2))).toEqual(['past', 'past', 'current', 'future']);
  });
});

const structure: Structure = {
  title: '测试结构',
  model: 'alpha',
  core: true,
  summary: '测试',
  nodes: [
    { id: 'top', label: '区委', kind: '党组织', level: 0 },
    { id: 'mid', label: '党工委', kind: '党组织', level: 1 },
    { id: 'member', label: '驻区单位负责人', kind: '党员·群众', level: 1 },
    { id: 'low', label: '居民区党委', kind: '党组织', level: 2 },
  ],
  edges: [
    { from: 'top', to: 'mid', relation: '领导' },
    { from: 'member', to: 'mid', relation: '吸纳·兼职' },
    { from: 'mid', to: 'low', relation: '领导' },
  ],
  cites: [{ source: 's-test', at: 'part-1' }],
  order: 1,
};

describe('structureSteps(structure)', () => {
  const steps = structureSteps(structure);

  it('has one step a level, top first, numbered as the text version numbers them', () => {
    expect(steps.map((s) => [s.label, s.nodes.map((n) => n.label)])).toEqual([
      ['第1层', ['区委']],
      ['第2层', ['党工委', '驻区单位负责人']],
      ['第3层', ['居民区党委']],
    ]);
  });

  it('shows a relation in the step of its lower end, once both units are visible', () => {
    expect(steps.map((s) => s.links.map((l) => `${l.from}-${l.relation}-${l.to}`))).toEqual([
      [],
      ['区委-领导-党工委', '驻区单位负责人-吸纳·兼职-党工委'],
      ['党工委-领导-居民区党委'],
    ]);
  });

  it('skips level numbers that no unit uses without leaving empty steps', () => {
    const gap = { ...structure, nodes: structure.nodes.map((n) => (n.id === 'low' ? { ...n, level: 4 } : n)) };
    expect(structureSteps(gap).map((s) => s.label)).toEqual(['第1层', '第2层', '第5层']);
  });
});

describe('timelineSteps(stages, events, prefix)', () => {
  const cites = [{ source: 's-test', at: 'part-1' }];
  const stages: Stage[] = [
    { id: 'b', model: 'alpha', order: 2, name: '全面推开', start: { text: '2009年底', precision: 'year' }, summary: '推开。', cites },
    { id: 'a', model: 'alpha', order: 1, name: '试点', start: { text: '2009年4月', precision: 'month' }, end: { text: '2009年底', precision: 'year' }, summary: '试点。', cites },
  ];
  const events: TimelineEvent[] = [
    { id: 'e1', model: 'alpha', stage: 'a', date: { text: '2009年4月', precision: 'month' }, kind: '试点', title: '开始试点', description: '开始。', cases: [], mechanisms: [], learnedFrom: [], target: false, cites },
    { id: 'e2', model: 'alpha', date: { text: '2010年', precision: 'year' }, kind: '成效', title: '无阶段的事件', description: '无。', cases: [], mechanisms: [], learnedFrom: [], target: false, cites },
  ];

  it('orders stages by their order and gives each its period in words and its events', () => {
    const steps = timelineSteps(stages, events);
    expect(steps.map((s) => [s.label, s.period, s.events.map((e) => `${e.date} ${e.title}`)])).toEqual([
      ['试点', '2009年4月—2009年底', ['2009年4月 开始试点']],
      ['全面推开', '2009年底起', []],
    ]);
  });

  it('carries what the timeline chart knows a stage and its events by: the lane, the band name, the event ids', () => {
    const [first] = timelineSteps(stages, events);
    expect([first?.model, first?.name, first?.events.map((e) => e.id)]).toEqual(['alpha', '试点', ['e1']]);
  });

  it('names the model when given a prefix (cross-model lessons)', () => {
    expect(timelineSteps(stages, events, '建邺').map((s) => s.label)).toEqual(['建邺 · 试点', '建邺 · 全面推开']);
  });

  describe('chronologicalTimelineSteps(lanes, stages, events)', () => {
    const lanes = [
      { id: 'alpha', label: '建邺' },
      { id: 'beta', label: '浦东' },
      { id: 'gamma', label: '浉河' },
    ];
    const more: Stage[] = [
      { id: 'g1', model: 'gamma', order: 1, name: '试点', start: { text: '今年4月', precision: 'year-unknown', reason: '原文未写年份' }, summary: '试点。', cites },
      { id: 'b2', model: 'beta', order: 2, name: '深化', start: { text: '2009年4月', precision: 'month' }, summary: '深化。', cites },
      { id: 'b1', model: 'beta', order: 1, name: '起步', start: { text: '2008年', precision: 'year' }, summary: '起步。', cites },
      { id: 'x1', model: 'other', order: 1, name: '不在图中', start: { text: '2001年', precision: 'year' }, summary: '无。', cites },
    ];
    const steps = chronologicalTimelineSteps(lanes, [...stages, ...more], events);

    it('orders every model’s stages by when they began, the lanes’ order breaking ties', () => {
      expect(steps.map((s) => s.label)).toEqual(['浦东 · 起步', '建邺 · 试点', '浦东 · 深化', '建邺 · 全面推开', '浉河 · 试点']);
    });

    it('puts stages with no known year last, and leaves out models that are not lanes', () => {
      expect(steps.at(-1)?.id).toBe('g1');
      expect(steps.some((s) => s.model === 'other')).toBe(false);
    });

    it('builds each step as timelineSteps does: the lane, the band name, the period and the events', () => {
      expect(steps.find((s) => s.id === 'a')).toEqual(timelineSteps(stages, events, '建邺')[0]);
    });
  });
});
