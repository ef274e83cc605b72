import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useOwnPngCache } from './own-png-cache';

// Render for real, into a cache of the test's own: a PNG kept from an earlier run would hide a
// broken renderer or font.
const CACHE = useOwnPngCache('svg-to-png-');
const { CACHE_DIR, svgToPng, warmPngCache } = await import('../../src/lib/raster/svg-to-png');

/** Decodes resvg's output (8-bit RGBA, not interlaced) into one darkness flag per pixel. */
function inkMask(png: Uint8Array): { width: number; height: number; ink: boolean[] } {
  const buf = Buffer.from(png);
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let pos = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9], data[12]]).toEqual([8, 6, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? out[y * stride + x - 4]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4]! : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][filter]!;
      out[y * stride + x] = (v + pred) & 0xff;
    }
  }
  const ink: boolean[] = [];
  for (let i = 0; i < width * height; i++) ink.push(out[i * 4]! < 128);
  return { width, height, ink };
}

const glyph = (text: string, family = 'SimSun') =>
  inkMask(
    svgToPng(
      `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100"><text x="50" y="80" font-size="80" text-anchor="middle" font-family="${family}">${text}</text></svg>`,
      { width: 100 },
    ),
  );

const inked = (m: { ink: boolean[] }) => m.ink.filter(Boolean).length;
const differing = (a: { ink: boolean[] }, b: { ink: boolean[] }) => a.ink.filter((v, i) => v !== b.ink[i]).length;

describe('svgToPng(svg, { width })', () => {
  it('scales to the requested width and keeps the aspect ratio', () => {
    const m = inkMask(svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#000"/></svg>', { width: 120 }));
    expect([m.width, m.height]).toEqual([120, 60]);
    expect(inked(m)).toBe(120 * 60);
  });

  it('draws Chinese glyphs with the packaged font, whatever font-family the SVG asks for', () => {
    const dang = glyph('党');
    const qun = glyph('群');
    // A missing glyph would be the same .notdef box for every character (or nothing at all).
    const missing = glyph('\u{10FFFD}');
    expect(inked(dang)).toBeGreaterThan(400);
    expect(inked(qun)).toBeGreaterThan(400);
    expect(differing(dang, qun)).toBeGreaterThan(400);
    expect(differing(dang, missing)).toBeGreaterThan(400);
    expect(differing(qun, missing)).toBeGreaterThan(400);
    // A generic family resolves to the same packaged font.
    expect(differing(glyph('党', 'sans-serif'), dang)).toBe(0);
  });

  it('draws bold text heavier than regular text', () => {
    const bold = inkMask(svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><text x="10" y="80" font-size="80" font-weight="700">党</text></svg>', { width: 100 }));
    const regular = inkMask(svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><text x="10" y="80" font-size="80">党</text></svg>', { width: 100 }));
    expect(inked(bold)).toBeGreaterThan(inked(regular) * 1.2);
  });

  it('gives the same bytes for the same SVG, the second time from its cache', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="30"><text x="0" y="24" font-size="20">社区</text></svg>';
    expect(CACHE_DIR).toBe(CACHE);
    const before = readdirSync(CACHE_DIR).length;
    const first = svgToPng(svg, { width: 60 });
    expect(readdirSync(CACHE_DIR)).toHaveLength(before + 1);
    expect(Buffer.from(svgToPng(svg, { width: 60 })).equals(Buffer.from(first))).toBe(true);
    expect(readdirSync(CACHE_DIR)).toHaveLength(before + 1);
    expect(inked(inkMask(first))).toBeGreaterThan(50);
    // Rendered afresh, too: a cold build gives the bytes a warm one does.
    for (const f of readdirSync(CACHE_DIR)) rmSync(join(CACHE_DIR, f));
    expect(Buffer.from(svgToPng(svg, { width: 60 })).equals(Buffer.from(first))).toBe(true);
  });

  it('warmPngCache renders on worker threads exactly what svgToPng renders, into its cache', async () => {
    const svgs = ['党组织', '服务站', '居委会'].map((t) => `<svg xmlns="http://www.w3.org/2000/svg" width="90" height="30"><text x="0" y="24" font-size="20" font-weight="700">${t}</text></svg>`);
    for (const f of readdirSync(CACHE_DIR)) rmSync(join(CACHE_DIR, f));
    await warmPngCache([...svgs, svgs[0]!].map((svg) => ({ svg, width: 180 })));
    // Three pictures, the repeated one once.
    expect(readdirSync(CACHE_DIR)).toHaveLength(3);
    const warmed = svgs.map((svg) => Buffer.from(svgToPng(svg, { width: 180 })));
    expect(readdirSync(CACHE_DIR)).toHaveLength(3);
    for (const f of readdirSync(CACHE_DIR)) rmSync(join(CACHE_DIR, f));
    svgs.forEach((svg, i) => expect(Buffer.from(svgToPng(svg, { width: 180 })).equals(warmed[i]!), svg).toBe(true));
  }, 60_000);

  it('a second warmPngCache for pictures already rendering waits for them instead of rendering them again', async () => {
    const svgs = ['区委', '街道', '社区'].map((t) => `<svg xmlns="http://www.w3.org/2000/svg" width="90" height="30"><text x="0" y="24" font-size="20">${t}</text></svg>`);
    const jobs = svgs.map((svg) => ({ svg, width: 120 }));
    // The pool starts with the first warmPngCache of two or more pictures; start it here, so this
    // test does not depend on running after another one.
    await warmPngCache([10, 20].map((width) => ({ svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', width })));
    for (const f of readdirSync(CACHE_DIR)) rmSync(join(CACHE_DIR, f));
    // The pool is shared through globalThis (the build loads this module twice): count what it is sent.
    const pool = (globalThis as { svgToPngPool?: { worker: { postMessage: (m: unknown) => void } }[] }).svgToPngPool;
    expect(pool?.length).toBeGreaterThan(0);
    let sent = 0;
    const originals = (pool ?? []).map(({ worker }) => worker.postMessage);
    for (const { worker } of pool ?? []) {
      const post = worker.postMessage.bind(worker);
      worker.postMessage = (m: unknown) => (sent++, post(m));
    }
    try {
      const first = warmPngCache(jobs);
      const second = warmPngCache(jobs);
      await second;
      // Waiting means done: the second call returns only once the first call's files are there.
      expect(readdirSync(CACHE_DIR).filter((f) => f.endsWith('.png'))).toHaveLength(3);
      await first;
      expect(sent).toBe(3);
    } finally {
      (pool ?? []).forEach(({ worker }, i) => (worker.postMessage = originals[i]!));
    }
  }, 60_000);
});
