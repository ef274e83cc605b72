/**
 * Opens every PowerPoint and Word file the build made as their users' software would: LibreOffice
 * converts each to PDF (all in one run, it starts slowly), pdftotext reads the PDF back and
 * pdftoppm renders its pages to test-results/office/<file>-<page>.png for a person to look at.
 * A handout must keep the kit's title, headings, unit names and references; a deck its title, the
 * unit names and a reference; a structure's deck is one slide.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatGbt } from '../../src/lib/citation/gbt7714';
import { sourceRecord } from '../../src/lib/citation/record';
import { readContent } from '../../src/lib/content/read-content';
import { validateKnowledgeBase } from '../../src/lib/content/validate';
import type { Lesson } from '../../src/schemas/lessons';
import type { Source } from '../../src/schemas/sources';
import type { Structure } from '../../src/schemas/structures';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const out = join(root, 'test-results', 'office');
const { entries } = validateKnowledgeBase(readContent(`${root}content`, root).records);
const lessons = new Map(entries.lessons.map((l) => [l.id, l.data as unknown as Lesson]));
const structures = new Map(entries.structures.map((s) => [s.id, s.data as unknown as Structure]));
const sources = new Map(entries.sources.map((s) => [s.id, s.data as unknown as Source]));

function officeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? officeFiles(join(dir, e.name)) : /\.(pptx|docx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}
const files = officeFiles(dist).sort();
const pdfOf = (file: string) => join(out, `${basename(file).replace(/\./, '-')}.pdf`);
/** pdftotext breaks lines and spaces CJK text as the layout falls: compare without whitespace. */
const flat = (s: string) => s.replace(/\s+/g, '');
const pdfText = (file: string) => flat(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfOf(file), '-'], { encoding: 'utf8' }));
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfOf(file)], { encoding: 'utf8' }))?.[1]);
const gbt = (source: string) => formatGbt(sourceRecord(source, sources.get(source)!));

/** What a file is of: /lessons/<id>/<id>.docx|pptx or /structures/<id>/<id>.pptx. */
function subject(file: string): { kind: 'lesson'; lesson: Lesson } | { kind: 'structure'; structure: Structure } | undefined {
  const [section, id] = relative(dist, file).split('/');
  if (section === 'lessons' && id && lessons.has(id)) return { kind: 'lesson', lesson: lessons.get(id)! };
  if (section === 'structures' && id && structures.has(id)) return { kind: 'structure', structure: structures.get(id)! };
  return undefined;
}

const profile = mkdtempSync(join(tmpdir(), 'soffice-profile-'));
let tmp: string;

beforeAll(() => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  tmp = mkdtempSync(join(tmpdir(), 'office-files-'));
  // LibreOffice names each PDF after its file; a deck and a handout of one kit share a name.
  const inputs = files.map((f) => {
    const copy = join(tmp, basename(pdfOf(f)).replace(/\.pdf$/, f.slice(f.lastIndexOf('.'))));
    execFileSync('cp', [f, copy]);
    return copy;
  });
  const started = performance.now();
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...inputs], {
    stdio: 'pipe',
    timeout: 280_000,
  });
  console.log(`LibreOffice converted ${files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const f of files) execFileSync('pdftoppm', ['-r', '60', '-png', pdfOf(f), pdfOf(f).replace(/\.pdf$/, '')]);
}, 300_000);

afterAll(() => {
  rmSync(profile, { recursive: true, force: true });
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('courseware opened in LibreOffice', () => {
  it('finds a Word handout for every lesson kit in the build', () => {
    expect(files.filter((f) => f.endsWith('.docx')).map((f) => relative(dist, f))).toEqual(
      [...lessons.keys()].sort().map((id) => `lessons/${id}/${id}.docx`),
    );
  });

  it.each(files.map((f) => [relative(dist, f), f]))('%s converts to a PDF that keeps its text', (_name, file) => {
    const text = pdfText(file);
    const what = subject(file);
    const n = pages(file);
    expect(n).toBeGreaterThan(0);
    if (!what) return;
    if (what.kind === 'structure') {
      expect(n).toBe(1);
      for (const node of what.structure.nodes) expect(text, node.label).toContain(flat(node.label));
      return;
    }
    const { lesson } = what;
    expect(text).toContain(flat(lesson.title));
    const units = lesson.structures.flatMap((s) => structures.get(s)!.nodes.map((node) => node.label));
    for (const label of units) expect(text, label).toContain(flat(label));
    expect(text).toContain(flat(gbt(lesson.readings[0]!.source)));
    if (file.endsWith('.docx')) {
      for (const h of ['学习目标', '要点', '组织架构', '改革历程', '讨论题', '比较练习', '自测', '阅读材料', '参考文献']) expect(text).toContain(h);
      for (const q of lesson.questions) expect(text).toContain(flat(q.question));
      // Running header and page numbers on every page.
      expect(text.split(flat(lesson.title)).length - 1).toBeGreaterThanOrEqual(n);
      expect(text).toContain(flat(`第${n}页，共${n}页`));
      // One structure takes one or two pages with its text version; a kit is a handout, not a book.
      expect(n).toBeGreaterThanOrEqual(4);
      expect(n).toBeLessThanOrEqual(8 + lesson.structures.length * 4);
    } else {
      // Title, objectives, key points, a slide a structure, timeline, questions, exercise, references.
      expect(n).toBeGreaterThanOrEqual(lesson.structures.length + 7);
    }
  });
});
