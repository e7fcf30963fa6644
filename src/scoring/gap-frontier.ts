/**
 * The fewest level steps for `merit gap` on trees that round at their nodes (the 2026 layout:
 * items → aspect means rounded to 2 decimals → a weighted maturity rounded → a composite rounded).
 * Node rounding makes the total a step function of the levels, so the knapsack does not apply and
 * the search's bound is loose; but every node is still **monotone** in its children when every
 * factor is ≥ 0 (sums, means, composites with non-negative coefficients; normalisation; caps and
 * rounding are monotone too). Then the most a node can reach with at most s steps is exact:
 *
 *     F_leaf(s) = the best level within s steps;
 *     F_node(s) = finish(raw + max over s₀ + s₁ + … = s of Σ aᵢ × (F_childᵢ(sᵢ) − baseᵢ))
 *
 * (a max-plus convolution over the children, `finish` being the node's cap → normalise → rounding,
 * the scorer's own). The fewest steps s* that reach the target is the first s with
 * ok(F_root(s)): nothing with fewer steps can, since F is the maximum. An allocation reaching
 * F_root(s*) is read back from the convolution's choices, then moved one step at a time to the
 * least overshoot (and fewest criteria) the exact tree model allows. gap.ts re-scores it with the
 * real scorer and runs the verified search at s* for the remaining tie-breaks when it can.
 */
import { Dec } from '../decimal.js';
import { isLeaf, type GroupNode, type LeafNode } from '../rubric/types.js';
import { combine, finish } from './aggregate.js';
import type { Collected } from './gap-collect.js';
import type { Candidate, Ok } from './gap-search.js';
import type { NodeResult } from './types.js';

/** The tree is monotone in the candidates and its only kinks are node rounding (see the module comment). */
export function frontierEligible(col: Collected): boolean {
  if (col.gated || col.candidates.length === 0) return false;
  for (const k of col.kinks) if (!col.rounded.has(k)) return false;
  for (const chain of col.chains) {
    if (col.pointsFactor.get(chain[0]!) === undefined) return false;
    for (let k = 0; k < chain.length - 1; k++) {
      const f = col.aggFactor.get(chain[k]!);
      if (f === undefined || f.lt(Dec.ZERO)) return false;
    }
  }
  return true;
}

interface Built {
  /** F[s]: the node's highest score with at most s steps below it (non-decreasing). */
  F: Dec[];
  /** Writes the steps of an allocation reaching F[s] into `out` (indexed like the candidates). */
  alloc: (s: number, out: number[]) => void;
  /** The node's score under an allocation (the exact tree model). */
  value: (steps: readonly number[]) => Dec;
}

/** A node's finish (cap → normalise → rounding) applied to a raw aggregate, as the scorer does. */
function finished(node: GroupNode | LeafNode, raw: Dec, max: Dec, cap: number | undefined): Dec {
  const o = { score: raw, selfScore: raw, max } as { score: Dec; selfScore: Dec; max: Dec };
  finish(node, o, cap);
  return o.score;
}

