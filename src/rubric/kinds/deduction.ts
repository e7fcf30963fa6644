/**
 * The `deduction` kind (v2): a correction that lowers its parent — a penalty for violations. The
 * evidence writes the amount (0..max); the leaf's score is minus that amount and its maximum is 0,
 * so a `sum` or `composite` parent subtracts it. No row means `default` (0 unless said), never an
 * error: a correction applies only when someone writes one. The row's evidence/notes are its reason.
 */
import { Dec } from '../../decimal.js';
import { rubricText } from '../../i18n/index.js';
import { emptyResult, fmt, invalid, invalidResult, parseNumber, textOf } from './parse.js';
import type { LeafKind } from './types.js';

export interface DeductionScoring {
  kind: 'deduction';
  /** The largest amount that may be deducted. */
  max: number;
  /** The amount when the evidence has none (default 0). */
  default?: number;
  unit?: string;
}

export const deductionKind: LeafKind<DeductionScoring> = {
  kind: 'deduction',
  numberColumn: true,

  pointValues: (s) => [Dec.num(s.max).neg(), Dec.ZERO],

  lint(s, { code, pointer: sp, err }) {
    if (!Dec.num(s.max).gt(Dec.ZERO)) err('RUBRIC_NUMBER_BOUNDS', { code, min: 0, max: s.max }, `${sp}/max`, { code });
    if (s.default !== undefined && (s.default < 0 || s.default > s.max)) err('RUBRIC_DEDUCTION_DEFAULT', { code, value: s.default, max: s.max }, `${sp}/default`, { code });
  },

  missingPoints: (s) => Dec.num(s.default ?? 0).neg(),

  compile(s, _rubric, ctx) {
    const max = Dec.num(s.max);
    return (value) => {
      if (value === undefined) return emptyResult();
      const r = parseNumber(value, ctx);
      if (r.status === 'empty') return emptyResult();
      if (r.status === 'invalid') return invalidResult('deduction', value, r.problem);
      const x = r.value;
      if (x.lt(Dec.ZERO) || x.gt(max)) return invalidResult('deduction', value, invalid('SCORE_NUMBER_OUT_OF_RANGE', { value: textOf(value), min: 0, max: s.max, percent: false }).problem);
      return { status: 'ok', parsed: x.toNumber(), points: x.neg(), rule: `deduction − ${fmt(x)}` };
    };
  },

  describe: ({ scoring: s }, _rubric, lang) => rubricText(lang, 'kindDeduction', { max: s.max, unit: s.unit ?? '' }),

  showJson: (s) => ({ range: [0, s.max], default: s.default ?? 0 }),

  templateInput({ scoring: s, description }, { words: w, num, text, clip }) {
    const line = `0–${num(s.max)}${s.unit ? ` ${s.unit}` : ''}`;
    return { rule: { kind: 'decimal', min: Dec.ZERO, max: Dec.num(s.max) }, lines: [line], prompt: clip([...(description ? [text(description)] : []), line].join(' ')), promptTitle: w.enterNumber };
  },
};
