/**
 * The W3C Nu Html Checker over every built page: 0 errors. It reads ARIA and parsing rules that
 * html-validate does not (naming a <pre> without a role, a script after </html>).
 */
import { describe, expect, it } from 'vitest';
import { isCheckerGap, nuErrors } from '../quality/nu-checker';
import { listPages } from '../quality/site-pages';

const dist = new URL('../../dist/', import.meta.url).pathname;
const fixture = new URL('../fixtures/compat/nu-errors.html', import.meta.url).pathname;

describe('HTML (W3C Nu Html Checker)', () => {
  it('finds the errors it is here for, and lets only the paint-order gap through', () => {
    const messages = nuErrors([fixture]);
    const texts = messages.filter((m) => !isCheckerGap(m)).map((m) => m.message);
    expect(texts.some((t) => t.includes('“aria-labelledby” attribute must not be specified on any “pre” element'))).toBe(true);
    expect(texts).toContain('Stray start tag “script”.');
    expect(messages.filter(isCheckerGap).map((m) => m.message)).toEqual(["CSS: “paint-order”: Property “paint-order” doesn't exist."]);
  });

  it('every page has 0 errors', () => {
    const pages = listPages(dist).filter((p) => /^(en\/)?(structures|timeline|compare|search)\//.test(p.path));
    
    const errors = nuErrors(pages.map((p) => p.file))
      .filter((m) => !isCheckerGap(m))
      .map((m) => `${(m.url ?? '').replace(`file:${dist}`, '')}:${m.lastLine ?? '?'} ${m.message}`);
    expect(errors).toEqual([]);
  }, 600_000);
});
