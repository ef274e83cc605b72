import { readFileSync } from 'node:fs';
import { transform } from 'lightningcss';
import { describe, expect, it } from 'vitest';
import { esbuildTargets, lightningTargets, supportedBrowsers } from '../../src/lib/browsers/targets';
import { cssCompatProblems, jsCompatProblems, oldestVersions } from '../quality/compat-lint';

const root = new URL('../../', import.meta.url).pathname;
const fixture = (name: string) => readFileSync(new URL(`../fixtures/compat/${name}`, import.meta.url), 'utf8');
const browsers = supportedBrowsers(root);
const targets = oldestVersions(browsers);

describe('esbuildTargets(browsers)', () => {
  it('keeps the oldest version of each engine, a range by its start', () => {
    expect(esbuildTargets(['chrome 101', 'chrome 100', 'ios_saf 15.4-15.5', 'safari 16', 'safari 15.4', 'kaios 3.1'])).toEqual(['chrome100', 'ios15.4', 'safari15.4']);
  });

  it('reads the policy from package.json', () => {
    expect(esbuildTargets(browsers)).toEqual(expect.arrayContaining(['chrome100', 'edge100', 'safari15.4', 'ios15.4']));
  });
});

describe('cssCompatProblems(css, targets, where)', () => {
  it('reports each feature the policy’s browsers lack, with where and who', () => {
    expect(cssCompatProblems(fixture('unsupported.css'), targets, 'unsupported.css')).toEqual([
      'unsupported.css:3 css.types.color.light-dark: not in chrome 100, edge 100, safari 15.4, safari_ios 15.4',
      'unsupported.css:5 css.selectors.has: not in chrome 100, edge 100',
      'unsupported.css:9 css.types.length.viewport_percentage_units_dynamic: not in chrome 100, edge 100',
      'unsupported.css:12 css.types.color.color-mix: not in chrome 100, edge 100, safari 15.4, safari_ios 15.4',
    ]);
  });

  it('accepts an earlier declaration, a -webkit- form or @supports as the fallback', () => {
    expect(cssCompatProblems(fixture('with-fallbacks.css'), targets, 'with-fallbacks.css')).toEqual([]);
  });

  it('passes light-dark() once Lightning CSS has lowered it for the policy (as the build does)', () => {
    const { code } = transform({ filename: 'x.css', code: Buffer.from(fixture('unsupported.css')), targets: lightningTargets(browsers) });
    const left = cssCompatProblems(code.toString(), targets, 'lowered.css');
    expect(left.filter((p) => p.includes('light-dark'))).toEqual([]);
    // :has() and dvh cannot be lowered: they still need a fallback by hand.
    expect(left.some((p) => p.includes('css.selectors.has'))).toBe(true);
  });
});

describe('jsCompatProblems(scripts, browsers)', () => {
  it('reports a web API the policy’s browsers lack', async () => {
    const problems = await jsCompatProblems([{ name: 'unsupported.js', code: fixture('unsupported.js') }], browsers);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^unsupported\.js:2 Array\.toSorted\(\) is not supported in .*Chrome 100/);
  });

  it('reports syntax newer than ES2022 as a parse error', async () => {
    const problems = await jsCompatProblems([{ name: 'v-flag.js', code: 'export const re = /[\\p{L}--\\p{N}]/v;' }], browsers);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^v-flag\.js:1 Parsing error/);
  });

  it('lets the listed feature-tested fullscreen calls through', async () => {
    const code = 'document.fullscreenElement && document.exitFullscreen();';
    expect(await jsCompatProblems([{ name: 'classroom.js', code }], browsers)).toEqual([]);
  });
});
