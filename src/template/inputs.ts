/**
 * A leaf's value cell in the evidence template: its rule (a dropdown, or a number within bounds),
 * its note and its prompt, worded by the leaf's kind (src/rubric/kinds/). Shared by the v1 layout
 * (layout.ts) and the v2 rows (v2.ts). Pure.
 */
import { Dec } from '../decimal.js';
import type { Lang } from '../diagnostics.js';
import { localNumber, templateWords } from '../i18n/index.js';
import { num, text } from '../report/format.js';
import { kindOf } from '../rubric/kinds/index.js';
import type { InputRule } from '../rubric/kinds/types.js';
import { leafRange } from '../rubric/tree.js';
import type { LeafNode, Rubric } from '../rubric/types.js';

export interface LeafInput {
  rule: InputRule;
  /** The value cell's note: what each value means and the points it gives. */
  note: string;
  /** The short text shown when the cell is selected (at most 255 characters), and its title. */
  prompt: string;
  promptTitle: string;
}

export const PROMPT_MAX = 255;

export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** A rubric number as the language writes it. */
export function n(d: Dec | number, lang: Lang): string {
  return localNumber(num(typeof d === 'number' ? Dec.num(d) : d), lang);
}

/** The rule, note and prompt of a leaf's value cell (its kind words them). */
export function leafInput(leaf: LeafNode, rubric: Rubric, lang: Lang): LeafInput {
  const w = templateWords(lang);
  const max = leafRange(leaf, rubric).max;
  const head = [`${leaf.code} · ${w.maxPoints(n(max, lang))}`, ...(leaf.description ? [text(leaf.description, lang)] : [])];
  const input = kindOf(leaf).templateInput(leaf, {
    rubric,
    lang,
    words: w,
    num: (d) => n(d, lang),
    text: (t) => text(t, lang),
    clip: (p) => clip(p, PROMPT_MAX),
  });
  return { rule: input.rule, note: [...head, ...input.lines].join('\n'), prompt: input.prompt, promptTitle: input.promptTitle };
}

