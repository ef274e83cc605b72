// Builds the site if dist/ is missing or older than any source file, then serves dist/ with
// `astro preview` at http://localhost:4321 (search included: the Pagefind index is part of dist/).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const inputs = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}

const builtAt = existsSync(join(root, 'dist/pagefind/pagefind.js')) ? statSync(join(root, 'dist/pagefind/pagefind.js')).mtimeMs : 0;
const changedAt = Math.max(...inputs.map((p) => newest(join(root, p))));
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, shell: false });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (builtAt < changedAt) {
  console.log(builtAt ? 'dist/ is older than the sources: rebuilding…' : 'No build yet: building…');
  run('npm', ['run', 'build']);
}
const port = process.env.PORT ?? '4321';
console.log(`Serving dist/ at http://localhost:${port}${process.env.BASE_PATH ?? '/'}`);
run('npx', ['astro', 'preview', '--port', port, ...(process.env.HOST ? ['--host', process.env.HOST] : [])]);
