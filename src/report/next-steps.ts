/**
 * The next steps per aspect and the rubric's notice in words, for every renderer. The lists are
 * computed by the scorer (src/scoring/next-steps.ts, `Assessment.nextSteps`); this module only
 * words them. Pure: plain text, no colour and no escaping (each renderer escapes for where the
 * text lands). Both give nothing for an assessment without them, so v1 reports keep their bytes.
 */
import type { Lang } from '../diagnostics.js';
import type { Assessment, NextStep, NextStepItem, Predicate } from '../scoring/types.js';
import { num, text } from './format.js';
import { ui } from '../i18n/index.js';
import { categoryText, cellName } from './v2.js';

export interface NextStepItemView {
  item: NextStepItem;
  code: string;
  name: string;
  /** Where the level used was written, `assumed`, or ''. */
  cell: string;
  /** The level now, or the no-level word. */
  now: string;
  next: string;
  /** The next level's label ('' when it only repeats its number). */
  nextLabel: string;
  /** `level 1 → 2 Established` */
  change: string;
  /** The next level's description ('' when the rubric has none). */
  requirement: string;
  gap: string;
}

export interface NextStepView {
  step: NextStep;
  code: string;
  name: string;
  /** `A2 Talent Management` */
  heading: string;
  category: Predicate;
  /** The target band as a predicate (for colours). */
  target: Predicate;
  /** `Developing 0.54 → Intermediate (from 0.61)`, or `High 0.83, the top category (from 0.81)`. */
  toward: string;
  items: NextStepItemView[];
}

/** The aspects with items below their target band, in rubric order (empty without next steps). */
export function nextStepViews(a: Assessment, lang: Lang): NextStepView[] {
  const u = ui(lang);
  const w = u.v2.nextSteps;
  return (a.nextSteps ?? []).map((s) => {
    const name = text(s.name, lang);
    const target: Predicate = { code: s.target.code, label: s.target.label, kind: 'band', ...(s.target.color !== undefined ? { color: s.target.color } : {}) };
    const from = categoryText(s.category, lang);
    const toward = s.target.next ? w.toward(from, num(s.score), categoryText(target, lang), num(s.target.min)) : w.top(from, num(s.score), num(s.target.min));
    const items = s.items.map((i): NextStepItemView => {
      const now = i.level === null ? w.noLevel : String(i.level);
      // A label that only repeats the level's number (`3`) is not said twice.
      const label = text(i.next.label, lang);
      const nextLabel = label.trim() === String(i.next.value) ? '' : label;
      return {
        item: i,
        code: i.code,
        name: text(i.name, lang),
        cell: i.assumed ? u.assumed : cellName(i.ref, a.input.sheet),
        now,
        next: String(i.next.value),
        nextLabel,
        change: w.change(now, String(i.next.value), nextLabel).trim(),
        requirement: text(i.next.description, lang),
        gap: num(i.gap),
      };
    });
    return { step: s, code: s.code, name, heading: name && name !== s.code ? `${s.code} ${name}` : s.code, category: s.category, target, toward, items };
  });
}

/** The rubric's notice in the report's language; undefined when it has none. */
export function noticeText(a: Pick<Assessment, 'rubric'>, lang: Lang): string | undefined {
  const n = a.rubric.notice;
  if (!n) return undefined;
  return text(n, lang) || undefined;
}
