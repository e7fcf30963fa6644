/**
 * Turning one evidence value into points, for one leaf. Pure and small on purpose: agency scoring
 * (score.ts), what-if / gap analysis and the per-record scorer of record mode all call
 * `compileLeaf(leaf, rubric)(value)`.
 *
 * Value rules:
 *
 * - **Empty.** A null raw value, text that is empty after trimming, or (for levels and numbers) a
 *   lone dash `-` `–` `—` is *no value*: the missing-evidence policy applies. For a boolean leaf
 *   a dash means "no" (it is in the false list).
 * - **Numbers.** A number cell is read as Excel shows it (15 significant digits, so a formula
 *   result of 0.30000000000000004 is 0.3). Text: optional sign, digits, at most one decimal
 *   separator. `3.5` and `3,5` are both 3.5. A separator followed by exactly three digits after one
 *   to three digits (`1.000`, `1,250`) could be a thousands separator, so it is rejected as
 *   ambiguous — unless the file declares a decimal comma (semicolon CSV), where `1,250` is 1.25
 *   (and `1.000` is still rejected). Two or more separators (`1.000,5`, `1,000.5`, `1.000.000`)
 *   are always rejected: merit never guesses thousands separators. No exponents, no `%`.
 * - **Levels.** A number as above that must be an integer and one of the leaf's levels. Also
 *   accepted: a prefix word (`Level 3`, `Tingkat 3`, `Lvl 3`), a label after the number
 *   (`3 - Memadai`, `3: Memadai`, `3 (lihat catatan)`) and a level's own label alone
 *   (`Memadai`, matched like a lookup). `2.5` is SCORE_LEVEL_NOT_INTEGER.
 * - **Lookup.** Case-, space- and punctuation-insensitive (`S-2` = `s2` = `S 2` = `S.2`):
 *   letters and digits are compared after Unicode NFKC and lower-casing.
 * - **Boolean.** true: ya, yes, y, true, 1, x, v, ✓ ✔ ☑ √, ada, sudah, benar;
 *   false: tidak, no, n, false, 0, -, tidak ada, belum, salah. Booleans and 1/0 number cells too.
 */
import { Dec } from '../decimal.js';
import { quoteValue, type Args } from '../diagnostics.js';
import type { RawValue } from '../evidence/types.js';
import { levelPoints, resolveLevels } from '../rubric/tree.js';
import type { LeafNode, Level, LookupScoring, Rubric, Scoring } from '../rubric/types.js';

/** A value to score: what a cell held. An EvidenceValue fits, and so does an `--assume` value. */
export interface InputValue {
  raw: RawValue;
  /** Trimmed display text ('' when empty). */
  text: string;
}

export interface ParseContext {
  /** The file declares a decimal comma (semicolon CSV as Indonesian Excel writes it). */
  decimalComma?: boolean;
}

/** Why a value could not be used: a SCORE_ code and its message arguments. */
export interface Problem {
  code: string;
  args: Args;
}

export type ParseResult<T> = { status: 'ok'; value: T } | { status: 'empty' } | { status: 'invalid'; problem: Problem };

const ok = <T>(value: T): ParseResult<T> => ({ status: 'ok', value });
const EMPTY = { status: 'empty' } as const;
const invalid = (code: string, args: Args): { status: 'invalid'; problem: Problem } => ({ status: 'invalid', problem: { code, args } });

const DASHES = new Set(['-', '–', '—', '−']);

/** Text of a value, NFKC-normalised and trimmed. */
function textOf(v: InputValue): string {
  if (v.raw === null || v.raw === undefined) return '';
  const t = typeof v.text === 'string' && v.text !== '' ? v.text : String(v.raw);
  return t.normalize('NFKC').trim();
}

/** True when the value is empty (null, or only whitespace). */
export function isEmptyValue(v: InputValue | undefined): boolean {
  return v === undefined || textOf(v) === '';
}

/**
 * Lookup key: NFKC, lower case, letters and digits only. `S-2`, `s2`, `S 2` all give `s2`.
 * (Criterion codes are matched by `codeKey` instead: there punctuation matters, A1.1 is not A11.)
 */
