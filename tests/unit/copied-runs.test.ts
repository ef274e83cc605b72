/**
 * No sentence of a source is copied into the content: every run of 30 or more characters that a
 * content text shares with a seed must stand in “quotation marks” (or be paraphrased). The
 * `quote` and `evidence` fields are exempt: they are verbatim by design and checked against the
 * seeds in content-fidelity.test.ts; so is an author's affiliation, bibliographic data as printed. Needs the seeds (tests/unit/seed-texts.ts): fails without them.
 */
import { describe, expect, it } from 'vitest';
import { copiedRuns, normaliseForRuns, proseOfMdx, seedWindows } from '../../src/lib/content/copied-runs';
import { readContent } from '../../src/lib/content/read-content';
import type { Source } from '../../src/schemas/sources';
import { readSeed, SKIP_FIDELITY } from './seed-texts';

const MIN = 30;
/** Verbatim by design: short quotes and evidence phrases (checked elsewhere), and bibliographic data as the text prints it. */
const VERBATIM_FIELDS = new Set(['quote', 'evidence', 'seedFile', 'affiliation']);
const root = new URL('../../', import.meta.url).pathname;
const { records } = readContent(`${root}content`, root);

/** Every string a record shows, with the field it sits in. */
function texts(value: unknown, where: string, out: { where: string; text: string }[]) {
  if (typeof value === 'string') out.push({ where, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!VERBATIM_FIELDS.has(k)) texts(v, where ? `${where}.${k}` : k, out);
  }
  return out;
}

describe('copied runs (copied-runs.ts)', () => {
  const copied = '社区管理服务站运转经费由区财政承担,以“菜单”形式受理各类行政事务并一站式办结。';
  const windows = seedWindows([`前文。${copied}后文。`], MIN);

  it('finds a copied sentence, whatever the width of its punctuation', () => {
    expect(copiedRuns(`据报告，${copied.replace(',', '，')}`, windows, MIN)).toEqual([copied.replace(',', '，')]);
  });

  it('lets a quotation of the same sentence stand', () => {
    expect(copiedRuns(`报告写道：“${copied}”`, windows, MIN)).toEqual([]);
  });

  it('lets a paraphrase stand', () => {
    expect(copiedRuns('服务站的经费来自区财政，行政事务按“菜单”受理，一站办结。', windows, MIN)).toEqual([]);
  });

  it('lets a list of the source’s terms and a 《title》 stand', () => {
    const list = '社情民意建言会、社区工作联席会、社区事务评议会和温馨家园服务站';
    const title = '《关于加强街道、居委会建设和社区管理的政策意见》';
    const w = seedWindows([`通过${list}。印发${title}。`], MIN);
    expect(copiedRuns(`即${list}。`, w, MIN)).toEqual([]);
    expect(copiedRuns(`同年印发${title}。`, w, MIN)).toEqual([]);
  });

  it('reads an MDX body as prose: a <Ref> keeps its words, tags and Markdown marks go', () => {
    const body = '见<Ref to="terms/shequ">社区</Ref>。<Cite source="s000-shao" at="s3-qibu" />\n- **甲**：乙';
    expect(normaliseForRuns(proseOfMdx(body))).toBe('见社区。甲：乙');
  });
});

describe.skipIf(SKIP_FIDELITY)('content against the source texts (../shared/seeds)', () => {
  const sources = records.filter((r) => r.collection === 'sources');
  const windows = seedWindows(
    sources.map((s) => readSeed((s.data as Source).seedFile)),
    MIN,
  );

  it('reads all five seeds', () => {
    expect(sources).toHaveLength(5);
  });

  it(`has no unquoted run of ${MIN}+ characters copied from a source`, () => {
    const found: string[] = [];
    for (const r of records) {
      const fields = texts(r.data, r.inList ? r.id : '', []);
      if (r.body !== undefined) fields.push({ where: '正文', text: proseOfMdx(r.body) });
      for (const f of fields) for (const run of copiedRuns(f.text, windows, MIN)) found.push(`${r.file} → ${f.where}: ${run}`);
    }
    expect(found, '请把这些句子加引号，或用自己的话改写').toEqual([]);
  });
});
