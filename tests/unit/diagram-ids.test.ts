import { describe, expect, it } from 'vitest';
import { nodeElementId, relationRowsSelector, unitFromHash } from '../../src/lib/diagram/ids';

const S = 'jianye-yi-wei-yi-ju-yi-zhan';

describe('unitFromHash(hash, structure)', () => {
  it.each([
    [`#${nodeElementId(S, 'juweihui')}`, 'juweihui'],
    [`#node-${S}-shequ-dangwei`, 'shequ-dangwei'],
    // Percent-encoded hashes, as a browser may give them, decode first.
    [`#node-${encodeURIComponent(S)}-%6A%75weihui`, 'juweihui'],
  ])('%s opens %s', (hash, unit) => {
    expect(unitFromHash(hash, S)).toBe(unit);
  });

  it.each([
    ['', 'no hash'],
    ['#', 'an empty hash'],
    [`#node-${S}-`, 'the prefix alone'],
    ['#node-shanghai-hongchu-zongzhibu', 'another structure’s unit'],
    [`#${S}-text`, 'the text version'],
    ['#%E0%A4%A', 'a broken %-escape'],
    ['#%', 'a lone %'],
    [`#node-${S}-%E0%A4%A`, 'a broken %-escape after the prefix'],
  ])('%s opens nothing (%s)', (hash) => {
    expect(unitFromHash(hash, S)).toBeUndefined();
  });
});

describe('relationRowsSelector(node)', () => {
  it('quotes the id, so any id makes a valid selector', () => {
    expect(relationRowsSelector('juweihui')).toBe('tr[data-from="juweihui"], tr[data-to="juweihui"]');
  });
});
