/**
 * The PowerPoint courseware read back as PowerPoint reads it (the OOXML parts inside the zip):
 * one slide per structure deck and the kit's slides in order, each unit a shape of its own with its
 * name, one line per relation with the arrowhead of its type, speaker notes, the East Asian font,
 * and the same bytes from the same content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { structureSteps, timelineSteps } from '../../src/lib/classroom/steps';
import { formatCites } from '../../src/lib/courseware/cites';
import { lessonDeck, type LessonDeckInput } from '../../src/lib/courseware/deck';
import { routePoints, presetDash } from '../../src/lib/courseware/shapes';
import { FONT, paginate } from '../../src/lib/courseware/slide-kit';
import { structureDeck, type StructureSlideInput } from '../../src/lib/courseware/structure-slide';
import { KIND_STYLES, RELATION_STYLES } from '../../src/lib/diagram/grammar';
import { readPalette } from '../../src/lib/diagram/palette';
import { splitFrontmatter } from '../../src/lib/content/read-content';
import { buildTimelineData, modelLanes } from '../../src/lib/timeline/data';
import { layoutTimeline } from '../../src/lib/timeline/layout';
import type { Structure } from '../../src/schemas/structures';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const yaml = <T>(path: string) => parse(read(path)) as T;
const palette = readPalette(read('src/components/diagram/diagram.css'));
const lookup = { name: (s: string) => `«${s}»`, number: (_s: string, at: string) => at.length };
const cite = (cites: readonly { source: string; at: string }[]) => formatCites(cites, lookup);

const structureIds = readdirSync(new URL('content/structures/', root)).map((f) => f.replace(/\.yaml$/, '')).sort();
const structureInput = (id: string): StructureSlideInput => {
  const s = yaml<Structure>(`content/structures/${id}.yaml`);
  return { id, title: s.title, summary: s.summary, cites: cite(s.cites), proposal: s.model === 'guangdong', structure: s };
};
const meta = { author: '社区党建模式库', updated: '2026-11-22', source: '来源：测试', palette };

/** The slides of a deck, in order, as XML text, and its notes by slide number. */
async function open(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const count = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
  const slides = await Promise.all(Array.from({ length: count }, (_, i) => zip.file(`ppt/slides/slide${i + 1}.xml`)?.async('string') as Promise<string>));
  const notes = await Promise.all(
    slides.map(async (_, i) => {
      const rels = (await zip.file(`ppt/slides/_rels/slide${i + 1}.xml.rels`)?.async('string')) ?? '';
      const target = /notesSlides\/(notesSlide\d+\.xml)/.exec(rels)?.[1];
      return target ? ((await zip.file(`ppt/notesSlides/${target}`)?.async('string')) ?? '') : '';
    }),
  );
  return { zip, slides, notes };
}

/** Every shape of a slide: its name, its text, and its XML. */
function shapes(xml: string) {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => {
    const body = m[1] as string;
    return {
      name: decode(/<p:cNvPr id="\d+" name="([^"]*)"/.exec(body)?.[1] ?? ''),
      text: [...body.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => decode(t[1] as string)).join(''),
      xml: body,
    };
  });
}
const decode = (s: string) => s.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
const plain = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => decode(t[1] as string)).join('');

describe('readPalette', () => {
  it('gives every unit kind and relation of the grammar its light colours from diagram.css', () => {
    for (const k of Object.values(KIND_STYLES)) expect(palette.kinds[k.slug], k.slug).toMatchObject({ fill: expect.stringMatching(/^[0-9A-F]{6}$/), stroke: expect.stringMatching(/^[0-9A-F]{6}$/) });
    for (const r of Object.values(RELATION_STYLES)) expect(palette.relations[r.slug], r.slug).toMatch(/^[0-9A-F]{6}$/);
    expect(palette.kinds['party']).toEqual({ fill: 'FBE6E3', stroke: 'A3201A' });
  });
});

describe('shape helpers', () => {
  it('routePoints puts back the length the site cuts for its arrowhead', () => {
    expect(routePoints('M10,0L10,40', 9)).toEqual({ start: { x: 10, y: 0 }, pieces: [{ to: { x: 10, y: 49 } }] });
    const curve = routePoints('M0,0C0,20 30,20 30,40', 9);
    expect(curve.pieces[0]?.to).toEqual({ x: 30, y: 49 });
  });
  it('presetDash keeps solid, dotted, dashed and dash-dot lines apart', () => {
    expect([undefined, '2.5 3', '5 2', '7 4', '12 4', '9 3 2 3'].map(presetDash)).toEqual(['solid', 'sysDot', 'sysDash', 'dash', 'lgDash', 'lgDashDot']);
  });
  it('paginate fills as few slides as fit, as evenly as it can', () => {
    expect(paginate([2, 2, 2, 2, 2], (h) => h, 8)).toEqual([[2, 2, 2], [2, 2]]);
    expect(paginate([9, 1], (h) => h, 8)).toEqual([[9], [1]]);
  });
});

