/**
 * One target of `merit gap`: the knapsack where the measure is linear, else the verified search,
 * else greedy — all within the analysis's work budget (`Effort`, `--max-search`).
 *
 * Greedy re-scores every candidate's next step and takes the best, while the budget affords a
 * whole round. Past that it goes on lazily (a step's gain re-scored only when it comes to the top
 * of the queue: one or two re-scorings a step where caps only cut gains), and when even that is
 * spent, it completes the set by a binary search over the remaining steps in order of their
 * linear gain: at most ⌈log₂(steps + 1)⌉ + 1 more re-scorings, and no more than the budget's
 * size once more (the prefix found so far is valid at every point). Every
 * answer is re-scored and valid; only the knapsack's and the completed search's are proven optimal.
 */
import { Dec } from '../decimal.js';
import { Effort, knapsack, linearGain, linearGreedySteps, search, type Accept, type Candidate, type Evaluator, type Ok, type SearchOptions } from './gap-search.js';

export interface Solved {
  steps: number[];
  method: 'knapsack' | 'search' | 'greedy' | 'frontier';
  optimal: boolean;
}

export interface SolveOptions extends SearchOptions {
  /** The measure is exactly linear in the candidates (their `coef`): the knapsack applies. */
  linear: boolean;
  maxStates: number;
}

/**
 * The smallest allocation whose measure passes `ok` (and `accept`), by the objective of gap.ts.
 * The knapsack's answer must agree with the real scorer and pass `accept`; otherwise the search
 * (exact over the minimal step count) decides, and greedy past its effort cap.
 */
export function solve(cands: Candidate[], ev: Evaluator, baseU: Dec, ok: Ok, o: SolveOptions): Solved | undefined {
  if (o.linear) {
    const bound = linearGreedySteps(cands, baseU, ok) ?? cands.reduce((s, c) => s + c.maxSteps, 0);
    const k = knapsack(cands, baseU, ok, bound, o.maxStates);
    if (Array.isArray(k)) {
      const predicted = baseU.add(Dec.sum(k.map((j, i) => linearGain(cands[i]!, j)!)));
      const actual = ev.total(k);
      // The real scorer must agree with the model; if it ever does not, the search decides.
      if (actual.eq(predicted) && ok(actual) && (!o.accept || o.accept(ev.assess(k)))) return { steps: k, method: 'knapsack', optimal: true };
    }
  }
  const s = search(cands, ev, baseU, ok, o);
  if (s.found) return { steps: s.found.steps, method: 'search', optimal: s.complete };
  const g = greedy(cands, ev, ok, o.accept);
  return g ? { steps: g, method: 'greedy', optimal: false } : undefined;
}

/** Best-effort: one step at a time, the step with the largest re-scored gain (first in rubric order at a tie). */
export function greedy(cands: Candidate[], ev: Evaluator, ok: Ok, accept?: Accept): number[] | undefined {
  const steps = cands.map(() => 0);
  const good = (s: readonly number[]): boolean => ok(ev.total(s)) && (!accept || accept(ev.assess(s)));
  for (;;) {
    if (good(steps)) return steps;
    const open = cands.reduce((k, c, i) => k + (steps[i]! < c.maxSteps ? 1 : 0), 0);
    if (!ev.affords(open + 1)) {
      ev.effort.exhausted = true;
      return lazyGreedy(cands, ev, good, steps);
    }
    let best: { i: number; t: Dec } | undefined;
    for (let i = 0; i < cands.length; i++) {
      if (steps[i]! >= cands[i]!.maxSteps) continue;
      steps[i]!++;
      const t = ev.total(steps);
      steps[i]!--;
      if (!best || t.gt(best.t)) best = { i, t };
    }
    if (!best) return undefined;
    steps[best.i]!++;
  }
}

interface Entry {
  i: number;
  /** The next step's gain: re-scored at version `ver`, else an estimate (undefined: unknown, first). */
  g?: Dec;
  ver: number;
}

