/** `npm run check:content` on the real content: it runs without a build, passes, and says so in Chinese. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

describe('npm run check:content', () => {
  it('passes on content/ and reports it', () => {
    const run = spawnSync(`${root}node_modules/.bin/node`, ['scripts/check-content.ts'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^内容检查通过：没有发现问题\(\d+\.\d 秒\)。\n$/);
    expect(run.status).toBe(0);
  }, 30_000);
});