describe.each(structureIds)('structureDeck(%s)', (id) => {
  const input = structureInput(id);
  const made = structureDeck(input, meta);

  it('is one slide: each unit one shape named after it with its name as text, one line per relation', async () => {
    const { slides } = await open((await made).bytes);
    expect(slides).toHaveLength(1);
    const all = shapes(slides[0] as string);
    const units = all.filter((s) => s.name.startsWith('单元：'));
    expect(units.map((u) => u.name).sort()).toEqual(input.structure.nodes.map((n) => `单元：${n.label}`).sort());
    for (const u of units) expect(u.text).toBe(u.name.slice('单元：'.length));
    const lines = all.filter((s) => s.name.startsWith('关系：'));
    expect(lines).toHaveLength(input.structure.edges.length);
    const label = new Map(input.structure.nodes.map((n) => [n.id, n.label]));
    for (const e of input.structure.edges) {
      const line = lines.find((l) => l.name.startsWith(`关系：${label.get(e.from)} → ${label.get(e.to)}（${e.relation}）`));
      expect(line, `${e.from} → ${e.to}`).toBeDefined();
      const style = RELATION_STYLES[e.relation];
      if (style.arrow === 'none') expect(line?.xml).not.toContain('<a:tailEnd');
      else expect(line?.xml).toMatch(/<a:tailEnd type="(triangle|arrow|stealth|diamond|oval)"\/>/);
      expect(line?.xml).toContain(`<a:srgbClr val="${palette.relations[style.slug]}"/>`);
      if (style.double) expect(line?.xml).toMatch(/<a:ln w="\d+" cmpd="dbl">/);
      else expect(line?.xml).not.toContain('cmpd=');
    }
    expect(slides[0]).not.toContain('〔双线〕');
  });

  it('has a legend entry for each unit kind and relation it uses, and no other', async () => {
    const { slides } = await open((await made).bytes);
    const legend = shapes(slides[0] as string).filter((s) => s.name.startsWith('图例：')).map((s) => s.name.slice('图例：'.length));
    const used = [...new Set([...input.structure.nodes.map((n) => n.kind), ...input.structure.edges.map((e) => e.relation)])];
    expect(legend.sort()).toEqual(used.sort());
  });

  it('sets the East Asian font and the Chinese language on every run, and in the theme', async () => {
    const { slides, zip } = await open((await made).bytes);
    const runs = [...(slides[0] as string).matchAll(/<a:rPr [^>]*>[\s\S]*?<\/a:rPr>/g)].map((m) => m[0]);
    expect(runs.length).toBeGreaterThan(input.structure.nodes.length);
    for (const r of runs) {
      expect(r).toContain(`<a:ea typeface="${FONT}"`);
      expect(r).toContain('lang="zh-CN"');
    }
    const theme = (await zip.file('ppt/theme/theme1.xml')?.async('string')) ?? '';
    expect(theme.match(/<a:ea typeface="([^"]*)"\/>/g)).toEqual([`<a:ea typeface="${FONT}"/>`, `<a:ea typeface="${FONT}"/>`]);
  });

  it('has speaker notes with the summary and the legend in words', async () => {
    const { notes } = await open((await made).bytes);
    expect(plain(notes[0] as string)).toContain(input.summary.slice(0, 20));
    expect(plain(notes[0] as string)).toContain('图例');
  });
});

