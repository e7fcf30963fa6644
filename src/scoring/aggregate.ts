/**
 * How a group combines its children's results (docs/rubric-v2.md "Aggregations"): the rule per
 * `aggregate`, then the node's own cap, normalisation and rounding. Pure and exact.
 *
 * - `sum`: Σ weight × score (weights in percent count as weight / 100);
 * - `weightedMean`: Σ wᵢ·(scoreᵢ/maxᵢ) / Σ wᵢ × scale over the children with a maximum above 0;
 * - `mean`: the same with every weight 1 (a maturity: items that do not apply leave the count);
 * - `max` / `min`: the best / worst child by weight × score;
 * - `composite`: Σ coefficient × score; a `required` child without evidence makes the node
 *   `incomplete`, and the parent's `fallback` child stands in.
 */
import { Dec } from '../decimal.js';
import type { GroupNode, Rounding, RubricNode } from '../rubric/types.js';
import { capped, cmpDec } from './rules.js';
import type { NodeResult } from './types.js';

export interface Combined {
  score: Dec;
  selfScore: Dec;
  max: Dec;
  coverage: Dec;
  incomplete?: { missing: string[]; fallback: string };
}

const HUNDRED = Dec.int(100);

/** A child's multiplier in a `sum` parent: its weight, as a fraction when the parent's weights are percentages. */
export function sumFactor(parent: GroupNode, child: NodeResult): Dec {
  return parent.weightUnit === 'percent' ? child.weight.div(HUNDRED) : child.weight;
}

/** A child's coefficient in a `composite` parent (default 1). */
export function coefficientOf(node: RubricNode): Dec {
  return node.coefficient !== undefined ? Dec.num(node.coefficient) : Dec.ONE;
}

/** Children that take part in a mean: a positive maximum and a positive weight. */
export function applicableInMean(children: NodeResult[]): NodeResult[] {
  return children.filter((c) => c.max.gt(Dec.ZERO) && c.weight.gt(Dec.ZERO));
}

const out = (s: NodeResult['status']): boolean => s === 'not-applicable' || s === 'excluded';

export function combine(node: GroupNode, children: NodeResult[]): Combined {
  switch (node.aggregate ?? 'sum') {
    case 'sum':
      return sum(node, children);
    case 'weightedMean':
      return mean(children, node.scale, true);
    case 'mean':
      return mean(children, node.scale, false);
    case 'max':
      return extreme(node, children, 1);
    case 'min':
      return extreme(node, children, -1);
    case 'composite':
      return composite(node, children);
  }
}

function sum(node: GroupNode, children: NodeResult[]): Combined {
  let score = Dec.ZERO;
  let selfScore = Dec.ZERO;
  let max = Dec.ZERO;
  let covered = Dec.ZERO;
  for (const c of children) {
    const f = sumFactor(node, c);
    score = score.add(f.mul(c.score));
    selfScore = selfScore.add(f.mul(c.selfScore));
    const m = f.mul(c.max);
    max = max.add(m);
    covered = covered.add(m.mul(c.coverage));
  }
  return { score, selfScore, max, coverage: max.gt(Dec.ZERO) ? covered.div(max) : Dec.ZERO };
}

function mean(children: NodeResult[], scaleNumber: number | undefined, weighted: boolean): Combined {
  const scale = scaleNumber !== undefined ? Dec.num(scaleNumber) : Dec.ONE;
  let total = Dec.ZERO;
  let ratio = Dec.ZERO;
  let selfRatio = Dec.ZERO;
  let covered = Dec.ZERO;
  for (const c of applicableInMean(children)) {
    const w = weighted ? c.weight : Dec.ONE;
    total = total.add(w);
    ratio = ratio.add(w.mul(c.score.div(c.max)));
    selfRatio = selfRatio.add(w.mul(c.selfScore.div(c.max)));
    covered = covered.add(w.mul(c.coverage));
  }
  if (!total.gt(Dec.ZERO)) return { score: Dec.ZERO, selfScore: Dec.ZERO, max: Dec.ZERO, coverage: Dec.ZERO };
  return { score: ratio.div(total).mul(scale), selfScore: selfRatio.div(total).mul(scale), max: scale, coverage: covered.div(total) };
}

