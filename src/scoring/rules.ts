/**
 * The aggregation rules — weights, caps, rounding, bands — written once, apart from any number
 * representation. The reference path (evaluateTree, roundTotal, classify: exact `Dec`s) and the
 * record fast path (record/fast.ts: scaled integers in JS numbers) both call these functions; each
 * brings only its own arithmetic (a `cmp`, a multiply), never its own reading of a rule.
 *
 * Why functions over comparisons, not one generic tree walk over a number interface: the fast
 * path's speed comes from flat typed arrays walked in place, and its arithmetic has a guard the
 * reference has no use for (a product that stops being an exact integer gives the record back to
 * the reference). What must not differ between the two is each *decision* — which side of a band
 * edge a score is on, which way a half rounds, what a cap clamps and what it keeps — and those
 * are decided here, from signs and flags any representation can produce. docs/architecture.md
 * (record rubrics) says the same in short.
 */
import { roundsUp, type Dec, type RoundingMode } from '../decimal.js';

export { roundsUp, type RoundingMode };

/** A sign: negative, zero or positive, as `a − b` (or `Dec.cmp`) gives it. */
export type Compare<T> = (a: T, b: T) => number;

/** The two representations' comparisons. */
export const cmpDec: Compare<Dec> = (a, b) => a.cmp(b);
export const cmpScaled: Compare<number> = (a, b) => a - b;

// ---------------------------------------------------------------------------------------------
// Weights

/*
 * A `sum` group adds weight × child for the score, the maximum and the covered maximum (maximum ×
 * coverage) of every child. The weight is `nodeWeight(node)` (rubric/tree.ts, 1 when absent) on
 * both paths; the multiply is the representation's own: Dec.mul, or the fast path's n/d on a
 * scaled integer, which gives the record back when the product is not exact (record/fast.ts).
 */

// ---------------------------------------------------------------------------------------------
// Caps

/**
 * A cap clamps a group's score and its maximum (after the children are added, before the group's
 * own weight). The coverage ratio covered/maximum is kept: a capped maximum scales the covered
 * maximum with it (the fast path, which carries covered maxima, multiplies by cap/maximum).
 */
export function capped<T>(value: T, cap: T, cmp: Compare<T>): T {
  return cmp(value, cap) > 0 ? cap : value;
}

// ---------------------------------------------------------------------------------------------
// Bands

/** Edges of a band in some representation; an absent edge is -∞ (min) or +∞ (max). */
export interface BandEdges<T> {
  min: T | undefined;
  /** True: [min, …; false: (min, … */
  minInclusive: boolean;
  max: T | undefined;
  /** True: …, max]; false: …, max) */
  maxInclusive: boolean;
}

/** `c`: the sign of score − min. The lower edge is met (always, with no `min`). */
export function meetsLowerEdge(c: number, minInclusive: boolean): boolean {
  return minInclusive ? c >= 0 : c > 0;
}

/** `c`: the sign of score − max. The score is within the upper edge. */
export function meetsUpperEdge(c: number, maxInclusive: boolean): boolean {
  return maxInclusive ? c <= 0 : c < 0;
}

/** What `classifyIndex` returns when no band holds the score. */
export const BELOW = -1;
export const ABOVE = -2;
export const NO_BAND = -3;

/**
 * The band a score earns, over bands in ascending order: its index; else BELOW when it meets no
 * band's lower edge (and the rubric labels that side), ABOVE when it is beyond every upper edge
 * (likewise), NO_BAND otherwise (a gap between bands, no bands, no label for the side).
 */
export function classifyIndex<T>(bands: readonly BandEdges<T>[], score: T, cmp: Compare<T>, hasBelow: boolean, hasAbove: boolean): number {
  let allBelow = true;
  let allAbove = true;
  for (let b = 0; b < bands.length; b++) {
    const band = bands[b]!;
    const lower = band.min === undefined || meetsLowerEdge(cmp(score, band.min), band.minInclusive);
    const upper = band.max === undefined || meetsUpperEdge(cmp(score, band.max), band.maxInclusive);
    if (lower && upper) return b;
    if (lower) allBelow = false;
    if (upper) allAbove = false;
  }
  if (bands.length === 0) return NO_BAND;
  if (allBelow) return hasBelow ? BELOW : NO_BAND;
  if (allAbove) return hasAbove ? ABOVE : NO_BAND;
  return NO_BAND;
}

// ---------------------------------------------------------------------------------------------
// Rounding

/**
 * The rubric's rounding of `value` to a multiple of `step` (> 0), given the floor quotient and
 * remainder in the caller's representation: the decision is `roundsUp` (decimal.ts, where the
 * base layer's `Dec.roundToStep` uses it too).
 */
export function roundedQuotient(mode: RoundingMode, floor: number, remainder: number, step: number, nonNegative: boolean): number {
  const twice = 2 * remainder;
  const half = twice < step ? -1 : twice > step ? 1 : 0;
  return roundsUp(mode, half, remainder === 0, floor % 2 === 0, nonNegative) ? floor + 1 : floor;
}
