/**
 * The translation hash (src/lib/i18n/translation-hash.ts) and `npm run translation:stamp`
 * (src/lib/i18n/translation-stamp.ts): the hash follows the contract, changes when the Chinese
 * entry changes and only then, and stamping makes a stale English edition pass the check again
 * while touching nothing but the `sourceHash` lines.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { readContent } from '../../src/lib/content/read-content';
import { canonicalJson, fileHash, itemHash } from '../../src/lib/i18n/translation-hash';
import { applyStamps, planStamps } from '../../src/lib/i18n/translation-stamp';
import { applyChanges } from '../fixtures/bad-content/apply';
import { withEnglish } from '../fixtures/bad-content/english';

const sha12 = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);

describe('translation hash', () => {
  it('of a file: sha256 of its text with LF line endings, first 12 hex digits', () => {
    expect(fileHash('a: 1\nb: 2\n')).toBe(sha12('a: 1\nb: 2\n'));
    expect(fileHash('a: 1\r\nb: 2\r\n')).toBe(fileHash('a: 1\nb: 2\n'));
    expect(fileHash('a: 1\nb: 3\n')).not.toBe(fileHash('a: 1\nb: 2\n'));
    expect(fileHash('x')).toMatch(/^[0-9a-f]{12}$/);
  });

  it('of a list item: canonical JSON with sorted keys, so key order and layout do not count', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 'x', e: null }], c: '中' } })).toBe('{"a":{"c":"中","d":[2,{"e":null,"f":"x"}]},"b":1}');
    expect(itemHash({ id: 'x', title: '开始' })).toBe(sha12('{"id":"x","title":"开始"}'));
    expect(itemHash({ title: '开始', id: 'x' })).toBe(itemHash({ id: 'x', title: '开始' }));
    expect(itemHash({ id: 'x', title: '开始试点' })).not.toBe(itemHash({ id: 'x', title: '开始' }));
  });
});

describe('npm run translation:stamp', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  /** Stamps everything (or `only`) in the copy, as the script does. */
  function stamp(root: string, only?: string[]) {
    const { records } = readContent(join(root, 'content'), root);
    const stamps = planStamps(records, only ? new Set(only) : undefined);
    for (const file of new Set(stamps.map((s) => s.file))) {
      const path = join(root, file);
      writeFileSync(path, applyStamps(readFileSync(path, 'utf8'), stamps.filter((s) => s.file === file)));
    }
    return stamps;
  }

  it('has nothing to do when every translation is current', () => {
    dir = applyChanges(withEnglish());
    expect(stamp(dir)).toEqual([]);
  });

  it('stamps the stale entries only, rewriting only their sourceHash lines, and the check passes', () => {
    dir = applyChanges(
      withEnglish(
        { file: 'terms/delta.yaml', edit: (t) => t.replace('definition: 测试释义。', 'definition: 改过的释义。') },
        { file: 'events/alpha.yaml', edit: (t) => t.replace('title: 调研', 'title: 市委调研') },
        { file: 'en/stages/alpha.yaml', edit: (t) => t.replace(/sourceHash: '\w+'/, "sourceHash: '000000000000'") },
      ),
    );
    const root = dir;
    const before = (f: string) => readFileSync(join(root, 'content', f), 'utf8');
    const events = before('en/events/alpha.yaml');
    expect(checkContent(join(root, 'content'), root)).toHaveLength(3);
    const stamps = stamp(root);
    expect(stamps.map((s) => [s.file, s.id, s.line, s.from === '000000000000'])).toEqual([
      ['content/en/terms/delta.yaml', 'delta', 2, false],
      ['content/en/events/alpha.yaml', 'alpha-visit', 6, false],
      ['content/en/stages/alpha.yaml', 'alpha-pilot', 2, true],
    ]);
    expect(checkContent(join(root, 'content'), root)).toEqual([]);
    // Only the stale item's line changed.
    const diff = events.split('\n').map((l, i) => [l, before('en/events/alpha.yaml').split('\n')[i]]).filter(([a, b]) => a !== b);
    expect(diff).toHaveLength(1);
    expect(diff[0]?.[1]).toMatch(/^ {2}sourceHash: '[0-9a-f]{12}'$/);
  });

  it('with files, stamps only those', () => {
    dir = applyChanges(
      withEnglish(
        { file: 'en/terms/delta.yaml', edit: (t) => t.replace(/sourceHash: '\w+'/, "sourceHash: '000000000000'") },
        { file: 'en/terms/epsilon.yaml', edit: (t) => t.replace(/sourceHash: '\w+'/, "sourceHash: '000000000000'") },
      ),
    );
    expect(stamp(dir, ['content/en/terms/epsilon.yaml']).map((s) => s.file)).toEqual(['content/en/terms/epsilon.yaml']);
    expect(checkContent(join(dir, 'content'), dir).map((i) => i.file)).toEqual(['content/en/terms/delta.yaml']);
  });

  it('adds a missing sourceHash under translationOf, at its indentation, and keeps comments', () => {
    const text = "- translationOf: a-1 # the first\n  title: A\n- translationOf: a-2\n  sourceHash: 000000000000 # unquoted\n  title: B\n";
    const out = applyStamps(text, [
      { file: 'f', id: 'a-1', line: 1, insert: true, from: undefined, to: 'aaaaaaaaaaaa' },
      { file: 'f', id: 'a-2', line: 4, insert: false, from: '0', to: 'bbbbbbbbbbbb' },
    ]);
    expect(out).toBe("- translationOf: a-1 # the first\n  sourceHash: 'aaaaaaaaaaaa'\n  title: A\n- translationOf: a-2\n  sourceHash: 'bbbbbbbbbbbb' # unquoted\n  title: B\n");
  });

  it('the npm script refuses a path that is not an English content file, and changes nothing', () => {
    const run = () => execFileSync('npm', ['run', '--silent', 'translation:stamp', '--', 'content/models/jianye.mdx'], { cwd: new URL('../../', import.meta.url).pathname, encoding: 'utf8', stdio: 'pipe' });
    expect(run).toThrow(/不是英文版的内容文件：content\/models\/jianye\.mdx/);
  }, 30_000); // npm and Vite's module runner start slowly on a busy machine
});
