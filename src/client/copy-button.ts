/**
 * <copy-button data-target="id">: copies the text of the element with that id to the clipboard
 * and says so in its live region. Without JavaScript the button stays hidden and the text, in a
 * <pre>, can be selected by hand.
 *
 * The asynchronous clipboard exists only on secure origins, and many intranets serve plain HTTP:
 * where it is missing or refuses, the button selects the text on screen and copies it the older
 * way (execCommand); where that fails too, the text stays selected with a "按 Ctrl+C 复制" hint.
 * Kept this small because it is inlined into text pages, which load no script file.
 */
class CopyButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const target = document.getElementById(this.dataset.target ?? '');
    if (!button || !status || !target) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        // Throws at once where navigator.clipboard is missing (plain HTTP).
        await navigator.clipboard.writeText(target.textContent ?? '');
        status.textContent = this.dataset.copied ?? '已复制';
      } catch {
        // Text folded in a closed <details> cannot be selected: unfold it first.
        const fold = target.closest('details');
        if (fold) fold.open = true;
        getSelection()?.selectAllChildren(target);
        // Deprecated, yet the one way to copy where the asynchronous clipboard is not offered.
        status.textContent = document.execCommand('copy') ? (this.dataset.copied ?? '已复制') : (this.dataset.selected ?? '已选中文字，请按 Ctrl+C 复制');
      }
    });
  }
}

customElements.define('copy-button', CopyButton);
