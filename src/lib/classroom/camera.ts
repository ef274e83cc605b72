/**
 * Where the classroom view looks in a drawing: the part of it to show in a box of the screen so
 * that its labels stay legible from the back of a room. Pure geometry, so the browser script only
 * measures and applies the result (as the drawing's viewBox).
 */

/** A rectangle in drawing units (or, for a box on screen, CSS px with x and y unused). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The smallest rectangle holding every one of `rects`; undefined for none. */
export function unionRect(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined;
  const x0 = Math.min(...rects.map((r) => r.x));
  const y0 = Math.min(...rects.map((r) => r.y));
  const x1 = Math.max(...rects.map((r) => r.x + r.width));
  const y1 = Math.max(...rects.map((r) => r.y + r.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The centre, along one axis, of a window `size` wide showing `focus` within `[start, start + length]`. */
function centreOn(start: number, length: number, size: number, focus: number): number {
  if (size >= length) return start + length / 2;
  return Math.min(Math.max(focus, start + size / 2), start + length - size / 2);
}

/** What the view shows: `view` in drawing units, drawn at `scale` CSS px per drawing unit. */
export interface Camera {
  scale: number;
  view: Rect;
}

/**
 * The view of `drawing` for a box of `box.width` × `box.height` CSS px. The whole drawing, fitted,
 * when that draws it at `minScale` or more; otherwise the drawing at `minScale` (the least zoom at
 * which its labels are legible, so the most context), centred on as much of `focus` as fits: the
 * first rectangle (the step on show) and then, while they fit, the next ones (the steps before it).
 * The view keeps within the drawing along any axis where the drawing is larger than the view.
 *
 * @example classroomCamera({ x: 0, y: 0, width: 1000, height: 600 }, { width: 500, height: 300 }, [row], 1)
 *   // { scale: 1, view: { width: 500, height: 300, … } } centred on row, kept inside the drawing
 */
export function classroomCamera(drawing: Rect, box: { width: number; height: number }, focus: readonly Rect[], minScale: number): Camera {
  const fit = Math.min(box.width / drawing.width, box.height / drawing.height);
  const scale = Math.max(fit, minScale);
  const width = box.width / scale;
  const height = box.height / scale;
  let shown = focus[0];
  for (let i = 2; i <= focus.length; i++) {
    const more = unionRect(focus.slice(0, i));
    if (!more || more.width > width || more.height > height) break;
    shown = more;
  }
  const target = shown ?? drawing;
  const cx = centreOn(drawing.x, drawing.width, width, target.x + target.width / 2);
  const cy = centreOn(drawing.y, drawing.height, height, target.y + target.height / 2);
  return { scale, view: { x: cx - width / 2, y: cy - height / 2, width, height } };
}
