/**
 * The writers' guide (content/README.md) shows the templates `npm run new` uses, word for word,
 * and lists the ten model sections the model template has; so what an editor copies from the
 * guide and what the script writes cannot drift apart. Its sample error messages are the
 * check’s own output for mistakes the test makes in a copy of the content.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { COLLECTION_NAMES } from '../../src/lib/content/collections';
import { formatIssue } from '../../src/lib/content/issues';
import { MODEL_SECTIONS } from '../../src/schemas/models';
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
    // The ten the content check requires (src/schemas/models.ts).
    expect(sections).toEqual([...MODEL_SECTIONS]);
    expect(listed).toEqual(sections);
  });

  it('starts with what an editor does, in Chinese, not with a command', () => {
    const opening = guide.split('\n## ')[0] as string;
    expect(opening).not.toMatch(/vitest|npx/);
    expect(guide.indexOf('## 编辑的工作流程')).toBeLessThan(guide.indexOf('npm run'));
  });

  /** What the check prints for the real content with one mistake made by `edit`. */
  function messagesAfter(edit: (contentDir: string) => void): string[] {
    const tmp = mkdtempSync(join(tmpdir(), 'guide-sample-'));
    try {
      cpSync(new URL('../../content', import.meta.url).pathname, join(tmp, 'content'), { recursive: true });
      edit(join(tmp, 'content'));
      // An edited Chinese entry that has an English translation also reports the translation as
      // stale; the guide's samples show the mistake itself.
      return checkContent(join(tmp, 'content'), tmp)
        .filter((i) => !i.message.includes('英文译本已过期'))
        .map(formatIssue);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  const replaceIn = (file: string, from: string, to: string) => (dir: string) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text, file).toContain(from);
    writeFileSync(join(dir, file), text.replace(from, to));
  };

  it.each([
    ['an impossible date', replaceIn('events/jianye.yaml', '2009年4月, precision: month', '2009年13月, precision: month')],
    ['a citation of a missing section', replaceIn('models/jianye.mdx', 'at: jiben }', 'at: jiben-x }')],
    ['a marker left', replaceIn('cases/yiyuan.mdx', '\n---\n', '\n---\n【待填写】\n')],
    ['a copy saved under a name that is no id', (dir: string) => cpSync(join(dir, 'cases/yiyuan.mdx'), join(dir, 'cases/Yiyuan Copy.mdx'))],
  ])('shows the check’s own message for %s', (_, edit) => {
    const messages = messagesAfter(edit);
    expect(messages).toHaveLength(1);
    expect(blocks).toContain(`${messages[0]}\n`);
  });
});
