/**
 * The Word handouts read back as Word would read them: the OOXML inside the .docx. Headings are
 * Word's Heading styles in the kit's order, tables are w:tbl, each structure and the timeline is a
 * picture (SVG with a PNG fallback) followed by its text version, the header names the kit, the
 * footer numbers pages, every cited source is in the GB/T 7714 list, and a rebuild gives the same bytes.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatGbt } from '../../src/lib/citation/gbt7714';
import { sourceRecord } from '../../src/lib/citation/record';
import { readContent } from '../../src/lib/content/read-content';
import { validateKnowledgeBase } from '../../src/lib/content/validate';
import { buildHandout, handoutDocx, type HandoutInput } from '../../src/lib/courseware/handout';
import { buildKnowledgeIndex, type KnowledgeInput } from '../../src/lib/knowledge';
import type { Lesson } from '../../src/schemas/lessons';
import type { Structure } from '../../src/schemas/structures';

const root = new URL('../../', import.meta.url).pathname;
const { entries } = validateKnowledgeBase(readContent(`${root}content`, root).records);
const input = Object.fromEntries(
  Object.entries(entries).map(([c, list]) => [c, list.map((r) => ({ id: r.id, data: r.data }))]),
) as unknown as KnowledgeInput & { lessons: { id: string; data: Lesson }[] };
const kb = buildKnowledgeIndex(input);
const siteUrl = (path: string) => `https://example.org/kb/${path}`;
const handoutOf = (id: string): HandoutInput => {
  const lesson = input.lessons.find((l) => l.id === id);
  if (!lesson) throw new Error(`no lesson ${id}`);
  return { id, lesson: lesson.data, kb, siteUrl };
};

/** The package's parts, and the document's paragraphs as [style, text]. */
function read(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const part = (name: string) => {
    const f = files[name];
    if (!f) throw new Error(`no part ${name}`);
    return strFromU8(f);
  };
  const doc = part('word/document.xml');
  const paragraphs = [...doc.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const xml = m[1] ?? m[2] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1] ?? '';
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    return { style, text, xml };
  });
  return { files, part, doc, paragraphs };
}

