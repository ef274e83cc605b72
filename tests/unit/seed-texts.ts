/**
 * The five source texts, for the fidelity tests. They live outside the repository
 * (../shared/seeds/, or the folder SEEDS_DIR names). Without them a fidelity test would prove
 * nothing, so reading fails loudly instead of letting the suite skip and pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the seeds are: SEEDS_DIR, else ../shared/seeds/ beside the project. */
export const SEEDS_DIR = process.env.SEEDS_DIR ?? new URL('../../../shared/seeds/', import.meta.url).pathname;

/** The text of one seed file (e.g. `000_51f94bbb0b151bd9.txt`); throws, naming the folder, when it is missing. */
export function readSeed(file: string): string {
  const path = join(SEEDS_DIR, file);
  if (!existsSync(path)) {
    throw new Error(
      `找不到资料原文 ${path}：忠实度测试需要五篇原文(../shared/seeds/，或用 SEEDS_DIR 指定所在文件夹)。` +
        ` Source text missing: the fidelity tests need the seeds in ../shared/seeds/ or SEEDS_DIR.`,
    );
  }
  return readFileSync(path, 'utf8');
}
