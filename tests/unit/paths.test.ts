import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/lib/paths';

describe('withBase(base, path)', () => {
  it.each([
    ['/', '', '/'],
    ['/', 'models/shanghai', '/models/shanghai/'],
    ['/', '/models/shanghai/', '/models/shanghai/'],
    ['/kb/', 'models/shanghai', '/kb/models/shanghai/'],
    ['/kb', 'sources/s000-shao/#s3-qibu', '/kb/sources/s000-shao/#s3-qibu'],
    ['/kb/', '/data/models.json', '/kb/data/models.json'],
    ['/kb/', 'favicon.svg', '/kb/favicon.svg'],
  ])('withBase(%j, %j) is %j', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});
