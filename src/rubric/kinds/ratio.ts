/**
 * The `ratio` kind (v2): a share of two numbers — open selections over all senior posts. In a
 * record rubric they are two number columns of the record; in an agency rubric two evidence rows
 * named by code (rows that hold numbers, not leaves). The cell may also hold the fraction itself
 * (`12/20`). points = min(numerator / denominator, 1) × points.
 */
import { Dec } from '../../decimal.js';
import { rubricText } from '../../i18n/index.js';
import { emptyResult, fmt, invalid, invalidResult, parseNumberText, textOf, type InputValue, type ParseContext, type ParseResult } from './parse.js';
import type { LeafKind } from './types.js';

export interface RatioScoring {
  kind: 'ratio';
  /** Record rubrics: a number column key; agency rubrics: the code of the evidence row holding it. */
  numerator: string;
  denominator: string;
  /** Points at a ratio of 1 (and above: the ratio is capped at 1). */
  points: number;
}

/** `12/20`, `12 / 20`, or the two numbers joined by the evaluator the same way. */
export function readRatio(v: InputValue, ctx: ParseContext): ParseResult<{ n: Dec; d: Dec }> {
  const t = textOf(v);
  if (t === '') return { status: 'empty' };
  const parts = t.split('/');
  if (parts.length !== 2) return invalid('SCORE_RATIO_INVALID', { value: t });
  const n = parseNumberText(parts[0]!, ctx);
  const d = parseNumberText(parts[1]!, ctx);
  if (n.status === 'empty' || d.status === 'empty') return { status: 'empty' };
  if (n.status === 'invalid') return n;
  if (d.status === 'invalid') return d;
  if (n.value.lt(Dec.ZERO) || !d.value.gt(Dec.ZERO)) return invalid('SCORE_RATIO_INVALID', { value: t });
  return { status: 'ok', value: { n: n.value, d: d.value } };
}

export const ratioKind: LeafKind<RatioScoring> = {
  kind: 'ratio',

  pointValues: (s) => [Dec.ZERO, Dec.num(s.points)],

  lint(s, { code, pointer: sp, err }) {
    if (s.numerator === s.denominator) err('RUBRIC_RATIO_SAME', { code, column: s.numerator }, `${sp}/denominator`, { code });
  },

  compile(s, _rubric, ctx) {
    const points = Dec.num(s.points);
    return (value) => {
      if (value === undefined) return emptyResult();
      const r = readRatio(value, ctx);
      if (r.status === 'empty') return emptyResult();
      if (r.status === 'invalid') return invalidResult('ratio', value, r.problem);
      const { n, d } = r.value;
      const ratio = n.div(d).min(Dec.ONE);
      const p = ratio.mul(points);
      return { status: 'ok', parsed: `${fmt(n)}/${fmt(d)}`, points: p, rule: `ratio min(1, ${fmt(n)} / ${fmt(d)}) × ${fmt(points)} = ${fmt(p)}` };
    };
  },

  describe: ({ scoring: s }, _rubric, lang) => rubricText(lang, 'kindRatio', { numerator: s.numerator, denominator: s.denominator, points: s.points }),

  templateInput({ scoring: s, description }, { words: w, text, clip }) {
    const line = `${s.numerator} / ${s.denominator}`;
    return { rule: { kind: 'list', values: [], strict: false }, lines: [line], prompt: clip([...(description ? [text(description)] : []), line].join(' ')), promptTitle: w.enterNumber };
  },
};
