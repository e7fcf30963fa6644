/** The `lookup` kind: categories, each case giving its points. */
import { Dec } from '../../decimal.js';
import { rubricText } from '../../i18n/index.js';
import type { LocalText } from '../text.js';
import { EMPTY, emptyResult, fmt, invalid, invalidResult, lookupKey, ok, quote, textOf, type InputValue, type ParseResult } from './parse.js';
import type { LeafKind } from './types.js';

/** Categorical lookup: the first case whose `match` contains the value (case- and space-insensitive). */
export interface LookupScoring {
  kind: 'lookup';
  cases: { match: string[]; points: number; label?: LocalText }[];
  /** Points for a value no case matches; when absent such a value is a diagnostic. */
  default?: number;
}

export interface LookupInfo {
  scoring: LookupScoring;
  /** key -> index of the first case that lists it */
  byKey: Map<string, number>;
  allowed: string[];
}

export function lookupInfo(scoring: LookupScoring): LookupInfo {
  const byKey = new Map<string, number>();
  scoring.cases.forEach((c, i) => {
    for (const m of c.match) {
      const k = lookupKey(m);
      if (!byKey.has(k)) byKey.set(k, i);
    }
  });
  return { scoring, byKey, allowed: scoring.cases.map((c) => c.match[0] ?? '').filter((s) => s !== '') };
}

/** The index of the first case matching the value; `invalid` SCORE_LOOKUP_NO_MATCH otherwise. */
export function matchLookup(v: InputValue, info: LookupInfo): ParseResult<number> {
  const text = textOf(v);
  if (v.raw === null || text === '') return EMPTY;
  const i = info.byKey.get(lookupKey(text));
  return i !== undefined ? ok(i) : invalid('SCORE_LOOKUP_NO_MATCH', { value: text, allowed: info.allowed });
}

/** Lookup matching (as the linter compares matches) is case- and space-insensitive. */
export function normaliseMatch(value: string): string {
  return value.toLowerCase().replace(/\s+/g, '');
}

export const lookupKind: LeafKind<LookupScoring> = {
  kind: 'lookup',

  pointValues: (s) => [...s.cases.map((c) => Dec.num(c.points)), ...(s.default !== undefined ? [Dec.num(s.default)] : [])],

  lint(s, { code, pointer: sp, err }) {
    const seen = new Map<string, number>();
    s.cases.forEach((c, ci) =>
      c.match.forEach((m, mi) => {
        const key = normaliseMatch(m);
        const prev = seen.get(key);
        if (prev !== undefined) err('RUBRIC_LOOKUP_OVERLAP', { code, value: m, firstCase: prev + 1, case: ci + 1 }, `${sp}/cases/${ci}/match/${mi}`, { code });
        else seen.set(key, ci);
      }),
    );
  },

  compile(s) {
    const info = lookupInfo(s);
    const def = s.default !== undefined ? Dec.num(s.default) : undefined;
    const points = s.cases.map((c) => Dec.num(c.points));
    return (value) => {
      if (value === undefined) return emptyResult();
      const r = matchLookup(value, info);
      if (r.status === 'empty') return emptyResult();
      const text = textOf(value);
      if (r.status === 'invalid') {
        if (def !== undefined) return { status: 'ok', parsed: text, points: def, rule: `lookup ${quote(text)} → default ${fmt(def)}` };
        return invalidResult('lookup', value, r.problem, text);
      }
      const p = points[r.value]!;
      return { status: 'ok', parsed: s.cases[r.value]!.match[0] ?? text, points: p, rule: `lookup ${quote(text)} → ${fmt(p)}` };
    };
  },

  describe: ({ scoring: s, column }, _rubric, lang) => rubricText(lang, 'kindLookup', { count: s.cases.length }) + (column ? ` ← ${column}` : ''),

  templateInput({ scoring: s }, { words: w, num, text, clip }) {
    const cases = s.cases.filter((c) => c.match[0] !== undefined && c.match[0] !== '');
    const lines = cases.map((c) => `${c.match[0]}${c.label && text(c.label) !== c.match[0] ? ` (${text(c.label)})` : ''} → ${w.points(num(c.points))}`);
    if (s.default !== undefined) lines.push(w.lookupDefault(num(s.default)));
    return { rule: { kind: 'list', values: cases.map((c) => c.match[0]!), strict: s.default === undefined }, lines, prompt: clip(lines.join(' · ')), promptTitle: w.chooseValue };
  },
};
