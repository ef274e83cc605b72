/**
 * Link-preview cards: where they go, what they say, and the build step that renders the missing
 * ones (run here on a small built site in a temporary folder).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPreviewCards } from '../../src/integrations/og-cards';
import { estimateTextWidth } from '../../src/lib/diagram/text-measure';
import { ogCardPath, ogCardSvg, OG_CARD } from '../../src/lib/og/card';

/** The title's lines: the bold text in the text colour. */
const titleTexts = (svg: string) =>
  [...svg.matchAll(/<text [^>]*font-size="(\d+)" font-weight="700" fill="#1d1b19">([^<]*)<\/text>/g)].map((m) => ({ size: Number(m[1]), text: m[2] as string }));

describe('ogCardPath(pagePath)', () => {
  it.each([
    ['models/jianye/', 'og/models/jianye.png'],
    ['', 'og/index.png'],
    ['404.html', 'og/404.png'],
  ])('%j → %s', (path, file) => expect(ogCardPath(path)).toBe(file));
});

describe('ogCardSvg(opts)', () => {
  const card = (title: string) => ogCardSvg({ title, section: '模式', siteName: '社区党建模式库', tagline: '资料库' });
  it('sets the whole title, escaped, in at most three lines that fit the card', () => {
    const title = '上海社区党建“1+3”领导体制(一委三线)与区域化党建的实践探索 & 问题';
    const lines = titleTexts(card(title));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.map((l) => l.text).join('')).toBe(title.replace('&', '&amp;'));
    for (const l of lines) expect(estimateTextWidth(l.text.replace('&amp;', '&'), l.size)).toBeLessThanOrEqual(OG_CARD.width - 160 + l.size);
  });
  it('keeps a short title on one line at the largest size', () => {
    expect(titleTexts(card('术语'))).toEqual([{ size: 72, text: '术语' }]);
  });
});

describe('renderPreviewCards(root, base)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'og-cards-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = (root: string, file: string, head: string) => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), `<!doctype html><html><head>${head}</head><body></body></html>`);
  };
  /** Width and height from a PNG's IHDR chunk. */
  const pngSize = (file: string) => {
    const b = readFileSync(file);
    return [b.readUInt32BE(16), b.readUInt32BE(20)];
  };

  it('renders a 1200×630 card for each page whose og:image is missing, and leaves existing pictures alone', async () => {
    const root = join(dir, 'site');
    page(root, 'models/jianye/index.html', '<meta property="og:title" content="南京建邺"><meta property="og:image" content="https://e.org/kb/og/models/jianye.png">');
    page(root, 'structures/x/index.html', '<meta property="og:title" content="结构"><meta property="og:image" content="https://e.org/kb/og/structures/x.png">');
    page(root, 'about/index.html', '<meta property="og:title" content="关于">');
    mkdirSync(join(root, 'og/structures'), { recursive: true });
    writeFileSync(join(root, 'og/structures/x.png'), 'diagram');

    expect(await renderPreviewCards(root, '/kb/')).toBe(1);
    expect(pngSize(join(root, 'og/models/jianye.png'))).toEqual([OG_CARD.width, OG_CARD.height]);
    expect(readFileSync(join(root, 'og/structures/x.png'), 'utf8')).toBe('diagram');
    expect(existsSync(join(root, 'og/about.png'))).toBe(false);
  });
});
