/**
 * The five source texts, for the fidelity tests. They live outside the repository
 * (../shared/seeds/, or the folder SEEDS_DIR names). Without them a fidelity test proves nothing.
 * In CI (CI set, shared/ laid beside the clone) or with REQUIRE_SEEDS=1, a missing text fails the
 * suite loudly. A reader's own fresh clone has no ../shared (shared/seeds/CATALOG.md: tests must
 * skip there), so there the fidelity suites are skipped with a warning that says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the seeds are: SEEDS_DIR, else ../shared/seeds/ beside the project. */
export const SEEDS_DIR = process.env.SEEDS_DIR ?? new URL('../../../shared/seeds/', import.meta.url).pathname;

const present = existsSync(SEEDS_DIR);
/** True where the fidelity suites are skipped: no seeds, and neither CI nor REQUIRE_SEEDS asks for them. */
export const SKIP_FIDELITY = !present && !process.env.CI && !process.env.REQUIRE_SEEDS;
if (SKIP_FIDELITY) {
  console.warn(
    `\n⚠ 找不到资料原文 ${SEEDS_DIR}：忠实度测试未运行(已跳过)。放好 ../shared/seeds/ 或设 SEEDS_DIR 后重跑；REQUIRE_SEEDS=1 时缺原文即失败。` +
      `\n⚠ Source texts missing: the fidelity suites are SKIPPED. CI and REQUIRE_SEEDS=1 fail instead.\n`,
  );
}

/** The text of one seed file (e.g. `000_51f94bbb0b151bd9.txt`); throws, naming the folder, when it is missing ('' where the suites are skipped). */
export function readSeed(file: string): string {
  const path = join(SEEDS_DIR, file);
  if (SKIP_FIDELITY) return '';
  if (!existsSync(path)) {
    throw new Error(
      `找不到资料原文 ${path}：忠实度测试需要五篇原文(../shared/seeds/，或用 SEEDS_DIR 指定所在文件夹)。` +
        ` Source text missing: the fidelity tests need the seeds in ../shared/seeds/ or SEEDS_DIR.`,
    );
  }
  return readFileSync(path, 'utf8');
}
