/**
 * <classroom-view>: a figure that can be shown in the classroom view. Shows its "课堂模式" button
 * (hidden without JavaScript) and loads the classroom view's code on the first click only, so a
 * diagram or timeline page ships a few hundred bytes for it until someone projects.
 */
class ClassroomView extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-classroom-open]');
    if (!button || !document.querySelector('dialog[data-classroom]')) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      void import('./classroom-dialog').then(({ openClassroom }) => openClassroom(this, button));
    });
  }
}

if (!customElements.get('classroom-view')) customElements.define('classroom-view', ClassroomView);
