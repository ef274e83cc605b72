/** Helpers for driving the classroom view in the browser tests (lesson kits, structure pages, /timeline/). */
import type { Page } from 'playwright-core';

/** Opens the classroom view of the figure at `index` with the keyboard; returns its button. */
export async function openClassroom(page: Page, index = 0) {
  const button = page.locator('[data-classroom-open]').nth(index);
  await button.waitFor({ state: 'visible' });
  await button.focus();
  await page.keyboard.press('Enter');
  await page.locator('dialog[data-classroom]').waitFor({ state: 'visible' });
  return button;
}

/** The steps whose text is rendered in the classroom view (under a drawing, only the current one). */
export const stepsOnScreen = (page: Page) =>
  page
    .locator('dialog[data-classroom] [data-step]')
    .evaluateAll((steps) => steps.filter((st) => st.getClientRects().length > 0).map((st) => (st as HTMLElement).dataset.stepLabel));

/** Ids used more than once in the document (a drawing's copy must add none). */
export const repeatedIds = (page: Page) =>
  page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });

/** Each step's state in order: past, current, or '-' while still hidden. */
export const visibleSteps = (page: Page) =>
  page.locator('dialog[data-classroom] [data-step]').evaluateAll((steps) => steps.map((s) => ((s as HTMLElement).hidden ? '-' : (s as HTMLElement).dataset.state)));
