/**
 * The W3C Nu Html Checker (npm `vnu-jar`, a Java program) over built pages. Java comes from the
 * machine: `apt-get install default-jre-headless` on Debian.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** One message of the checker's JSON output. */
export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/**
 * Messages that are the checker's mistake, not the page's, each with the reason. Nothing else may
 * be filtered: fix the page instead.
 */
const CHECKER_GAPS: readonly { pattern: RegExp; reason: string }[] = [
  {
    // The checker's CSS profile predates paint-order (CSS Fill and Stroke, in every engine since
    // 2017); the diagrams use it to halo their labels.
    pattern: /^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/,
    reason: 'outdated CSS profile of the checker',
  },
];

/** Whether a message is one of the checker's known gaps (see CHECKER_GAPS). */
export function isCheckerGap(m: NuMessage): boolean {
  return CHECKER_GAPS.some((g) => g.pattern.test(m.message));
}

/** Throws, naming what to install, when no `java` runs on this machine. */
export function assertJava(): void {
  const run = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new Error(
      'The Nu Html Checker (vnu-jar) needs Java, and `java -version` did not run' +
        `${run.error ? ` (${run.error.message})` : ''}. Install it: apt-get install default-jre-headless`,
    );
  }
}

/** Runs the checker on HTML files and returns its errors (warnings left out), gaps included. */
export function nuErrors(files: readonly string[]): NuMessage[] {
  assertJava();
  // Language detection only ever yields warnings, which --errors-only drops: skipping it saves time.
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  // The JIT's quick tier alone and one GC thread: half the CPU time for a run of a few seconds
  // (14 s → 6.6 s over the site), which the browser tests beside it need. Code the quick tier
  // compiles takes bigger stack frames, so the stack grows past the 512 KB the checker asks for.
  const jvm = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss4m'];
  const run = spawnSync('java', [...jvm, '-jar', jar, '--errors-only', '--no-langdetect', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // The report goes to stderr; the exit status is 1 whenever there is an error.
  let report: { messages: NuMessage[] };
  try {
    report = JSON.parse(run.stderr) as { messages: NuMessage[] };
  } catch {
    throw new Error(`the Nu Html Checker did not report (exit ${run.status}): ${run.stderr.slice(0, 500)}`);
  }
  return report.messages;
}
