/** Building DOM from copied text and nodes, never from HTML strings (content must not go through innerHTML). */

/**
 * A new element with a class (none when empty) and children.
 *
 * @example element('p', 'dg-detail-title', '社区居委会')
 */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  e.append(...children);
  return e;
}
