/**
 * How the fast path compiles one leaf: its maximum and its points per cell value, scaled. Every
 * leaf kind goes through `leafScorer` (score.ts → values.ts) here, so a kind needs nothing of its
 * own on this path; this file is where a per-kind compile (the leaf-kind registry's) would plug in.
 */
import type { Dec } from '../../decimal.js';
import type { RawValue } from '../../evidence/types.js';
import { leafRange } from '../../rubric/tree.js';
import type { LeafNode, MissingPolicy, Rubric, RubricNode } from '../../rubric/types.js';
import { leafScorer } from '../score.js';
import type { LeafScorer } from '../values.js';
import { textOf } from './cells.js';
import { scaled } from './sums.js';

/** Leaf result codes, per cell value: not computed yet, ok, empty, unusable (invalid, or points that do not scale). */
export const UNKNOWN = -1;
export const OK = 0;
export const EMPTY = 1;
export const UNUSABLE = 2;

/** A rubric number as a scaled integer, or NaN when it does not scale. */
export function scaledInt(value: Dec): number {
  return scaled(value).int;
}

/** A `when` condition, with its answer per cell value (`holds[code]`: -1 not computed, 0 no, 1 yes). */
export class FCondition {
  readonly holds: Int8Array;
  constructor(
    readonly node: RubricNode,
    readonly column: number,
    capacity: number,
  ) {
    this.holds = new Int8Array(capacity).fill(UNKNOWN);
  }
}

/**
 * A leaf, with its result per cell value: `status[code]` and `points[code]`, where `code` is the
 * value's code in its column's ValueCodes (computed on first sight, dropped when the codes reset).
 */
export class FLeaf {
  readonly kind = 'leaf';
  readonly status: Int8Array;
  readonly points: Float64Array;
  constructor(
    readonly index: number,
    /** Index into the leaves (for the missing-value counts). */
    readonly leaf: number,
    readonly node: LeafNode,
    /** Index into the record's values and codes (the slot past the columns when the rubric has no such column: always empty). */
    readonly column: number,
    readonly policy: MissingPolicy,
    readonly max: number,
    readonly scorer: LeafScorer,
    readonly wn: number,
    readonly wd: number,
    readonly when: FCondition | undefined,
    capacity: number,
  ) {
    this.status = new Int8Array(capacity).fill(UNKNOWN);
    this.points = new Float64Array(capacity);
  }
}

/** What compiling a leaf needs besides the leaf: its place in the tree and its column. */
export interface LeafPlace {
  index: number;
  leaf: number;
  column: number;
  policy: MissingPolicy;
  wn: number;
  wd: number;
  when: FCondition | undefined;
  capacity: number;
}

/** Compiles a leaf; its `max` is NaN when the leaf's maximum does not scale (the tree then gives up). */
export function compileLeaf(node: LeafNode, rubric: Rubric, decimalComma: boolean, at: LeafPlace): FLeaf {
  const max = scaledInt(leafRange(node, rubric).max);
  return new FLeaf(at.index, at.leaf, node, at.column, at.policy, max, leafScorer(node, rubric, { decimalComma }), at.wn, at.wd, at.when, at.capacity);
}

/** A leaf's result for a value seen for the first time (since the codes last reset). */
export function fillLeaf(n: FLeaf, code: number, values: readonly RawValue[]): number {
  const raw = values[n.column] ?? null;
  let status = UNUSABLE;
  let points = 0;
  if (raw === null) status = EMPTY;
  else {
    const r = n.scorer({ raw, text: textOf(raw) });
    if (r.status === 'empty') status = EMPTY;
    else if (r.status === 'ok' && r.points) {
      const p = scaledInt(r.points);
      if (p === p) {
        status = OK;
        points = p;
      }
    }
  }
  n.points[code] = points;
  n.status[code] = status;
  return status;
}
