/** The `boolean` kind: yes or no. */
import { Dec } from '../../decimal.js';
import { rubricText } from '../../i18n/index.js';
import { EMPTY, emptyResult, fmt, invalid, invalidResult, ok, quote, textOf, type InputValue, type ParseResult } from './parse.js';
import type { LeafKind } from './types.js';

/** Yes/no: `true` and `false` points; values ya/yes/y/true/1/x/✓ and tidak/no/n/false/0/-. */
export interface BooleanScoring {
  kind: 'boolean';
  true: number;
  false?: number;
}

const TRUE_WORDS = new Set(['ya', 'yes', 'y', 'true', '1', 'x', 'v', '✓', '✔', '☑', '√', 'ada', 'sudah', 'benar']);
const FALSE_WORDS = new Set(['tidak', 'no', 'n', 'false', '0', '-', '–', '—', 'tidak ada', 'belum', 'salah']);

export function parseBoolean(v: InputValue): ParseResult<boolean> {
  if (v.raw === null) return EMPTY;
  if (typeof v.raw === 'boolean') return ok(v.raw);
  if (typeof v.raw === 'number') {
    if (v.raw === 1) return ok(true);
    if (v.raw === 0) return ok(false);
    return invalid('SCORE_BOOLEAN_INVALID', { value: String(v.raw) });
  }
  const text = textOf(v);
  if (text === '') return EMPTY;
  const k = text.toLowerCase().replace(/\s+/g, ' ');
  if (TRUE_WORDS.has(k)) return ok(true);
  if (FALSE_WORDS.has(k)) return ok(false);
  return invalid('SCORE_BOOLEAN_INVALID', { value: text });
}

export const booleanKind: LeafKind<BooleanScoring> = {
  kind: 'boolean',

  pointValues: (s) => [Dec.num(s.true), Dec.num(s.false ?? 0)],

  lint() {},

  compile(s) {
    const t = Dec.num(s.true);
    const f = Dec.num(s.false ?? 0);
    return (value) => {
      if (value === undefined) return emptyResult();
      const r = parseBoolean(value);
      if (r.status === 'empty') return emptyResult();
      if (r.status === 'invalid') return invalidResult('boolean', value, r.problem);
      const p = r.value ? t : f;
      return { status: 'ok', parsed: r.value, points: p, rule: `boolean ${quote(textOf(value))} → ${fmt(p)}` };
    };
  },

  describe: ({ column }, _rubric, lang) => rubricText(lang, 'kindBoolean') + (column ? ` ← ${column}` : ''),

  templateInput({ scoring: s }, { words: w, num }) {
    const lines = [`${w.yes} → ${w.points(num(s.true))}`, `${w.no} → ${w.points(num(s.false ?? 0))}`];
    return { rule: { kind: 'list', values: [w.yes, w.no], strict: true }, lines, prompt: lines.join(' · '), promptTitle: w.chooseValue };
  },
};
