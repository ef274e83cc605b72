/**
 * <view-data>: makes 下载 CSV download what the view shows (the records marked in its scope that are
 * not hidden, see src/lib/open-data/view.ts) instead of the whole /data/ file, and keeps the text
 * 复制链接 copies at the view's current address (its filters are in the URL). No class fields:
 * their compiled helper is a shared module, and a shared module would make this inline script a file.
 */
import { VIEW_RECORD, viewCsv } from '../lib/open-data/view';

/** Saves text as a file, as a link with `download` would. */
function save(csv: string, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  a.download = name;
  a.click();
  // After the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

class ViewData extends HTMLElement {
  connectedCallback() {
    const { json = '', columns = '', scope: scopeId = '', file = 'data.csv', label = '', anchor } = this.dataset;
    const link = this.querySelector<HTMLAnchorElement>('a.view-csv');
    const scope = document.getElementById(scopeId);
    const address = document.getElementById(`${scopeId}-link`);
    if (!link || !scope || !address) return;
    const what = this.querySelector<HTMLElement>('.view-what');
    if (what) what.textContent = document.documentElement.lang.startsWith('en') ? `${label}: what is shown now` : `${label}：当前显示的内容`;

    let records: Promise<Record<string, unknown>[]> | undefined;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      records ??= fetch(json)
        .then((r) => r.json() as Promise<{ records: Record<string, unknown>[] }>)
        .then((data) => data.records);
      const keys = [...scope.querySelectorAll(`[${VIEW_RECORD}]`)].filter((el) => !el.closest('[hidden]')).map((el) => el.getAttribute(VIEW_RECORD) ?? '');
      records
        .then((all) => save(viewCsv(columns.split(','), all, keys), file))
        .catch(() => {
          // The data set could not be read: the whole file is still there.
          records = undefined;
          location.assign(link.href);
        });
    });

    // The page as it is now: its query (the view's filters) and, for a table, the table's anchor.
    const current = () => `${location.origin}${location.pathname}${location.search}${anchor ? `#${anchor}` : location.hash}`;
    // Capture: runs before the copy button's own handler reads the text.
    this.addEventListener('click', () => (address.textContent = current()), true);
    address.textContent = current();
  }
}

customElements.define('view-data', ViewData);
