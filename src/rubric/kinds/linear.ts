/** The `linear` kind: a number times a factor, plus an offset, between a floor and a cap. */
import { Dec } from '../../decimal.js';
import { rubricText } from '../../i18n/index.js';
import { emptyResult, fmt, invalidResult, parseNumber } from './parse.js';
import type { InputRule, LeafKind } from './types.js';

/** points = clamp(value x factor + offset, floor, cap). */
export interface LinearScoring {
  kind: 'linear';
  factor: number;
  offset?: number;
  /** Upper bound on the points (required: a linear leaf must have a maximum). */
  cap: number;
  /** Lower bound (default 0). */
  floor?: number;
}

export const linearKind: LeafKind<LinearScoring> = {
  kind: 'linear',
  numberColumn: true,

  pointValues: (s) => [Dec.num(s.floor ?? 0), Dec.num(s.cap)],

  lint(s, { code, pointer: sp, err }) {
    const floor = s.floor ?? 0;
    if (!Dec.num(s.cap).gt(Dec.num(floor))) err('RUBRIC_LINEAR_CAP', { code, cap: s.cap, floor }, `${sp}/cap`, { code });
  },

  compile(s, _rubric, ctx) {
    const factor = Dec.num(s.factor);
    const offset = s.offset !== undefined ? Dec.num(s.offset) : Dec.ZERO;
    const cap = Dec.num(s.cap);
    const floor = Dec.num(s.floor ?? 0);
    return (value) => {
      if (value === undefined) return emptyResult();
      const r = parseNumber(value, ctx);
      if (r.status === 'empty') return emptyResult();
      if (r.status === 'invalid') return invalidResult('linear', value, r.problem);
      const x = r.value;
      const raw = x.mul(factor).add(offset);
      const expr = `${fmt(x)} × ${fmt(factor)}${offset.isZero() ? '' : ` ${offset.lt(Dec.ZERO) ? '-' : '+'} ${fmt(offset.abs())}`}`;
      let points = raw;
      let rule = `${expr} = ${fmt(raw)}`;
      if (raw.gt(cap)) {
        points = cap;
        rule = `min(${fmt(cap)}, ${expr}) = ${fmt(cap)}`;
      } else if (raw.lt(floor)) {
        points = floor;
        rule = `max(${fmt(floor)}, ${expr}) = ${fmt(floor)}`;
      }
      return { status: 'ok', parsed: x.toNumber(), points, rule };
    };
  },

  describe: ({ scoring: s, column }, _rubric, lang) => rubricText(lang, 'kindLinear', { factor: s.factor }) + (column ? ` ← ${column}` : ''),

  templateInput({ scoring: s, description }, { words: w, num, text, clip }) {
    const factor = Dec.num(s.factor);
    const offset = Dec.num(s.offset ?? 0);
    const floor = Dec.num(s.floor ?? 0);
    const cap = Dec.num(s.cap);
    const rule: InputRule = { kind: 'decimal' };
    let at: Dec | undefined;
    if (!factor.isZero()) {
      // The values over which the points move: below and above them the points stay at floor or cap.
      const a = floor.sub(offset).div(factor);
      at = cap.sub(offset).div(factor);
      rule.min = a.min(at);
      rule.max = a.max(at);
    }
    const line = w.linearRule({
      factor: num(factor),
      ...(offset.isZero() ? {} : { offset: num(offset) }),
      cap: num(cap),
      floor: num(floor),
      ...(at ? { at: num(at) } : {}),
    });
    // The prompt has room for the leaf's description too (the note's head has it already).
    return { rule, lines: [line], prompt: clip([...(description ? [text(description)] : []), line].join(' ')), promptTitle: w.enterNumber };
  },
};
