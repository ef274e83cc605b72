/** Each page's CSP keeps only the hashes of its own inline scripts and styles. */
import { describe, expect, it } from 'vitest';
import { pagePolicy } from '../../src/lib/csp/page-policy';
import { hashSource, parsePolicy } from '../quality/csp';

const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => parsePolicy(/content="([^"]*)"/.exec(html)?.[1] ?? '');

describe('pagePolicy', () => {
  const a = 'console.log(1)';
  const css = 'p{color:red}';
  const svgCss = '.n{fill:blue}';
  const site = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashSource(a)} ${hashSource('other()')}; style-src 'self' ${hashSource(css)} ${hashSource(svgCss)} ${hashSource('q{}')}`;

  it("keeps the page's own inline script and style hashes, including a style inside an inline SVG", () => {
    const out = policyOf(pagePolicy(page(site, `<script>${a}</script><script type="module" src="/x.js"></script><style>${css}</style><svg><style>${svgCss}</style></svg>`)));
    expect(out.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", hashSource(a)]);
    expect(out.get('style-src')).toEqual(["'self'", hashSource(css), hashSource(svgCss)]);
    expect(out.get('default-src')).toEqual(["'self'"]);
  });

  it('drops every hash from a page without inline code, and leaves a page without a policy alone', () => {
    const out = policyOf(pagePolicy(page(site, '<p>text</p>')));
    expect(out.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(out.get('style-src')).toEqual(["'self'"]);
    expect(pagePolicy('<p>no policy</p>')).toBe('<p>no policy</p>');
  });
});
