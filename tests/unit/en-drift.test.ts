/**
 * Numbers and dates that must not drift between the editions (src/lib/i18n/drift.ts): the two
 * texts are read into the same tokens, and an English number the Chinese lacks is reported.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chineseNumbers, chineseNumeral, englishNumbers, numberDrift } from '../../src/lib/i18n/drift';
import { mainText, siteDrift } from '../quality/en-drift';

const tokens = (text: string) => englishNumbers(text).map((m) => m.token);

describe('numbers in a Chinese text', () => {
  it('reads 万 and 亿 both as written and multiplied out', () => {
    expect(chineseNumbers('常住人口45.4万人，投入1.6万余元，总额2亿元')).toEqual(new Set(['45.4', '454000', '1.6', '16000', '2', '200000000']));
    expect(chineseNumbers('筹集改造资金300余万元，近2000多万下岗职工')).toEqual(new Set(['300', '3000000', '2000', '20000000']));
  });

  it('reads thousands separators, percentages, decimals and leading zeros', () => {
    expect(chineseNumbers('共1,000户，下降68%，平均年龄由46.8岁降至43.2岁，2010年12月09日')).toEqual(
      new Set(['1000', '68', '46.8', '43.2', '2010', '12', '9', '2010-12']),
    );
  });

  it('reads a month with its year as a date, and ISO dates', () => {
    expect(chineseNumbers('2009年4月开始试点')).toContain('2009-04');
    expect(chineseNumbers('发布于2019-08-26')).toContain('2019-08');
    expect(chineseNumbers('今年4月')).not.toContain('2009-04');
  });

  it('reads Chinese numerals and centuries', () => {
    expect(chineseNumeral('十八')).toBe(18);
    expect(chineseNumeral('三千六百')).toBe(3600);
    expect(chineseNumeral('两')).toBe(2);
    expect(chineseNumeral('二十')).toBe(20);
    expect(chineseNumeral('一万')).toBe(10000);
    expect(chineseNumbers('党的十八大以来，三个转变')).toEqual(new Set(['18', '3']));
    expect(chineseNumbers('20世纪90年代中期')).toContain('1990');
  });
});

describe('numbers in an English text', () => {
  it('drops thousands separators and reads percentages, ordinals and decades', () => {
    expect(tokens('454,000 residents; 68% fewer; the 18th Congress; the mid-1990s; 46.8 years')).toEqual(['454000', '68', '18', '1990', '46.8']);
  });

  it('reads month names as month numbers, with their year when adjacent', () => {
    expect(englishNumbers('from April 2009 to 9 December 2010').map(({ token, raw }) => ({ token, raw }))).toEqual([
      { token: '4', raw: 'April' },
      { token: '2009-04', raw: 'April 2009' },
      { token: '2009', raw: '2009' },
      { token: '9', raw: '9' },
      { token: '12', raw: 'December' },
      { token: '2010-12', raw: 'December 2010' },
      { token: '2010', raw: '2010' },
    ]);
    expect(tokens('April (year not stated)')).toEqual(['4']);
  });

  it('does not take the verb "may" for a month', () => {
    expect(tokens('It may work. May residents object?')).toEqual([]);
    expect(tokens('on 4 May 2011')).toEqual(['4', '5', '2011-05', '2011']);
  });
});

describe('drift', () => {
  const zh = '据统计，区域信访总量比改革前下降68%；建邺区常住人口45.4万；2009年4月开始试点，2009年底全面推开。';

  it('accepts an English text whose every number and date is in the Chinese', () => {
    expect(numberDrift('Petitions fell by 68%; 454,000 residents; the pilot began in April 2009 and covered every community by the end of 2009.', zh)).toEqual([]);
  });

  it('reports a number the Chinese does not give, a computed number, and a sharpened date', () => {
    expect(numberDrift('Petitions fell by 67%; the pilot began in May 2009; 45.4 + 68 = 113.4.', zh).map((m) => m.raw)).toEqual(['67', 'May', 'May 2009', '113.4']);
  });

  it('reports a month moved to another year', () => {
    expect(numberDrift('The pilot began in April 2010.', `${zh}2010年`).map((m) => m.raw)).toEqual(['April 2010']);
  });
});

describe('the built-page check (tests/quality/en-drift.ts)', () => {
  const page = (main: string) => `<!doctype html><html><head><title>t</title><script>var x = 999;</script></head><body><header>Menu 2026</header><main>${main}<script type="application/json">{"n": 777}</script></main></body></html>`;
  let dist: string;
  beforeEach(() => {
    dist = mkdtempSync(join(tmpdir(), 'en-drift-'));
  });
  afterEach(() => rmSync(dist, { recursive: true, force: true }));
  const write = (path: string, html: string) => {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, 'index.html'), html);
  };

  it('reads only the main content, without scripts', () => {
    expect(mainText(page('<h1>Jianye</h1><p>38 communities</p>'))).toBe('Jianye 38 communities');
  });

  it('pairs /en/x/ with /x/ and passes when the numbers agree', () => {
    write('models/jianye', page('<p>全区38个社区，2009年4月开始试点。</p>'));
    write('en/models/jianye', page('<p>38 communities; the pilot began in April 2009.</p>'));
    write('en/about', page('<p>Translated in 2026.</p>'));
    expect(siteDrift(dist)).toEqual({ paired: [{ en: 'en/models/jianye/', zh: 'models/jianye/' }], unpaired: ['en/about/'], drift: [] });
  });

  it('fails on a number the Chinese page lacks', () => {
    write('models/jianye', page('<p>全区38个社区。</p>'));
    write('en/models/jianye', page('<p>All 39 communities.</p>'));
    expect(siteDrift(dist).drift).toEqual(['/en/models/jianye/: “39” is not on /models/jianye/ — …All 39 communities.…']);
  });
});
