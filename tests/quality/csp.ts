/**
 * Checks a page's Content-Security-Policy against what the site promises: Astro's hashes for every
 * inline script and style, no 'unsafe-inline' for scripts, and what Pagefind needs to run.
 */
import { createHash } from 'node:crypto';
import type { HtmlFacts } from './html-facts.ts';

/** A policy as a map from directive name to its source expressions. */
export type Policy = Map<string, string[]>;

/**
 * Parses a policy string.
 *
 * @example parsePolicy("script-src 'self' 'sha256-x'; object-src 'none'").get('script-src') // ["'self'", "'sha256-x'"]
 */
export function parsePolicy(policy: string): Policy {
  const out: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    // The first occurrence of a directive wins, as in browsers.
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), values);
  }
  return out;
}

/** The CSP source expression for a script or style text, as Astro writes it ('sha256-…'). */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Source expressions each directive must contain for the site to work and stay strict. */
export const REQUIRED_SOURCES: Readonly<Record<string, readonly string[]>> = {
  // Pagefind compiles its WebAssembly search engine in the browser.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // Pagefind may run its search in a worker created from a blob.
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
};

/** Every way the page's policy falls short, as readable lines; empty when it is sound. */
export function checkPolicy(facts: HtmlFacts): string[] {
  if (!facts.csp) return ['no <meta http-equiv="content-security-policy"> (Astro security.csp)'];
  const policy = parsePolicy(facts.csp);
  const problems: string[] = [];
  for (const [directive, sources] of Object.entries(REQUIRED_SOURCES)) {
    const have = policy.get(directive);
    if (!have) problems.push(`${directive} is missing`);
    else for (const s of sources) if (!have.includes(s)) problems.push(`${directive} lacks ${s}`);
  }
  for (const directive of ['script-src', 'style-src', 'default-src']) {
    const have = policy.get(directive) ?? [];
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:']) {
      if (have.includes(bad)) problems.push(`${directive} allows ${bad}`);
    }
  }
  const scriptSources = policy.get('script-src') ?? [];
  facts.inlineScripts.forEach((text, i) => {
    const hash = hashSource(text);
    if (!scriptSources.includes(hash)) problems.push(`inline script #${i + 1} (${hash}) is not in script-src: the browser will block it`);
  });
  const styleSources = policy.get('style-src') ?? [];
  facts.inlineStyles.forEach((text, i) => {
    const hash = hashSource(text);
    if (!styleSources.includes(hash)) problems.push(`inline <style> #${i + 1} (${hash}) is not in style-src: the browser will ignore it`);
  });
  for (const attr of facts.forbiddenAttributes) problems.push(`${attr}: inline styles and handlers are blocked by the CSP`);
  // A page allows only its own inline code (src/lib/csp/page-policy.ts), not the rest of the site's.
  const own = new Set([...facts.inlineScripts, ...facts.inlineStyles].map(hashSource));
  for (const s of [...scriptSources, ...styleSources]) {
    if (s.startsWith("'sha256-") && !own.has(s)) problems.push(`${s} allows inline code this page does not hold`);
  }
  return problems;
}
