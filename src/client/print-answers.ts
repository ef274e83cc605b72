/**
 * Prints the self-check answers of a lesson kit in browsers without ::details-content (Chromium
 * before 131, Safari before 18.4), where print CSS cannot show a closed <details>:
 * opens the closed ones while printing (print preview included) and closes them again after.
 */
if (!CSS.supports('selector(::details-content)')) {
  const opened: HTMLDetailsElement[] = [];
  const open = () => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>('.self-check details:not([open])')) {
      d.open = true;
      opened.push(d);
    }
  };
  const close = () => {
    for (const d of opened.splice(0)) d.open = false;
  };
  addEventListener('beforeprint', open);
  addEventListener('afterprint', close);
  // Print emulation and some print paths only change the media query, without beforeprint.
  matchMedia('print').addEventListener('change', (e) => (e.matches ? open() : close()));
}
