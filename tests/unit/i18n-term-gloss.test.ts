import { describe, expect, it } from 'vitest';
import { keepFirstGlosses, termName } from '../../src/lib/i18n/term-gloss';

const use = (id: string, name: string, gloss: string) =>
  `<span class="term">${name}<span class="term-gloss" data-term-gloss="${id}"> (<i lang="zh-CN">${gloss}</i>)</span></span>`;

describe('keepFirstGlosses(html)', () => {
  it('keeps the gloss of the first use of each term and drops the rest', () => {
    const html = `<p>${use('a', 'alpha', '甲')} and ${use('b', 'beta', '乙')}</p><p>${use('a', 'alpha', '甲')}, ${use('b', 'beta', '乙')}, ${use('a', 'alpha', '甲')}</p>`;
    const out = keepFirstGlosses(html);
    expect(out).toBe(
      `<p>${use('a', 'alpha', '甲')} and ${use('b', 'beta', '乙')}</p><p><span class="term">alpha</span>, <span class="term">beta</span>, <span class="term">alpha</span></p>`,
    );
  });
  it('leaves a page without terms as it is', () => {
    expect(keepFirstGlosses('<p>no terms <span class="x">here</span></p>')).toBe('<p>no terms <span class="x">here</span></p>');
  });
  it('starts afresh on every page (no state between calls)', () => {
    const page = `<p>${use('a', 'alpha', '甲')}</p>`;
    expect(keepFirstGlosses(page)).toBe(page);
    expect(keepFirstGlosses(page)).toBe(page);
  });
});

describe('termName(name, cap)', () => {
  it('capitalises only when asked', () => {
    expect(termName('community Party committee')).toBe('community Party committee');
    expect(termName('community Party committee', true)).toBe('Community Party committee');
  });
});
