/**
 * Record shapes for the fast path (fast.ts): which nodes of the tree apply and which applying
 * leaves are empty, with the maxima that follow from that alone.
 */
import { capped, cmpScaled } from '../rules.js';
import { OK, type FCondition, type FLeaf } from './fast-leaf.js';
import { MAX_SCALED } from './sums.js';

/**
 * A record's *shape*: which nodes apply (conditions) and which applying leaves are empty. The
 * shape alone decides every node's maximum and covered maximum, and whether the record can be
 * scored here at all; only the scores vary from record to record of one shape. So maxima are
 * computed once per shape, and the population adds them once per shape (`count` times), not once
 * per record.
 */
export class Shape<N> {
  /** Records of this shape not yet handed over (see FastTree.drain). */
  count = 0;
  /** What the session keeps per shape (the summaries of its empty leaves). */
  notes: N[] | undefined = undefined;
  constructor(
    /** False when the fast path cannot score records of this shape (the reference path does). */
    readonly ok: boolean,
    /** Per node, in walk order. */
    readonly applies: Uint8Array,
    readonly max: Float64Array,
    readonly covered: Float64Array,
    /** Applying nodes but the root, in reverse walk order (children before their parent). */
    readonly order: Int32Array,
    /** Empty leaves (their index into `leaves`), in walk order. */
    readonly empties: Int32Array,
  ) {}
}

/** The compiled tree as the shape computation reads it (FastTree's flat arrays, in walk order). */
export interface TreeLayout {
  readonly n: number;
  readonly parent: Int32Array;
  /** Per node: the index just past its subtree. */
  readonly end: Int32Array;
  readonly isGroup: Uint8Array;
  readonly cap: Float64Array;
  readonly wn: Float64Array;
  readonly wd: Float64Array;
  readonly allConditional: Uint8Array;
  readonly leafAt: readonly (FLeaf | undefined)[];
  readonly condAt: readonly (FCondition | undefined)[];
}

/**
 * The shape of the record just walked (the forward walk again, noting what applies), with its
 * maxima: the reference algorithm for max and covered, once per shape. `codes`: the record's
 * value codes, whose leaf results and condition answers the forward walk has just filled in.
 */
export function shapeOf<N>(t: TreeLayout, codes: Int32Array): Shape<N> {
  const { n, leafAt, condAt, end, parent, isGroup, cap, wn, wd, allConditional } = t;
  const applies = new Uint8Array(n);
  const max = new Float64Array(n);
  const covered = new Float64Array(n);
  const anyChild = new Uint8Array(n);
  const empties: number[] = [];
  for (let i = 0; i < n; ) {
    const c = condAt[i];
    if (c !== undefined && c.holds[codes[c.column]!] === 0) {
      i = end[i]!;
      continue;
    }
    applies[i] = 1;
    if (parent[i]! >= 0) anyChild[parent[i]!] = 1;
    const leaf = leafAt[i];
    if (leaf !== undefined) {
      if (leaf.status[codes[leaf.column]!] === OK) {
        max[i] = leaf.max;
        covered[i] = leaf.max;
      } else {
        empties.push(leaf.leaf);
        max[i] = leaf.policy === 'exclude' ? 0 : leaf.max;
      }
    }
    i++;
  }
  let ok = true;
  const order: number[] = [];
  for (let i = n - 1; i >= 0; i--) {
    if (applies[i] === 0) continue;
    let mx = max[i]!;
    let cv = covered[i]!;
    if (isGroup[i] === 1) {
      if (allConditional[i] === 1 && anyChild[i] === 0) ok = false;
      const c = capped(mx, cap[i]!, cmpScaled);
      if (c !== mx) {
        // The cap rule keeps the coverage ratio: covered scales with the maximum.
        cv = (cv * c) / mx;
        if (!Number.isInteger(cv)) ok = false;
        mx = c;
        covered[i] = cv;
        max[i] = mx;
      }
      if (mx > MAX_SCALED || Math.abs(cv) > MAX_SCALED) ok = false;
    }
    const p = parent[i]!;
    if (p < 0) continue;
    order.push(i);
    const a = wn[i]!;
    const b = wd[i]!;
    if (a !== 1 || b !== 1) {
      const y = mx * a;
      const z = cv * a;
      if (!Number.isSafeInteger(y) || !Number.isSafeInteger(z) || y % b !== 0 || z % b !== 0) ok = false;
      mx = y / b;
      cv = z / b;
    }
    max[p] = max[p]! + mx;
    covered[p] = covered[p]! + cv;
  }
  return new Shape<N>(ok, applies, max, covered, Int32Array.from(order), Int32Array.from(empties));
}
