/**
 * The phone reading rule, measured in the browser: no table cell, caption or paragraph that holds more than
 * four characters of text may be narrower than 6 em (its own font size), or Chinese runs one or two
 * characters per line. Shared by the every-page gate and the phone table tests.
 */
import type { Page } from 'playwright-core';

/** Text blocks this short may sit in a narrow cell (是, 无, 2004, —). */
export const MAX_SHORT_TEXT = 4;
/** The narrowest a cell or paragraph with more text may be, in em of its own font size. */
export const MIN_WIDTH_EM = 6;

/** A cell or paragraph narrower than the rule allows. */
export interface NarrowBlock {
  /** Tag, id or class, and the start of its text: `td "试点时确定的组织架构…"`. */
  what: string;
  /** Width of its content box in CSS px, rounded. */
  width: number;
  /** The least width it needs: MIN_WIDTH_EM × its font size, rounded. */
  needed: number;
}

/**
 * Every rendered `td`, `th`, `caption` and `p` on the page that breaks the rule, measured on its content box
 * (padding excluded). Elements not rendered (closed `<details>`, `hidden`, closed dialogs) and
 * visually hidden ones (inside a clipped box of 1 px or less, for screen readers) are skipped.
 */
export async function narrowTextBlocks(page: Page): Promise<NarrowBlock[]> {
  return page.evaluate(
    ({ maxShort, minEm }) => {
      const found: { what: string; width: number; needed: number }[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('td, th, caption, p')) {
        const text = (el.textContent ?? '').replace(/\s+/g, '');
        if ([...text].length <= maxShort || el.getClientRects().length === 0) continue;
        let clipped = false;
        for (let a: HTMLElement | null = el; a && !clipped; a = a.parentElement) {
          clipped = a.getBoundingClientRect().width <= 1 && getComputedStyle(a).overflow !== 'visible';
        }
        if (clipped) continue;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        const width = box.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
        const needed = minEm * parseFloat(style.fontSize);
        if (width + 0.5 >= needed) continue;
        const name = el.id ? `#${el.id}` : el.classList.length ? `.${[...el.classList].join('.')}` : '';
        found.push({ what: `${el.tagName.toLowerCase()}${name} "${text.slice(0, 14)}…"`, width: Math.round(width), needed: Math.round(needed) });
      }
      return found;
    },
    { maxShort: MAX_SHORT_TEXT, minEm: MIN_WIDTH_EM },
  );
}
