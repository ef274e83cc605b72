/**
 * Lighthouse (mobile, its default: simulated slow 4G and a 4x slower CPU) through its Node API,
 * against Debian's Chromium started with the tests' flags. Nothing leaves the machine: the site is
 * on loopback and Chromium's background traffic is off.
 *
 * Lighthouse is not in the project's install (it is large and only the benchmark uses it):
 * `npm run bench` installs it into bench/node_modules (bench/package.json), and it is loaded on
 * first use, so the type-check and `npm run bench:scaling` work without it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../tests/quality/nginx.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/browser.ts';
import { median } from './process-stats.ts';

/** The scores (0–100) and lab metrics of one page, each the median over the runs. */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Lab metrics; null when Lighthouse could not measure one. */
  lcpMs: number | null;
  cls: number | null;
  tbtMs: number | null;
  fcpMs: number | null;
  /** Lighthouse's measure of the host CPU during the runs (median): a busy machine scores low, and
   *  its simulated 4x slowdown then overstates TBT. */
  benchmarkIndex: number;
  /** Audits in the four categories that did not pass in the median-performance run, for fixing. */
  failing: string[];
}

/** A headless Chromium that Lighthouse drives over its DevTools port. */
export interface LighthouseChrome {
  port: number;
  close: () => Promise<void>;
}

/** Starts Chromium for Lighthouse, with a throwaway profile. */
export async function startChrome(): Promise<LighthouseChrome> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'kb-lighthouse-'));
  const child: ChildProcess = spawn(
    CHROMIUM,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      // No host name resolves except the loopback site: nothing Chromium or a page tries can leave.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`Chromium did not open its DevTools port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    close: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The part of Lighthouse's result (its LHR) read here. */
interface Result {
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { id: string; score: number | null; numericValue?: number; displayValue?: string } | undefined>;
  environment: { benchmarkIndex: number };
}
type RunLighthouse = (url: string, flags: object) => Promise<{ lhr: Result } | undefined>;

/** A variable, not a literal, so the type-check does not look for the module (see the top). */
const LIGHTHOUSE: string = 'lighthouse';
let lighthouseModule: Promise<RunLighthouse> | undefined;
function loadLighthouse(): Promise<RunLighthouse> {
  lighthouseModule ??= import(LIGHTHOUSE).then(
    (m: { default: RunLighthouse }) => m.default,
    (e: { code?: string }) => {
      if (e.code !== 'ERR_MODULE_NOT_FOUND') throw e;
      throw new Error('Lighthouse is not installed: `npm run bench` installs it (npm install --prefix bench).');
    },
  );
  return lighthouseModule;
}

/** Runs Lighthouse `runs` times on one URL and returns the medians. */
export async function lighthousePage(chrome: LighthouseChrome, url: string, runs: number): Promise<LighthouseFigures> {
  const lighthouse = await loadLighthouse();
  const results: Result[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!r) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (r.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${r.lhr.runtimeError.message}`);
    results.push(r.lhr);
  }
  const score = (c: (typeof CATEGORIES)[number]) => median(results.map((l) => Math.round((l.categories[c]?.score ?? 0) * 100)));
  const metric = (id: string) => {
    const values = results.map((l) => l.audits[id]?.numericValue).filter((v): v is number => typeof v === 'number');
    return values.length === results.length ? median(values) : null;
  };
  const perf = score('performance');
  const typical = results.find((l) => Math.round((l.categories['performance']?.score ?? 0) * 100) === perf) ?? results[0]!;
  const failing = CATEGORIES.flatMap((c) =>
    (typical.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => typical.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1)
      .map((a) => `${c}/${a!.id} (${a!.displayValue ?? Math.round((a!.score ?? 0) * 100)})`),
  );
  return {
    performance: perf,
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: metric('largest-contentful-paint'),
    cls: metric('cumulative-layout-shift'),
    tbtMs: metric('total-blocking-time'),
    fcpMs: metric('first-contentful-paint'),
    benchmarkIndex: median(results.map((l) => l.environment.benchmarkIndex)),
    failing,
  };
}