function extreme(node: GroupNode, children: NodeResult[], sign: 1 | -1): Combined {
  const inPlay = children.filter((c) => !out(c.status));
  if (inPlay.length === 0) return { score: Dec.ZERO, selfScore: Dec.ZERO, max: Dec.ZERO, coverage: Dec.ZERO };
  const better = (a: Dec, b: Dec): Dec => (sign === 1 ? a.max(b) : a.min(b));
  let best = inPlay[0]!;
  let score = sumFactor(node, best).mul(best.score);
  let selfScore = sumFactor(node, best).mul(best.selfScore);
  let max = sumFactor(node, best).mul(best.max);
  for (const c of inPlay.slice(1)) {
    const s = sumFactor(node, c).mul(c.score);
    if (sign === 1 ? s.gt(score) : s.lt(score)) [best, score] = [c, s];
    selfScore = better(selfScore, sumFactor(node, c).mul(c.selfScore));
    max = better(max, sumFactor(node, c).mul(c.max));
  }
  return { score, selfScore, max, coverage: best.coverage };
}

/** Evidence a required composite input lacks: no usable value (missing, excluded, error). */
const lacking = (c: NodeResult): boolean => c.status === 'missing' || c.status === 'excluded' || c.status === 'error';

function composite(node: GroupNode, children: NodeResult[]): Combined {
  const missing = node.children.filter((child, i) => child.required === true && lacking(children[i]!)).map((c) => c.code);
  if (missing.length > 0 && node.fallback !== undefined) {
    const stand = children.find((c) => c.code === node.fallback);
    if (stand) return { score: stand.score, selfScore: stand.selfScore, max: stand.max, coverage: stand.coverage, incomplete: { missing, fallback: stand.code } };
  }
  let score = Dec.ZERO;
  let selfScore = Dec.ZERO;
  let max = Dec.ZERO;
  let covered = Dec.ZERO;
  for (const c of children) {
    const k = c.coefficient ?? Dec.ONE;
    score = score.add(k.mul(c.score));
    selfScore = selfScore.add(k.mul(c.selfScore));
    if (k.gt(Dec.ZERO)) {
      const m = k.mul(c.max);
      max = max.add(m);
      covered = covered.add(m.mul(c.coverage));
    }
  }
  return { score, selfScore, max, coverage: max.gt(Dec.ZERO) ? covered.div(max) : Dec.ZERO };
}

/** A node's cap, normalisation and rounding, in that order (docs/rubric-v2.md). Mutates `r`. */
export function finish(node: RubricNode, r: Pick<NodeResult, 'score' | 'selfScore' | 'max' | 'cap' | 'unrounded'>, cap: number | undefined): void {
  if (cap !== undefined) {
    const c = Dec.num(cap);
    r.cap = c;
    // The cap rule (rules.ts): score and maximum clamp; the coverage ratio is kept.
    r.score = capped(r.score, c, cmpDec);
    r.selfScore = capped(r.selfScore, c, cmpDec);
    r.max = capped(r.max, c, cmpDec);
  }
  if (node.normalize !== undefined && r.max.gt(Dec.ZERO)) {
    const n = Dec.int(node.normalize);
    r.score = r.score.div(r.max).mul(n);
    r.selfScore = r.selfScore.div(r.max).mul(n);
    r.max = n;
  }
  if (node.rounding) {
    r.unrounded = r.score;
    r.score = roundBy(r.score, node.rounding);
    r.selfScore = roundBy(r.selfScore, node.rounding);
  }
}

/** A value rounded by a rounding rule (step or decimals; half-up by default). */
export function roundBy(value: Dec, rounding: Rounding): Dec {
  const step = 'step' in rounding ? Dec.num(rounding.step) : Dec.of(1n, 10n ** BigInt(rounding.decimals));
  return value.roundToStep(step, rounding.mode ?? 'half-up');
}

/** Each child's share of its parent's maximum, by the parent's aggregate (for `share`). */
export function childShares(node: NodeResult, children: NodeResult[]): Dec[] {
  const aggregate = node.aggregate ?? 'sum';
  if (aggregate === 'weightedMean' || aggregate === 'mean') {
    const applicable = new Set(applicableInMean(children));
    const w = (c: NodeResult): Dec => (aggregate === 'mean' ? Dec.ONE : c.weight);
    const total = Dec.sum([...applicable].map(w));
    return children.map((c) => (applicable.has(c) && total.gt(Dec.ZERO) ? w(c).div(total) : Dec.ZERO));
  }
  if (aggregate === 'composite') {
    const part = (c: NodeResult): Dec => {
      const k = c.coefficient ?? Dec.ONE;
      return k.gt(Dec.ZERO) ? k.mul(c.max) : Dec.ZERO;
    };
    const total = Dec.sum(children.map(part));
    return children.map((c) => (total.gt(Dec.ZERO) ? part(c).div(total) : Dec.ZERO));
  }
  const total = Dec.sum(children.map((c) => c.weight.mul(c.max)));
  return children.map((c) => (total.gt(Dec.ZERO) ? c.weight.mul(c.max).div(total) : Dec.ZERO));
}
