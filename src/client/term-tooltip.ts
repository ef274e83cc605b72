/**
 * Escape hides a glossary tooltip (WCAG 1.4.13: content shown on hover or focus can be dismissed
 * without moving the pointer or focus). The tooltip itself is pure CSS and works without this.
 */
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  for (const ref of document.querySelectorAll<HTMLElement>('.term-ref:hover, .term-ref:focus-within')) {
    ref.dataset.dismissed = '';
    const reset = () => delete ref.dataset.dismissed;
    ref.addEventListener('mouseleave', reset, { once: true });
    ref.addEventListener('focusout', reset, { once: true });
  }
});
