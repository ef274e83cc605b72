/**
 * Synthetic knowledge bases for the scaling run: N models, each with a ten-section page, two cases,
 * a mechanism, a core structure, a stage, three events (one with a vague date: year unknown or
 * approximate), two figures and a comparison row; spread over five synthetic sources, with a term
 * per four models, a lesson kit per fifty models and one 50-unit structure. Written into a
 * throwaway copy of the project (never committed) so the real build code runs unchanged on them.
 * The content is placeholder text, not facts: it never reaches the site.
 */
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../', import.meta.url).pathname;

/** The parts of the project a build needs, copied into the scratch project (content/ is generated). */
const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'scripts'];

const SECTIONS = ['概况', '背景与问题', '组织架构', '运行机制', '改革历程', '关键数据', '成效', '问题与反思', '启示', '资料来源'];
/** The data part inserted after a section heading, as content/README.md prescribes. */
const SECTION_DATA: Record<string, string> = {
  组织架构: 'structure',
  运行机制: 'mechanisms',
  改革历程: 'timeline',
  关键数据: 'figures',
  资料来源: 'sources',
};

const pad = (i: number) => String(i).padStart(4, '0');

/** How many synthetic sources the models are spread over, and how many models share a term or a lesson kit. */
const SOURCES = 5;
const MODELS_PER_TERM = 4;
const MODELS_PER_LESSON = 50;
/** Nodes of the one large structure (model 1's), as many as the largest structure a writer might draw. */
const LARGE_STRUCTURE_NODES = 50;

/** The source a model (1-based) cites. */
const sourceOf = (i: number) => `s-synth-${((i - 1) % SOURCES) + 1}`;
/** The term a model (1-based) uses. */
const termOf = (i: number) => Math.ceil(i / MODELS_PER_TERM);
const termName = (k: number) => `合成术语${pad(k)}`;

/** A paragraph of placeholder prose (about 130 characters), using the model's term, with a citation marker. */
function paragraph(i: number, n: number): string {
  return `合成模式${i}的第${n}段说明文字，用于衡量构建在大量页面下的耗时与内存。社区党组织、居民委员会与服务站按${termName(termOf(i))}分工协作，驻区单位参与共建，党员到社区报到并认领服务项目，议事会定期协商公共事务。<Cite source="${sourceOf(i)}" at="part-${(n % 3) + 1}" />`;
}

function modelFile(i: number, id: string): string {
  const body = SECTIONS.map((title, n) => {
    const data = SECTION_DATA[title];
    const cases = title === '运行机制' ? `\n\n### 典型案例\n\n<ModelData model="${id}" show="cases" />` : '';
    return `## ${title}\n\n${paragraph(i, n)}\n\n${paragraph(i, n + 10)}${data ? `\n\n<ModelData model="${id}" show="${data}" />` : ''}${cases}`;
  }).join('\n\n');
  return `---
title: 合成模式${i}
shortName: 合成${i}
place:
  province: 合成省
  district: 合成${i}区
level: 市辖区
period:
  start:
    text: 2009年4月
    precision: month
summary: 用于构建规模测试的合成模式${i}。
status: implemented
sources: [${sourceOf(i)}]
signature: 合成架构${i}
order: ${i}
cites:
  - source: ${sourceOf(i)}
    at: part-1
updated: 2026-11-22
---

${body}
`;
}

function caseFile(i: number, id: string, n: number): string {
  return `---
title: 合成案例${i}-${n}
model: ${id}
place: 合成${i}区第${n}街道
level: 街道
summary: 合成模式${i}的第${n}个案例。
mechanisms: [${id}-mech]
cites:
  - source: ${sourceOf(i)}
    at: part-2
updated: 2026-11-22
---

${paragraph(i, n)}

${paragraph(i, n + 1)}
`;
}

function mechanismFile(i: number, id: string): string {
  return `---
title: 合成机制${i}
function: 议事协商
summary: 合成模式${i}的议事机制。
models: [${id}]
cites:
  - source: ${sourceOf(i)}
    at: part-2
updated: 2026-11-22
---

${paragraph(i, 7)}
`;
}

