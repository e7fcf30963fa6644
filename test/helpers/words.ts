// One part's diagnostic words in both languages side by side, keyed by code, as the tests that
// check every code has words in every language read them.
import type { Args } from '../../src/diagnostics.js';
import { words, type Words } from '../../src/i18n/index.js';
import type { MessageWords } from '../../src/i18n/types.js';

type Sentence = (a: Args) => string;
export interface BothLanguages {
  id: Sentence;
  en: Sentence;
  hint?: { id: Sentence; en: Sentence };
}

export function catalogOf(part: keyof Words['diagnostics']): Record<string, BothLanguages> {
  const id = words('id').diagnostics[part] as Readonly<Record<string, MessageWords>>;
  const en = words('en').diagnostics[part] as Readonly<Record<string, MessageWords>>;
  const out: Record<string, BothLanguages> = {};
  for (const code of Object.keys(id)) {
    const a = id[code]!;
    const b = en[code]!;
    out[code] = a.hint && b.hint ? { id: a.text, en: b.text, hint: { id: a.hint, en: b.hint } } : { id: a.text, en: b.text };
  }
  return out;
}
