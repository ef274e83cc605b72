/** Enhances the theme button: toggles [data-theme] on <html> and stores the choice. */

function currentTheme(): 'light' | 'dark' {
  const set = document.documentElement.dataset.theme;
  if (set === 'light' || set === 'dark') return set;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function initThemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const label = button.querySelector('.label');
    const render = () => {
      const dark = currentTheme() === 'dark';
      button.setAttribute('aria-pressed', String(dark));
      if (label) label.textContent = '深色模式';
    };
    button.hidden = false;
    render();
    button.addEventListener('click', () => {
      const next = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        // Storage may be disabled (private mode, intranet policy): the choice lasts this page only.
      }
      render();
    });
  }
}
