/** The glossary: every term a newcomer needs, with all the spellings a reader might type. */
import { z } from 'astro/zod';
import { cites, entryId, text, title } from './common';

export const termSchema = z.strictObject({
  term: title(20),
  aliases: z.array(text).default([]),
  /** Hanyu pinyin with tone marks, words separated by spaces. */
  pinyin: text,
  english: text,
  /** Short definition for tooltips, one sentence. */
  short: text.max(60, '简短释义不超过60字'),
  /** Full definition in the site's words. */
  definition: text,
  /** Related mechanisms and terms. */
  mechanisms: z.array(entryId).default([]),
  related: z.array(entryId).default([]),
  cites,
});
export type Term = z.infer<typeof termSchema>;
