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

/** What a projector shows of the classroom drawing now, measured on screen in CSS px. */
export interface DrawingMeasure {
  /** The drawing's box over the viewport's area. */
  areaShare: number;
  /** The smallest on-screen font size (em box) among the labels of the step on show. */
  labelPx: number;
  /** How far any unit or band of the step on show reaches outside the drawing's box (0: none). */
  cut: number;
  /** Opacity of the step on show's marks, and the highest opacity among earlier steps' marks (1 when none). */
  currentOpacity: number;
  pastOpacity: number;
}

/** Measures the classroom drawing (structure units or timeline stage bands) for the step on show. */
export const measureDrawing = (page: Page): Promise<DrawingMeasure> =>
  page.evaluate(() => {
    const svg = document.querySelector('dialog[data-classroom] svg.cr-drawing') as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const marks = (state: string) => [...svg.querySelectorAll<SVGGraphicsElement>(`.dg-node[data-state="${state}"], .tl-band[data-state="${state}"]`)];
    const current = marks('current');
    const labelPx = Math.min(
      ...current.flatMap((m) =>
        [...m.querySelectorAll<SVGTextElement>('text')].map((t) => {
          const ctm = t.getScreenCTM() as DOMMatrix;
          return parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
        }),
      ),
    );
    const cut = Math.max(
      0,
      ...current.map((m) => {
        const r = (m.querySelector('.dg-shape, rect') ?? m).getBoundingClientRect();
        return Math.max(box.left - r.left, r.right - box.right, box.top - r.top, r.bottom - box.bottom);
      }),
    );
    const opacity = (el: Element) => Number(getComputedStyle(el).opacity);
    return {
      areaShare: (box.width * box.height) / (innerWidth * innerHeight),
      labelPx,
      cut,
      currentOpacity: Math.min(...current.map(opacity)),
      pastOpacity: Math.max(...marks('past').map(opacity), 0) || 1,
    };
  });
