/**
 * <structure-diagram>: enhances a structure figure the server already drew. Hover or focus a unit
 * to highlight its relations and show its detail; Enter, click or tap to keep the detail open (the
 * unit goes into the URL hash, so a link opens the diagram there); arrow keys move along the
 * relations; Esc closes. The legend's relation types become show/hide buttons; zoom (toolbar,
 * Ctrl+wheel, pinch), pan and downloads come last. The drawing starts fitted to its box. The
 * detail is read from the structure's text version in the page, never kept twice in the HTML.
 */
import { select } from 'd3-selection';
import { zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import { relationPhrase } from '../lib/diagram/describe';
import { clientWords } from '../lib/diagram/words';
import { nodeElementId, relationRowsSelector, textEntryId, textPartSelector, textVersionId, unitFromHash, type TextPart } from '../lib/diagram/ids';
import { keyDirection, neighbourInDirection, type NavEdge, type NavNode } from '../lib/diagram/navigate';
import { makeZoomable } from './diagram-zoom';
import { element as el } from './dom';
import { downloadPng, downloadSvg } from './structure-export';

/** Zoom step of the toolbar buttons. */
const ZOOM_STEP = 1.5;

class StructureDiagram extends HTMLElement {
  private structure = '';
  private svg!: SVGSVGElement;
  private nodes: SVGAElement[] = [];
  private navNodes: NavNode[] = [];
  private current = '';
  private selected: string | undefined;
  private hiddenRelations = new Set<string>();
  private zoomer!: ZoomBehavior<SVGSVGElement, unknown>;
  private panel!: HTMLElement;
  private panelBody!: HTMLElement;
  private hint!: Node;
  /** The unit whose detail the panel shows. */
  private shown: string | undefined;

  connectedCallback(): void {
    const svg = this.querySelector<SVGSVGElement>('svg.dg-svg');
    const panel = this.querySelector<HTMLElement>('[data-panel]');
    const panelBody = this.querySelector<HTMLElement>('[data-panel-body]');
    if (!svg || !panel || !panelBody || this.classList.contains('is-enhanced')) return;
    this.structure = this.dataset.structure ?? '';
    this.svg = svg;
    this.panel = panel;
    this.panelBody = panelBody;
    this.hint = panelBody.cloneNode(true);
    this.nodes = [...svg.querySelectorAll<SVGAElement>('a.dg-node')];
    this.navNodes = this.nodes.map((a) => ({ id: a.dataset.node ?? '', row: Number(a.dataset.row), x: Number(a.dataset.x) }));
    this.classList.add('is-enhanced');

    this.setUpNodes();
    this.setUpLegend();
    this.setUpZoom();
    this.querySelector('[data-panel-close]')?.addEventListener('click', () => this.close(true));
    this.panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close(true);
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-export]')) {
      button.addEventListener('click', () => void (button.dataset.export === 'png' ? downloadPng(this) : downloadSvg(this)));
    }
    window.addEventListener('hashchange', () => this.openFromHash());
    this.openFromHash();
  }

  /** The hash that opens this diagram at a unit. */
  private hashFor(node: string): string {
    return `#${nodeElementId(this.structure, node)}`;
  }

  private nodeEl(id: string): SVGAElement | undefined {
    return this.nodes.find((a) => a.dataset.node === id);
  }

  /** Relations currently shown (the legend may hide some types). */
  private visibleEdges(): NavEdge[] {
    return [...this.svg.querySelectorAll<SVGGElement>('g.dg-edge')]
      .filter((g) => !this.hiddenRelations.has(g.dataset.rel ?? ''))
      .map((g) => ({ from: g.dataset.from ?? '', to: g.dataset.to ?? '' }));
  }

  private setUpNodes(): void {
    // One tab stop for the whole drawing (roving tabindex): arrow keys move inside it. Tab enters
    // at the top row's most connected unit, the structure's head.
    const edges = this.visibleEdges();
    const degree = (id: string) => edges.filter((e) => e.from === id || e.to === id).length;
    const first = [...this.navNodes].sort((a, b) => a.row - b.row || degree(b.id) - degree(a.id) || a.x - b.x)[0];
    this.setCurrent(first?.id ?? '');
    select(this.svg)
      .selectAll<SVGAElement, unknown>('a.dg-node')
      .each((_d, i, group) => {
        const a = group[i] as SVGAElement;
        const id = a.dataset.node ?? '';
        select(a)
          .on('mouseenter', () => {
            this.highlight(id);
            this.showDetail(id);
          })
          .on('mouseleave', () => this.restore())
          .on('focus', () => {
            this.setCurrent(id);
            this.highlight(id);
            this.showDetail(id);
            this.keepInView(a);
          })
          .on('blur', () => this.restore())
          .on('click', (event: MouseEvent) => {
            event.preventDefault();
            this.open(id, false);
            this.keepAboveSheet(a);
          })
          .on('keydown', (event: KeyboardEvent) => this.onKey(event, id));
      });
  }

  /** Back to the open unit, if any, after a hover or focus moves away. */
  private restore(): void {
    this.highlight(this.selected);
    if (this.selected) this.showDetail(this.selected);
    else this.showHint();
  }

  private onKey(event: KeyboardEvent, id: string): void {
    const dir = keyDirection(event.key);
    if (dir) {
      event.preventDefault();
      const next = neighbourInDirection(this.navNodes, this.visibleEdges(), id, dir);
      if (next) this.nodeEl(next)?.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.open(id, true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.close(false);
    }
  }

  private setCurrent(id: string): void {
    this.current = id;
    for (const a of this.nodes) {
      a.setAttribute('tabindex', a.dataset.node === id ? '0' : '-1');
      a.classList.toggle('is-current', a.dataset.node === id);
    }
  }

  /** Steps back everything not related to `id` (or nothing, when id is undefined). */
  private highlight(id: string | undefined): void {
    this.svg.classList.toggle('has-active', id !== undefined);
    const related = new Set<string>(id ? [id] : []);
    for (const g of this.svg.querySelectorAll<SVGGElement>('g.dg-edge')) {
      const on = id !== undefined && (g.dataset.from === id || g.dataset.to === id);
      g.classList.toggle('is-related', on);
      this.svg.querySelector(`g.dg-edge-label[data-edge="${CSS.escape(g.dataset.edge ?? '')}"]`)?.classList.toggle('is-related', on);
      if (on && !this.hiddenRelations.has(g.dataset.rel ?? '')) {
        related.add(g.dataset.from ?? '');
        related.add(g.dataset.to ?? '');
      }
    }
    for (const a of this.nodes) a.classList.toggle('is-related', related.has(a.dataset.node ?? ''));
  }

  /** Fills the panel with a unit's detail, read from its entry in the text version. */
  private showDetail(id: string): void {
    // Re-rendering what is shown would drop focus from inside the panel.
    if (this.shown === id) return;
    const detail = this.detailOf(id);
    if (!detail) return;
    this.panelBody.replaceChildren(...detail);
    this.shown = id;
  }

  /**
   * A unit's detail, built from the text version's markup (copies of its text and links, no HTML
   * parsing): name, kind and level, composition and duties, relations, and the source it rests on.
   */
  private detailOf(id: string): Node[] | undefined {
    const text = document.getElementById(textVersionId(this.structure));
    const entry = document.getElementById(textEntryId(this.structure, id));
    if (!text || !entry) return undefined;
    const part = (root: Element, name: TextPart) => root.querySelector(textPartSelector(name));
    const copy = (el: Element | null | undefined) => [...(el?.childNodes ?? [])].map((n) => n.cloneNode(true));
    const labelOf = (unit: string) => part(document.getElementById(textEntryId(this.structure, unit)) ?? text, 'label')?.textContent ?? unit;
    const term = (name: string) => el('span', 'dg-detail-term', name);
    const say = clientWords(document.documentElement.lang);

    const title = el('p', 'dg-detail-title', part(entry, 'label')?.textContent ?? id);
    title.tabIndex = -1;
    const level = part(entry.closest(textPartSelector('level')) ?? entry, 'levelLabel')?.textContent ?? '';
    const out: Node[] = [title, el('p', 'dg-detail-kind', el('span', 'badge', part(entry, 'kind')?.textContent ?? ''), ` ${level}`)];
    for (const field of entry.querySelectorAll(textPartSelector('field'))) out.push(el('p', '', ...copy(field)));

    const relations = [...text.querySelectorAll<HTMLTableRowElement>(relationRowsSelector(id))].map((row) => {
      const outgoing = row.dataset.from === id;
      const phrase = relationPhrase(
        {
          relation: part(row, 'relation')?.textContent ?? '',
          direction: outgoing ? 'out' : 'in',
          other: { label: labelOf((outgoing ? row.dataset.to : row.dataset.from) ?? '') },
        },
        say,
      );
      // The note cell holds the source's wording, then its citation.
      const note = copy(part(row, 'note'));
      const words = note.filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
      return el('li', '', phrase, ...(words ? [el('span', 'muted', `：${words}`)] : []), ...note.filter((n) => n.nodeType === Node.ELEMENT_NODE));
    });
    if (relations.length > 0) out.push(el('div', '', el('p', 'dg-detail-term', say.relations), el('ul', 'dg-detail-relations', ...relations)));

    const cites = [...entry.querySelectorAll('a[href]')].map((a) => a.cloneNode(true));
    const source = cites.length > 0 ? cites : [say.wholeBasis, ...copy(part(text, 'basis'))];
    out.push(el('p', 'dg-detail-source', term(say.source), ...source));
    const more = el('a', '', say.seeInText);
    more.href = `#${entry.id}`;
    out.push(el('p', '', more));
    return out;
  }

  private showHint(): void {
    this.panelBody.replaceChildren(...[...this.hint.cloneNode(true).childNodes]);
    this.shown = undefined;
  }

  /** Keeps a unit's detail open and puts it in the URL hash; with `focusPanel`, moves focus there. */
  private open(id: string, focusPanel: boolean): void {
    this.selected = id;
    for (const a of this.nodes) a.classList.toggle('is-selected', a.dataset.node === id);
    this.setCurrent(id);
    this.highlight(id);
    this.showDetail(id);
    this.panel.classList.add('is-open');
    const close = this.querySelector<HTMLElement>('[data-panel-close]');
    if (close) close.hidden = false;
    if (location.hash !== this.hashFor(id)) history.replaceState(null, '', this.hashFor(id));
    if (focusPanel) this.panelBody.querySelector<HTMLElement>('.dg-detail-title')?.focus();
  }

  /**
   * On a phone or touch screen the detail is a bottom sheet over the page (diagram.css): when it
   * covers the unit just picked, scrolls the page only as far as needed to show the unit above it.
   */
  private keepAboveSheet(unit: SVGAElement): void {
    if (getComputedStyle(this.panel).position !== 'fixed') return;
    const overlap = unit.getBoundingClientRect().bottom - this.panel.getBoundingClientRect().top;
    if (overlap > -8) window.scrollBy({ top: overlap + 8, behavior: 'instant' });
  }

  /** Closes the detail and clears the hash; with `refocus`, focus returns to the unit. */
  private close(refocus: boolean): void {
    const was = this.selected ?? this.current;
    this.selected = undefined;
    for (const a of this.nodes) a.classList.remove('is-selected');
    this.panel.classList.remove('is-open');
    const close = this.querySelector<HTMLElement>('[data-panel-close]');
    if (close) close.hidden = true;
    this.highlight(undefined);
    this.showHint();
    if (location.hash.startsWith(this.hashFor(''))) history.replaceState(null, '', location.pathname + location.search);
    if (refocus) this.nodeEl(was)?.focus();
  }

  /** Opens the unit named in the URL hash, if it is one of this diagram's. */
  private openFromHash(): void {
    const id = unitFromHash(location.hash, this.structure);
    if (id !== undefined && this.nodeEl(id)) this.open(id, false);
  }

  /** Turns each relation type of the legend into a show/hide button. */
  private setUpLegend(): void {
    for (const item of this.querySelectorAll<HTMLLIElement>('[data-relation-list] li[data-rel]')) {
      const key = item.querySelector('.dg-legend-key');
      const rel = item.dataset.rel ?? '';
      if (!key) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'dg-legend-key dg-legend-toggle';
      button.setAttribute('aria-pressed', 'true');
      button.title = clientWords(document.documentElement.lang).toggleRelation;
      button.append(...key.childNodes);
      key.replaceWith(button);
      button.addEventListener('click', () => {
        const show = this.hiddenRelations.has(rel);
        if (show) this.hiddenRelations.delete(rel);
        else this.hiddenRelations.add(rel);
        button.setAttribute('aria-pressed', String(show));
        for (const el of this.svg.querySelectorAll(`[data-rel="${CSS.escape(rel)}"]`)) el.classList.toggle('is-hidden', !show);
        this.highlight(this.selected);
      });
    }
  }

  private setUpZoom(): void {
    this.zoomer = makeZoomable(this.svg);
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.addEventListener('click', () => {
        const sel = select(this.svg);
        if (button.dataset.zoom === 'in') this.zoomer.scaleBy(sel, ZOOM_STEP);
        else if (button.dataset.zoom === 'out') this.zoomer.scaleBy(sel, 1 / ZOOM_STEP);
        else this.zoomer.transform(sel, zoomIdentity);
      });
    }
  }

  private scale(): number {
    return zoomTransform(this.svg).k;
  }

  /** When zoomed in, pans so a unit reached by keyboard is in view. */
  private keepInView(a: SVGAElement): void {
    if (this.scale() <= 1) return;
    this.zoomer.translateTo(select(this.svg), Number(a.dataset.x), Number(a.dataset.y));
  }
}

if (!customElements.get('structure-diagram')) customElements.define('structure-diagram', StructureDiagram);
