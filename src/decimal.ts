/**
 * Exact decimal arithmetic for scores.
 *
 * A `Dec` is an exact rational number n/d with bigint parts (d > 0, reduced). Rubric numbers and
 * evidence values are parsed from their decimal text, so 0.1 is exactly 1/10 and 288.5 stays
 * 288.5; sums, products and weighted means are exact. Rounding happens only where a rubric says
 * so, through `roundToStep` / `roundToDecimals`, and formatting never rounds silently unless a
 * number of decimals is asked for.
 */
export class Dec {
  private constructor(
    readonly n: bigint,
    readonly d: bigint,
  ) {}

  static readonly ZERO = new Dec(0n, 1n);
  static readonly ONE = new Dec(1n, 1n);

  static of(n: bigint, d: bigint = 1n): Dec {
    if (d === 1n) return new Dec(n, 1n);
    if (d === 0n) throw new RangeError('Dec: division by zero');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n < 0n ? -n : n, d);
    return g === 1n ? new Dec(n, d) : new Dec(n / g, d / g);
  }

  static int(value: number | bigint): Dec {
    return new Dec(BigInt(value), 1n);
  }

  /**
   * Parses decimal text: optional sign, digits, optional fraction with `.` (or `,` when
   * `decimalComma`), optional exponent. Returns undefined for anything else (no NaN, no Infinity,
   * no hex, no thousands separators). With `decimalComma` a single `,` is the decimal point and a
   * `.` still is too (so `250.5` and `250,5` both work on a command line); text with both is
   * rejected. Beware: `1.000` then reads as 1, not one thousand — evidence cells are parsed by
   * src/scoring/values.ts, which rejects such ambiguous text instead.
   */
  static parse(text: string, options: { decimalComma?: boolean } = {}): Dec | undefined {
    let s = text.trim();
    if (SMALL_INTEGER.test(s)) return new Dec(BigInt(s), 1n);
    if (options.decimalComma) s = s.replace(',', '.');
    const m = /^([+-]?)(\d+)?(?:\.(\d+)?)?(?:[eE]([+-]?\d{1,4}))?$/.exec(s);
    if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
    const intPart = m[2] ?? '';
    const frac = m[3] ?? '';
    let n = BigInt((intPart + frac) || '0');
    let d = 10n ** BigInt(frac.length);
    const exp = m[4] ? Number(m[4]) : 0;
    if (exp > 0) n *= 10n ** BigInt(exp);
    else if (exp < 0) d *= 10n ** BigInt(-exp);
    return Dec.of(m[1] === '-' ? -n : n, d);
  }

  /**
   * Converts a JS number by its shortest round-trip decimal text, so a number written as 0.1 in a
   * JSON file becomes exactly 1/10. Returns undefined for NaN and infinities.
   */
  static fromNumber(value: number): Dec | undefined {
    if (Number.isSafeInteger(value)) return new Dec(BigInt(value), 1n);
    if (!Number.isFinite(value)) return undefined;
    return Dec.parse(String(value));
  }

  /**
   * Like fromNumber, for values already known to be finite (rubric numbers after validation).
   * Remembered: scoring asks for the same few rubric numbers for every criterion of every file.
   */
  static num(value: number): Dec {
    let d = NUM_CACHE.get(value);
    if (d) return d;
    d = Dec.fromNumber(value);
    if (!d) throw new RangeError(`Dec: not a finite number: ${value}`);
    if (NUM_CACHE.size >= NUM_CACHE_LIMIT) NUM_CACHE.clear();
    NUM_CACHE.set(value, d);
    return d;
  }

  add(o: Dec): Dec {
    return this.d === o.d ? Dec.of(this.n + o.n, this.d) : Dec.of(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  sub(o: Dec): Dec {
    return this.add(o.neg());
  }
  mul(o: Dec): Dec {
    return Dec.of(this.n * o.n, this.d * o.d);
  }
  div(o: Dec): Dec {
    if (o.n === 0n) throw new RangeError('Dec: division by zero');
    return Dec.of(this.n * o.d, this.d * o.n);
  }
  neg(): Dec {
    return new Dec(-this.n, this.d);
  }
  abs(): Dec {
    return this.n < 0n ? this.neg() : this;
  }
  cmp(o: Dec): -1 | 0 | 1 {
    const l = this.n * o.d;
    const r = o.n * this.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  eq(o: Dec): boolean {
    return this.n === o.n && this.d === o.d;
  }
  lt(o: Dec): boolean {
    return this.cmp(o) < 0;
  }
  lte(o: Dec): boolean {
    return this.cmp(o) <= 0;
  }
  gt(o: Dec): boolean {
    return this.cmp(o) > 0;
  }
  gte(o: Dec): boolean {
    return this.cmp(o) >= 0;
  }
  isZero(): boolean {
    return this.n === 0n;
  }
  isInteger(): boolean {
    return this.d === 1n;
  }
  min(o: Dec): Dec {
    return this.lte(o) ? this : o;
  }
  max(o: Dec): Dec {
    return this.gte(o) ? this : o;
  }

  static sum(values: Iterable<Dec>): Dec {
    let acc = Dec.ZERO;
    for (const v of values) acc = acc.add(v);
    return acc;
  }

  /** Largest integer <= this. */
  floor(): bigint {
    const q = this.n / this.d;
    return this.n < 0n && q * this.d !== this.n ? q - 1n : q;
  }

  /**
   * Rounds to a multiple of `step` (> 0). `half-up` rounds halves away from zero (the school rule
   * and what spreadsheets do); `half-even` is banker's rounding; `down`/`up` truncate toward
   * negative/positive infinity.
   */
  roundToStep(step: Dec, mode: RoundingMode = 'half-up'): Dec {
    if (step.n <= 0n) throw new RangeError('Dec: rounding step must be positive');
    const q = this.div(step); // exact quotient
    const f = q.floor();
    const rem = q.sub(Dec.int(f)); // in [0, 1)
    const k = roundsUp(mode, rem.cmp(HALF), rem.isZero(), f % 2n === 0n, this.n >= 0n) ? f + 1n : f;
    return Dec.int(k).mul(step);
  }

  roundToDecimals(decimals: number, mode: RoundingMode = 'half-up'): Dec {
    return this.roundToStep(Dec.of(1n, 10n ** BigInt(decimals)), mode);
  }

  /** True when the value has a finite decimal expansion (the denominator is 2^a 5^b). */
  isFiniteDecimal(): boolean {
    let d = this.d;
    while (d % 2n === 0n) d /= 2n;
    while (d % 5n === 0n) d /= 5n;
    return d === 1n;
  }

  /**
   * Decimal text. With no argument the exact value is printed when it has a finite expansion
   * (288.5, 5.625); a repeating value is printed to `maxDecimals` (default 6) places, rounded
   * half-up, with trailing zeros removed. With `fixed` the text always has that many decimals.
   */
  toString(options: { maxDecimals?: number; fixed?: number } = {}): string {
    if (this.d === 1n && !options.fixed) return this.n.toString();
    if (options.fixed !== undefined) return formatFixed(this.roundToDecimals(options.fixed), options.fixed);
    const maxDecimals = options.maxDecimals ?? 6;
    let value: Dec = this;
    if (!this.isFiniteDecimal() || decimalsNeeded(this.d) > maxDecimals) value = this.roundToDecimals(maxDecimals);
    return formatFixed(value, decimalsNeeded(value.d));
  }

  /** Nearest JS number (for JSON output and charts). Exact for short finite decimals. */
  toNumber(): number {
    if (this.d === 1n) return Number(this.n);
    return Number(this.toString({ maxDecimals: 12 }));
  }

  toJSON(): number {
    return this.toNumber();
  }
}

export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up';

/**
 * The rounding rule, apart from any number representation (the record fast path rounds scaled
 * integers with it too): after the floor f of value/step, whether the result is (f + 1)·step
 * rather than f·step. `half`: the sign of remainder − ½; `exact`: the remainder is 0.
 */
export function roundsUp(mode: RoundingMode, half: number, exact: boolean, floorEven: boolean, nonNegative: boolean): boolean {
  switch (mode) {
    case 'down':
      return false;
    case 'up':
      return !exact;
    case 'half-even':
      return half < 0 ? false : half > 0 ? true : !floorEven;
    default:
      // Halves go away from zero: for negative numbers the half case rounds down.
      return half < 0 ? false : half > 0 ? true : nonNegative;
  }
}

const HALF = Dec.of(1n, 2n);

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a === 0n ? 1n : a;
}

/** Integer text that a JS number holds exactly (the common case of `Dec.parse`). */
const SMALL_INTEGER = /^-?\d{1,15}$/;
/** `Dec.num` results: rubric numbers are few; the cache is emptied if a caller makes it grow. */
const NUM_CACHE = new Map<number, Dec>();
const NUM_CACHE_LIMIT = 10_000;

/** Decimal places needed for a denominator of the form 2^a 5^b: max(a, b). */
function decimalsNeeded(d: bigint): number {
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  return Math.max(twos, fives);
}

function formatFixed(value: Dec, decimals: number): string {
  const scale = 10n ** BigInt(decimals);
  const scaled = (value.n * scale) / value.d; // exact when value has <= decimals places
  const neg = scaled < 0n;
  const digits = (neg ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const intPart = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  return (neg ? '-' : '') + intPart + (decimals > 0 ? '.' + frac : '');
}
