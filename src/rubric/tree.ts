/**
 * Pure facts about a rubric tree, shared by the linter, `rubric show` and scoring: each leaf's
 * resolved levels, the points range of every node, and the score range the whole tree can reach.
 * All arithmetic is exact (Dec).
 */
import { Dec } from '../decimal.js';
import { kindOf } from './kinds/index.js';
import { isLeaf, type GroupNode, type LeafNode, type Rubric, type RubricNode } from './types.js';

export interface Range {
  min: Dec;
  max: Dec;
}

export { levelPoints, resolveLevels } from './kinds/levels.js';

/** Every number of points a leaf can give, before its node weight (its kind says which). */
export function leafPointValues(leaf: LeafNode, rubric: Pick<Rubric, 'scales'>): Dec[] {
  return kindOf(leaf).pointValues(leaf.scoring, rubric);
}

export function leafRange(leaf: LeafNode, rubric: Pick<Rubric, 'scales'>): Range {
  const values = leafPointValues(leaf, rubric);
  if (values.length === 0) return { min: Dec.ZERO, max: Dec.ZERO };
  return { min: values.reduce((a, b) => a.min(b)), max: values.reduce((a, b) => a.max(b)) };
}

export const nodeWeight = (node: RubricNode): Dec => (node.weight !== undefined ? Dec.num(node.weight) : Dec.ONE);

/**
 * The range of scores a node can produce. A conditional node (`when`) may not apply, and a
 * node whose missing policy is `zero` may score zero, so both widen the minimum to include 0.
 * In a `sum` group, children conditioned on the same column are alternatives: the maximum is that
 * of the best set one column value selects. For a `weightedMean` group the range is [0, scale] scaled by the children's reachable ratios.
 */
export function nodeRange(node: RubricNode, rubric: Pick<Rubric, 'scales'>): Range {
  if (isLeaf(node)) return leafRange(node, rubric);
  return groupRange(node, rubric);
}

function groupRange(node: GroupNode, rubric: Pick<Rubric, 'scales'>): Range {
  let min = Dec.ZERO;
  let max = Dec.ZERO;
  if ((node.aggregate ?? 'sum') === 'sum') {
    const conditional = new Map<string, { child: RubricNode; max: Dec }[]>();
    for (const child of node.children) {
      const r = nodeRange(child, rubric);
      const w = nodeWeight(child);
      // A child that may not apply (condition) or may be missing contributes at least 0 at the bottom.
      min = min.add(r.min.min(Dec.ZERO).mul(w));
      if (child.when) {
        const key = child.when.profile !== undefined ? `profile:${child.when.profile}` : child.when.criterion !== undefined ? `criterion:${child.when.criterion}` : normaliseValue(child.when.column ?? "");
        conditional.set(key, [...(conditional.get(key) ?? []), { child, max: r.max.mul(w) }]);
      } else max = max.add(r.max.mul(w));
    }
    // Children conditioned on the same column are alternatives: one value of the column picks
    // which of them apply, so the maximum is the best such value's sum, not the sum of all.
    for (const group of conditional.values()) max = max.add(bestAlternative(group));
  } else {
    const scale = node.scale !== undefined ? Dec.num(node.scale) : Dec.ONE;
    // Each child's ratio score/max lies in [min/max, 1]; with missing = zero it can be 0.
    let lo = Dec.ZERO;
    let total = Dec.ZERO;
    for (const child of node.children) {
      const r = nodeRange(child, rubric);
      const w = nodeWeight(child);
      total = total.add(w);
      if (r.max.gt(Dec.ZERO)) lo = lo.add(w.mul(r.min.min(Dec.ZERO).div(r.max)));
    }
    min = total.isZero() ? Dec.ZERO : lo.div(total).mul(scale);
    max = total.isZero() ? Dec.ZERO : scale;
  }
  if (node.cap !== undefined) {
    const cap = Dec.num(node.cap);
    max = max.min(cap);
    min = min.min(cap);
  }
  return { min, max };
}

/** Condition values match case- and space-insensitively. */
function normaliseValue(value: string): string {
  return value.toLowerCase().replace(/\s+/g, '');
}

/** The key a record's cell is compared by in a `when` condition: case- and space-insensitive. */
export const conditionKey = normaliseValue;

/**
 * Does a node's condition accept a value (normalised with `conditionKey`)? `undefined` stands for
 * an empty cell, or any value no condition names: `in` then fails and `notIn` holds.
 */
export function accepts(node: RubricNode, value: string | undefined): boolean {
  const w = node.when;
  if (!w) return true;
  if (w.in && (value === undefined || !w.in.some((v) => normaliseValue(v) === value))) return false;
  if (w.notIn && value !== undefined && w.notIn.some((v) => normaliseValue(v) === value)) return false;
  return true;
}

/** The largest sum of maxima over the children one value of their shared column can select. */
function bestAlternative(group: { child: RubricNode; max: Dec }[]): Dec {
  const values = new Set<string | undefined>([undefined]);
  for (const { child } of group) for (const v of [...(child.when?.in ?? []), ...(child.when?.notIn ?? [])]) values.add(normaliseValue(v));
  let best = Dec.ZERO;
  for (const value of values) {
    let sum = Dec.ZERO;
    for (const { child, max } of group) if (accepts(child, value)) sum = sum.add(max);
    best = best.max(sum);
  }
  return best;
}

