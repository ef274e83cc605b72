/**
 * The build starts rendering the handouts' pictures as soon as the content has passed its check
 * (src/lib/courseware/prewarm.ts, from the content guard): every picture a handout will embed must
 * then be in svgToPng's cache, so the .docx routes render none themselves.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const CACHE = mkdtempSync(join(tmpdir(), 'prewarm-'));
process.env['SVG_TO_PNG_CACHE'] = CACHE;
const { inspectContent } = await import('../../src/lib/content/check');
const { buildHandout } = await import('../../src/lib/courseware/handout');
const { prewarmHandoutPictures } = await import('../../src/lib/courseware/prewarm');
const { buildKnowledgeIndex } = await import('../../src/lib/knowledge');
afterAll(() => rmSync(CACHE, { recursive: true, force: true }));

it('renders every picture of every lesson handout into the cache', async () => {
  const root = resolve(import.meta.dirname, '../..');
  const { issues, entries } = inspectContent(join(root, 'content'), root);
  expect(issues).toEqual([]);
  await prewarmHandoutPictures(entries);

  const kb = buildKnowledgeIndex(entries);
  const pictures = new Set<string>();
  for (const l of entries.lessons) {
    await buildHandout({ id: l.id, lesson: l.data, kb, siteUrl: (p) => p }, (svg, width) => (pictures.add(`${width}\n${svg}`), new Uint8Array()));
  }
  expect(entries.lessons.length).toBeGreaterThan(0);
  expect(pictures.size).toBeGreaterThan(entries.lessons.length);
  expect(readdirSync(CACHE).filter((f) => f.endsWith('.png'))).toHaveLength(pictures.size);
}, 120_000);
