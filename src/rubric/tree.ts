/**
 * Pure facts about a rubric tree, shared by the linter, `rubric show` and scoring: each leaf's
 * resolved levels, the points range of every node, and the score range the whole tree can reach.
 * All arithmetic is exact (Dec).
 */
import { Dec } from '../decimal.js';
import { kindOf } from './kinds/index.js';
import { isLeaf, type GroupNode, type LeafNode, type Rounding, type Rubric, type RubricNode } from './types.js';

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
 *
 * v2: `mean` is 0..scale like a weighted mean; `max` / `min` take the best / worst child by
 * weight × score; `composite` is Σ coefficient × range, a negative coefficient flipping the child's
 * range (a deduction's [−x, 0] × −1 adds up to x); percent weights count as weight / 100. After the
 * aggregate come the node's `cap`, `normalize` (0..1 or 0..100) and `rounding`, as in scoring.
 */
export function nodeRange(node: RubricNode, rubric: Pick<Rubric, 'scales'>): Range {
  if (isLeaf(node)) return finishRange(node, leafRange(node, rubric));
  return finishRange(node, capRange(node, aggregateRange(node, rubric)));
}

/** A group's range from its children, before its cap, normalisation and rounding. */
export function aggregateRange(node: GroupNode, rubric: Pick<Rubric, 'scales'>): Range {
  switch (node.aggregate ?? 'sum') {
    case 'sum':
      return sumRange(node, rubric);
    case 'weightedMean':
      return weightedMeanRange(node, rubric);
    case 'mean':
      return meanRange(node, rubric);
    case 'max':
    case 'min':
      return extremeRange(node, rubric);
    case 'composite':
      return compositeRange(node, rubric);
  }
}

/** A child's multiplier in a `sum` (or `max` / `min`) parent: its weight, / 100 when the weights are percentages. */
export function childFactor(parent: GroupNode, child: RubricNode): Dec {
  return parent.weightUnit === 'percent' ? nodeWeight(child).div(HUNDRED) : nodeWeight(child);
}

const HUNDRED = Dec.int(100);

function sumRange(node: GroupNode, rubric: Pick<Rubric, 'scales'>): Range {
  let min = Dec.ZERO;
  let max = Dec.ZERO;
  const conditional = new Map<string, { child: RubricNode; max: Dec }[]>();
  for (const child of node.children) {
    const r = nodeRange(child, rubric);
    const w = childFactor(node, child);
    // A child that may not apply (condition) or may be missing contributes at least 0 at the bottom.
    min = min.add(r.min.min(Dec.ZERO).mul(w));
    if (child.when) {
      const key = child.when.profile !== undefined ? `profile:${child.when.profile}` : child.when.criterion !== undefined ? `criterion:${child.when.criterion}` : normaliseValue(child.when.column ?? '');
      conditional.set(key, [...(conditional.get(key) ?? []), { child, max: r.max.mul(w) }]);
    } else max = max.add(r.max.mul(w));
  }
  // Children conditioned on the same column are alternatives: one value of the column picks
  // which of them apply, so the maximum is the best such value's sum, not the sum of all.
  for (const group of conditional.values()) max = max.add(bestAlternative(group));
  return { min, max };
}

function weightedMeanRange(node: GroupNode, rubric: Pick<Rubric, 'scales'>): Range {
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
  return total.isZero() ? { min: Dec.ZERO, max: Dec.ZERO } : { min: lo.div(total).mul(scale), max: scale };
}

/** The plain mean of score/max over the children with a maximum above 0 (the others leave the count). */
function meanRange(node: GroupNode, rubric: Pick<Rubric, 'scales'>): Range {
  const scale = node.scale !== undefined ? Dec.num(node.scale) : Dec.ONE;
  let lowest: Dec | undefined;
  for (const child of node.children) {
    const r = nodeRange(child, rubric);
    if (!r.max.gt(Dec.ZERO)) continue;
    // Items that do not apply leave the mean, so it can fall to the lowest single ratio.
    const ratio = r.min.min(Dec.ZERO).div(r.max);
    lowest = lowest === undefined ? ratio : lowest.min(ratio);
  }
  return lowest === undefined ? { min: Dec.ZERO, max: Dec.ZERO } : { min: lowest.mul(scale), max: scale };
}

/** Best-of / worst-of: the (weighted) child with the highest / lowest score. */
function extremeRange(node: GroupNode, rubric: Pick<Rubric, 'scales'>): Range {
  let min = Dec.ZERO;
  let highest = Dec.ZERO;
  /** For `min`: the lowest top among the children that always take part. */
  let alwaysTop: Dec | undefined;
  for (const child of node.children) {
    const r = nodeRange(child, rubric);
    const f = childFactor(node, child);
    min = min.min(r.min.min(Dec.ZERO).mul(f));
    const top = r.max.mul(f);
    highest = highest.max(top);
    const optional = child.when !== undefined || child.notApplicable !== undefined || child.missing === 'exclude';
    if (!optional) alwaysTop = alwaysTop === undefined ? top : alwaysTop.min(top);
  }
  // Worst-of reaches at most the weakest child that always counts (or the best lone one when every child may drop out).
  const max = (node.aggregate ?? 'sum') === 'min' && alwaysTop !== undefined ? alwaysTop : highest;
  return { min, max };
}

/** Σ coefficient × child: each child's range (0 included: it may lack evidence) times its coefficient. */
function compositeRange(node: GroupNode, rubric: Pick<Rubric, 'scales'>): Range {
  let min = Dec.ZERO;
  let max = Dec.ZERO;
  for (const child of node.children) {
    const r = nodeRange(child, rubric);
    const k = child.coefficient !== undefined ? Dec.num(child.coefficient) : Dec.ONE;
    const lo = r.min.min(Dec.ZERO);
    const hi = r.max.max(Dec.ZERO);
    if (k.lt(Dec.ZERO)) {
      min = min.add(k.mul(hi));
      max = max.add(k.mul(lo));
    } else {
      min = min.add(k.mul(lo));
      max = max.add(k.mul(hi));
    }
  }
  // Without a required input the composite takes its fallback child's score.
  const fallback = node.fallback !== undefined && node.children.some((c) => c.required) ? node.children.find((c) => c.code === node.fallback) : undefined;
  if (fallback) {
    const r = nodeRange(fallback, rubric);
    min = min.min(r.min.min(Dec.ZERO));
    max = max.max(r.max);
  }
  return { min, max };
}

function capRange(node: GroupNode, r: Range): Range {
  if (node.cap === undefined) return r;
  const cap = Dec.num(node.cap);
  return { min: r.min.min(cap), max: r.max.min(cap) };
}

/** v2: a node's `normalize` (score / max × 1 or 100) and `rounding`, on its range. */
function finishRange(node: RubricNode, r: Range): Range {
  let { min, max } = r;
  if (node.normalize !== undefined && max.gt(Dec.ZERO)) {
    const n = Dec.int(node.normalize);
    min = min.div(max).mul(n);
    max = n;
  }
  if (node.rounding) {
    const step = ruleStep(node.rounding);
    const mode = node.rounding.mode ?? 'half-up';
    min = min.roundToStep(step, mode);
    max = max.roundToStep(step, mode);
  }
  return { min, max };
}

/** The step of a rounding rule: `step`, or 10^-`decimals`. */
export function ruleStep(rounding: Rounding): Dec {
  return 'step' in rounding ? Dec.num(rounding.step) : Dec.of(1n, 10n ** BigInt(rounding.decimals));
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
  return rubric.rounding ? ruleStep(rubric.rounding) : undefined;
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
  // v2: without a rubric rounding, the root's own rounding still makes its scores multiples of a step.
  if (!step) return nodeReach(rubric.root, range);
  return { min: roundTotal(range.min, rubric), max: roundTotal(range.max, rubric), step };
}

/** The scores a node can take (its range; multiples of its own `rounding` step when it rounds): what its bands must tile. */
export function nodeReach(node: RubricNode, range: Range): ReachableScores {
  return node.rounding ? { min: range.min, max: range.max, step: ruleStep(node.rounding) } : { min: range.min, max: range.max };
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
    const aggregate = node.aggregate ?? 'sum';
    if (aggregate === 'sum' || aggregate === 'max' || aggregate === 'min') {
      // Best-of / worst-of: each child may be the one that counts, so it takes its part of the group's maximum.
      const parentMax = capRange(node, aggregateRange(node, rubric)).max;
      for (const c of node.children) {
        const part = nodeRange(c, rubric).max.max(Dec.ZERO).mul(childFactor(node, c));
        visit(c, parentMax.gt(Dec.ZERO) ? share.mul(part.div(parentMax).min(Dec.ONE)) : Dec.ZERO);
      }
    } else if (aggregate === 'composite') {
      const part = (c: RubricNode): Dec => {
        const k = c.coefficient !== undefined ? Dec.num(c.coefficient) : Dec.ONE;
        return k.gt(Dec.ZERO) ? k.mul(nodeRange(c, rubric).max.max(Dec.ZERO)) : Dec.ZERO;
      };
      const total = Dec.sum(node.children.map(part));
      for (const c of node.children) visit(c, total.gt(Dec.ZERO) ? share.mul(part(c)).div(total) : Dec.ZERO);
    } else {
      // weightedMean: by weight; mean: equally, over the children that can score.
      const w = (c: RubricNode): Dec => (aggregate === 'mean' ? (nodeRange(c, rubric).max.gt(Dec.ZERO) ? Dec.ONE : Dec.ZERO) : nodeWeight(c));
      const total = alternativesTotal(node.children, w);
      for (const c of node.children) visit(c, total.isZero() ? Dec.ZERO : share.mul(w(c)).div(total));
    }
  };
  visit(rubric.root, Dec.ONE);
  return shares;
}

/**
 * Σ w over a group's children, a v2 variant group counted once (by its largest member): variants
 * are alternatives, so only one of them takes part in the mean.
 */
export function alternativesTotal(children: readonly RubricNode[], w: (c: RubricNode) => Dec): Dec {
  let total = Dec.ZERO;
  const variants = new Map<string, Dec>();
  for (const c of children) {
    if (c.variant === undefined) total = total.add(w(c));
    else variants.set(c.variant, (variants.get(c.variant) ?? Dec.ZERO).max(w(c)));
  }
  for (const v of variants.values()) total = total.add(v);
  return total;
}
