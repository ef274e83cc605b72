import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PLACE_EN, TIMELINE_WORDS_EN } from '../../src/lib/timeline/english';
import { TIMELINE_WORDS_ZH } from '../../src/lib/timeline/words';
import { parseSourceDate } from '../../src/lib/dates';

const CONTENT = new URL('../../content/', import.meta.url).pathname;

describe('the English timeline words', () => {
  it('name in English every place and scope the events learn from or spread to, and every case learned from', () => {
    const events = readdirSync(`${CONTENT}events`).flatMap(
      (f) => parse(readFileSync(`${CONTENT}events/${f}`, 'utf8')) as { learnedFrom?: { place: string }[]; spreadTo?: string }[],
    );
    const places = events.flatMap((e) => [...(e.learnedFrom ?? []).map((p) => p.place), ...(e.spreadTo ? [e.spreadTo] : [])]);
    const cases = readdirSync(`${CONTENT}cases`)
      .map((f) => readFileSync(`${CONTENT}cases/${f}`, 'utf8'))
      .filter((text) => /^learnedBy:/m.test(text))
      .map((text) => /^title: (.+)$/m.exec(text)?.[1] ?? '');
    expect(places.length).toBeGreaterThan(0);
    expect(cases.length).toBeGreaterThan(0);
    for (const p of [...places, ...cases]) {
      expect(PLACE_EN[p], p).toBeDefined();
      expect(TIMELINE_WORDS_EN.placeName(p)).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('keep a date without a year without a year, and head the panel columns with short months', () => {
    const d = parseSourceDate('今年4月')!;
    expect(TIMELINE_WORDS_EN.date(d)).toBe('April (year not stated)');
    expect(TIMELINE_WORDS_EN.point(parseSourceDate('9月初')!.start)).toBe('early Sep');
    expect(TIMELINE_WORDS_ZH.date(d)).toBe('4月(年份不详)');
  });

  it('put a stage period in words in either language', () => {
    expect(TIMELINE_WORDS_EN.period('April 2009', 'end of 2009', false)).toBe('April 2009 – end of 2009');
    expect(TIMELINE_WORDS_EN.period('2004', undefined, false)).toBe('from 2004');
    expect(TIMELINE_WORDS_ZH.period('2004年', undefined, false)).toBe('2004年起');
  });
});
