/**
 * <copy-button data-target="id">: copies the text of the element with that id to the clipboard
 * and says so in its live region. Without JavaScript the button stays hidden and the text, in a
 * <pre>, can be selected by hand.
 */
class CopyButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const target = document.getElementById(this.dataset.target ?? '');
    if (!button || !status || !target || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(target.textContent ?? '');
        status.textContent = '已复制';
      } catch {
        status.textContent = '复制失败，请手动选择文字';
      }
    });
  }
}

customElements.define('copy-button', CopyButton);
