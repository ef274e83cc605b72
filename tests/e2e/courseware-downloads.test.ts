/**
 * The PowerPoint downloads as a reader meets them, in the built site at / (dist/) and under /kb/
 * (dist-kb/): every lesson kit page, the lessons index and every structure page link their deck
 * with the right address, the label tells the truth about the file (its slide count and size),
 * and the server hands out exactly that file (its type under nginx: tests/e2e/nginx.test.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { Parser } from 'htmlparser2';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadLabel } from '../../src/lib/courseware/files';
import { startStaticServer, type RunningServer } from './static-server';

const dist = new URL('../../dist/', import.meta.url).pathname;
const distKb = new URL('../../dist-kb/', import.meta.url).pathname;
if (!existsSync(`${dist}index.html`)) throw new Error('dist/ has no build: run `npm run build` first (npm test does this for you).');
// `npm test` always builds dist-kb/ too; `npm run test:e2e` after a plain build has none, and says so.
const hasKb = existsSync(`${distKb}index.html`);
const builds = [{ base: '/', dir: dist }, ...(hasKb ? [{ base: '/kb/', dir: distKb }] : [])];
if (!hasKb) {
  describe('PowerPoint downloads under /kb/', () => {
    it.skip('needs dist-kb/: run `npm run build:subpath`', () => {});
  });
}
const ids = (folder: string) => readdirSync(new URL(`../../content/${folder}/`, import.meta.url)).map((f) => f.replace(/\.yaml$/, '')).sort();
const lessons = ids('lessons');
const structures = ids('structures');

/** The download links of a built page: address and visible text. */
function downloads(dir: string, page: string): { href: string; text: string }[] {
  const links: { href: string; text: string }[] = [];
  let open: { href: string; text: string } | undefined;
  const parser = new Parser({
    onopentag: (name, attrs) => {
      if (name === 'a' && attrs['download'] !== undefined) open = { href: attrs['href'] ?? '', text: '' };
    },
    ontext: (text) => {
      if (open) open.text += text;
    },
    onclosetag: (name) => {
      if (name === 'a' && open) links.push({ ...open, text: open.text.trim() });
      if (name === 'a') open = undefined;
    },
  });
  parser.end(readFileSync(`${dir}${page}index.html`, 'utf8'));
  return links;
}

/** What a deck's label should say: its real slide count and size. */
async function truth(file: string, format: string): Promise<string> {
  const bytes = readFileSync(file);
  const zip = await JSZip.loadAsync(bytes);
  const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
  return downloadLabel({ format, pages: slides, bytes: bytes.byteLength });
}

describe.each(builds)('courseware downloads in the site built for $base', ({ base, dir }) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startStaticServer(dir, base);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(lessons)('lesson kit %s links its deck and handout, labelled with the deck’s real slide count and each file’s size', async (id) => {
    const links = downloads(dir, `lessons/${id}/`);
    const docx = readFileSync(`${dir}lessons/${id}/${id}.docx`);
    expect(links).toEqual([
      { href: `${base}lessons/${id}/${id}.pptx`, text: await truth(`${dir}lessons/${id}/${id}.pptx`, 'PPT 课件') },
      { href: `${base}lessons/${id}/${id}.docx`, text: downloadLabel({ format: 'Word 讲义', paper: 'A4', bytes: docx.byteLength }) },
    ]);
    expect(links[0]?.text).toMatch(/^PPT 课件 · \d+ 页 · \d+ KB$/);
    expect(links[1]?.text).toMatch(/^Word 讲义 · A4 · \d+ KB$/);
  });

  it('the lessons index links every kit’s deck with the same label as the kit’s page', () => {
    const byHref = (a: { href: string }, b: { href: string }) => a.href.localeCompare(b.href);
    const index = downloads(dir, 'lessons/').sort(byHref);
    expect(index).toEqual(lessons.flatMap((id) => downloads(dir, `lessons/${id}/`)).sort(byHref));
    expect(index).toHaveLength(lessons.length * 2);
  });

  it.each(structures)('structure %s links its one-slide deck', async (id) => {
    const links = downloads(dir, `structures/${id}/`);
    expect(links).toEqual([{ href: `${base}structures/${id}/${id}.pptx`, text: await truth(`${dir}structures/${id}/${id}.pptx`, 'PPT 单页') }]);
    expect(links[0]?.text).toMatch(/^PPT 单页 · 1 页 · \d+ KB$/);
  });

  it('serves every linked file, byte for byte', async () => {
    const hrefs = [...lessons.map((id) => `lessons/${id}/`), ...structures.map((id) => `structures/${id}/`)].flatMap((p) => downloads(dir, p).map((l) => l.href));
    for (const href of hrefs) {
      const res = await fetch(new URL(href, server.url));
      expect(res.status, href).toBe(200);
      const body = Buffer.from(await res.arrayBuffer());
      expect(body.equals(readFileSync(`${dir}${href.slice(base.length)}`)), href).toBe(true);
    }
  });
});
