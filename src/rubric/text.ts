/** Text in Indonesian and English: declared at the base (src/vocabulary.ts). */
export type { LocalText } from '../vocabulary.js';