/** Larger gain first (unknown first of all), then rubric order. */
const before = (a: Entry, b: Entry): boolean => {
  if (a.g === undefined || b.g === undefined) return a.g === undefined && (b.g !== undefined || a.i < b.i);
  const c = a.g.cmp(b.g);
  return c > 0 || (c === 0 && a.i < b.i);
};

/** A binary heap of entries ordered by `before`. */
class Queue {
  private readonly h: Entry[] = [];
  get size(): number {
    return this.h.length;
  }
  peek(): Entry | undefined {
    return this.h[0];
  }
  push(e: Entry): void {
    const h = this.h;
    h.push(e);
    for (let k = h.length - 1; k > 0; ) {
      const p = (k - 1) >> 1;
      if (!before(h[k]!, h[p]!)) break;
      [h[k], h[p]] = [h[p]!, h[k]!];
      k = p;
    }
  }
  pop(): Entry | undefined {
    const h = this.h;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      for (let k = 0; ; ) {
        const l = 2 * k + 1;
        const r = l + 1;
        let m = k;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === k) break;
        [h[k], h[m]] = [h[m]!, h[k]!];
        k = m;
      }
    }
    return top;
  }
}

/** The linear gain of candidate `c`'s next step from `j` (positive part), or undefined. */
const linearStep = (c: Candidate, j: number): Dec | undefined => linearGain(c, j + 1)?.sub(linearGain(c, j)!).max(Dec.ZERO);

/**
 * Greedy from `steps` on, re-scoring a step's gain only when its last known gain is the largest
 * (gains are re-scored against the current set; a stale one is re-scored before it is taken).
 * When the budget runs out, `complete` finishes the set.
 */
function lazyGreedy(cands: Candidate[], ev: Evaluator, good: (s: readonly number[]) => boolean, steps: number[]): number[] | undefined {
  const q = new Queue();
  cands.forEach((c, i) => {
    if (steps[i]! < c.maxSteps) q.push({ i, g: linearStep(c, steps[i]!), ver: -1 });
  });
  let ver = 0;
  let cur = ev.total(steps);
  for (;;) {
    if (good(steps)) return steps;
    let took = false;
    while (q.size > 0 && !took) {
      const top = q.peek()!;
      if (top.ver === ver) {
        q.pop();
        steps[top.i]!++;
        ver++;
        if (steps[top.i]! < cands[top.i]!.maxSteps) q.push({ i: top.i, g: top.g, ver: -1 });
        took = true;
        continue;
      }
      if (!ev.affords(2)) return complete(cands, ev, good, steps);
      steps[top.i]!++;
      const t = ev.total(steps);
      steps[top.i]!--;
      q.pop();
      q.push({ i: top.i, g: t.sub(cur), ver });
    }
    if (!took) return undefined;
    cur = ev.total(steps);
  }
}

/**
 * The fewest of the remaining steps, taken in order of their linear gain (then rubric order),
 * that added to `from` pass: a binary search over the prefix length, valid whether or not the
 * measure grows with every step (it keeps a passing prefix at its upper end).
 */
export function complete(cands: Candidate[], ev: Evaluator, good: (s: readonly number[]) => boolean, from: readonly number[]): number[] | undefined {
  const order: { i: number; g: Dec }[] = [];
  cands.forEach((c, i) => {
    for (let j = from[i]!; j < c.maxSteps; j++) order.push({ i, g: linearStep(c, j) ?? Dec.ZERO });
  });
  // Stable: equal gains keep rubric order, and a candidate's own steps stay in order.
  order.sort((a, b) => b.g.cmp(a.g));
  const at = (k: number): number[] => {
    const s = [...from];
    for (let x = 0; x < k; x++) s[order[x]!.i]!++;
    return s;
  };
  let hi = order.length;
  if (!good(at(hi))) return undefined;
  let lo = 0;
  // Its own allowance (the budget's size once more): the prefix narrows while it lasts.
  const allowance = new Effort(ev.effort.limit);
  while (hi - lo > 1 && allowance.affords(ev.cost)) {
    allowance.spend(ev.cost);
    const mid = (lo + hi) >> 1;
    if (good(at(mid))) hi = mid;
    else lo = mid;
  }
  return at(hi);
}
