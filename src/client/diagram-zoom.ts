/**
 * Zoom and pan for a structure drawing (its <g class="dg-viewport">), shared by the page's diagram
 * and its copy in the classroom view. Works in the drawing's own units: scale 1 is the drawing
 * fitted to its box (the overview a phone opens with), so zooming out goes below it and zooming
 * in reaches MAX_NATURAL_ZOOM times the drawing's real size however narrow the box.
 */
import { select } from 'd3-selection';
import { zoom, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';

/** Smallest zoom, relative to the drawing fitted to its box: zooming out leaves room around it. */
const MIN_ZOOM = 0.5;
/** Largest zoom: this many times the drawing's own size (labels at 14 px × this), whatever the fit. */
const MAX_NATURAL_ZOOM = 3;

/**
 * Makes `svg` zoomable by Ctrl+wheel (a trackpad pinch), a two-finger pinch and the returned
 * behaviour; once zoomed in past the fit, a drag or one-finger swipe pans. Marks the svg
 * .dg-zoomable, and .is-zoomed while zoomed in (diagram.css hands touch panning over then).
 */
export function makeZoomable(svg: SVGSVGElement): ZoomBehavior<SVGSVGElement, unknown> {
  const { width, height } = svg.viewBox.baseVal;
  const viewport = select(svg).select<SVGGElement>('g.dg-viewport');
  /** How far zoom may go in a box this wide. */
  const maxZoom = (boxWidth: number) => Math.max(2, (MAX_NATURAL_ZOOM * width) / Math.max(1, boxWidth));
  const scale = () => zoomTransform(svg).k;
  const zoomer = zoom<SVGSVGElement, unknown>()
    .scaleExtent([MIN_ZOOM, maxZoom(width)])
    .extent([
      [0, 0],
      [width, height],
    ])
    .translateExtent([
      [0, 0],
      [width, height],
    ])
    // The page keeps scrolling under a plain wheel or a one-finger swipe: zoom needs Ctrl (or a
    // pinch, which browsers report as Ctrl+wheel or as two touches), panning needs a drawing
    // zoomed in past its fitted size.
    .filter((event: Event) => {
      if (event.type === 'wheel') return (event as WheelEvent).ctrlKey;
      if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length > 1 || scale() > 1;
      return (event as MouseEvent).button === 0 && scale() > 1;
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      viewport.attr('transform', event.transform.toString());
      svg.classList.toggle('is-zoomed', event.transform.k > 1);
    });
  select(svg).call(zoomer).on('dblclick.zoom', null);
  svg.classList.add('dg-zoomable');
  // How far zoom may go depends on the box's width, which changes with the window (a phone turned
  // sideways). The observer reports it once at the start too, without making the browser lay
  // out the page here, once per diagram, while it loads.
  new ResizeObserver(([entry]) => {
    if (entry) zoomer.scaleExtent([MIN_ZOOM, maxZoom(entry.contentRect.width)]);
  }).observe(svg);
  return zoomer;
}