function structureFile(i: number, id: string): string {
  const nodes = [
    ['party', '社区党委', '党组织', 0],
    ['committee', '居委会', '自治组织', 1],
    ['station', '服务站', '服务平台', 1],
    ['units', '驻区单位', '驻区单位·企业', 2],
    ['groups', '社会组织', '社会组织', 2],
    ['members', '党员群众', '党员·群众', 3],
  ] as const;
  const edges = [
    ['party', 'committee', '领导'],
    ['party', 'station', '领导'],
    ['committee', 'units', '协调'],
    ['station', 'groups', '服务'],
    ['units', 'members', '联动'],
  ] as const;
  return `title: 合成结构${i}
model: ${id}
core: true
summary: 合成模式${i}的组织结构。
nodes:
${nodes.map(([nid, label, kind, level]) => `  - id: ${nid}\n    label: ${label}\n    kind: ${kind}\n    level: ${level}`).join('\n')}
edges:
${edges.map(([from, to, relation]) => `  - from: ${from}\n    to: ${to}\n    relation: ${relation}`).join('\n')}
cites:
  - source: ${sourceOf(i)}
    at: part-1
`;
}

/** A structure of LARGE_STRUCTURE_NODES units on seven levels, each unit under one of the level above. */
function largeStructureFile(id: string): string {
  const kinds = ['党组织', '自治组织', '服务平台', '驻区单位·企业', '社会组织', '党员·群众'];
  const relations = ['领导', '指导', '协调', '服务', '联动', '下设'];
  const nodes = Array.from({ length: LARGE_STRUCTURE_NODES }, (_, n) => ({ id: `u${n + 1}`, level: n === 0 ? 0 : Math.min(6, Math.floor(Math.log2(n + 1))) }));
  const lines = nodes.map((node, n) => `  - id: ${node.id}\n    label: 合成单元${n + 1}\n    kind: ${n === 0 ? '党组织' : kinds[n % kinds.length]}\n    level: ${node.level}`);
  // A binary tree: unit n's parent is unit ⌊(n−1)/2⌋, one level up.
  const edges = nodes.slice(1).map((node, k) => `  - from: ${nodes[Math.floor(k / 2)]!.id}\n    to: ${node.id}\n    relation: ${relations[k % relations.length]}`);
  return `title: 合成大型结构
model: ${id}
summary: 五十个单元的合成组织结构，衡量大型结构图的绘制与版面。
nodes:
${lines.join('\n')}
edges:
${edges.join('\n')}
cites:
  - source: ${sourceOf(1)}
    at: part-1
order: 200
`;
}

const cite = (source: string, at: string) => `  cites:\n    - source: ${source}\n      at: ${at}`;

/** The dates the sources leave vague, one per model in turn: no year (with and without a bound), or hedged. */
const VAGUE_DATES = [
  'text: 今年4月\n    precision: year-unknown\n    reason: 合成资料只写“今年4月”，未注明年份。\n    notBefore: 2011',
  'text: 9月初\n    precision: year-unknown\n    reason: 合成资料只写“9月初”，未注明年份。',
  'text: 约2005年\n    precision: approximate\n    reason: 合成资料写作“约2005年”。',
];

/** Events per model: two dated to the year and one vague. */
export const SYNTHETIC_EVENTS_PER_MODEL = 3;

function timelineFiles(i: number, id: string): { stages: string; events: string; figures: string } {
  const src = sourceOf(i);
  const event = (n: number, date: string, cases: string) =>
    `- id: ${id}-e${n}\n  model: ${id}\n  stage: ${id}-pilot\n  date:\n    ${date}\n  kind: 试点\n  title: 合成事件${n}\n  description: 合成事件。\n  cases: [${cases}]\n${cite(src, 'part-1')}`;
  return {
    stages: `- id: ${id}-pilot\n  model: ${id}\n  order: 1\n  name: 试点\n  start:\n    text: 2009年4月\n    precision: month\n  summary: 合成阶段。\n${cite(src, 'part-1')}\n`,
    events: [
      ...[1, 2].map((n) => event(n, `text: ${2008 + n}年\n    precision: year`, `${id}-c${n}`)),
      event(3, VAGUE_DATES[i % VAGUE_DATES.length]!, `${id}-c1`),
    ].join('\n') + '\n',
    figures: [1, 2]
      .map((n) => `- id: ${id}-f${n}\n  model: ${id}\n  value: ${n * 100}\n  valueText: '${n * 100}'\n  unit: 个\n  counts: 合成数据${n}\n  kind: 基本情况\n  asOfNote: 合成数据，无时间。\n  cite:\n    source: ${src}\n    at: part-1\n  evidence: 合成数据${n * 100}个`)
      .join('\n') + '\n',
  };
}

