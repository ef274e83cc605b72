/**
 * Citations on the English pages (issue #17): the original Chinese title followed by its English
 * translation in brackets, in GB/T 7714's English form and in APA, from the real source entries
 * (content/sources and content/en/sources); worked out by hand.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatApa } from '../../src/lib/citation/apa';
import { formatCitations } from '../../src/lib/citation/formats';
import { formatGbt, gbtTypeNote } from '../../src/lib/citation/gbt7714';
import { englishSourceRecord, pageRecord, romanisedName, sourceRecord } from '../../src/lib/citation/record';
import { CONTRIBUTOR_ROLE_EN } from '../../src/lib/i18n/ui';
import { enSourceSchema } from '../../src/schemas/en';
import { sourceSchema, type Source } from '../../src/schemas/sources';

const load = (id: string) => {
  const zh = sourceSchema.parse(parse(readFileSync(`content/sources/${id}.yaml`, 'utf8'))) as Source;
  const en = enSourceSchema.parse(parse(readFileSync(`content/en/sources/${id}.yaml`, 'utf8')));
  return { zh, record: englishSourceRecord(id, zh, en, (role) => CONTRIBUTOR_ROLE_EN[role] ?? role) };
};

describe('a source cited in English', () => {
  it('journal article (s004): romanised authors, family name in capitals in GB/T, initials in APA', () => {
    const { record } = load('s004-chen-zhang');
    expect(formatGbt(record)).toBe(
      'CHEN Xinguang, ZHANG Zaibin. 加强区域化党建工作的路径和方法 [Paths and methods for strengthening regionalised Party-building work][J]. 上海党史与党建, 2014(3): 53-55.',
    );
    expect(formatApa(record)).toBe(
      'Chen, X., & Zhang, Z. (2014). 加强区域化党建工作的路径和方法 [Paths and methods for strengthening regionalised Party-building work]. 上海党史与党建, (3), 53–55.',
    );
  });

  it('newspaper article (s003): the date in English in APA', () => {
    const { record } = load('s003-zuo');
    expect(formatGbt(record)).toBe('ZUO Xiaosi. 现代社区治理体系必须以大党建为核心 [A modern community governance system must have big Party building at its core][N]. 南方日报, 2019-08-26.');
    expect(formatApa(record)).toBe('Zuo, X. (2019, August 26). 现代社区治理体系必须以大党建为核心 [A modern community governance system must have big Party building at its core]. 南方日报.');
  });

  it('undated text without outlet (s000): Latin placeholders, never a guessed year', () => {
    const { record } = load('s000-shao');
    const gbt = formatGbt(record);
    expect(gbt.startsWith('SHAO Chunjie. 社区党建：转型期党与社会关系的战略重构: 学习上海工作经验的体会与思考之四 [Community Party building: ')).toBe(true);
    expect(gbt.endsWith('][Z]. [S.l.]: [s.n.], [n.d.].')).toBe(true);
    expect(formatApa(record).startsWith('Shao, C. (n.d.). 社区党建')).toBe(true);
    expect(gbtTypeNote(record)).toMatch(/^The text prints no journal/);
  });

  it('a contributor with a role (s001) is named in English with the role in English', () => {
    const { record } = load('s001-liu');
    expect(formatGbt(record)).toContain('[Z]. Peng Bo, case commentary. [S.l.]');
    expect(formatApa(record)).toContain('(Peng Bo, case commentary)');
  });

  it('leaves the Chinese citation of the same source as it was', () => {
    const { zh } = load('s004-chen-zhang');
    const chinese = sourceRecord('s004-chen-zhang', zh);
    expect(formatGbt(chinese)).toBe('陈新光, 章再彬. 加强区域化党建工作的路径和方法[J]. 上海党史与党建, 2014(3): 53-55.');
    expect(formatCitations(chinese).map((f) => f.label).slice(0, 2)).toEqual(['GB/T 7714—2015', 'APA 第7版']);
    expect(formatCitations(load('s004-chen-zhang').record).map((f) => f.label).slice(0, 2)).toEqual(['GB/T 7714—2015 (English form)', 'APA 7th edition']);
  });
});

describe('an English page of this site', () => {
  it('is dated in English even when its title has Chinese characters', () => {
    const r = pageRecord({
      key: 'k',
      siteName: 'Community Party Building Models',
      title: 'Jianye: "one committee, one residents\' committee, one station" (一委一居一站)',
      url: 'https://example.org/en/models/jianye/',
      updated: '2026-12-03',
      accessed: '2026-12-04',
      english: true,
    });
    expect(formatApa(r)).toBe(
      'Community Party Building Models. (2026, December 3). Jianye: "one committee, one residents\' committee, one station" (一委一居一站). https://example.org/en/models/jianye/',
    );
  });
});

describe('romanisedName', () => {
  it('splits family name first', () => {
    expect(romanisedName('Shao Chunjie')).toEqual({ family: 'Shao', given: 'Chunjie' });
    expect(romanisedName('Zuo')).toEqual({ family: 'Zuo', given: '' });
  });
});

describe('the language a citation records', () => {
  it('is English for an English page of this site and Chinese for a source cited in English', async () => {
    const { highwireTags } = await import('../../src/lib/citation/highwire');
    const page = pageRecord({ key: 'k', siteName: 'S', title: 'T', url: 'https://example.org/en/', updated: '2026-12-03', accessed: '2026-12-03', english: true });
    expect(highwireTags(page).find((t) => t.name === 'citation_language')?.content).toBe('en');
    expect(highwireTags(load('s003-zuo').record).find((t) => t.name === 'citation_language')?.content).toBe('zh');
  });
});
