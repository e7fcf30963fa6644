/** Small helpers of `merit rubric show` (fit and wrap are report/layout.ts: plain strings, colour codes added after fitting). */
import type { Dec } from '../decimal.js';
import type { Lang } from '../diagnostics.js';
import { displayWidth as visible, wrapStyled } from '../report/layout.js';
import type { LocalText, Provenance } from '../rubric/types.js';
import { noteIn } from '../rubric/text.js';
import { rubricText, rubricWord } from '../i18n/index.js';

export function local(t: LocalText | undefined, lang: Lang): string {
  return t ? t[lang] || t.id : '';
}

/** `asal (disimpulkan): <source>`. */
export function provText(p: Provenance, lang: Lang): string {
  return `${rubricText(lang, 'provenance')} (${rubricWord(lang, 'confidence', p.confidence)}): ${p.source}`;
}

/**
 * A provenance in `rubric show`: the source in at most two lines, then, where the confidence is not
 * `confirmed`, the note in `lang` (why, and what would settle it) in at most two more. The whole
 * text is in `--format json` and in the booklet (`--format md|html`).
 */
export function provLines(p: Provenance, lang: Lang, width: number, indent: string, first = indent): string[] {
  const lines = clamp(wrapStyled(provText(p, lang), width, indent, first), 2, width);
  const note = p.confidence === 'confirmed' ? undefined : noteIn(p.note, lang);
  if (note) lines.push(...clamp(wrapStyled(`${rubricText(lang, 'provenanceNote')}: ${note}`, width, indent, first), 2, width));
  return lines;
}

/** At most `max` lines; the last one kept gets an ellipsis when lines were dropped. */
export function clamp(lines: string[], max: number, width: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const last = kept[max - 1]!;
  kept[max - 1] = visible(last) + 1 <= width ? `${last}…` : `${[...last].slice(0, width - 1).join('')}…`;
  return kept;
}

export function num(d: Dec): string {
  return d.toString({ maxDecimals: 4 });
}
