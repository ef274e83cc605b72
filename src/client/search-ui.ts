/**
 * <kb-search>: turns the server-rendered search form (SearchBox.astro) into live search on
 * Pagefind's JavaScript API. Loaded only when search is used: on /search/, or when the header's
 * search dialog opens. Everything shown from the index is set as text, never parsed as HTML.
 */
import { excerptParts, showsSamePassage, type TextPart } from '../lib/search/excerpt';
import { FILTERS, PROPOSED_FILTER, regionsLabel } from '../lib/search/filters';
import { hasFilters, readSearchState, searchParams, type SearchState } from '../lib/search/query';
import { PAGEFIND_OPTIONS } from '../lib/search/ranking';
import { runSearch, type Pagefind, type PagefindResult, type ResultData, type SearchOutcome } from '../lib/search/run';
import { stripWordBreaks } from '../lib/search/segment';
import { searchWords } from '../lib/search/words';

/** The page's words (the English search page says them in English). */
const say = () => searchWords(document.documentElement.lang);

/** Results shown at first and added by each "more" click. */
const PAGE_SIZE = 8;
/** Sub-results (headings) shown under a result. */
const MAX_SUB_RESULTS = 3;

let pagefind: Promise<Pagefind> | undefined;
let loaded = false;

/** Loads pagefind.js from the site's bundle once per page. */
function loadPagefind(bundle: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind & {
      options(o: object): Promise<void>;
      init(): Promise<void>;
    };
    await pf.options(PAGEFIND_OPTIONS);
    await pf.init();
    loaded = true;
    return pf;
  })();
  return pagefind;
}

