/**
 * Exact sums over millions of records without a bigint operation per record.
 *
 * A population sum adds the same few values again and again (record totals are multiples of 0.01,
 * dimension scores of 0.25, ...). A value is carried as a scaled integer: value × 10⁶ held in a JS
 * number, exact as long as it is an integer far below 2⁵³. Every value added this way is at most
 * 2⁴⁰ in size, and a vector of sums moves its running totals into exact Decs every 2048 rows, so
 * no float sum ever exceeds 2⁵¹ and none loses a unit. Values that do not scale (a repeating
 * fraction, more than six decimals) are added as Decs. `value(i)` is the exact sum either way.
 */
import { Dec } from '../../decimal.js';

const SCALE = 1_000_000n;
/** Largest |value × 10⁶| carried as a number. */
export const MAX_SCALED = 2 ** 40;
/** Rows between two flushes: 2048 × 2⁴⁰ = 2⁵¹ < 2⁵³. */
const FLUSH_EVERY = 2048;
/** Largest float sum `addTimes` leaves in a slot. */
const BIG = 2 ** 52;

/** A value ready to be added many times: exact, and scaled to an integer number when possible. */
export interface Scaled {
  dec: Dec;
  /** value × 10⁶ as an integer number; NaN when the value does not scale. */
  int: number;
}

export function scaled(dec: Dec): Scaled {
  const n = dec.n * SCALE;
  if (n % dec.d === 0n) {
    const q = n / dec.d;
    if (q <= BigInt(MAX_SCALED) && q >= -BigInt(MAX_SCALED)) return { dec, int: Number(q) };
  }
  return { dec, int: Number.NaN };
}

export const SCALED_ZERO: Scaled = { dec: Dec.ZERO, int: 0 };

/** A scaled integer back as an exact Dec. */
export function unscaled(int: number): Dec {
  return Dec.of(BigInt(int), SCALE);
}

/**
 * `size` exact sums, each with a count of the values added. Add to slots with `addInt` /
 * `addScaled`, then call `tick()` once per row.
 */
export class SumVector {
  /** The running float sums (scaled integers); add to them directly in hot loops, then `tick()`. */
  readonly ints: Float64Array;
  private readonly decs: Dec[];
  readonly counts: Float64Array;
  private pending = 0;

  constructor(readonly size: number) {
    this.ints = new Float64Array(size);
    this.counts = new Float64Array(size);
    this.decs = new Array<Dec>(size).fill(Dec.ZERO);
  }

  /** Adds a scaled integer (|int| <= MAX_SCALED) to slot i. */
  addInt(i: number, int: number): void {
    this.ints[i]! += int;
    this.counts[i]!++;
  }

  /** Adds without counting (a slot whose count is another slot's: see `mean`'s `countSlot`). */
  addUncounted(i: number, int: number): void {
    this.ints[i]! += int;
  }

  /**
   * Adds `times` copies of a scaled integer to slot i, exactly, without counting them: as a float
   * while the product and the running sum stay within 2⁵² (the row-by-row adds after it, at most
   * 2⁵¹ until the next flush, keep it below 2⁵³), else as a Dec.
   */
  addTimes(i: number, int: number, times: number): void {
    if (int === 0 || times === 0) return;
    const p = int * times;
    if (Number.isSafeInteger(p) && Math.abs(p) <= BIG) {
      const ints = this.ints;
      if (Math.abs(ints[i]! + p) > BIG) {
        this.decs[i] = this.decs[i]!.add(unscaled(ints[i]!));
        ints[i] = 0;
      }
      ints[i] = ints[i]! + p;
      return;
    }
    this.decs[i] = this.decs[i]!.add(unscaled(int).mul(Dec.int(times)));
  }

  /** Counts `times` values in slot i (added elsewhere: see `addUncounted`, `addTimes`). */
  addCount(i: number, times: number): void {
    this.counts[i]! += times;
  }

  addScaled(i: number, v: Scaled): void {
    if (v.int === v.int) this.addInt(i, v.int);
    else {
      this.decs[i] = this.decs[i]!.add(v.dec);
      this.counts[i]!++;
    }
  }

  /** One row done: every FLUSH_EVERY rows the float sums move into the Decs. */
  tick(): void {
    if (++this.pending >= FLUSH_EVERY) this.flush();
  }

  /** Moves the float sums into the Decs now. */
  flush(): void {
    const ints = this.ints;
    for (let i = 0; i < ints.length; i++) {
      if (ints[i] !== 0) {
        this.decs[i] = this.decs[i]!.add(unscaled(ints[i]!));
        ints[i] = 0;
      }
    }
    this.pending = 0;
  }

  /** The exact sum of slot i. */
  value(i: number): Dec {
    this.flush();
    return this.decs[i]!;
  }

  count(i: number): number {
    return this.counts[i]!;
  }

  /** The exact mean of slot i (over the count of `countSlot`, default i); null when nothing was added. */
  mean(i: number, countSlot = i): Dec | null {
    const n = this.counts[countSlot]!;
    return n === 0 ? null : this.value(i).div(Dec.int(n));
  }
}
