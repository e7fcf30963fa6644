/** The `thresholds` kind: a number, scored by the first step whose bound it meets. */
import { Dec } from '../../decimal.js';
import { rubricText } from '../../i18n/index.js';
import type { LocalText } from '../text.js';
import { emptyResult, fmt, invalidResult, parseNumber } from './parse.js';
import type { LeafKind } from './types.js';

/**
 * Numeric thresholds: the first step (in the order written) whose bound the value meets.
 * `min` with `inclusive` (default true) means value >= min (or > min).
 */
export interface ThresholdsScoring {
  kind: 'thresholds';
  steps: { min: number; inclusive?: boolean; points: number; label?: LocalText }[];
  /** Points when no step matches (default 0). */
  otherwise?: number;
}

export const thresholdsKind: LeafKind<ThresholdsScoring> = {
  kind: 'thresholds',
  numberColumn: true,

  pointValues: (s) => [...s.steps.map((st) => Dec.num(st.points)), Dec.num(s.otherwise ?? 0)],

  lint(s, { code, pointer: sp, err }) {
    for (let j = 1; j < s.steps.length; j++) {
      const a = s.steps[j - 1]!;
      const b = s.steps[j]!;
      const aMin = Dec.num(a.min);
      const bMin = Dec.num(b.min);
      // b is reachable only if some value meets b but not a: b.min < a.min, or equal with a exclusive and b inclusive.
      const reachable = bMin.lt(aMin) || (bMin.eq(aMin) && a.inclusive === false && b.inclusive !== false);
      if (!reachable) err('RUBRIC_THRESHOLDS_ORDER', { code, min: b.min, previous: a.min, step: j + 1 }, `${sp}/steps/${j}/min`, { code });
    }
  },

  compile(s, _rubric, ctx) {
    const steps = s.steps.map((st) => ({ min: Dec.num(st.min), inclusive: st.inclusive !== false, points: Dec.num(st.points) }));
    const otherwise = Dec.num(s.otherwise ?? 0);
    return (value) => {
      if (value === undefined) return emptyResult();
      const r = parseNumber(value, ctx);
      if (r.status === 'empty') return emptyResult();
      if (r.status === 'invalid') return invalidResult('thresholds', value, r.problem);
      const x = r.value;
      const parsed = x.toNumber();
      for (const st of steps) {
        if (st.inclusive ? x.gte(st.min) : x.gt(st.min)) {
          return { status: 'ok', parsed, points: st.points, rule: `thresholds ${fmt(x)} ${st.inclusive ? '≥' : '>'} ${fmt(st.min)} → ${fmt(st.points)}` };
        }
      }
      return { status: 'ok', parsed, points: otherwise, rule: `thresholds ${fmt(x)} → otherwise ${fmt(otherwise)}` };
    };
  },

  describe: ({ scoring: s, column }, _rubric, lang) => rubricText(lang, 'kindThresholds', { count: s.steps.length }) + (column ? ` ← ${column}` : ''),

  templateInput({ scoring: s }, { words: w, num, clip }) {
    const lines = s.steps.map((st) => w.thresholdStep(st.inclusive === false ? '>' : '≥', num(st.min), num(st.points)));
    lines.push(w.otherwise(num(s.otherwise ?? 0)));
    // Numbers below every step (and below 0) are unusual enough to warn about.
    const lowest = s.steps.reduce((a, st) => a.min(Dec.num(st.min)), Dec.ZERO);
    return { rule: { kind: 'decimal', min: lowest }, lines, prompt: clip(lines.join(' · ')), promptTitle: w.enterNumber };
  },
};