/**
 * The /compare/ dimensions (src/schemas/compare.ts). Written out because this file runs under plain
 * Node, which cannot import the schemas; tests/unit/bench.test.ts fails if the two lists drift.
 */
export const SYNTHETIC_COMPARE_DIMENSIONS = ['cengji-jiagou', 'lingdao-hexin', 'zhuqu-danwei', 'jumin-zizhi', 'xingzheng-shiwu', 'ziyuan-xiachen', 'dangyuan-guanli', 'xinxihua', 'kaohe-pingjia', 'chengxiao', 'wenti'];

/** A model's row of the comparison: one placeholder cell per dimension. */
function compareFile(i: number): string {
  const cells = SYNTHETIC_COMPARE_DIMENSIONS.map(
    (d) => `  - dimension: ${d}\n    key: 合成${i}\n    text: 合成模式${i}在这一维度的占位说明。\n    cites:\n      - { source: ${sourceOf(i)}, at: part-1 }`,
  );
  return `cells:\n${cells.join('\n')}\nupdated: 2026-01-01\n`;
}

function sourceFile(k: number, modelIds: readonly string[]): string {
  return `title: 合成资料${k}
shortName: 合成资料${k}
authors:
  - name: 基准测试
kind: 调研报告
medium: unknown
dateNote: 合成资料，没有日期。
seedFile: 00${k}_0000000000000000.txt
models: [${modelIds.join(', ')}]
stance: 构建规模测试用的合成资料。
sections:
  - id: part-1
    heading: 第一部分
  - id: part-2
    heading: 第二部分
  - id: part-3
    heading: 第三部分
order: ${k}
`;
}

/** A glossary term, shared by MODELS_PER_TERM models, related to the term before it. */
function termFile(k: number, mechanisms: readonly string[]): string {
  const i = (k - 1) * MODELS_PER_TERM + 1;
  return `term: ${termName(k)}
aliases: [合成词${pad(k)}]
pinyin: hé chéng shù yǔ
english: synthetic term ${k}
short: 构建规模测试用的占位术语${k}。
definition: 构建规模测试用的占位术语${k}，出现在合成模式${i}起的各页正文中。
mechanisms: [${mechanisms.join(', ')}]
related: [${k > 1 ? `hecheng-${pad(k - 1)}` : ''}]
${cite(sourceOf(i), 'part-1').replace(/^ {2}/gm, '')}
`;
}

/** A lesson kit on two neighbouring models (1-based `i` and `i + 1`); the first kit shows the large structure. */
function lessonFile(k: number, i: number, ids: readonly string[]): string {
  const [a, b] = [ids[i - 1]!, ids[i]!];
  const src = sourceOf(i);
  const cites = `\n    cites:\n      - { source: ${src}, at: part-1 }`;
  const points = ['概况', '组织架构', '成效'].map((section) => `  - text: 合成模式${i}在“${section}”一节的要点。\n    model: ${a}\n    section: ${section}${cites}`);
  const questions = [1, 2, 3].map((n) => `  - question: 合成讨论题${n}？\n    guide: 读合成资料第一部分。${cites}`);
  const checks = [1, 2, 3].map((n) => `  - question: 合成自测题${n}？\n    answer: 合成答案${n}。${cites}`);
  return `title: 合成教学包${k}
summary: 比较合成模式${i}与合成模式${i + 1}的合成教学包。
models: [${a}, ${b}]
objectives:
  - 说明合成模式${i}的组织架构。
  - 比较两个合成模式。
keyPoints:
${points.join('\n')}
structures: [${k === 1 ? `${a}-large, ` : ''}${a}-core]
timelines: [${a}, ${b}]
questions:
${questions.join('\n')}
exercise:
  task: 比较两个合成模式。
  models: [${a}, ${b}]
  dimensions: [${SYNTHETIC_COMPARE_DIMENSIONS.slice(0, 2).join(', ')}]
selfCheck:
${checks.join('\n')}
readings:
  - source: ${src}
    sections: [part-1, part-2]
    why: 合成阅读材料。
order: ${k}
updated: 2026-11-22
`;
}

