/**
 * The writers' guide (content/README.md) shows the templates `npm run new` uses, word for word,
 * and lists the ten model sections the model template has; so what an editor copies from the
 * guide and what the script writes cannot drift apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '../../src/lib/content/collections';
import { TEMPLATES_DIR, templateFile } from '../../scripts/new-entry';

const guide = readFileSync(new URL('../../content/README.md', import.meta.url), 'utf8');
/** The text of every fenced block in the guide. */
const blocks = [...guide.matchAll(/^```\w*\n([\s\S]*?)^```$/gm)].map((m) => m[1]);

describe('writers’ guide (content/README.md)', () => {
  it.each(COLLECTION_NAMES.map((c) => [c]))('shows the %s template word for word', (collection) => {
    const path = join(TEMPLATES_DIR, templateFile(collection));
    expect(existsSync(path), path).toBe(true);
    expect(blocks, `content/README.md 中应有 ${templateFile(collection)} 的完整模板`).toContain(readFileSync(path, 'utf8'));
  });

  it('lists the ten model sections of the model template, in order', () => {
    const template = readFileSync(join(TEMPLATES_DIR, templateFile('models')), 'utf8');
    const sections = [...template.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    const listed = [...guide.matchAll(/^\d+\. `## ([^`]+)`/gm)].map((m) => m[1]);
    expect(sections).toHaveLength(10);
    expect(listed).toEqual(sections);
  });

  it('starts with what an editor does, in Chinese, not with a command', () => {
    const opening = guide.split('\n## ')[0] as string;
    expect(opening).not.toMatch(/vitest|npx/);
    expect(guide.indexOf('## 编辑的工作流程')).toBeLessThan(guide.indexOf('npm run'));
  });
});
