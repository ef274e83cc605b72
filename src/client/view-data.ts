/**
 * <view-data>: makes 下载 CSV download what the view shows (the records marked in its scope that are
 * not hidden, see src/lib/open-data/view.ts) instead of the whole /data/ file, and keeps the text
 * 复制链接 copies at the view's current address (its filters are in the URL).
 */
import { VIEW_RECORD, viewCsv } from '../lib/open-data/view';

class ViewData extends HTMLElement {
  private records: Promise<Record<string, unknown>[]> | undefined;

  connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>('a.view-csv');
    const scope = document.getElementById(this.dataset.scope ?? '');
    const what = this.querySelector<HTMLElement>('.view-what');
    const address = document.getElementById(`${this.dataset.scope ?? ''}-link`);
    if (!link || !scope || !address) return;
    if (what) what.textContent = `${this.dataset.label ?? ''}：当前显示的内容`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      this.download(scope).catch(() => {
        // The data set could not be read: the whole file is still there.
        this.records = undefined;
        location.assign(link.href);
      });
    });
    // Capture: runs before the copy button's own handler reads the text.
    this.addEventListener('click', () => (address.textContent = this.address()), true);
    address.textContent = this.address();
  }

  /** The page as it is now: its query (the view's filters) and, for a table, the table's anchor. */
  private address(): string {
    const hash = this.dataset.anchor ? `#${this.dataset.anchor}` : location.hash;
    return `${location.origin}${location.pathname}${location.search}${hash}`;
  }

  private async download(scope: HTMLElement) {
    this.records ??= fetch(this.dataset.json ?? '')
      .then((r) => r.json() as Promise<{ records: Record<string, unknown>[] }>)
      .then((file) => file.records);
    const keys = [...scope.querySelectorAll(`[${VIEW_RECORD}]`)]
      .filter((el) => !el.closest('[hidden]'))
      .map((el) => el.getAttribute(VIEW_RECORD) ?? '');
    const csv = viewCsv((this.dataset.columns ?? '').split(','), await this.records, keys);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    a.download = this.dataset.file ?? 'data.csv';
    a.click();
    // After the browser has taken the file.
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }
}

customElements.define('view-data', ViewData);