/** How many entries of each kind a synthetic knowledge base holds: what its build must show. */
export interface SyntheticCounts {
  models: number;
  cases: number;
  mechanisms: number;
  structures: number;
  terms: number;
  sources: number;
  lessons: number;
  events: number;
}

/** Writes a knowledge base of `count` synthetic models (at least two) into `contentDir`, and says what it wrote. */
export function writeSyntheticContent(contentDir: string, count: number): SyntheticCounts {
  if (count < 2) throw new Error('a synthetic knowledge base needs two models at least (a lesson kit compares two)');
  const dirs = ['models', 'cases', 'mechanisms', 'structures', 'stages', 'events', 'figures', 'sources', 'terms', 'compare', 'lessons'];
  for (const d of dirs) mkdirSync(join(contentDir, d), { recursive: true });
  const ids = Array.from({ length: count }, (_, k) => `m${pad(k + 1)}`);
  ids.forEach((id, k) => {
    const i = k + 1;
    writeFileSync(join(contentDir, 'models', `${id}.mdx`), modelFile(i, id));
    for (const n of [1, 2]) writeFileSync(join(contentDir, 'cases', `${id}-c${n}.mdx`), caseFile(i, id, n));
    writeFileSync(join(contentDir, 'mechanisms', `${id}-mech.mdx`), mechanismFile(i, id));
    writeFileSync(join(contentDir, 'structures', `${id}-core.yaml`), structureFile(i, id));
    const t = timelineFiles(i, id);
    writeFileSync(join(contentDir, 'stages', `${id}.yaml`), t.stages);
    writeFileSync(join(contentDir, 'events', `${id}.yaml`), t.events);
    writeFileSync(join(contentDir, 'figures', `${id}.yaml`), t.figures);
    writeFileSync(join(contentDir, 'compare', `${id}.yaml`), compareFile(i));
  });
  writeFileSync(join(contentDir, 'structures', `${ids[0]}-large.yaml`), largeStructureFile(ids[0]!));
  const sources = Math.min(SOURCES, count);
  for (let k = 1; k <= sources; k++) {
    writeFileSync(join(contentDir, 'sources', `s-synth-${k}.yaml`), sourceFile(k, ids.filter((_, j) => j % SOURCES === k - 1)));
  }
  const terms = Math.ceil(count / MODELS_PER_TERM);
  for (let k = 1; k <= terms; k++) {
    const mechanisms = ids.slice((k - 1) * MODELS_PER_TERM, k * MODELS_PER_TERM).map((id) => `${id}-mech`);
    writeFileSync(join(contentDir, 'terms', `hecheng-${pad(k)}.yaml`), termFile(k, mechanisms));
  }
  const lessons = Math.max(1, Math.floor(count / MODELS_PER_LESSON));
  for (let k = 1; k <= lessons; k++) writeFileSync(join(contentDir, 'lessons', `hecheng-${pad(k)}.yaml`), lessonFile(k, (k - 1) * MODELS_PER_LESSON + 1, ids));
  return { models: count, cases: 2 * count, mechanisms: count, structures: count + 1, terms, sources, lessons, events: SYNTHETIC_EVENTS_PER_MODEL * count };
}

/**
 * A scratch copy of the project under `parent` (bench/tmp/), with `count` synthetic models as its
 * content and node_modules linked, ready for `npm run build`. Returns its folder and what its content holds.
 */
export function makeSyntheticProject(parent: string, count: number): { dir: string; counts: SyntheticCounts } {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, `synthetic-${count}-`));
  for (const f of PROJECT_FILES) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return { dir, counts: writeSyntheticContent(join(dir, 'content'), count) };
}
