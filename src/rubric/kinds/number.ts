/**
 * The `number` kind (v2): a measured value within a declared range — a survey result, a
 * percentage, a count. Without `points` the value is the score; with `points` it maps linearly
 * from [min, max] onto [0, points].
 */
import { Dec } from '../../decimal.js';
import { rubricText } from '../../i18n/index.js';
import { emptyResult, fmt, invalid, invalidResult, parseNumber, textOf, type InputValue, type ParseContext, type ParseResult } from './parse.js';
import type { InputRule, LeafKind } from './types.js';

export interface NumberScoring {
  kind: 'number';
  min: number;
  max: number;
  /** Shown after the value (`%`, `orang`). */
  unit?: string;
  /** Decimals shown in reports and allowed in the template cell. */
  decimals?: number;
  /**
   * A 0–1 value may also be written as a percentage (0–100, with or without `%`): a value above 1
   * (or ending in `%`) is divided by 100. Only for `max: 1`.
   */
  percentAccepted?: boolean;
  /** Points at `max` (linear from `min` = 0 points); absent: the value itself is the score. */
  points?: number;
}

const HUNDRED = Dec.int(100);

/** Reads the value, a trailing `%` included where percentages are accepted: the value on the rubric's range. */
export function readNumber(s: NumberScoring, v: InputValue, ctx: ParseContext): ParseResult<{ value: Dec; percent: boolean }> {
  let value = v;
  let percentSign = false;
  if (s.percentAccepted && typeof v.raw === 'string') {
    const t = textOf(v);
    if (t.endsWith('%')) {
      percentSign = true;
      const rest = t.slice(0, -1).trim();
      value = { raw: rest, text: rest };
    }
  }
  const r = parseNumber(value, ctx);
  if (r.status !== 'ok') return r;
  let x = r.value;
  const percent = s.percentAccepted === true && (percentSign || x.gt(Dec.ONE));
  if (percent) x = x.div(HUNDRED);
  if (x.lt(Dec.num(s.min)) || x.gt(Dec.num(s.max)))
    return invalid('SCORE_NUMBER_OUT_OF_RANGE', { value: textOf(v), min: s.min, max: s.max, percent: s.percentAccepted === true });
  return { status: 'ok', value: { value: x, percent } };
}

export const numberKind: LeafKind<NumberScoring> = {
  kind: 'number',
  numberColumn: true,

  pointValues: (s) => (s.points !== undefined ? [Dec.ZERO, Dec.num(s.points)] : [Dec.num(s.min), Dec.num(s.max)]),

  lint(s, { code, pointer: sp, err }) {
    if (!Dec.num(s.max).gt(Dec.num(s.min))) err('RUBRIC_NUMBER_BOUNDS', { code, min: s.min, max: s.max }, `${sp}/max`, { code });
    if (s.percentAccepted && s.max !== 1) err('RUBRIC_NUMBER_PERCENT', { code, max: s.max }, `${sp}/percentAccepted`, { code });
  },

  compile(s, _rubric, ctx) {
    const min = Dec.num(s.min);
    const span = Dec.num(s.max).sub(min);
    const points = s.points !== undefined ? Dec.num(s.points) : undefined;
    return (value) => {
      if (value === undefined) return emptyResult();
      const r = readNumber(s, value, ctx);
      if (r.status === 'empty') return emptyResult();
      if (r.status === 'invalid') return invalidResult('number', value, r.problem);
      const x = r.value.value;
      const read = r.value.percent ? `${fmt(x.mul(HUNDRED))}% = ${fmt(x)}` : fmt(x);
      if (!points) return { status: 'ok', parsed: x.toNumber(), points: x, rule: `number ${read}` };
      const p = x.sub(min).div(span).mul(points);
      return { status: 'ok', parsed: x.toNumber(), points: p, rule: `number ${read} → (${fmt(x)} − ${fmt(min)}) / ${fmt(span)} × ${fmt(points)} = ${fmt(p)}` };
    };
  },

  describe: ({ scoring: s, column }, _rubric, lang) =>
    rubricText(lang, 'kindNumber', { min: s.min, max: s.max, unit: s.unit ?? '', percent: s.percentAccepted === true, points: s.points ?? '' }) + (column ? ` ← ${column}` : ''),

  showJson: (s) => ({ range: [s.min, s.max], ...(s.unit ? { unit: s.unit } : {}) }),

  templateInput({ scoring: s, description }, { words: w, num, text, clip }) {
    const rule: InputRule = { kind: 'decimal', min: Dec.num(s.min), max: s.percentAccepted ? Dec.int(100) : Dec.num(s.max) };
    const range = `${num(s.min)}–${num(s.max)}${s.unit ? ` ${s.unit}` : ''}${s.percentAccepted ? ` (${w.orPercent})` : ''}`;
    return { rule, lines: [range], prompt: clip([...(description ? [text(description)] : []), range].join(' ')), promptTitle: w.enterNumber };
  },
};
