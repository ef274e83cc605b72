/** Enhances the dark-mode switch: toggles [data-theme] on <html>, stores the choice, keeps aria-pressed true while dark. */

function currentTheme(): 'light' | 'dark' {
  const set = document.documentElement.dataset.theme;
  if (set === 'light' || set === 'dark') return set;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function initThemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const render = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
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
