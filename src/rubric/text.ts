/** Text in Indonesian and English: declared at the base (src/vocabulary.ts). */
export type { LocalText } from '../vocabulary.js';

import type { LocalText } from '../vocabulary.js';

/**
 * A provenance note in one language: a plain string note (older rubrics) reads the same in both;
 * a bilingual note gives the language asked for (Indonesian when that one is empty).
 */
export function noteIn(note: string | LocalText | undefined, lang: 'id' | 'en'): string | undefined {
  if (note === undefined) return undefined;
  return typeof note === 'string' ? note : note[lang] || note.id;
}