/** The score range the whole rubric can reach: computed from the tree, never declared. */
export function rubricRange(rubric: Rubric): Range {
  return nodeRange(rubric.root, rubric);
}

/** Depth-first walk with each node's JSON pointer and parent. */
export function* walk(
  node: RubricNode,
  pointer = '/root',
  parent?: GroupNode,
  depth = 0,
): Generator<{ node: RubricNode; pointer: string; parent: GroupNode | undefined; depth: number }> {
  yield { node, pointer, parent, depth };
  if (!isLeaf(node)) {
    for (let i = 0; i < node.children.length; i++) yield* walk(node.children[i]!, `${pointer}/children/${i}`, node, depth + 1);
  }
}

export function leaves(rubric: Rubric): LeafNode[] {
  const out: LeafNode[] = [];
  for (const { node } of walk(rubric.root)) if (isLeaf(node)) out.push(node);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rounding, reachable totals and effective shares (added for the linter and `rubric show`).

/** The step a rubric rounds its total to (`step`, or 10^-`decimals`); undefined: no rounding. */
export function roundingStep(rubric: Pick<Rubric, 'rounding'>): Dec | undefined {
  const r = rubric.rounding;
  if (!r) return undefined;
  if ('step' in r && r.step !== undefined) return Dec.num(r.step);
  if ('decimals' in r && r.decimals !== undefined) return Dec.of(1n, 10n ** BigInt(r.decimals));
  return undefined;
}

/** Applies the rubric's rounding rule (once, to a total). Without a rule the value is unchanged. */
export function roundTotal(value: Dec, rubric: Pick<Rubric, 'rounding'>): Dec {
  const step = roundingStep(rubric);
  return step ? value.roundToStep(step, rubric.rounding?.mode ?? 'half-up') : value;
}

/**
 * The totals a rubric can report: every value in [min, max] when there is no rounding, else
 * only the multiples of `step` in [min, max] (min and max are the rounded ends of rubricRange).
 */
export interface ReachableScores {
  min: Dec;
  max: Dec;
  step?: Dec;
}

export function reachableScores(rubric: Rubric): ReachableScores {
  const range = rubricRange(rubric);
  const step = roundingStep(rubric);
  if (!step) return { min: range.min, max: range.max };
  return { min: roundTotal(range.min, rubric), max: roundTotal(range.max, rubric), step };
}

/** One end of an interval; `value` undefined means -∞ (lower end) or +∞ (upper end). */
export interface Edge {
  value?: Dec;
  inclusive: boolean;
}

/** Can any reachable total fall in the interval between `lo` and `hi`? */
export function intervalReachable(lo: Edge, hi: Edge, reach: ReachableScores): boolean {
  // Clip the interval to [reach.min, reach.max].
  let a: Dec;
  let aIn: boolean;
  if (lo.value === undefined || lo.value.lt(reach.min)) [a, aIn] = [reach.min, true];
  else if (lo.value.gt(reach.min)) [a, aIn] = [lo.value, lo.inclusive];
  else [a, aIn] = [reach.min, lo.inclusive];
  let b: Dec;
  let bIn: boolean;
  if (hi.value === undefined || hi.value.gt(reach.max)) [b, bIn] = [reach.max, true];
  else if (hi.value.lt(reach.max)) [b, bIn] = [hi.value, hi.inclusive];
  else [b, bIn] = [reach.max, hi.inclusive];
  if (!reach.step) return a.lt(b) || (a.eq(b) && aIn && bIn);
  // Smallest multiple of step in the interval.
  const q = a.div(reach.step);
  let k = q.floor();
  if (Dec.int(k).lt(q) || (Dec.int(k).eq(q) && !aIn)) k += 1n;
  const x = Dec.int(k).mul(reach.step);
  return x.lt(b) || (x.eq(b) && bIn);
}

/**
 * Each node's effective share of the rubric's maximum (0..1): the largest part of the total
 * maximum the node can contribute. In a `sum` parent a child takes weight × max / (the parent's
 * max) of the parent's share, at most all of it; in a `weightedMean` parent, weight / Σ weight.
 * Without caps and conditions the shares of siblings add up to their parent's; a binding cap or
 * alternative conditional children (only one applies) make them add up to more.
 */
export function effectiveShares(rubric: Rubric): Map<RubricNode, Dec> {
  const shares = new Map<RubricNode, Dec>();
  const visit = (node: RubricNode, share: Dec): void => {
    shares.set(node, share);
    if (isLeaf(node)) return;
    if ((node.aggregate ?? 'sum') === 'sum') {
      const parentMax = nodeRange(node, rubric).max;
      for (const c of node.children) {
        const part = nodeRange(c, rubric).max.max(Dec.ZERO).mul(nodeWeight(c));
        visit(c, parentMax.gt(Dec.ZERO) ? share.mul(part.div(parentMax).min(Dec.ONE)) : Dec.ZERO);
      }
    } else {
      const total = Dec.sum(node.children.map(nodeWeight));
      for (const c of node.children) visit(c, total.isZero() ? Dec.ZERO : share.mul(nodeWeight(c)).div(total));
    }
  };
  visit(rubric.root, Dec.ONE);
  return shares;
}
