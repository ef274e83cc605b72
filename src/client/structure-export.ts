/**
 * Downloads a structure diagram for trainers' slides: an SVG file, or a PNG rendered from it in the
 * browser. The picture has a white background, the title above and the legend below, the light
 * colours whatever the page theme, and no dependence on the site's stylesheet: computed styles are
 * written onto the copy as presentation attributes. Relation types hidden in the legend are left
 * out, as on screen. A source line at the foot says where the picture comes from: the site and
 * title, the page address and the sources the structure rests on, so a slide keeps its origin.
 */
import { EXPORT_METRICS, layoutExport, SAMPLE, type LegendGroup } from '../lib/diagram/export-layout';
import { clientWords } from '../lib/diagram/words';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The style properties that carry the drawing; everything else is left to defaults. */
const PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'opacity', 'font-family', 'font-size', 'font-weight'] as const;
/** PNG pixels per SVG px: sharp on a projector and in slides. */
const PNG_SCALE = 2;

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

function text(x: number, y: number, size: number, content: string, bold = false): SVGTextElement {
  const t = svgEl('text', { x, y, 'font-size': size, class: 'dg-export-text', ...(bold ? { 'font-weight': 700 } : {}) });
  t.textContent = content;
  return t;
}

/** Replaces a unit's link by a group: the file is a picture, its links would lead nowhere. */
function unlink(root: Element): void {
  for (const a of root.querySelectorAll('a')) {
    const g = svgEl('g', { class: a.getAttribute('class') ?? '', transform: a.getAttribute('transform') ?? '' });
    g.append(...a.childNodes);
    a.replaceWith(g);
  }
}

/** Writes each element's computed drawing style as attributes, then drops classes and data. */
function inlineStyles(root: SVGSVGElement): void {
  const all = [...root.querySelectorAll('*')].filter((el): el is SVGElement => el instanceof SVGElement);
  // Read every style first: the classes that set colours sit on the groups around the shapes.
  const painted = all.filter((el) => !(el instanceof SVGGElement || el instanceof SVGTSpanElement || el instanceof SVGTitleElement));
  const styles = painted.map((el) => {
    const cs = getComputedStyle(el);
    return PROPS.map((p) => [p, cs.getPropertyValue(p)] as const);
  });
  painted.forEach((el, i) => {
    for (const [p, v] of styles[i] ?? []) {
      if (v && v !== 'none' && !(p === 'opacity' && v === '1')) el.setAttribute(p, v);
      else if (p === 'fill' || p === 'stroke') el.setAttribute(p, 'none');
    }
  });
  for (const el of all) {
    for (const name of el.getAttributeNames()) {
      if (name === 'class' || name === 'tabindex' || name.startsWith('data-') || name.startsWith('aria-')) el.removeAttribute(name);
    }
  }
}

/** Builds the downloadable SVG of a diagram as text, with its width and height. */
export function buildExportSvg(root: HTMLElement): { svg: string; width: number; height: number } {
  const source = root.querySelector<SVGSVGElement>('svg.dg-svg');
  if (!source) throw new Error('no diagram to export');
  const { width: w, height: h } = source.viewBox.baseVal;
  const title = root.dataset.title ?? '';

  const drawing = source.cloneNode(true) as SVGSVGElement;
  drawing.querySelector('.dg-viewport')?.removeAttribute('transform');
  for (const el of drawing.querySelectorAll('.is-hidden, title, desc')) el.remove();
  for (const el of drawing.querySelectorAll('.is-related, .is-selected, .is-current')) el.classList.remove('is-related', 'is-selected', 'is-current');
  drawing.classList.remove('has-active');
  unlink(drawing);

  // The legend: the page's own samples, minus relation types hidden on screen.
  const groups: LegendGroup[] = [];
  const samples: SVGSVGElement[][] = [];
  for (const group of root.querySelectorAll('.dg-legend-group')) {
    const entries = [...group.querySelectorAll<HTMLElement>('[data-legend-entry]')].filter(
      (li) => !li.querySelector('[aria-pressed="false"]'),
    );
    groups.push({
      title: group.querySelector('[data-legend-heading]')?.textContent?.trim() ?? '',
      entries: entries.map((li) => li.querySelector('.dg-legend-name')?.textContent?.trim() ?? ''),
    });
    samples.push(entries.map((li) => li.querySelector('svg.dg-sample') as SVGSVGElement));
  }
  const words = clientWords(document.documentElement.lang);
  const credit = words.credit(root.dataset.site ?? '', title, `${location.origin}${location.pathname}`, root.dataset.sources ?? '');
  const L = layoutExport(w, h, groups, credit);
  const m = EXPORT_METRICS;

  const out = svgEl('svg', { width: L.width, height: L.height, viewBox: `0 0 ${L.width} ${L.height}` });
  out.append(svgEl('rect', { width: L.width, height: L.height, fill: '#ffffff' }));
  out.append(text(m.margin, m.margin + m.titleSize * 0.6, m.titleSize, title, true));
  const body = svgEl('g', { transform: `translate(${(L.width - w) / 2},${L.drawingY})` });
  body.append(...drawing.childNodes);
  out.append(body);
  groups.forEach((g, gi) => {
    const at = L.headings[gi];
    if (at) out.append(text(at.x, at.y, m.textSize, `${g.title}${words.colon}`));
  });
  for (const e of L.entries) {
    const sample = samples[e.group]?.[e.entry];
    const label = groups[e.group]?.entries[e.entry] ?? '';
    const g = svgEl('g', { transform: `translate(${e.x},${e.y})` });
    if (sample) g.append(...[...sample.childNodes].map((n) => n.cloneNode(true)));
    out.append(g, text(e.x + SAMPLE.width + m.gap, e.y + SAMPLE.height / 2 + m.textSize * 0.36, m.textSize, label));
  }

  for (const line of L.credit) out.append(text(line.x, line.y, m.creditSize, line.text));

  // Computed styles need the copy in the document, in a light-coloured host.
  const host = document.createElement('div');
  host.className = 'dg-export-host';
  host.setAttribute('aria-hidden', 'true');
  host.append(out);
  document.body.append(host);
  try {
    inlineStyles(out);
  } finally {
    host.remove();
  }
  const xml = new XMLSerializer().serializeToString(out);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`, width: L.width, height: L.height };
}

function save(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

/** Downloads the diagram as `<structure>.svg`. */
export function downloadSvg(root: HTMLElement): void {
  const { svg } = buildExportSvg(root);
  save(new Blob([svg], { type: 'image/svg+xml' }), `${root.dataset.structure ?? 'structure'}.svg`);
}

/** Downloads the diagram as `<structure>.png`, rendered from the SVG at twice its size. */
export async function downloadPng(root: HTMLElement): Promise<void> {
  const { svg, width, height } = buildExportSvg(root);
  const src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * PNG_SCALE;
    canvas.height = height * PNG_SCALE;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (png) save(png, `${root.dataset.structure ?? 'structure'}.png`);
  } finally {
    URL.revokeObjectURL(src);
  }
}
