/**
 * Without a configured public origin, a page's own address was built as http://localhost:4321/…
 * (in “引用本页” and in a printed handout's URL line); put in the address the reader is actually
 * using. Text nodes only, no markup.
 */
import { citableAddress, withAddress } from '../lib/citation/page-url';

for (const block of document.querySelectorAll<HTMLElement>('[data-built-url]')) {
  const built = block.dataset['builtUrl'] ?? '';
  const address = citableAddress(built, location);
  if (!address) continue;
  const texts = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    if (node.nodeValue?.includes(built)) node.nodeValue = withAddress(node.nodeValue, built, address);
  }
}
