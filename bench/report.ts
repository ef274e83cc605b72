/** The benchmark's printed table: one row per page type, then search, build and scaling. */
import { BUDGETS, type BenchResults, type Breach } from './budgets.ts';

const kb = (n: number) => (n / 1024).toFixed(1);
const ms = (n: number | null) => (n === null || Number.isNaN(n) ? '—' : String(Math.round(n)));

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  return [...text].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
}

/** Lays rows out in columns, the first left-aligned and the rest right-aligned. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ''))));
  const pad = (cell: string, c: number) => ' '.repeat(widths[c]! - displayWidth(cell));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell + pad(cell, c) : pad(cell, c) + cell)).join('  ')).join('\n');
}

/** The whole report as text. */
export function formatReport(r: BenchResults, breaches: readonly Breach[]): string {
  const out: string[] = [`社区党建模式库 benchmark, ${r.date} (${r.machine.cpus} cores, ${r.machine.memoryGiB} GiB, ${r.machine.chromium})`, ''];
  const header = ['page type (KB gzip)', 'HTML', 'HTML raw', 'CSS', 'JS', 'inline JS', 'total', 'req', 'perf', 'a11y', 'BP', 'SEO', 'LCP ms', 'CLS', 'TBT ms', 'CPU idx'];
  const rows: string[][] = [header];
  for (const [type, f] of Object.entries(r.pages)) {
    if (!f) {
      rows.push([`${type} (no such page yet)`, ...header.slice(1).map(() => '—')]);
      continue;
    }
    const { weight: w, lighthouse: l } = f;
    rows.push([
      `${type} /${w.path}`,
      kb(w.htmlFile.gzip),
      kb(w.htmlFile.bytes),
      kb(w.css),
      kb(w.js),
      kb(w.inlineJs.gzip),
      kb(w.total),
      String(w.requests),
      l ? String(l.performance) : '—',
      l ? String(l.accessibility) : '—',
      l ? String(l.bestPractices) : '—',
      l ? String(l.seo) : '—',
      l ? ms(l.lcpMs) : '—',
      l?.cls != null ? l.cls.toFixed(3) : '—',
      l ? ms(l.tbtMs) : '—',
      l ? String(Math.round(l.benchmarkIndex)) : '—',
    ]);
  }
  out.push(formatTable(rows), '');
  if (r.search) {
    const s = r.search;
    out.push(
      `search: first search ${kb(s.firstSearchBytes)} KB in ${s.firstSearchRequests} requests; keystroke → first result: cold ${ms(s.coldMs)} ms, warm ${ms(s.warmMs)} ms (median of ${s.queries.length} queries)`,
    );
  }
  if (r.stockPagefind) out.push(`stock Pagefind index: fails ${r.stockPagefind.failed} of ${r.stockPagefind.total} golden queries (the site's index fails none)`);
  if (r.build) out.push(`build: npm run build ${r.build.seconds.toFixed(1)} s, peak ${Math.round(r.build.peakMiB)} MiB, ${r.build.pages} pages`);
  if (r.build?.courseware) {
    const c = r.build.courseware;
    out.push(`courseware: build ${c.withSeconds.toFixed(1)} s with it (empty picture cache), ${c.withoutSeconds.toFixed(1)} s without (medians); adds ${Math.round(c.share * 100)} % (median of the pairs; budget ${Math.round(BUDGETS.coursewareShare * 100)} %)`);
  }
  for (const s of r.scaling ?? []) {
    out.push(
      `scaling: ${s.models} models (${s.builtPages} pages built, ${s.pages} indexed): astro build ${s.buildSeconds.toFixed(1)} s + index ${s.indexSeconds.toFixed(1)} s = ${s.totalSeconds.toFixed(1)} s, peak ${Math.round(s.peakMiB)} MiB`,
      `  pages built and indexed: ${s.pageProblems.length ? s.pageProblems.join('; ') : 'as the content asks'}; links: ${s.brokenLinks === null ? 'not checked' : `${s.brokenLinks.length} broken`}`,
    );
  }
  const largest = r.scaling?.at(-1);
  if (largest?.largestHtml) {
    const rows = [[`largest HTML at ${largest.models} models`, 'KB raw', 'KB gzip'], ...Object.entries(largest.largestHtml).map(([type, h]) => [`${type} /${h.path}`, kb(h.bytes), kb(h.gzip)])];
    out.push('', formatTable(rows));
  }
  out.push('');
  if (breaches.length === 0) out.push('All budgets hold.');
  else out.push(`${breaches.length} budget(s) broken:`, ...breaches.map((b) => `  ✗ ${b.what}: ${b.actual} (budget ${b.budget})`));
  return out.join('\n');
}
