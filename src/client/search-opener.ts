/**
 * The header's search control: a link to /search/ that, with JavaScript, opens the search dialog
 * instead, also on `/` and Ctrl/⌘+K. On /search/ the keys go to the page's own search field.
 *
 * Every page carries this script inline (the budget for a text page is no script file), so it
 * holds only what opening needs. Nothing here may import a module, statically or dynamically, or
 * Astro stops inlining it. The dialog and the search code's <script> wait in a <template>
 * (SearchDialog.astro): put into the page on the first opening, the script runs and defines
 * <kb-search> (search-ui.ts), which takes over the dialog's search box, searches what the reader
 * typed meanwhile and closes the dialog on a click outside it.
 */

/** True when a key press belongs to a field the reader is typing in. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Wires the header's search link and keyboard shortcuts to the search dialog. */
export function initSearchOpener(): void {
  const link = document.querySelector('[data-search-open]');
  const template = document.querySelector<HTMLTemplateElement>('template[data-search-dialog-template]');
  if (!link || !template) return;
  let dialog: HTMLDialogElement | null = null;

  const open = (e: Event) => {
    e.preventDefault();
    const onPage = document.querySelector<HTMLInputElement>('kb-search[data-variant="page"] input[name="q"]');
    if (onPage) {
      onPage.focus();
      onPage.select();
      return;
    }
    if (!dialog) {
      document.body.append(template.content.cloneNode(true));
      dialog = document.querySelector('dialog[data-search-dialog]');
    }
    if (!dialog?.open) dialog?.showModal();
  };

  link.setAttribute('aria-haspopup', 'dialog');
  // A click with a modifier opens the search page in a new tab or window, as links do.
  link.addEventListener('click', (e) => {
    const m = e as MouseEvent;
    if (!(m.button || m.ctrlKey || m.metaKey || m.shiftKey || m.altKey)) open(e);
  });
  document.addEventListener('keydown', (e) => {
    const command = e.ctrlKey || e.metaKey;
    if ((command && e.key.toLowerCase() === 'k') || (e.key === '/' && !command && !e.altKey && !isTyping(e.target))) open(e);
  });
}
