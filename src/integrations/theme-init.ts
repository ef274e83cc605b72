/**
 * Sets the colour theme before the first paint, so a reader who chose dark never sees a flash of
 * light. Injected as a `head-inline` script, which Astro hashes into the page's CSP.
 */
import type { AstroIntegration } from 'astro';

/** Reads the stored choice ("light" | "dark"); without one, CSS follows the system setting. */
export const THEME_INIT = `try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

export default function themeInit(): AstroIntegration {
  return {
    name: 'theme-init',
    hooks: {
      'astro:config:setup': ({ injectScript }) => injectScript('head-inline', THEME_INIT),
    },
  };
}
