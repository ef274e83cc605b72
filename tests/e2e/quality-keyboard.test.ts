/**
 * A keyboard walk of one page of each type: pressing Tab from the top reaches every interactive
 * control on the page, each shows a visible focus indicator that no sticky bar hides, and focus
 * leaves the page at the end (no trap).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { listPages, onePerType } from '../quality/site-pages';
import { openPage, siteUrl, useBrowser } from './browser';

const baseURL = inject('baseURL');
const mainPages = onePerType(listPages(new URL('../../dist/', import.meta.url).pathname)).filter((p) => !p.path.endsWith('.html'));
const browser = useBrowser();

/** Marks every control a keyboard user must be able to reach with data-kbd="<n>"; returns how many. */
function markTabbables(page: Page): Promise<number> {
  return page.evaluate(() => {
    const selector =
      ':is(a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"]):not([tabindex^="-"]):not(:disabled)';
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]'),
    );
    controls.forEach((el, i) => el.setAttribute('data-kbd', String(i)));
    return controls.length;
  });
}

/**
 * Gives the page `window.kbdLooks(el)`: what a reader sees of an element, as the styles a focus
 * indicator changes, on the element, its parent and its first descendants (an SVG link shows focus
 * as a stroke on a shape inside it). Defined once, so each Tab costs a single round trip.
 */
function defineLooks(page: Page): Promise<void> {
  return page.evaluate(() => {
    const look = (e: Element) => {
      const s = getComputedStyle(e);
      return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.borderColor, s.textDecorationLine, s.color, s.stroke, s.strokeWidth, s.fill].join(' ');
    };
    (window as unknown as KbdWindow).kbdLooks = (el) => {
      if (!el) return '';
      const around = [el, el.parentElement, ...[...el.querySelectorAll('*')].slice(0, 12)].filter((e): e is Element => e !== null);
      return around.map(look).join(' / ');
    };
  });
}

interface KbdWindow {
  kbdLooks(el: Element | null): string;
}

/** How each control marked with one of `indices` looks now, in one round trip. */
function looksOfAll(page: Page, indices: string[]): Promise<string[]> {
  return page.evaluate((all) => all.map((i) => (window as unknown as KbdWindow).kbdLooks(document.querySelector(`[data-kbd="${i}"]`))), indices);
}

interface Step {
  /** Focus went back to the document: the walk reached the end of the page. */
  left: boolean;
  /** The control's mark, or null for a control the page added after marking (e.g. re-rendered). */
  index: string | null;
  label: string;
  obscured: boolean;
  /** How the control looks while focused. */
  looks: string;
}

/** Presses Tab once and reports what holds focus now. */
async function tab(page: Page): Promise<Step> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { left: true, index: null, label: '(left the page)', obscured: false, looks: '' };
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    const related = !hit || el.contains(hit) || hit.contains(el) || hit.closest('label') !== null;
    return {
      left: false,
      index: el.getAttribute('data-kbd'),
      label: `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 30) || el.getAttribute('aria-label') || ''}”`,
      obscured: r.width > 0 && r.height > 0 && !related,
      looks: (window as unknown as KbdWindow).kbdLooks(el),
    };
  });
}

describe('keyboard walk of each page type', () => {
  it.each(mainPages.map((p) => [p.type, p.path] as const))('%s (%s): Tab reaches every control, focus is visible, no trap', async (_type, path) => {
    const { page, context, errors } = await openPage(browser(), baseURL);
    await page.goto(siteUrl(baseURL, path));
    const total = await markTabbables(page);
    await defineLooks(page);
    expect(total, 'the page has controls (at least the skip link and navigation)').toBeGreaterThan(3);

    const steps: Step[] = [];
    const problems: string[] = [];
    const focusedLooks = new Map<string, string>();
    // Twice the number of controls leaves room for controls the page adds while being walked.
    for (let i = 0; i < total * 2 + 5; i++) {
      const step = await tab(page);
      if (step.left) break;
      steps.push(step);
      if (step.obscured) problems.push(`${step.label}: hidden under another element when focused`);
      if (step.index !== null && !focusedLooks.has(step.index)) focusedLooks.set(step.index, step.looks);
    }
    if (steps.length >= total * 2 + 5) problems.push(`focus never left the page after ${steps.length} Tab presses (a keyboard trap?)`);

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const indices = [...focusedLooks.keys()];
    const unfocused = await looksOfAll(page, indices);
    indices.forEach((index, n) => {
      // '' means the page replaced the control since (a re-rendered list): nothing to compare.
      if (unfocused[n] !== '' && unfocused[n] === focusedLooks.get(index)) problems.push(`${steps.find((s) => s.index === index)?.label}: looks the same focused and unfocused`);
    });
    const reached = new Set(steps.map((s) => s.index));
    const missed = await page.evaluate(
      (seen) => [...document.querySelectorAll('[data-kbd]')].filter((el) => !seen.includes(el.getAttribute('data-kbd') ?? '')).map((el) => el.outerHTML.slice(0, 120)),
      [...reached].filter((x): x is string => x !== null),
    );
    problems.push(...missed.map((m) => `never reached with Tab: ${m}`));
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    // A lesson kit has a few hundred controls, one Tab and one round trip each.
  }, 180_000);
});
