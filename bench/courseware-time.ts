/**
 * How long a build spent on its courseware (.docx handouts, .pptx decks), read from Astro's build
 * log: it prints every file it writes with the time that file took, `├─ /lessons/a/a.docx (+1.06s)`.
 * Pure, so the parsing is tested on a log.
 */

/** Seconds spent on the .docx and .pptx files of a build, from its log. */
export function coursewareSeconds(buildLog: string): number {
  let seconds = 0;
  for (const m of buildLog.matchAll(/[├└]─ \S+\.(?:docx|pptx) \(\+([\d.]+)(ms|s)\)/g)) {
    seconds += Number(m[1]) / (m[2] === 'ms' ? 1000 : 1);
  }
  return seconds;
}