function build(col: Collected, cands: Candidate[], r: NodeResult, onPath: Set<NodeResult>, leafIndex: Map<NodeResult, number>): Built {
  const i = leafIndex.get(r);
  if (i !== undefined) {
    const c = cands[i]!;
    const leaf = col.nodeOf.get(r) as LeafNode;
    const top = c.points.reduce((a, b) => a.max(b));
    const own = leaf.normalize !== undefined || leaf.rounding !== undefined;
    const score = (j: number): Dec => {
      const p = c.points[c.fromIdx + j]!;
      return own ? finished(leaf, p, top, undefined) : p;
    };
    const F: Dec[] = [];
    const arg: number[] = [];
    for (let j = 0; j <= c.maxSteps; j++) {
      const v = score(j);
      if (j === 0 || v.gt(F[j - 1]!)) [F[j], arg[j]] = [v, j];
      else [F[j], arg[j]] = [F[j - 1]!, arg[j - 1]!];
    }
    return {
      F,
      alloc: (s, out) => void (out[i] = arg[Math.min(s, c.maxSteps)]!),
      value: (steps) => (steps[i]! === 0 ? r.score : score(steps[i]!)),
    };
  }
  if (!onPath.has(r) || isLeaf(col.nodeOf.get(r)!)) return { F: [r.score], alloc: () => undefined, value: () => r.score };

  const g = col.nodeOf.get(r) as GroupNode;
  const children = r.children ?? [];
  const built = children.map((c) => build(col, cands, c, onPath, leafIndex));
  const a = children.map((c) => col.aggFactor.get(c) ?? Dec.ZERO);
  const raw = combine(g, children);
  // The max-plus convolution of the children's gains, with each child's choice kept.
  let acc: Dec[] = [Dec.ZERO];
  const choices: number[][] = [];
  children.forEach((child, k) => {
    const Fk = built[k]!.F;
    if (Fk.length === 1) {
      choices.push(acc.map(() => 0));
      return;
    }
    const next: Dec[] = [];
    const choice: number[] = [];
    for (let s = 0; s < acc.length + Fk.length - 1; s++) {
      let best: Dec | undefined;
      let at = 0;
      for (let sk = Math.max(0, s - acc.length + 1); sk <= Math.min(s, Fk.length - 1); sk++) {
        const v = acc[s - sk]!.add(a[k]!.mul(Fk[sk]!.sub(child.score)));
        if (best === undefined || v.gt(best)) [best, at] = [v, sk];
      }
      next.push(best!);
      choice.push(at);
    }
    acc = next;
    choices.push(choice);
  });
  const F = acc.map((gain) => finished(g, raw.score.add(gain), raw.max, g.cap));
  return {
    F,
    alloc: (s0, out) => {
      let s = s0;
      for (let k = children.length - 1; k >= 0; k--) {
        const sk = choices[k]![s]!;
        built[k]!.alloc(sk, out);
        s -= sk;
      }
    },
    value: (steps) => {
      let gain = Dec.ZERO;
      children.forEach((child, k) => {
        if (built[k]!.F.length > 1) gain = gain.add(a[k]!.mul(built[k]!.value(steps).sub(child.score)));
      });
      return finished(g, raw.score.add(gain), raw.max, g.cap);
    },
  };
}

export interface FrontierPlan {
  /** Steps per candidate: the fewest in all, moved to the least overshoot the model finds. */
  steps: number[];
  /** The fewest steps that can reach the target (proven: F is the maximum per step count). */
  minSteps: number;
  /** The root's score under `steps` by the exact tree model. */
  value: Dec;
}

/** The fewest steps for the root's score to pass `ok`, with an allocation; undefined when nothing reaches. */
export function frontierPlan(col: Collected, cands: Candidate[], root: NodeResult, ok: Ok): FrontierPlan | undefined {
  const onPath = new Set<NodeResult>(col.chains.flat());
  const leafIndex = new Map<NodeResult, number>(col.chains.map((chain, i) => [chain[0]!, i]));
  const top = build(col, cands, root, onPath, leafIndex);
  const minSteps = top.F.findIndex((v) => ok(v));
  if (minSteps < 0) return undefined;
  const steps = cands.map(() => 0);
  top.alloc(minSteps, steps);
  const nz = (x: readonly number[]): number => x.filter((j) => j > 0).length;
  // Least overshoot, then fewest criteria: move one step at a time while the model improves.
  let value = top.value(steps);
  for (let round = 0; round < 500; round++) {
    let best: { from: number; to: number; v: Dec; nz: number } | undefined;
    for (let from = 0; from < cands.length; from++) {
      if (steps[from]! === 0) continue;
      for (let to = 0; to < cands.length; to++) {
        if (to === from || steps[to]! >= cands[to]!.maxSteps) continue;
        steps[from]!--;
        steps[to]!++;
        const v = top.value(steps);
        const n = nz(steps);
        steps[from]!++;
        steps[to]!--;
        if (!ok(v)) continue;
        const better = (x: Dec, xn: number, y: Dec, yn: number): boolean => x.lt(y) || (x.eq(y) && xn < yn);
        if (better(v, n, best?.v ?? value, best?.nz ?? nz(steps))) best = { from, to, v, nz: n };
      }
    }
    if (!best) break;
    steps[best.from]!--;
    steps[best.to]!++;
    value = best.v;
  }
  return { steps, minSteps, value };
}
