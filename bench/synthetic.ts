/**
 * Synthetic knowledge bases for the scaling run: N models, each with a ten-section page, two cases,
 * a mechanism, a core structure, a stage, two events, two figures and a comparison row, all citing one synthetic
 * source. Written into a throwaway copy of the project (never committed) so the real build code
 * runs unchanged on them. The content is placeholder text, not facts: it never reaches the site.
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

/** A paragraph of placeholder prose (about 120 characters) with a citation marker. */
function paragraph(i: number, n: number): string {
  return `合成模式${i}的第${n}段说明文字，用于衡量构建在大量页面下的耗时与内存。社区党组织、居民委员会与服务站按合成数据分工协作，驻区单位参与共建，党员到社区报到并认领服务项目，议事会定期协商公共事务。<Cite source="s-synth" at="part-${(n % 3) + 1}" />`;
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
sources: [s-synth]
signature: 合成架构${i}
order: ${i}
cites:
  - source: s-synth
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
  - source: s-synth
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
  - source: s-synth
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
  - source: s-synth
    at: part-1
`;
}

const cite = (at: string) => `  cites:\n    - source: s-synth\n      at: ${at}`;

function timelineFiles(id: string): { stages: string; events: string; figures: string } {
  return {
    stages: `- id: ${id}-pilot\n  model: ${id}\n  order: 1\n  name: 试点\n  start:\n    text: 2009年4月\n    precision: month\n  summary: 合成阶段。\n${cite('part-1')}\n`,
    events: [1, 2]
      .map((n) => `- id: ${id}-e${n}\n  model: ${id}\n  stage: ${id}-pilot\n  date:\n    text: ${2008 + n}年\n    precision: year\n  kind: 试点\n  title: 合成事件${n}\n  description: 合成事件。\n  cases: [${id}-c${n}]\n${cite('part-1')}`)
      .join('\n') + '\n',
    figures: [1, 2]
      .map((n) => `- id: ${id}-f${n}\n  model: ${id}\n  value: ${n * 100}\n  valueText: '${n * 100}'\n  unit: 个\n  counts: 合成数据${n}\n  kind: 基本情况\n  asOfNote: 合成数据，无时间。\n  cite:\n    source: s-synth\n    at: part-1\n  evidence: 合成数据${n * 100}个`)
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
    (d) => `  - dimension: ${d}\n    key: 合成${i}\n    text: 合成模式${i}在这一维度的占位说明。\n    cites:\n      - { source: s-synth, at: part-1 }`,
  );
  return `cells:\n${cells.join('\n')}\nupdated: 2026-01-01\n`;
}

function sourceFile(modelIds: readonly string[]): string {
  return `title: 合成资料
shortName: 合成资料
authors:
  - name: 基准测试
kind: 调研报告
medium: unknown
dateNote: 合成资料，没有日期。
seedFile: 000_0000000000000000.txt
models: [${modelIds.join(', ')}]
stance: 构建规模测试用的合成资料。
sections:
  - id: part-1
    heading: 第一部分
  - id: part-2
    heading: 第二部分
  - id: part-3
    heading: 第三部分
order: 0
`;
}

/** Writes a knowledge base of `count` synthetic models into `contentDir`. */
export function writeSyntheticContent(contentDir: string, count: number): void {
  const dirs = ['models', 'cases', 'mechanisms', 'structures', 'stages', 'events', 'figures', 'sources', 'terms', 'compare'];
  for (const d of dirs) mkdirSync(join(contentDir, d), { recursive: true });
  const ids = Array.from({ length: count }, (_, k) => `m${pad(k + 1)}`);
  ids.forEach((id, k) => {
    const i = k + 1;
    writeFileSync(join(contentDir, 'models', `${id}.mdx`), modelFile(i, id));
    for (const n of [1, 2]) writeFileSync(join(contentDir, 'cases', `${id}-c${n}.mdx`), caseFile(i, id, n));
    writeFileSync(join(contentDir, 'mechanisms', `${id}-mech.mdx`), mechanismFile(i, id));
    writeFileSync(join(contentDir, 'structures', `${id}-core.yaml`), structureFile(i, id));
    const t = timelineFiles(id);
    writeFileSync(join(contentDir, 'stages', `${id}.yaml`), t.stages);
    writeFileSync(join(contentDir, 'events', `${id}.yaml`), t.events);
    writeFileSync(join(contentDir, 'figures', `${id}.yaml`), t.figures);
    writeFileSync(join(contentDir, 'compare', `${id}.yaml`), compareFile(i));
  });
  writeFileSync(join(contentDir, 'sources', 's-synth.yaml'), sourceFile(ids));
  writeFileSync(
    join(contentDir, 'terms', 'hecheng-shuju.yaml'),
    `term: 合成数据\npinyin: hé chéng shù jù\nenglish: synthetic data\nshort: 构建规模测试用的占位内容。\ndefinition: 构建规模测试用的占位内容。\n${cite('part-1').replace(/^ {2}/gm, '')}\n`,
  );
}

/**
 * A scratch copy of the project under `parent` (bench/tmp/), with `count` synthetic models as its
 * content and node_modules linked, ready for `npm run build`. Returns its folder.
 */
export function makeSyntheticProject(parent: string, count: number): string {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, `synthetic-${count}-`));
  for (const f of PROJECT_FILES) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeSyntheticContent(join(dir, 'content'), count);
  return dir;
}
