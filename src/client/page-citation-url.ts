/**
 * Without a configured public origin the page citation was built with http://localhost:4321; put
 * the address the reader is actually using into each citation format (text only, no markup).
 */
import { citableAddress, withAddress } from '../lib/citation/page-url';

for (const block of document.querySelectorAll<HTMLElement>('[data-built-url]')) {
  const built = block.dataset['builtUrl'] ?? '';
  const address = citableAddress(built, location);
  if (!address) continue;
  for (const pre of block.querySelectorAll('pre')) pre.textContent = withAddress(pre.textContent ?? '', built, address);
}
