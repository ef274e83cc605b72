/**
 * Reading printed pages back: the page sizes in a PDF (its MediaBoxes) and how far down each page
 * the print reaches, from the pages rendered by pdftoppm (Debian poppler-utils, declared in
 * scripts/system-packages.ts). For the print tests of lesson kits, diagrams, /compare/ and /timeline/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** The page as Chromium prints it: A4 unless the page's own @page rule says otherwise. */
export async function printPdf(page: Page): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  return page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
}

/** Each page's size in points, in order (Chromium writes one MediaBox per page). */
export function pdfPageSizes(pdf: Buffer): { width: number; height: number }[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => ({
    width: Number(m[3]) - Number(m[1]),
    height: Number(m[4]) - Number(m[2]),
  }));
}

/** A binary greyscale PGM (P5, 8 bit) as width, height and pixels. */
function readPgm(file: Buffer): { width: number; height: number; pixels: Buffer } {
  const header = file.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('not a binary PGM');
  const [all, width, height] = header;
  return { width: Number(width), height: Number(height), pixels: file.subarray(all.length) };
}

/**
 * How far down each page the print reaches, as a share of the page's height (0: a blank page):
 * the lowest row with ink, leaving out the bottom `footShare` of the page, where a kit's running
 * foot sits on every page.
 */
export function pageFill(pdf: Buffer, footShare = 0.08): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'print-fill-'));
  try {
    writeFileSync(join(dir, 'p.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '24', '-gray', join(dir, 'p.pdf'), join(dir, 'p')]);
    const pages = readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort((a, b) => Number(a.match(/(\d+)\.pgm$/)?.[1]) - Number(b.match(/(\d+)\.pgm$/)?.[1]));
    return pages.map((f) => {
      const { width, height, pixels } = readPgm(readFileSync(join(dir, f)));
      const last = Math.floor(height * (1 - footShare));
      for (let y = last - 1; y >= 0; y--) {
        for (let x = 0; x < width; x++) if ((pixels[y * width + x] ?? 255) < 160) return (y + 1) / height;
      }
      return 0;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
