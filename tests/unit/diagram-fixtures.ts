/**
 * Structures for the diagram tests: every structure in content/ (so a new or edited structure is
 * checked the day it is written), and a small made-up one that uses every kind of route, for the
 * SVG snapshot that should not change when the writers edit the content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { SvgElement } from '../../src/lib/diagram/marks';
import { structureSchema, type Structure } from '../../src/schemas/structures';

const dir = new URL('../../content/structures/', import.meta.url).pathname;

/** Every structure of the knowledge base, validated, by id. */
export function contentStructures(): [string, Structure][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => [f.replace(/\.yaml$/, ''), structureSchema.parse(parse(readFileSync(dir + f, 'utf8')))]);
}

/**
 * A made-up structure: two bodies leading one station (a unit with two parents), a relation that
 * skips a level, units joined within a row both side by side and across another unit, and dual
 * leadership.
 */
export const SAMPLE_STRUCTURE: Structure = structureSchema.parse({
  title: '测试结构',
  model: 'alpha',
  summary: '用于测试的结构。',
  nodes: [
    { id: 'dangwei', label: '社区党委', kind: '党组织', level: 0 },
    { id: 'jiedao', label: '街道办事处', kind: '政府及派出机构', level: 0 },
    { id: 'juweihui', label: '社区居委会', kind: '自治组织', level: 1 },
    { id: 'zhan', label: '社区管理服务站', kind: '服务平台', level: 1 },
    { id: 'danwei', label: '驻区单位、两新组织党组织负责人', kind: '驻区单位·企业', level: 1 },
    { id: 'xiehui', label: '志愿者协会', kind: '社会组织', level: 2 },
    { id: 'jumin', label: '居民', kind: '党员·群众', level: 3 },
  ],
  edges: [
    { from: 'dangwei', to: 'juweihui', relation: '领导', label: '社区党委领导' },
    { from: 'dangwei', to: 'zhan', relation: '领导' },
    { from: 'jiedao', to: 'zhan', relation: '双重领导' },
    { from: 'juweihui', to: 'zhan', relation: '监督' },
    { from: 'danwei', to: 'juweihui', relation: '联动' },
    { from: 'juweihui', to: 'xiehui', relation: '指导' },
    { from: 'dangwei', to: 'jumin', relation: '服务' },
    { from: 'xiehui', to: 'jumin', relation: '报到' },
  ],
  cites: [{ source: 's-test', at: 'part-1' }],
});

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Serialises marks as indented SVG markup, for snapshots a person can read in a diff. */
export function marksToSvg(marks: SvgElement[], indent = ''): string {
  return marks
    .map((m) => {
      const attrs = Object.entries(m.attrs)
        .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
        .join('');
      if (!m.children && m.text === undefined) return `${indent}<${m.tag}${attrs}/>`;
      if (!m.children) return `${indent}<${m.tag}${attrs}>${escape(m.text ?? '')}</${m.tag}>`;
      return `${indent}<${m.tag}${attrs}>\n${marksToSvg(m.children, `${indent}  `)}\n${indent}</${m.tag}>`;
    })
    .join('\n');
}