/** Appends excerpt text to an element, matches in <mark>. */
function appendExcerpt(parent: HTMLElement, parts: TextPart[]): void {
  for (const part of parts) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      parent.append(mark);
    } else {
      parent.append(part.text);
    }
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** One result: type and models, title link, excerpt, and the headings it matched under. */
function resultItem(d: ResultData): HTMLLIElement {
  const li = element('li', 'search-result');
  const kicker = element('p', 'result-kicker');
  const type = d.filters['类型']?.[0];
  if (type) kicker.append(element('span', 'badge', type));
  const regions = d.filters['地区'] ?? [];
  if (regions.length > 0) kicker.append(element('span', 'result-regions', regionsLabel(regions, d.filters[PROPOSED_FILTER] ?? [])));
  const title = element('a', 'result-title', stripWordBreaks(d.meta['title'] ?? d.url));
  title.href = d.url;
  const excerpt = element('p', 'result-excerpt');
  const parts = excerptParts(d.excerpt);
  appendExcerpt(excerpt, parts);
  li.append(kicker, title, excerpt);

  const subs = d.sub_results.filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, MAX_SUB_RESULTS);
  if (subs.length > 0) {
    const list = element('ul', 'result-subs');
    for (const s of subs) {
      const item = element('li', '');
      const link = element('a', '', stripWordBreaks(s.title));
      link.href = s.url;
      item.append(link);
      // The heading where the page's own excerpt comes from is listed without repeating it.
      const subParts = excerptParts(s.excerpt);
      if (!showsSamePassage(parts, subParts)) {
        const text = element('p', '');
        appendExcerpt(text, subParts);
        item.append(text);
      }
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

class KbSearch extends HTMLElement {
  private input!: HTMLInputElement;
  private form!: HTMLFormElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private empty!: HTMLElement;
  /** Bumped by every search, so a slow answer never overwrites a newer one. */
  private generation = 0;
  private results: PagefindResult[] = [];
  private shown = 0;

  connectedCallback(): void {
    const q = <T extends Element>(selector: string) => this.querySelector<T>(selector) as T;
    this.form = q<HTMLFormElement>('form');
    this.input = q<HTMLInputElement>('input[name="q"]');
    this.status = q<HTMLElement>('[data-search-status]');
    this.list = q<HTMLOListElement>('[data-search-results]');
    this.more = q<HTMLButtonElement>('[data-search-more]');
    this.empty = q<HTMLElement>('[data-search-empty]');
    // A live region only once the box is live: every page carries the dialog's box, unused until opened.
    this.status.setAttribute('role', 'status');

    if (this.isPage) this.restore(readSearchState(new URLSearchParams(location.search)));
    // While an input method is composing (拼音 → 汉字), wait for the characters it commits.
    this.input.addEventListener('input', (e) => {
      if (!(e as InputEvent).isComposing) void this.search();
    });
    this.input.addEventListener('compositionend', () => void this.search());
    this.form.addEventListener('change', (e) => {
      if (e.target !== this.input) void this.search();
    });
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.search();
    });
    this.more.addEventListener('click', () => void this.showMore());
    this.addEventListener('keydown', (e) => this.moveFocus(e));
    const dialog = this.closest('dialog');
    // In the header's dialog: a click on the backdrop (the dialog element itself, outside its
    // panel) closes it, and so does following a result: it may lead to another place on the page
    // the dialog covers.
    dialog?.addEventListener('click', (e) => {
      if (e.target === dialog || (e.target instanceof Element && e.target.closest('a[href]'))) dialog.close();
    });
    // Start loading the index now: the reader is about to type.
    void loadPagefind(this.dataset['bundle'] ?? '').catch(() => undefined);
    if (this.input.value.trim() !== '' || hasFilters(this.state())) void this.search();
  }

  private get isPage(): boolean {
    return this.dataset['variant'] === 'page';
  }

  /** The query and the checked filters, as the form holds them, in the URL's terms. */
  private state(): SearchState {
    const params = new URLSearchParams({ q: this.input.value });
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[data-filter]:checked')) {
      params.append(box.dataset['filter'] ?? '', box.value);
    }
    return readSearchState(params);
  }

  /** Puts a shared search (?q=…&type=…) into the form. */
  private restore(state: SearchState): void {
    this.input.value = state.q;
    for (const { name, param } of FILTERS) {
      for (const box of this.form.querySelectorAll<HTMLInputElement>(`input[data-filter="${param}"]`)) {
        box.checked = state.filters[name]?.includes(box.value) ?? false;
      }
    }
    const details = this.querySelector<HTMLDetailsElement>('[data-search-filters]');
    // In place, closed, from the first paint (data-js-only): open where there is room, or when the
    // shared link chose filters.
    if (details) details.open = hasFilters(state) || matchMedia('(min-width: 56rem)').matches;
  }

  private async search(): Promise<void> {
    const generation = ++this.generation;
    const state = this.state();
    this.updateFilterSummary(state);
    await this.show(state, generation);
    // The URL follows once the results are on screen: history.replaceState waits on the browser,
    // and the reader waits for results, not for the address bar.
    if (generation !== this.generation) return;
    if (this.isPage) this.updateUrl(state);
    else this.updatePageLink(state);
  }

  /** Searches and shows the results, unless a newer search started meanwhile. */
  private async show(state: SearchState, generation: number): Promise<void> {
    if (state.q === '' && !hasFilters(state)) {
      await this.render(undefined);
      return;
    }
    let outcome: SearchOutcome;
    try {
      if (!loaded) this.status.textContent = say().loading;
      outcome = await runSearch(await loadPagefind(this.dataset['bundle'] ?? ''), state);
      await Promise.all(outcome.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    } catch {
      if (generation === this.generation) this.status.textContent = say().failed;
      return;
    }
    if (generation === this.generation) await this.render(outcome);
  }

  private updateUrl(state: SearchState): void {
    const params = searchParams(state).toString();
    history.replaceState(history.state, '', params === '' ? location.pathname : `${location.pathname}?${params}`);
  }

  /** Points the dialog's link to the search page at the same search. */
  private updatePageLink(state: SearchState): void {
    const link = this.querySelector<HTMLAnchorElement>('[data-search-page-link]');
    if (!link) return;
    const target = new URL(link.href);
    target.search = searchParams(state).toString();
    link.href = target.href;
  }

  private updateFilterSummary(state: SearchState): void {
    const summary = this.querySelector<HTMLElement>('[data-filter-summary]');
    if (!summary) return;
    const chosen = Object.values(state.filters).flat();
    summary.textContent = chosen.length > 0 ? say().chosen(chosen) : '';
  }

  private async render(outcome: SearchOutcome | undefined): Promise<void> {
    this.results = outcome?.results ?? [];
    this.shown = 0;
    this.list.replaceChildren();
    this.list.hidden = this.results.length === 0;
    this.empty.hidden = !outcome || this.results.length > 0;
    if (!outcome) {
      this.status.textContent = '';
    } else if (this.results.length === 0) {
      this.status.textContent = say().none(outcome.query);
    } else if (outcome.match === 'some') {
      this.status.textContent = say().partial(outcome.query, this.results.length, outcome.parts);
    } else {
      this.status.textContent = say().found(this.results.length);
    }
    await this.showMore();
  }

  private async showMore(): Promise<void> {
    const generation = this.generation;
    const next = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (generation !== this.generation) return;
    const firstNew = this.shown;
    this.list.append(...data.map(resultItem));
    this.shown += next.length;
    const left = this.results.length - this.shown;
    this.more.hidden = left <= 0;
    this.more.textContent = say().more(left);
    // After "more", continue where the reader was: on the first new result.
    if (firstNew > 0 && document.activeElement === this.more) this.resultLinks()[firstNew]?.focus();
  }

  private resultLinks(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('.result-title')];
  }

  /** Arrow keys move between the search field and the result titles. */
  private moveFocus(e: KeyboardEvent): void {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = this.resultLinks();
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement === this.input && e.key === 'ArrowDown') {
      links[0]?.focus();
    } else if (at >= 0) {
      const target = e.key === 'ArrowDown' ? links[at + 1] : at === 0 ? this.input : links[at - 1];
      target?.focus();
    } else {
      return;
    }
    e.preventDefault();
  }
}

if (!customElements.get('kb-search')) customElements.define('kb-search', KbSearch);
