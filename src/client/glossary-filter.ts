/**
 * <glossary-filter>: the glossary's filter box. Typing hides the entries that do not match
 * (src/lib/glossary/filter.ts) and the sections and index letters left empty, and says how many
 * remain. Without JavaScript the box is not shown and every entry shows. The glossary page loads
 * this code when the box is first used: what was typed before it ran is applied at once.
 */
import { GLOSSARY_FILTER, termMatches } from '../lib/glossary/filter';

class GlossaryFilter extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!input || !status) return;
    const sections = [...this.querySelectorAll<HTMLElement>(GLOSSARY_FILTER.section)].map((section) => ({
      section,
      letter: this.querySelector<HTMLElement>(`a[href="#${section.getAttribute('aria-labelledby') ?? ''}"]`)?.parentElement ?? null,
      entries: [...section.querySelectorAll<HTMLElement>(GLOSSARY_FILTER.entry)].map((entry) => ({
        entry,
        text: [...entry.querySelectorAll(GLOSSARY_FILTER.text)].map((e) => e.textContent ?? '').join(' '),
      })),
    }));
    const total = sections.reduce((n, s) => n + s.entries.length, 0);
    const apply = () => {
      let shown = 0;
      for (const s of sections) {
        let inSection = 0;
        for (const { entry, text } of s.entries) {
          const match = termMatches(input.value, text);
          entry.hidden = !match;
          if (match) inSection++;
        }
        s.section.hidden = inSection === 0;
        if (s.letter) s.letter.hidden = inSection === 0;
        shown += inSection;
      }
      status.textContent = input.value.trim() === '' ? '' : shown === 0 ? '没有匹配的术语。' : `显示 ${shown} / ${total} 条。`;
    };
    input.addEventListener('input', apply);
    if (input.value !== '') apply();
  }
}

customElements.define('glossary-filter', GlossaryFilter);
