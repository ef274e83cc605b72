/**
 * Terms stay recognisable (issue #17): each glossary term has one English name, and the English
 * content never translates a term a second way (src/lib/i18n/term-consistency.ts). Run over the
 * real English content, and over fixtures that show each way a term can get two names fails.
 */
import { describe, expect, it } from 'vitest';
import { TRANSLATIONS } from '../../src/lib/content/collections';
import { readContent, type RawRecord } from '../../src/lib/content/read-content';
import { duplicateNames, termConsistency, type EnglishText, type GlossaryTerm } from '../../src/lib/i18n/term-consistency';

const root = new URL('../../', import.meta.url).pathname;

/** Every string in an English entry that a reader sees (not its translationOf or sourceHash). */
function englishTexts(r: RawRecord): EnglishText[] {
  const out: EnglishText[] = r.body ? [{ file: r.file, text: r.body }] : [];
  const walk = (v: unknown, key?: string): void => {
    if (typeof v === 'string' && key !== 'translationOf' && key !== 'sourceHash') out.push({ file: r.file, text: v });
    else if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v !== null && typeof v === 'object') Object.entries(v).forEach(([k, x]) => walk(x, k));
  };
  walk(r.data);
  return out;
}

describe('glossary terms in the English content', () => {
  const { records } = readContent(`${root}content`, root);
  const zh = new Map(records.filter((r) => r.collection === 'terms').map((r) => [r.id, r.data as { term: string; aliases?: string[]; english: string }]));
  const terms: GlossaryTerm[] = records
    .filter((r) => r.collection === 'enTerms' && !r.unreadable && zh.has(r.id))
    .map((r) => {
      const z = zh.get(r.id) as { term: string; aliases?: string[]; english: string };
      return { id: r.id, term: z.term, aliases: z.aliases ?? [], english: z.english, name: String((r.data as { name: unknown }).name) };
    });
  const texts = records.filter((r) => r.collection in TRANSLATIONS && !r.unreadable).flatMap(englishTexts);

  it('each term has one English name, and no English text translates a term another way', () => {
    expect(termConsistency(terms, texts)).toEqual([]);
  });
});

describe('a term translated two ways fails', () => {
  const T = (id: string, term: string, english: string, name: string, aliases: string[] = []): GlossaryTerm => ({ id, term, aliases, english, name });
  const terms = [
    T('shequ-dangwei', '社区党委', 'community Party committee', 'community Party committee'),
    T('wangge-dangzhibu', '网格党支部', 'grid Party branch', 'grid Party branch', ['网络党支部']),
    T('da-dang-gong-wei', '大党（工）委制', 'Big Party Working Committee system', 'Big Party Working Committee system', ['大党工委制']),
    T('zhuqu-danwei', '驻区单位', 'units located in the area (resident institutions and enterprises)', 'resident units'),
    T('shehui-zuzhi', '社会组织', 'social organisations', 'social organisation'),
  ];
  const text = (t: string): EnglishText[] => [{ file: 'content/en/models/x.mdx', text: t }];

  it('accepts one name used throughout: <Term>, glosses after the name, a capital at a sentence start, plurals', () => {
    const ok = [
      'The <Term id="shequ-dangwei" /> leads. Community Party committee members meet; resident units join.',
      'Under the Big Party Working Committee system (大党（工）委制, dà dǎng gōngwěi zhì), social organisations and one social organisation take part.',
      'The source (Shanghai, 2017) is cited. The Association for Promoting Community Party Committee Work is a proper name.',
      'The network Party branch (网络党支部, wǎngluò dǎng zhībù) is an alias written as it stands.',
    ].join('\n');
    expect(termConsistency(terms, text(ok))).toEqual([]);
  });

  it('fails on a gloss after another English name', () => {
    expect(termConsistency(terms, text('the neighbourhood Party committee (社区党委, shèqū dǎngwěi) leads'))).toEqual([
      { file: 'content/en/models/x.mdx', term: 'shequ-dangwei', message: '“neighbourhood Party committee (社区党委, shèqū dǎngwěi)” glosses 社区党委 after other words than its name “community Party committee”' },
    ]);
  });

  it('reads a gloss whose characters hold full-width brackets', () => {
    expect(termConsistency(terms, text('the Big Party Work Committee system (大党（工）委制, dà dǎng gōngwěi zhì)')).map((p) => p.message)).toEqual([
      '“Big Party Work Committee system (大党（工）委制, dà dǎng gōngwěi zhì)” glosses 大党（工）委制 after other words than its name “Big Party Working Committee system”',
    ]);
  });

  it('fails on the name in another casing', () => {
    expect(termConsistency(terms, text('the community party committee was set up; the Big party working committee system too')).map((p) => p.message)).toEqual([
      '“community party committee” is written for the glossary name “community Party committee”',
      '“Big party working committee system” is written for the glossary name “Big Party Working Committee system”',
    ]);
  });

  it('fails on the Chinese glossary’s English where the English name differs', () => {
    expect(termConsistency(terms, text('Units located in the area send members; resident units too.')).map((p) => p.message)).toEqual([
      '“Units located in the area” translates 驻区单位 another way: its English name is “resident units”',
    ]);
  });

  it('fails on two terms with one English name', () => {
    const clash = [...terms, T('jumin-dangwei', '居民区党委', 'residential-area Party committee', 'Community Party Committee')];
    expect(duplicateNames(clash)).toEqual([
      { file: 'content/en/terms/jumin-dangwei.yaml', term: 'jumin-dangwei', message: 'name “Community Party Committee” is already the name of shequ-dangwei (“community Party committee”)' },
    ]);
    expect(termConsistency(clash, [])).toHaveLength(1);
  });
});
