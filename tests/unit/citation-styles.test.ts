/**
 * Worked examples of each citation style, written by hand from the sources' bibliographic data
 * (content/sources/*.yaml): a newspaper (s002), a journal (s004), an undated text (s000) and an
 * untitled one (s001), and a page of this site.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatApa } from '../../src/lib/citation/apa';
import { escapeBibtex, formatBibtex } from '../../src/lib/citation/bibtex';
import { formatGbt, gbtTypeNote } from '../../src/lib/citation/gbt7714';
import { pageRecord, sourceRecord } from '../../src/lib/citation/record';
import { sourceSchema, type Source } from '../../src/schemas/sources';

const base = { kind: '调研报告', seedFile: '000_00.txt', models: ['x'], stance: '—', gaps: [], sections: [{ id: 'a', heading: 'a' }], order: 0 } as const;
const source = (s: Partial<Source>): Source => sourceSchema.parse({ ...base, ...s }) as Source;

const s002 = sourceRecord('s002-guangming', source({
  title: '改革管理体制 创新社区党建',
  subtitle: '南京市建邺区创新社区党建工作调查',
  shortName: '建邺区调研报告',
  authors: [{ name: '中组部组织二局、民政部基层政权和社区建设司联合调研组', corporate: true }],
  outlet: '光明日报',
  date: { text: '2010年12月09日', precision: 'day' },
  pages: '11',
  series: '“加强基层党的建设”系列调研报告之三',
  medium: 'newspaper',
}));
const s004 = sourceRecord('s004-chen-zhang', source({
  title: '加强区域化党建工作的路径和方法',
  shortName: '陈新光、章再彬',
  authors: [{ name: '陈新光' }, { name: '章再彬' }],
  outlet: '上海党史与党建',
  date: { text: '2014年', precision: 'year' },
  volume: '2014',
  issue: '3',
  pages: '53-55',
  articleNumber: '1009-928X(2014)03-0053-03',
  medium: 'journal',
}));
const s000 = sourceRecord('s000-shao', source({
  title: '社区党建:转型期党与社会关系的战略重构',
  subtitle: '学习上海工作经验的体会与思考之四',
  shortName: '邵春杰',
  authors: [{ name: '邵春杰', affiliation: '中共浉河区委书记' }],
  dateNote: '原文未印出刊物与发表年份。',
  medium: 'unknown',
}));
const s001 = sourceRecord('s001-liu', source({
  title: '浦东新区党建引领基层社会治理创新案例',
  titleSupplied: true,
  shortName: '刘拥华',
  authors: [{ name: '刘拥华' }, { name: '彭勃', role: '案例评析' }],
  dateNote: '原文未印出标题、刊物和日期。',
  medium: 'unknown',
}));
const page = pageRecord({
  key: 'moshiku-models-jianye',
  siteName: '社区党建模式库',
  title: '南京市建邺区社区党建“一委一居一站”',
  url: 'https://example.org/kb/models/jianye/',
  updated: '2026-11-22',
  accessed: '2026-12-03',
});

describe('formatGbt(record) — GB/T 7714—2015', () => {
  it('formats a newspaper article as [N] with date and page in parentheses', () => {
    expect(formatGbt(s002)).toBe(
      '中组部组织二局、民政部基层政权和社区建设司联合调研组. 改革管理体制 创新社区党建: 南京市建邺区创新社区党建工作调查[N]. 光明日报, 2010-12-09(11).',
    );
  });
  it('formats a journal article as [J] with year(issue): pages, not repeating the year as volume', () => {
    expect(formatGbt(s004)).toBe('陈新光, 章再彬. 加强区域化党建工作的路径和方法[J]. 上海党史与党建, 2014(3): 53-55.');
  });
  it('formats an undated text of unknown type as [Z] and marks the missing imprint', () => {
    expect(formatGbt(s000)).toBe(
      '邵春杰. 社区党建:转型期党与社会关系的战略重构: 学习上海工作经验的体会与思考之四[Z]. [出版地不详]: [出版者不详], [出版年不详].',
    );
  });
  it('puts a supplied title in square brackets and names a contributor with a role', () => {
    expect(formatGbt(s001)).toBe('刘拥华. [浦东新区党建引领基层社会治理创新案例][Z]. 彭勃, 案例评析. [出版地不详]: [出版者不详], [出版年不详].');
  });
  it('formats a page of this site as [EB/OL] with (updated)[accessed] and the URL', () => {
    expect(formatGbt(page)).toBe(
      '社区党建模式库. 南京市建邺区社区党建“一委一居一站”[EB/OL]. (2026-11-22)[2026-12-03]. https://example.org/kb/models/jianye/.',
    );
  });
  it('lists three authors, then 等', () => {
    const four = { ...s004, authors: ['甲', '乙', '丙', '丁'].map((name) => ({ name })) };
    expect(formatGbt(four)).toMatch(/^甲, 乙, 丙, 等\. /);
  });
  it('explains the type code chosen for an undated source', () => {
    expect(gbtTypeNote(s000)).toContain('[Z]');
    expect(gbtTypeNote(s002)).toContain('[N]');
  });
});

describe('formatApa(record) — APA 7', () => {
  it('formats a newspaper article with the full date, in Chinese, and page', () => {
    expect(formatApa(s002)).toBe(
      '中组部组织二局、民政部基层政权和社区建设司联合调研组. (2010年12月9日). 改革管理体制 创新社区党建: 南京市建邺区创新社区党建工作调查. 光明日报, 11.',
    );
  });
  it('formats a journal article with two authors joined by & and the issue without a volume', () => {
    expect(formatApa(s004)).toBe('陈新光, & 章再彬. (2014). 加强区域化党建工作的路径和方法. 上海党史与党建, (3), 53–55.');
  });
  it('marks an undated Chinese work with (无日期), not (n.d.)', () => {
    expect(formatApa(s000)).toBe('邵春杰. (无日期). 社区党建:转型期党与社会关系的战略重构: 学习上海工作经验的体会与思考之四.');
  });
  it('gives an untitled work its description in square brackets', () => {
    expect(formatApa(s001)).toBe('刘拥华. (无日期). [浦东新区党建引领基层社会治理创新案例] (彭勃, 案例评析).');
  });
  it('leaves out the site name when it is the author, and ends with the bare URL', () => {
    expect(formatApa(page)).toBe('社区党建模式库. (2026年11月22日). 南京市建邺区社区党建“一委一居一站”. https://example.org/kb/models/jianye/');
  });
  it('keeps English dates for a work with an English title', () => {
    expect(formatApa((({ subtitle: _s, ...r }) => ({ ...r, title: 'Reform' }))(s002))).toContain('(2010, December 9)');
    expect(formatApa((({ subtitle: _s, ...r }) => ({ ...r, title: 'Untitled' }))(s000))).toContain('(n.d.)');
  });
});

describe('formatBibtex(record)', () => {
  it('writes a newspaper article as @article with entrysubtype newspaper and a braced corporate author', () => {
    expect(formatBibtex(s002)).toBe(`@article{s002-guangming,
  author = {{中组部组织二局、民政部基层政权和社区建设司联合调研组}},
  title = {改革管理体制 创新社区党建: 南京市建邺区创新社区党建工作调查},
  entrysubtype = {newspaper},
  journal = {光明日报},
  year = {2010},
  month = dec,
  date = {2010-12-09},
  pages = {11},
  note = {“加强基层党的建设”系列调研报告之三},
}`);
  });
  it('writes a journal article with number, a double-dash page range and the article number', () => {
    expect(formatBibtex(s004)).toBe(`@article{s004-chen-zhang,
  author = {陈新光 and 章再彬},
  title = {加强区域化党建工作的路径和方法},
  journal = {上海党史与党建},
  year = {2014},
  date = {2014},
  number = {3},
  pages = {53--55},
  note = {文章编号 1009-928X(2014)03-0053-03},
}`);
  });
  it('writes an undated text as @misc with a note instead of a year', () => {
    expect(formatBibtex(s000)).toBe(`@misc{s000-shao,
  author = {邵春杰},
  title = {社区党建:转型期党与社会关系的战略重构: 学习上海工作经验的体会与思考之四},
  note = {原文未注明出处和日期},
}`);
  });
  it('writes a page of this site as @misc with url and urldate', () => {
    expect(formatBibtex(page)).toBe(`@misc{moshiku-models-jianye,
  author = {{社区党建模式库}},
  title = {南京市建邺区社区党建“一委一居一站”},
  howpublished = {\\url{https://example.org/kb/models/jianye/}},
  year = {2026},
  date = {2026-11-22},
  url = {https://example.org/kb/models/jianye/},
  urldate = {2026-12-03},
  note = {最后更新 2026-11-22},
}`);
  });
  it('escapes TeX specials in text fields', () => {
    expect(escapeBibtex('50% & #1_a {b}')).toBe('50\\% \\& \\#1\\_a \\{b\\}');
  });
});

describe('every real source', () => {
  const dir = new URL('../../content/sources/', import.meta.url).pathname;
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  it.each(files)('%s formats in every style without gaps', (file) => {
    const s = sourceSchema.parse(parse(readFileSync(dir + file, 'utf8'))) as Source;
    const r = sourceRecord(file.replace('.yaml', ''), s);
    for (const text of [formatGbt(r), formatApa(r), formatBibtex(r)]) {
      expect(text).not.toMatch(/undefined|NaN|\[\]|, \./);
    }
  });
});
