/**
 * <compare-matrix>: lets the reader pick 2–5 models and any dimensions of the server-rendered
 * matrix, keeps the choice in the URL (?m=…&d=…&diff=1) and marks the rows where the chosen
 * models differ. The controls are data-js-only: in place from the first paint on a scripted page,
 * so wiring them up here moves nothing; without JavaScript they are not shown and the full matrix
 * shows.
 */
import { MAX_MODELS, MIN_MODELS, parseSelection, rowVerdict, selectionQuery, type CompareChoices, type CompareSelection } from '../lib/compare/selection';
import { compareClientWords } from '../lib/compare/words';

const checkedValues = (boxes: HTMLInputElement[]) => boxes.filter((b) => b.checked).map((b) => b.value);

class CompareMatrix extends HTMLElement {
  private choices: CompareChoices = { models: [], dimensions: [] };
  private modelBoxes: HTMLInputElement[] = [];
  private dimensionBoxes: HTMLInputElement[] = [];
  private diffBox: HTMLInputElement | null = null;
  private status: HTMLElement | null = null;

  connectedCallback() {
    const controls = this.querySelector<HTMLElement>('.compare-controls');
    if (!controls) return;
    this.choices = { models: (this.dataset.models ?? '').split(','), dimensions: (this.dataset.dimensions ?? '').split(',') };
    this.modelBoxes = [...controls.querySelectorAll<HTMLInputElement>('input[name="m"]')];
    this.dimensionBoxes = [...controls.querySelectorAll<HTMLInputElement>('input[name="d"]')];
    this.diffBox = controls.querySelector<HTMLInputElement>('input[name="diff"]');
    this.status = controls.querySelector<HTMLElement>('[role="status"]');
    controls.addEventListener('change', (e) => this.onChange(e.target as HTMLInputElement));
    for (const button of controls.querySelectorAll<HTMLButtonElement>('button[data-dimensions]')) {
      button.addEventListener('click', () => {
        const all = button.dataset.dimensions === 'all';
        for (const box of this.dimensionBoxes) box.checked = all || box === this.dimensionBoxes[0];
        this.apply(this.readForm());
      });
    }
    const initial = parseSelection(location.search, this.choices);
    this.writeForm(initial);
    this.apply(initial, false);
  }

  private readForm(): CompareSelection {
    return { models: checkedValues(this.modelBoxes), dimensions: checkedValues(this.dimensionBoxes), diff: this.diffBox?.checked ?? false };
  }

  private writeForm(sel: CompareSelection) {
    for (const box of this.modelBoxes) box.checked = sel.models.includes(box.value);
    for (const box of this.dimensionBoxes) box.checked = sel.dimensions.includes(box.value);
    if (this.diffBox) this.diffBox.checked = sel.diff;
  }

  /** Keeps the choice within its limits, undoing the change that broke them and saying why. */
  private onChange(input: HTMLInputElement) {
    const sel = this.readForm();
    const say = compareClientWords(document.documentElement.lang);
    let message = '';
    if (input.name === 'm' && sel.models.length < MIN_MODELS) message = say.tooFew(MIN_MODELS);
    if (input.name === 'm' && sel.models.length > MAX_MODELS) message = say.tooMany(MAX_MODELS);
    if (input.name === 'd' && sel.dimensions.length === 0) message = say.noDimension;
    if (message) {
      input.checked = !input.checked;
      this.say(message);
      return;
    }
    this.apply(sel);
  }

  private say(message: string) {
    if (this.status) this.status.textContent = message;
  }

  /** Shows the chosen columns and rows, marks differences and writes the URL. */
  private apply(sel: CompareSelection, announce = true) {
    const say = compareClientWords(document.documentElement.lang);
    const models = new Set(sel.models);
    const dims = new Set(sel.dimensions);
    for (const el of this.querySelectorAll<HTMLElement>('table [data-model]')) el.hidden = !models.has(el.dataset.model ?? '');
    let differing = 0;
    for (const row of this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-dim]')) {
      row.hidden = !dims.has(row.dataset.dim ?? '');
      const cells = [...row.querySelectorAll<HTMLElement>('td[data-model]')].filter((td) => !td.hidden);
      const verdict = rowVerdict(cells.map((td) => ({ key: td.dataset.key ?? '', status: td.dataset.status ?? '' })));
      if (verdict === 'differs' && !row.hidden) differing++;
      row.classList.toggle('differs', sel.diff && verdict === 'differs');
      row.classList.toggle('same', sel.diff && verdict !== 'differs');
      const flag = row.querySelector<HTMLElement>('[data-diff-flag]');
      if (flag) {
        flag.hidden = !sel.diff;
        // Only a real change: rewriting the text lays the whole table out again, which on page
        // load (nothing chosen yet, every flag hidden) is work the reader waits for for nothing.
        const text = sel.diff ? say.verdict[verdict] : '';
        if (flag.textContent !== text) flag.textContent = text;
      }
    }
    this.toggleAttribute('data-diff', sel.diff);
    history.replaceState(null, '', `${location.pathname}${selectionQuery(sel, this.choices)}${location.hash}`);
    if (announce) {
      this.say(say.shown(sel.models.length, sel.dimensions.length, sel.diff ? differing : undefined));
    }
  }
}

customElements.define('compare-matrix', CompareMatrix);
