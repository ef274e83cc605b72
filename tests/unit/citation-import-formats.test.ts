/**
 * RIS and CSL-JSON of every real source and of a page of this site, read back with citation-js
 * (the library reference managers' import code is modelled on) and compared field by field with the
 * record; Highwire meta tags and the access date that the browser changes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildDay, localDay, withAccessDate } from '../../src/lib/citation/access-date';
import { formatCslJson, formatRis } from '../../src/lib/citation/csl';
import { formatCitations } from '../../src/lib/citation/formats';
import { titleWithSubtitle } from '../../src/lib/citation/gbt7714';
import { highwireDate, highwireTags } from '../../src/lib/citation/highwire';
import { pageRecord, sourceRecord, type CitationRecord } from '../../src/lib/citation/record';
import { sourceSchema, type Source } from '../../src/schemas/sources';

const dir = new URL('../../content/sources/', import.meta.url).pathname;
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => sourceRecord(f.replace('.yaml', ''), sourceSchema.parse(parse(readFileSync(dir + f, 'utf8'))) as Source));
const page = pageRecord({
  key: 'moshiku-models-jianye',
  siteName: '社区党建模式库',
  title: '南京市建邺区社区党建“一委一居一站”',
  url: 'https://example.org/kb/mechanisms/a-rather-long-identifier-for-a-mechanism-page/',
  updated: '2026-11-22',
  accessed: '2026-12-03',
});
const records = [...sources, page];
const byKey = (key: string) => records.find((r) => r.key === key) as CitationRecord;
const parts = (r: CitationRecord) => (r.date ? [r.date.year, r.date.month, r.date.day].filter((n) => n !== undefined) : undefined);
type Item = Record<string, unknown> & { author?: { literal?: string; family?: string }[]; issued?: { 'date-parts': number[][] } };
const names = (item: Item) => (item.author ?? []).map((a) => a.literal ?? a.family);

describe('formatCslJson(records) read back by citation-js', () => {
  const items = new Cite(JSON.parse(formatCslJson(records))).data as Item[];
  it.each(records.map((r) => [r.key, r]))('%s keeps type, title, authors, container, pages and the date at its precision', (_key, r) => {
    const item = items.find((i) => i['id'] === r.key) as Item;
    expect(item['type']).toBe({ newspaper: 'article-newspaper', journal: 'article-journal', web: 'webpage', other: 'document' }[r.kind]);
    expect(item['title']).toBe(titleWithSubtitle(r));
    expect(names(item)).toEqual(r.authors.map((a) => a.name));
    expect(item['container-title']).toBe(r.container);
    expect(item['page']).toBe(r.pages);
    expect(item['issue']).toBe(r.issue);
    expect(item['URL']).toBe(r.url);
    // No invented year or month: an undated work has no `issued` at all.
    expect(item.issued?.['date-parts'][0]).toEqual(parts(r));
  });
});

describe('formatRis(records) read back by citation-js', () => {
  const ris = formatRis(records);
  const items = new Cite(ris).data as Item[];
  it('writes one entry per record, each line `TAG  - value`, no value broken over lines', () => {
    expect(items).toHaveLength(records.length);
    for (const line of ris.split('\n').filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(ris).toContain(`UR  - ${page.url}`);
  });
  it.each(records.map((r) => [r.key, r]))('%s keeps title, authors, container, pages and the year', (key, r) => {
    const item = items.find((i) => String(key).startsWith(String(i['id']))) as Item;
    expect(item['title']).toBe(titleWithSubtitle(r));
    expect(item['container-title']).toBe(r.kind === 'web' ? undefined : r.container);
    expect(item['page']).toBe(r.pages);
    expect(item.issued?.['date-parts'][0]?.[0]).toBe(r.date?.year);
    // citation-js reads a newspaper's AU as `reporter` (a plain string each), every other type's as `author`.
    const people = r.kind === 'newspaper' ? [item['reporter']].flat() : names(item);
    expect(people).toEqual(r.authors.map((a) => a.name));
  });
  it('gives a dated newspaper article its full date in DA, and an undated work no date line at all', () => {
    expect(formatRis([byKey('s002-guangming')])).toMatch(/^PY {2}- 2010$/m);
    expect(formatRis([byKey('s002-guangming')])).toMatch(/^DA {2}- 2010\/12\/9\/$/m);
    expect(formatRis([byKey('s004-chen-zhang')])).toMatch(/^DA {2}- 2014\/\/\/$/m);
    for (const undated of [byKey('s000-shao'), byKey('s001-liu')]) expect(formatRis([undated])).not.toMatch(/^(PY|DA|Y1) /m);
  });
});

describe('highwireTags(record, publicUrl)', () => {
  const tags = (r: CitationRecord, u?: string) => highwireTags(r, u).map((t) => `${t.name}=${t.content}`);
  it('writes a journal article with one author tag each, year-only date, journal, issue and pages', () => {
    expect(tags(byKey('s004-chen-zhang'), 'https://e.org/sources/s004-chen-zhang/')).toEqual([
      'citation_title=加强区域化党建工作的路径和方法',
      'citation_author=陈新光',
      'citation_author=章再彬',
      'citation_publication_date=2014',
      'citation_journal_title=上海党史与党建',
      'citation_issue=3',
      'citation_firstpage=53',
      'citation_lastpage=55',
      'citation_language=zh',
      'citation_public_url=https://e.org/sources/s004-chen-zhang/',
    ]);
  });
  it('leaves out the date of an undated work and the URL when the public origin is unknown', () => {
    const t = tags(byKey('s000-shao'));
    expect(t.some((x) => x.startsWith('citation_publication_date') || x.startsWith('citation_date'))).toBe(false);
    expect(t.some((x) => x.startsWith('citation_public_url'))).toBe(false);
  });
  it('writes a date at its real precision', () => {
    expect(highwireDate({ year: 2009 })).toBe('2009');
    expect(highwireDate({ year: 2009, month: 5 })).toBe('2009/05');
    expect(highwireDate({ year: 2010, month: 12, day: 9 })).toBe('2010/12/09');
  });
});

describe('withAccessDate(text, format, from, to)', () => {
  // Updated and built on the same day: only the access date may change.
  const sameDay = pageRecord({ key: 'k', siteName: '社区党建模式库', title: '标题', url: 'https://e.org/x/', updated: '2026-12-03', accessed: '2026-12-03' });
  const later = pageRecord({ key: 'k', siteName: '社区党建模式库', title: '标题', url: 'https://e.org/x/', updated: '2026-12-03', accessed: '2027-01-15' });
  it.each(formatCitations(sameDay).map((f, i) => [f.id, f.text, (formatCitations(later)[i] as { text: string }).text]))(
    '%s: changes the access date and nothing else',
    (id, text, expected) => {
      expect(withAccessDate(text, id as never, '2026-12-03', '2027-01-15')).toBe(expected);
    },
  );
});

describe('buildDay(env, now) and localDay(now)', () => {
  it('is the day in China, or the day SOURCE_DATE_EPOCH names', () => {
    expect(buildDay({}, new Date('2026-12-03T17:00:00Z'))).toBe('2026-12-04');
    expect(buildDay({ SOURCE_DATE_EPOCH: '1767225600' }, new Date())).toBe('2026-01-01');
  });
  it('is the reader’s own calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
