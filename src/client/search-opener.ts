/**
 * The header's search control: a link to /search/ that, with JavaScript, opens the search dialog
 * instead, also on `/` and Ctrl/⌘+K. The search code itself (search-ui.ts, then Pagefind) loads
 * only when the dialog first opens: its <script> comes with the dialog's template
 * (SearchDialog.astro). Nothing here may import a module, statically or dynamically, or Astro
 * stops inlining this script and every page loads a script file for it.
 * On /search/ the keys go to the page's own search field.
 */

/** True when a key press belongs to a field the reader is typing in. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * The search dialog, put into the page from its template the first time it is needed. The
 * template's <script> comes along and runs then: it defines <kb-search>, which takes over the
 * dialog's search box (and searches what the reader typed meanwhile).
 */
function searchDialog(template: HTMLTemplateElement): HTMLDialogElement {
  const existing = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  if (existing) return existing;
  document.body.append(template.content.cloneNode(true));
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]')!;
  // A click on the backdrop (the dialog element itself, outside its panel) closes it, and so does
  // following a result: it may lead to another place on the page the dialog covers.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog || (e.target instanceof Element && e.target.closest('a[href]'))) dialog.close();
  });
  return dialog;
}

/** Wires the header's search link and keyboard shortcuts to the search dialog. */
export function initSearchOpener(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-search-open]');
  const template = document.querySelector<HTMLTemplateElement>('template[data-search-dialog-template]');
  if (!link || !template) return;

  const open = () => {
    const onPage = document.querySelector<HTMLInputElement>('kb-search[data-variant="page"] input[name="q"]');
    if (onPage) {
      onPage.focus();
      onPage.select();
      return;
    }
    const dialog = searchDialog(template);
    if (!dialog.open) dialog.showModal();
  };

  link.setAttribute('aria-haspopup', 'dialog');
  link.addEventListener('click', (e) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    open();
  });
  document.addEventListener('keydown', (e) => {
    const shortcut = (e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey);
    if (shortcut || (e.key === '/' && !isTyping(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey)) {
      e.preventDefault();
      open();
    }
  });
}
