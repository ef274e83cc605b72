/**
 * A page citation (“引用本页”, data-accessed) as the reader will use it: the access date was built
 * as the build day; put in the reader's day, again at each copy or download (a page left open past
 * midnight), and download a citation file as the text shown (with the address and date in use),
 * not as the file built with the old ones. Text only, no markup. Kept apart from
 * page-citation-url.ts, which lesson pages load too, so that they do not carry this.
 */
import { localDay, withAccessDate } from '../lib/citation/access-date';
import { CITATION_FILES, type CitationFormatId } from '../lib/citation/format-ids';

/** Each style's text in the block, by format id. */
const citationTexts = (block: HTMLElement) =>
  [...block.querySelectorAll<HTMLElement>('[data-format]')].flatMap((f) => {
    const pre = f.querySelector('pre');
    return pre ? [{ id: f.dataset['format'] as CitationFormatId, pre }] : [];
  });

function refreshAccessDate(block: HTMLElement): void {
  const shown = block.dataset['accessed'] ?? '';
  const today = localDay(new Date());
  if (!shown || shown === today) return;
  for (const { id, pre } of citationTexts(block)) pre.textContent = withAccessDate(pre.textContent ?? '', id, shown, today);
  block.dataset['accessed'] = today;
}

for (const block of document.querySelectorAll<HTMLElement>('[data-accessed]')) {
  refreshAccessDate(block);
  // Capture: runs before the copy button's own handler reads the text.
  block.addEventListener('click', () => refreshAccessDate(block), true);
  for (const link of block.querySelectorAll<HTMLAnchorElement>('a[data-citation-file]')) {
    link.addEventListener('click', () => {
      const id = link.dataset['citationFile'] as keyof typeof CITATION_FILES;
      const pre = citationTexts(block).find((t) => t.id === id)?.pre;
      if (!pre) return;
      // The browser follows the href it finds after this handler: the text shown, as a file.
      const href = URL.createObjectURL(new Blob([pre.textContent ?? ''], { type: CITATION_FILES[id].type }));
      const file = link.href;
      link.download = file.slice(file.lastIndexOf('/') + 1);
      link.href = href;
      setTimeout(() => {
        link.href = file;
        URL.revokeObjectURL(href);
      }, 1000);
    });
  }
}