const KIT_ORDER = ['学习目标', '要点', '组织架构', '改革历程', '讨论题', '比较练习', '自测', '阅读材料', '参考文献'];
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe.each(['shanghai', 'si-tiao-lujing'])('handout %s.docx', (id) => {
  const { lesson } = handoutOf(id);
  let docx: ReturnType<typeof read>;
  beforeAll(async () => {
    docx = read(await handoutDocx(handoutOf(id)));
  }, 60_000);

  it('is an A4 Word document titled with the kit', () => {
    expect(docx.part('[Content_Types].xml')).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    expect(docx.doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(docx.paragraphs.find((p) => p.style === 'Title')?.text).toBe(lesson.title);
    expect(decode(docx.part('docProps/core.xml'))).toContain(`<dc:title>${lesson.title}</dc:title>`);
  });

  it('uses Word’s Heading styles, with outline levels, in the printed kit’s order', () => {
    const h1 = docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1).toEqual(KIT_ORDER);
    const styles = docx.part('word/styles.xml');
    for (const level of [1, 2, 3, 4]) {
      const style = new RegExp(`<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="Heading ${level}"/>[\\s\\S]*?</w:style>`).exec(styles)?.[0];
      expect(style, `Heading${level}`).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
    }
    const h2 = docx.paragraphs.filter((p) => p.style === 'Heading2').map((p) => decode(p.text));
    for (const sid of lesson.structures) {
      const s = kb.structures.find((e) => e.id === sid)!.data as Structure;
      expect(h2.some((t) => t.startsWith(s.title)), s.title).toBe(true);
    }
  });

  it('sets an East Asian font on the styles, so Chinese never falls back to boxes', () => {
    const styles = docx.part('word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="SimSun"[\s\S]*<\/w:docDefaults>/);
    expect(styles).toMatch(/w:styleId="Heading1">[\s\S]*?w:eastAsia="SimHei"/);
  });

  it('draws each structure and the timeline as SVG with a PNG fallback, the text version after it', () => {
    const drawings = [...docx.doc.matchAll(/<w:drawing>[\s\S]*?<\/w:drawing>/g)].map((m) => m[0]);
    expect(drawings).toHaveLength(lesson.structures.length + 1);
    const rels = docx.part('word/_rels/document.xml.rels');
    for (const d of drawings) {
      const png = /<a:blip r:embed="([^"]+)"/.exec(d)?.[1];
      const svg = /<asvg:svgBlip [^>]*r:embed="([^"]+)"/.exec(d)?.[1];
      const target = (rid: string | undefined) => new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
      expect(target(png)).toMatch(/^media\/.+\.png$/);
      expect(target(svg)).toMatch(/^media\/.+\.svg$/);
      const svgText = strFromU8(docx.files[`word/${target(svg)}`]!);
      expect(svgText).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      // Painted from the stylesheet: no class is left for a stylesheet the file does not have.
      expect(svgText).not.toContain('class=');
      expect(docx.files[`word/${target(png)}`]!.subarray(1, 4)).toEqual(new Uint8Array([0x50, 0x4e, 0x47]));
      // Fits the text width of A4 with 2 cm margins (17 cm = 6120000 EMU).
      expect(Number(/<wp:extent cx="(\d+)"/.exec(d)?.[1])).toBeLessThanOrEqual(6_120_000);
    }
    // Every unit's name is in its drawing and again in the text version.
    const first = kb.structures.find((e) => e.id === lesson.structures[0])!.data as Structure;
    const texts = docx.paragraphs.map((p) => decode(p.text));
    const after = texts.slice(texts.indexOf(`文字版：${first.title}`));
    for (const n of first.nodes) expect(after.some((t) => t.startsWith(n.label)), n.label).toBe(true);
  });

  it('puts relations, the worksheet and (across models) the stages in real Word tables', () => {
    const tables = [...docx.doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const multi = lesson.timelines.length > 1 ? 1 : 0;
    expect(tables).toHaveLength(lesson.structures.length + 1 + multi);
    // A header row that repeats on each page.
    for (const t of tables) expect(t).toMatch(/<w:tr>(?:<w:trPr>[\s\S]*?<w:tblHeader\/>)/);
    const firstStructure = kb.structures.find((e) => e.id === lesson.structures[0])!.data as Structure;
    expect(tables[0]!.match(/<w:tr>/g)).toHaveLength(firstStructure.edges.length + 1);
  });

  it('numbers its references in GB/T 7714 and cites them as 〔[n] §m〕', () => {
    const texts = docx.paragraphs.map((p) => decode(p.text));
    const refs = texts.slice(texts.indexOf('参考文献') + 1).filter((t) => /^\[\d+\] /.test(t));
    const readings = [...new Set(lesson.readings.map((r) => r.source))];
    expect(refs.length).toBeGreaterThanOrEqual(readings.length);
    for (const s of readings) expect(refs.some((r) => r.endsWith(formatGbt(sourceRecord(s, kb.source(s).data)))), s).toBe(true);
    refs.forEach((r, i) => expect(r.startsWith(`[${i + 1}] `)).toBe(true));
    const cited = new Set(texts.flatMap((t) => [...t.matchAll(/\[(\d+)\] §\d+/g)].map((m) => Number(m[1]))));
    expect([...cited].sort((a, b) => a - b)).toEqual(refs.map((_r, i) => i + 1).filter((n) => cited.has(n)));
    expect(Math.max(...cited)).toBeLessThanOrEqual(refs.length);
  });

  it('names the kit in the header and numbers the pages in the footer', () => {
    expect(decode(docx.part('word/header1.xml'))).toContain(lesson.title);
    const footer = docx.part('word/footer1.xml');
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
  });

  it('prints the kit page’s and the exercise’s addresses under the build’s base', () => {
    const all = decode(docx.paragraphs.map((p) => p.text).join('\n'));
    expect(all).toContain(`网页版：https://example.org/kb/lessons/${id}/`);
    expect(all).toMatch(/比较页（已选好本练习的模式和维度）：https:\/\/example\.org\/kb\/compare\/[^\s]*\?/);
  });
});

describe('handout bytes', () => {
  it('are the same on every build: fixed dates and drawing ids, however many documents came before', async () => {
    const a = await buildHandout(handoutOf('jianye'));
    const b = await buildHandout(handoutOf('jianye'));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const { part, files } = read(a);
    expect(part('docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2020-01-01T00:00:00Z</dcterms:created>');
    expect([...part('word/document.xml').matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2']);
    expect(Object.keys(files).length).toBeGreaterThan(5);
  }, 60_000);
});
