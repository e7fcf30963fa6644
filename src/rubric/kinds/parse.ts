/**
 * Reading one evidence value, shared by the leaf kinds (each kind's `compile` hook turns what is
 * read here into points). Pure and small on purpose; scoring/values.ts re-exports it.
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
 *   (`Memadai`, matched like a lookup). `2.5` is SCORE_LEVEL_NOT_INTEGER. (kinds/levels.ts)
 * - **Lookup.** Case-, space- and punctuation-insensitive (`S-2` = `s2` = `S 2` = `S.2`):
 *   letters and digits are compared after Unicode NFKC and lower-casing. (kinds/lookup.ts)
 * - **Boolean.** true: ya, yes, y, true, 1, x, v, ✓ ✔ ☑ √, ada, sudah, benar;
 *   false: tidak, no, n, false, 0, -, tidak ada, belum, salah. Booleans and 1/0 number cells too.
 *   (kinds/boolean.ts)
 */
import { Dec } from '../../decimal.js';
import { quoteValue, type Args } from '../../diagnostics.js';

/**
 * A value to score: what a cell held. An EvidenceValue fits, and so does an `--assume` value.
 * (`raw` is the evidence readers' RawValue, spelled out here: the rubric sits below the readers.)
 */
export interface InputValue {
  raw: string | number | boolean | null;
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

export const ok = <T>(value: T): ParseResult<T> => ({ status: 'ok', value });
export const EMPTY = { status: 'empty' } as const;
export const invalid = (code: string, args: Args): { status: 'invalid'; problem: Problem } => ({ status: 'invalid', problem: { code, args } });

export const DASHES = new Set(['-', '–', '—', '−']);

/** Text of a value, NFKC-normalised and trimmed. */
export function textOf(v: InputValue): string {
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
// A leaf's result for one value

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

export const quote = quoteValue;
export const fmt = (d: Dec): string => d.toString();

export function emptyResult(): LeafValueResult {
  return { status: 'empty', parsed: null, points: null, rule: '' };
}

/** `<word> "<value>" → <CODE>`: the rule of a value a kind could not read (`word` names the kind). */
export function invalidResult(word: string, value: InputValue, problem: Problem, parsed: string | number | boolean | null = null): LeafValueResult {
  return { status: 'invalid', parsed, points: null, rule: `${word} ${quote(textOf(value))} → ${problem.code}`, problem };
}
