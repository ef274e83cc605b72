/**
 * The one script in every page's <head>, run before the first paint. Injected as a `head-inline`
 * script, which Astro hashes into the page's CSP.
 * - It sets the colour theme, so a reader who chose dark never sees a flash of light.
 * - It marks the page as scripted (`data-js` on <html>), so controls that only a script can make
 *   work (`data-js-only`, see global.css) have their place from the first paint: shown later by
 *   their script, they would push the page below them down (layout shift). Without JavaScript the
 *   mark is missing and they stay hidden.
 */
import type { AstroIntegration } from 'astro';

/** Reads the stored theme choice ("light" | "dark"; without one, CSS follows the system setting) and marks the page as scripted. */
export const HEAD_INIT = `document.documentElement.dataset.js='';try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

export default function headInit(): AstroIntegration {
  return {
    name: 'head-init',
    hooks: {
      'astro:config:setup': ({ injectScript }) => injectScript('head-inline', HEAD_INIT),
    },
  };
}
