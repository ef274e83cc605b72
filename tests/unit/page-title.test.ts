import { describe, expect, it } from 'vitest';
import { pageTitle, TITLE_MAX } from '../../src/lib/page-title';

const SITE = 'Community Party Building Models';
const LONG = 'Community Party building in Jianye District, Nanjing: "one committee, one residents\' committee, one station" (一委一居一站)';

describe('pageTitle(title, siteName, shortTitle)', () => {
  it('is "page · site" when that fits, as the Chinese pages have it', () => {
    expect(pageTitle('模式', '社区党建模式库')).toBe('模式 · 社区党建模式库');
    expect(pageTitle('社区党建模式库', '社区党建模式库')).toBe('社区党建模式库');
  });
  it('uses the short title with the site name when the full title is too long', () => {
    expect(pageTitle(LONG, SITE, 'Nanjing Jianye')).toBe(`Nanjing Jianye · ${SITE}`);
  });
  it('without a short title, drops the site name, then cuts the title at a word', () => {
    expect(pageTitle('Sources of the four models of community Party building', SITE)).toBe('Sources of the four models of community Party building');
    const cut = pageTitle(LONG, SITE);
    expect(cut).toBe('Community Party building in Jianye District, Nanjing: "one…');
  });
  it('counts a title as written in HTML, where a quotation mark is five characters', () => {
    // 68 characters, but 82 as written (&#39; and two &quot;).
    const title = 'Hongchu Residential Area\'s "1+2+6"';
    expect(pageTitle(title, SITE)).toBe(title);
    const cut = pageTitle('A "quoted" title that, with its quotation marks escaped, runs past seventy', SITE);
    expect(cut.replace(/"/g, '&quot;').length).toBeLessThanOrEqual(TITLE_MAX);
  });
});
