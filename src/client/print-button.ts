/**
 * Every 打印 button of the page ([data-print], src/components/PrintButton.astro) opens the
 * browser's print dialog; the page's print stylesheet lays it out for paper. Imports nothing, so
 * Astro inlines it: the pages that carry the button load no file for it.
 */
for (const button of document.querySelectorAll('[data-print]')) button.addEventListener('click', () => print());