export function lookupKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Criterion code key: NFKC, trimmed, inner whitespace collapsed, lower case. `a1.1 ` = `A1.1`. */
export function codeKey(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Numbers

/** A number cell as Excel shows it: 15 significant digits, so binary noise disappears. */
export function decFromCellNumber(value: number): Dec | undefined {
  // An integer below 10^15 shows as itself (toPrecision(15) would only add zeros).
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return Dec.int(value);
  if (!Number.isFinite(value)) return undefined;
  return Dec.parse(value.toPrecision(15));
}

const NUMBER_TEXT = /^([+-]?)(\d*)(?:([.,])(\d+))?$/;
const GROUPED_TEXT = /^[+-]?\d+(?:[.,]\d+){2,}$/;

/**
 * Parses number text by the rules above. Returns `invalid` with SCORE_NUMBER_AMBIGUOUS for text
 * that might use a thousands separator, and `notNumberCode` for anything else that is no number.
 */
export function parseNumberText(text: string, ctx: ParseContext = {}, notNumberCode = 'SCORE_NOT_A_NUMBER'): ParseResult<Dec> {
  let s = text.normalize('NFKC').trim();
  if (s === '' || DASHES.has(s)) return EMPTY;
  if (s.startsWith('−')) s = '-' + s.slice(1);
  if (GROUPED_TEXT.test(s)) return invalid('SCORE_NUMBER_AMBIGUOUS', { value: text.trim() });
  const m = NUMBER_TEXT.exec(s);
  if (!m || (m[2] === '' && m[4] === undefined)) return invalid(notNumberCode, { value: text.trim() });
  const [, sign, intDigits = '', sep, frac] = m;
  if (sep !== undefined && frac !== undefined) {
    const looksGrouped = frac.length === 3 && intDigits.length >= 1 && intDigits.length <= 3 && !intDigits.startsWith('0');
    const decimalCommaFile = ctx.decimalComma === true;
    // In a decimal-comma file `,` is the decimal separator and `.` can only be a thousands one.
    const ambiguous = looksGrouped && !(decimalCommaFile && sep === ',');
    if (ambiguous) return invalid('SCORE_NUMBER_AMBIGUOUS', { value: text.trim() });
  }
  const canonical = `${sign}${intDigits || '0'}${frac !== undefined ? `.${frac}` : ''}`;
  const d = Dec.parse(canonical);
  return d ? ok(d) : invalid(notNumberCode, { value: text.trim() });
}

/** A number from a cell: number cells directly, text by `parseNumberText`. */
export function parseNumber(v: InputValue, ctx: ParseContext = {}, notNumberCode = 'SCORE_NOT_A_NUMBER'): ParseResult<Dec> {
  if (v.raw === null) return EMPTY;
  if (typeof v.raw === 'number') {
    const d = decFromCellNumber(v.raw);
    return d ? ok(d) : invalid(notNumberCode, { value: String(v.raw) });
  }
  if (typeof v.raw === 'boolean') return invalid(notNumberCode, { value: textOf(v) || String(v.raw) });
  return parseNumberText(textOf(v), ctx, notNumberCode);
}

// ---------------------------------------------------------------------------------------------
// Levels

const LEVEL_PREFIX = /^(?:level|tingkat|tingkatan|lvl|lv)\s*[:.]?\s*/i;
/**
 * A leading number token, then nothing, or a separator (space, dash, colon, dot, bracket) and a
 * label that does not start with a digit: `3 - Memadai`, `3. Memadai`, `3 (lihat)`; not `3-4`, `3 4`.
 */
const LEVEL_WITH_LABEL = /^([+-]?\d+(?:[.,]\d+)*)(?:(?:\s*[-–—:.)(]\s*|\s+)(?=$|[^\d\s]).*)?$/s;

export interface LevelInfo {
  levels: Level[];
  byValue: Map<number, Level>;
  byLabel: Map<string, Level>;
  /** `0, 1, 2, 3, 4` */
  allowed: string[];
}

export function levelInfo(levels: Level[]): LevelInfo {
  const byValue = new Map<number, Level>();
  const byLabel = new Map<string, Level>();
  for (const l of levels) {
    byValue.set(l.value, l);
    for (const t of [l.label.id, l.label.en]) {
      const k = lookupKey(t);
      if (k && !byLabel.has(k) && !/^\d+$/.test(k)) byLabel.set(k, l);
    }
  }
  return { levels, byValue, byLabel, allowed: levels.map((l) => String(l.value)) };
}

/** Reads a level: an integer that is one of the leaf's levels (see the rules at the top). */
export function parseLevel(v: InputValue, info: LevelInfo, ctx: ParseContext = {}): ParseResult<Level> {
  let n: Dec;
  const text = textOf(v);
  if (v.raw === null || text === '') return EMPTY;
  if (typeof v.raw === 'number') {
    const d = decFromCellNumber(v.raw);
    if (!d) return invalid('SCORE_LEVEL_NOT_A_NUMBER', { value: text, allowed: info.allowed });
    n = d;
  } else if (typeof v.raw === 'boolean') {
    return invalid('SCORE_LEVEL_NOT_A_NUMBER', { value: text, allowed: info.allowed });
  } else {
    if (DASHES.has(text)) return EMPTY;
    const byLabel = info.byLabel.get(lookupKey(text));
    if (byLabel) return ok(byLabel);
    const s = text.replace(LEVEL_PREFIX, '');
    const m = LEVEL_WITH_LABEL.exec(s);
    if (!m) return invalid('SCORE_LEVEL_NOT_A_NUMBER', { value: text, allowed: info.allowed });
    const r = parseNumberText(m[1]!, ctx, 'SCORE_LEVEL_NOT_A_NUMBER');
    if (r.status === 'empty') return EMPTY;
    if (r.status === 'invalid') return invalid(r.problem.code, { ...r.problem.args, value: text, allowed: info.allowed });
    n = r.value;
  }
  if (!n.isInteger()) return invalid('SCORE_LEVEL_NOT_INTEGER', { value: text, allowed: info.allowed });
  const level = info.byValue.get(Number(n.n));
  if (!level) return invalid('SCORE_LEVEL_OUT_OF_RANGE', { value: text, level: n.toString(), allowed: info.allowed });
  return ok(level);
}

// ---------------------------------------------------------------------------------------------
// Booleans

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

// ---------------------------------------------------------------------------------------------
// Lookup

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

// ---------------------------------------------------------------------------------------------
// A leaf: value -> points

export interface LeafValueResult {
  /** `ok`: scored; `empty`: no value (the missing policy applies); `invalid`: see `problem`. */
  status: 'ok' | 'empty' | 'invalid';
  /** What the value was read as (level number, number, matched category, boolean); null if not read. */
  parsed: string | number | boolean | null;
  /** Points before the node's weight; null unless `ok`. */
  points: Dec | null;
  /** The rule applied, as notation: `level 3 × 2.5 = 7.5`, `lookup "S-2" → 20`. */
  rule: string;
  problem?: Problem;
}

export type LeafScorer = (value: InputValue | undefined) => LeafValueResult;

const quote = quoteValue;
const fmt = (d: Dec): string => d.toString();

function emptyResult(): LeafValueResult {
  return { status: 'empty', parsed: null, points: null, rule: '' };
}

function invalidResult(kind: string, value: InputValue, problem: Problem, parsed: string | number | boolean | null = null): LeafValueResult {
  return { status: 'invalid', parsed, points: null, rule: `${kind} ${quote(textOf(value))} → ${problem.code}`, problem };
}

/**
 * Prepares a leaf once (levels, lookup keys, rubric numbers as Dec) and returns a function that
 * scores one value. Cheap to call for every record of a population.
 */
export function compileLeaf(leaf: LeafNode, rubric: Pick<Rubric, 'scales'>, ctx: ParseContext = {}): LeafScorer {
  const s: Scoring = leaf.scoring;
  switch (s.kind) {
    case 'levels': {
      const info = levelInfo(resolveLevels(s, rubric));
      const weight = s.weight !== undefined ? Dec.num(s.weight) : Dec.ONE;
      const scored = new Map<Level, { points: Dec; rule: string }>();
      for (const level of info.levels) {
        const points = levelPoints(level, s);
        const rule =
          level.points !== undefined || weight.eq(Dec.ONE)
            ? `level ${level.value} → ${fmt(points)}`
            : `level ${level.value} × ${fmt(weight)} = ${fmt(points)}`;
        scored.set(level, { points, rule });
      }
      return (value) => {
        if (value === undefined) return emptyResult();
        const r = parseLevel(value, info, ctx);
        if (r.status === 'empty') return emptyResult();
        if (r.status === 'invalid') {
          const lv = r.problem.args.level;
          return invalidResult('level', value, r.problem, typeof lv === 'string' ? Number(lv) : null);
        }
        const { points, rule } = scored.get(r.value)!;
        return { status: 'ok', parsed: r.value.value, points, rule };
      };
    }
    case 'lookup': {
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
    }
    case 'thresholds': {
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
    }
    case 'linear': {
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
    }
    case 'boolean': {
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
    }
  }
}

/** One-off convenience: `compileLeaf(leaf, rubric, ctx)(value)`. */
export function scoreLeafValue(leaf: LeafNode, rubric: Pick<Rubric, 'scales'>, value: InputValue | undefined, ctx: ParseContext = {}): LeafValueResult {
  return compileLeaf(leaf, rubric, ctx)(value);
}