describe('determinism', () => {
  it('the same content gives the same bytes, with fixed zip dates and document dates', async () => {
    const input = structureInput('jianye-yi-wei-yi-ju-yi-zhan');
    const [a, b] = await Promise.all([structureDeck(input, meta), structureDeck(input, meta)]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const zip = await JSZip.loadAsync(a.bytes);
    const dates = new Set(Object.values(zip.files).map((f) => f.date.toISOString()));
    expect([...dates]).toEqual(['2026-11-22T00:00:00.000Z']);
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-22T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-22T00:00:00Z</dcterms:modified>');
  });
});

describe('lessonDeck (the jianye kit)', () => {
  type Kit = {
    title: string;
    summary: string;
    updated: string;
    objectives: string[];
    keyPoints: { text: string; cites: { source: string; at: string }[] }[];
    structures: string[];
    questions: { question: string; guide: string; cites: { source: string; at: string }[] }[];
    exercise: { task: string };
  };
  const kit = yaml<Kit>('content/lessons/jianye.yaml');
  const front = splitFrontmatter(read('content/models/jianye.mdx'));
  if (!front.ok) throw new Error(front.message);
  const model = { id: 'jianye', data: parse(front.yaml) } as Parameters<typeof modelLanes>[0][number];
  const stages = yaml<{ id: string }[]>('content/stages/jianye.yaml').map((d) => ({ id: d.id, data: d })) as Parameters<typeof buildTimelineData>[1];
  const events = yaml<{ id: string }[]>('content/events/jianye.yaml').map((d) => ({ id: d.id, data: d })) as Parameters<typeof buildTimelineData>[2];
  const structures = kit.structures.map(structureInput);
  const input: LessonDeckInput = {
    id: 'jianye',
    title: kit.title,
    summary: kit.summary,
    models: ['南京建邺'],
    updated: kit.updated,
    author: meta.author,
    address: '/lessons/jianye/',
    palette,
    readings: '〔读本〕',
    cite,
    objectives: kit.objectives,
    keyPoints: kit.keyPoints.map((k) => ({ text: k.text, cites: k.cites, see: '详见模式页。' })),
    structures,
    timelines: [
      {
        title: '南京建邺：改革历程',
        layout: layoutTimeline(buildTimelineData(modelLanes([model]), stages, events), { width: 720, left: 16, panelWidth: 240, maxLabelWidth: 180 }),
        cites: '',
        steps: timelineSteps(stages.map((s) => s.data), events.map((e) => e.data)),
      },
    ],
    questions: kit.questions,
    exercise: { task: kit.exercise.task, models: ['南京建邺', '上海'], rows: [{ label: '层级架构', question: '党组织分几级' }, { label: '成效数据' }], link: '/compare/' },
    references: ['甲. 乙[N]. 丙, 2010-12-09(11).', '丁. 戊[J]. 己, 2014(3): 53-55.'],
  };
  const made = lessonDeck(input);

  it('has the kit’s slides in order: title, objectives, key points, each structure and its steps, timeline, questions, exercise, references', async () => {
    const { slides } = await open((await made).bytes);
    const titles = slides.map((x) => shapes(x).find((s) => s.name === '标题')?.text ?? '');
    const steps = structures.flatMap((s) => [s.title, ...structureSteps(s.structure).map((st, i, all) => `${s.title} · ${st.label}（${i + 1}/${all.length}）`)]);
    const expected = [kit.title, '学习目标', '要点', ...steps, '南京建邺：改革历程', '讨论题', '比较练习', '参考文献'];
    // Continuation slides (续) may follow any list slide.
    expect(titles.filter((t) => !t.includes('（续'))).toEqual(expected);
    expect((await made).slides).toBe(slides.length);
  });

  it('puts each key point’s citation and each question’s guide in the notes', async () => {
    const { slides, notes } = await open((await made).bytes);
    const text = (i: number) => plain(notes[i] as string);
    const keySlides = slides.map((x, i) => [x, i] as const).filter(([x]) => shapes(x).some((s) => s.name === '标题' && s.text.startsWith('要点')));
    const keyNotes = keySlides.map(([, i]) => text(i)).join('\n');
    for (const k of kit.keyPoints) expect(keyNotes).toContain(`出处：${cite(k.cites)}`);
    const qNotes = slides.map((x, i) => [x, i] as const).filter(([x]) => shapes(x).some((s) => s.name === '标题' && s.text.startsWith('讨论题'))).map(([, i]) => text(i)).join('\n');
    for (const q of kit.questions) expect(qNotes).toContain(`阅读提示：${q.guide}`);
  });

  it('draws every event and stage of the timeline as a shape, with the stages walked through in the notes', async () => {
    const { slides, notes } = await open((await made).bytes);
    const i = slides.findIndex((x) => shapes(x).some((s) => s.name === '标题' && s.text === '南京建邺：改革历程'));
    const named = shapes(slides[i] as string).map((s) => s.name);
    const layout = input.timelines[0]?.layout;
    for (const e of layout?.lanes.flatMap((l) => l.events) ?? []) expect(named).toContain(`事件：${e.title}`);
    for (const b of layout?.lanes.flatMap((l) => l.bands) ?? []) expect(named).toContain(`阶段：${b.name}`);
    expect(layout?.lanes.flatMap((l) => l.events).length).toBe(events.length);
    for (const st of input.timelines[0]?.steps ?? []) expect(plain(notes[i] as string)).toContain(`${st.label}（${st.period}）`);
  });

  it('draws the exercise as a real table and carries a source line on every slide', async () => {
    const { slides } = await open((await made).bytes);
    expect(slides.some((x) => x.includes('<a:tbl>') && plain(x).includes('层级架构'))).toBe(true);
    for (const x of slides) expect(shapes(x).find((s) => s.name === '来源')?.text).toMatch(/^来源：/);
  });

  it('never lets a list slide run past the source line', async () => {
    const { slides } = await open((await made).bytes);
    for (const x of slides) {
      for (const s of shapes(x).filter((sh) => sh.name.startsWith('条目'))) {
        const [, , y, , cy] = /<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(s.xml)?.map(Number) ?? [];
        expect(((y as number) + (cy as number)) / 914400).toBeLessThanOrEqual(6.8);
      }
    }
  });
});
