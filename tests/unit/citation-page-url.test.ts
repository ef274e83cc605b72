import { describe, expect, it } from 'vitest';
import { citableAddress, withAddress } from '../../src/lib/citation/page-url';

const built = 'http://localhost:4321/kb/models/jianye/';

describe('citableAddress(builtUrl, location)', () => {
  it('is the address the reader used when it differs from the built one', () => {
    expect(citableAddress(built, { protocol: 'https:', origin: 'https://intranet.example', pathname: '/kb/models/jianye/' })).toBe('https://intranet.example/kb/models/jianye/');
  });
  it('keeps the built URL when the reader is on it, or on a non-web address', () => {
    expect(citableAddress(built, { protocol: 'http:', origin: 'http://localhost:4321', pathname: '/kb/models/jianye/' })).toBeUndefined();
    expect(citableAddress(built, { protocol: 'file:', origin: 'null', pathname: '/srv/kb/models/jianye/index.html' })).toBeUndefined();
  });
});

describe('withAddress(text, builtUrl, address)', () => {
  it('replaces every occurrence and nothing else', () => {
    const bib = `@misc{x,\n  url = {${built}},\n  note = {${built}}\n}`;
    expect(withAddress(bib, built, 'https://a.example/kb/models/jianye/')).toBe('@misc{x,\n  url = {https://a.example/kb/models/jianye/},\n  note = {https://a.example/kb/models/jianye/}\n}');
    expect(withAddress('no url here', built, 'https://a.example/')).toBe('no url here');
  });
});
