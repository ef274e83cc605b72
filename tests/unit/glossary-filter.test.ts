import { describe, expect, it } from 'vitest';
import { termMatches } from '../../src/lib/glossary/filter';

const entry = '街道党工委 jiēdào dǎng gōngwěi sub-district Party working committee 又称：党工委、街道党委';

describe('termMatches(query, text)', () => {
  it.each(['', '  ', '党工委', '街道党委', 'jiedao', 'jiēdào dǎng', 'jiedaodanggongwei', 'JIEDAO DANG GONGWEI', 'working committee', 'Sub-District'])(
    'keeps the entry for %j',
    (q) => expect(termMatches(q, entry)).toBe(true),
  );
  it.each(['居委会', 'zhuqu', 'homeowners', '1+3'])('hides the entry for %j', (q) => expect(termMatches(q, entry)).toBe(false));
});
