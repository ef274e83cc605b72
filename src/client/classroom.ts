/**
 * <classroom-view>: a figure that can be shown in the classroom view. Shows its "课堂模式" button
 * (hidden without JavaScript). A press marks the button data-classroom-pending and tells the view's
 * code; the first press also puts that code's <script>, waiting in <template data-classroom-code>,
 * into the page. This file imports nothing, so Astro inlines it: a diagram or timeline page loads
 * no file for the classroom until someone projects.
 */
class ClassroomView extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-classroom-open]');
    if (!button || !document.querySelector('dialog[data-classroom]')) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      button.dataset['classroomPending'] = '';
      const code = document.querySelector<HTMLTemplateElement>('template[data-classroom-code]');
      if (code) {
        code.remove();
        document.body.append(code.content.cloneNode(true));
      } else {
        document.dispatchEvent(new Event('classroom-pending'));
      }
    });
  }
}

if (!customElements.get('classroom-view')) customElements.define('classroom-view', ClassroomView);
