import { describe, expect, it } from 'vitest';
import {
  alternates,
  counterpart,
  englishIndexPages,
  englishLink,
  langOf,
  type EnglishEdition,
} from '../../src/lib/i18n/counterparts';

const edition: EnglishEdition = {
  pages: new Set(['en/', 'en/models/', 'en/glossary/', 'en/sources/', 'en/about/']),
  entries: { models: new Set(['jianye']), structures: new Set(), sources: new Set(['s000-shao']) },
  terms: new Set(['shequ-dangwei']),
};

describe('counterpart(path, edition)', () => {
  it.each([
    ['', { lang: 'en', path: 'en/' }],
    ['en/', { lang: 'zh-CN', path: '' }],
    ['models/', { lang: 'en', path: 'en/models/' }],
    ['models/jianye/', { lang: 'en', path: 'en/models/jianye/' }],
    ['en/models/jianye/', { lang: 'zh-CN', path: 'models/jianye/' }],
    ['/sources/s000-shao/#s3-qibu', { lang: 'en', path: 'en/sources/s000-shao/' }],
    ['models/jianye', { lang: 'en', path: 'en/models/jianye/' }],
  ])('%j → %j', (path, expected) => {
    expect(counterpart(path, edition)).toEqual(expected);
  });

  it.each([
    'models/shanghai/', // not translated
    'timeline/', // no English page built
    'en/timeline/',
    'lessons/jianye/', // Chinese only
    'terms/shequ-dangwei/',
    'structures/x/',
    '404.html',
  ])('%j has none', (path) => {
    expect(counterpart(path, edition)).toBeUndefined();
  });
});

describe('alternates(path, edition)', () => {
  it('lists both pages and x-default → Chinese, the same from either side', () => {
    const expected = [
      { hreflang: 'zh-CN', path: 'models/jianye/' },
      { hreflang: 'en', path: 'en/models/jianye/' },
      { hreflang: 'x-default', path: 'models/jianye/' },
    ];
    expect(alternates('models/jianye/', edition)).toEqual(expected);
    expect(alternates('en/models/jianye/', edition)).toEqual(expected);
  });
  it('is empty without a counterpart', () => {
    expect(alternates('cases/hongchu/', edition)).toEqual([]);
  });
});

describe('englishLink(zhPath, edition)', () => {
  it('goes to the English page when built, keeping the fragment', () => {
    expect(englishLink('models/jianye', edition)).toEqual({ path: 'en/models/jianye/', lang: 'en' });
    expect(englishLink('sources/s000-shao/#s3-qibu', edition)).toEqual({ path: 'en/sources/s000-shao/#s3-qibu', lang: 'en' });
  });
  it('sends a term to its entry in the English glossary', () => {
    expect(englishLink('terms/shequ-dangwei', edition)).toEqual({ path: 'en/glossary/#shequ-dangwei', lang: 'en' });
    expect(englishLink('terms/shequ', edition)).toEqual({ path: 'terms/shequ/', lang: 'zh-CN' });
  });
  it('else to the Chinese page', () => {
    expect(englishLink('mechanisms/san-hui-yi-zhan', edition)).toEqual({ path: 'mechanisms/san-hui-yi-zhan/', lang: 'zh-CN' });
    expect(englishLink('models/shanghai', edition)).toEqual({ path: 'models/shanghai/', lang: 'zh-CN' });
    expect(englishLink('timeline/', edition)).toEqual({ path: 'timeline/', lang: 'zh-CN' });
  });
});

describe('langOf and englishIndexPages', () => {
  it('tells English paths by their prefix', () => {
    expect(langOf('en/models/')).toBe('en');
    expect(langOf('models/')).toBe('zh-CN');
    expect(langOf('entries/')).toBe('zh-CN');
  });
  it('reads index pages from globbed page files, not dynamic routes', () => {
    expect(
      englishIndexPages([
        '../pages/en/index.astro',
        '../pages/en/models/index.astro',
        '../pages/en/models/[id].astro',
        '../pages/en/timeline/index.astro',
        '../pages/models/index.astro',
      ]),
    ).toEqual(new Set(['en/', 'en/models/', 'en/timeline/']));
  });
});
