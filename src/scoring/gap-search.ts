/**
 * The search behind `merit gap`: the candidates (levels leaves that can go up), the re-scoring
 * evaluator, the exact knapsack over linear gains, and the verified search where the tree is not
 * linear. analyseGap (gap.ts) decides which to use; every answer is re-scored by scoreAgency.
 */
import { Dec } from '../decimal.js';
import type { CellRef, EvidenceTable } from '../evidence/types.js';
import type { Level, LoadedRubric, LocalText } from '../rubric/types.js';
import { scoreAgency, type ScoreOptions } from './score.js';
import type { Assessment } from './types.js';
import { codeKey } from './values.js';

/** Allocations the search may visit (pruned or not) before it stops. */
const MAX_VISITS = 2_000_000;

export interface Candidate {
  code: string;
  name: LocalText;
  levels: Level[];
  /** Points of each level (same order as `levels`), before the node weight. */
  points: Dec[];
  /** Index in `levels` of the level counted now; 0 when there is no value. */
  fromIdx: number;
  from: number | null;
  column: 'verified' | 'self';
  ref?: CellRef;
  /** The leaf's score now (0 without a value). */
  curPoints: Dec;
  maxSteps: number;
  /** d(total) / d(leaf points) with every cap ignored; undefined when raising the leaf changes which children a weighted mean averages. */
  coef?: Dec;
}

/** The linear gain of raising candidate `c` by `j` steps (undefined when not linear). */
export function linearGain(c: Candidate, j: number): Dec | undefined {
  if (j === 0) return Dec.ZERO;
  return c.coef?.mul(c.points[c.fromIdx + j]!.sub(c.curPoints));
}

// ---------------------------------------------------------------------------------------------
// Re-scoring

export class Budget extends Error {}

/**
 * The work budget of one analysis (`merit gap --max-search N`), in rubric nodes scored: a what-if
 * re-scoring costs the rubric's node count, a cell of the search's bound table costs one. The
 * verified search may spend half of it, the greedy fallback the rest; past it the answer is
 * completed in a logarithmic number of re-scorings and marked best effort. Deterministic: no clock.
 */
export class Effort {
  used = 0;
  /** Set when some phase stopped because the budget ran out. */
  exhausted = false;
  constructor(readonly limit: number = Infinity) {}
  /** Whether `n` more units fit under `share` × the limit. */
  affords(n: number, share = 1): boolean {
    return this.used + n <= this.limit * share;
  }
  spend(n: number): void {
    this.used += n;
  }
}

/** Nodes of a rubric tree: what one re-scoring costs. */
const nodeCounts = new WeakMap<object, number>();
export function nodeCount(loaded: LoadedRubric): number {
  const root = loaded.rubric.root;
  let n = nodeCounts.get(root);
  if (n === undefined) {
    n = 0;
    const stack: { children?: unknown[] }[] = [root as { children?: unknown[] }];
    while (stack.length) {
      const x = stack.pop()!;
      n++;
      if (Array.isArray(x.children)) for (const c of x.children) stack.push(c as { children?: unknown[] });
    }
    nodeCounts.set(root, n);
  }
  return n;
}

/** The number a search drives: the unrounded total (default), or one node's score (an aspect). */
export type MeasureFn = (a: Assessment) => Dec;

/** Re-scorings' totals memoised (their keys' characters at most), and the last few whole assessments. */
const MEMO_KEY_CHARS = 16_000_000;
const RECENT_NODES = 20_000;

/** Re-scores the evidence with some candidates raised (as `--assume` values), memoised within bounds. */
export class Evaluator {
  count = 0;
  /** Nodes scored by one re-scoring. */
  readonly cost: number;
  private readonly totals = new Map<string, Dec>();
  private totalsChars = 0;
  private readonly recent = new Map<string, Assessment>();
  private readonly recentMax: number;
  private readonly baseAssume: { code: string; value: string }[];

  constructor(
    readonly loaded: LoadedRubric,
    readonly table: EvidenceTable,
    readonly options: ScoreOptions,
    private readonly cands: Candidate[],
    private readonly maxEvaluations: number,
    private readonly measure: MeasureFn = (a) => a.root.score,
    readonly effort: Effort = new Effort(),
  ) {
    const changed = new Set(cands.map((c) => codeKey(c.code)));
    this.baseAssume = (options.assume ?? []).filter((a) => !changed.has(codeKey(a.code)));
    this.cost = nodeCount(loaded);
    this.recentMax = Math.max(4, Math.floor(RECENT_NODES / this.cost));
  }

  /** Whether `n` more re-scorings fit in the budget (the search's share when `share` < 1). */
  affords(n: number, share = 1): boolean {
    return this.effort.affords(n * this.cost, share);
  }

  assess(steps: readonly number[], enforceBudget = false): Assessment {
    const key = steps.join(',');
    const hit = this.recent.get(key);
    if (hit) return hit;
    if (enforceBudget && (this.count >= this.maxEvaluations || !this.affords(1, SEARCH_SHARE))) {
      this.effort.exhausted = true;
      throw new Budget();
    }
    this.count++;
    this.effort.spend(this.cost);
    const assume = [...this.baseAssume];
    steps.forEach((j, i) => {
      if (j > 0) {
        const c = this.cands[i]!;
        assume.push({ code: c.code, value: String(c.levels[c.fromIdx + j]!.value) });
      }
    });
    // What-ifs are read for their totals and categories only: no next steps to list.
    const a = scoreAgency(this.loaded, this.table, { ...this.options, assume, now: undefined, nextSteps: false });
    if (this.recent.size >= this.recentMax) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(key, a);
    if (!this.totals.has(key)) {
      if (this.totalsChars + key.length > MEMO_KEY_CHARS) [this.totals.clear(), (this.totalsChars = 0)];
      this.totals.set(key, this.measure(a));
      this.totalsChars += key.length;
    }
    return a;
  }

  total(steps: readonly number[], enforceBudget = false): Dec {
    const hit = this.totals.get(steps.join(','));
    if (hit) return hit;
    return this.measure(this.assess(steps, enforceBudget));
  }
}

/** The share of the budget the verified search may spend; greedy gets the rest. */
export const SEARCH_SHARE = 0.5;

// ---------------------------------------------------------------------------------------------
// Fast path: exact knapsack over the linear gains

export type Ok = (unrounded: Dec) => boolean;

/**
 * A re-scored allocation's last test beyond the number (`ok`): the predicate that band caps may
 * hold back, every aspect's category. Absent: the number decides.
 */
export type Accept = (a: Assessment) => boolean;

export interface SearchOptions {
  accept?: Accept;
  /** How far the measure can be off the linear model above it (node rounding); added to the bound. */
  slack?: Dec;
  /** The linear gains bound the measure (up to `slack`); default: when every candidate has a coefficient. */
  bounded?: boolean;
  /** Start the iterative deepening at this many steps (fewer are known not to reach). */
  from?: number;
}

export interface State {
  /** Criteria touched in this suffix. */
  nz: number;
  /** Steps on the suffix's first leaf. */
  j: number;
}

/**
 * Backward DP over leaves: layer i maps (steps, integer gain) of the leaves i..n-1 to the best
 * suffix by (fewest criteria, then most steps on the earliest leaf). Exact: gains are scaled to
 * integers by the common denominator. Returns the steps per candidate, `none` when no allocation
 * within `maxS` steps reaches, `limit` past the state cap.
 */
export function knapsack(cands: Candidate[], baseU: Dec, ok: Ok, maxS: number, maxStates: number): number[] | 'none' | 'limit' {
  const n = cands.length;
  const gains: Dec[][] = cands.map((c) => Array.from({ length: c.maxSteps + 1 }, (_, j) => linearGain(c, j)!));
  let l = 1n;
  for (const row of gains) for (const g of row) l = lcm(l, g.d);
  const G = gains.map((row) => row.map((g) => g.n * (l / g.d)));
  const layers: Map<number, Map<bigint, State>>[] = new Array(n + 1);
  layers[n] = new Map([[0, new Map([[0n, { nz: 0, j: 0 }]])]]);
  let states = 1;
  for (let i = n - 1; i >= 0; i--) {
    const layer = new Map<number, Map<bigint, State>>();
    for (const [s0, inner] of layers[i + 1]!) {
      for (const [g0, info] of inner) {
        for (let j = 0; j <= cands[i]!.maxSteps && s0 + j <= maxS; j++) {
          const s = s0 + j;
          const g = g0 + G[i]![j]!;
          const nz = info.nz + (j > 0 ? 1 : 0);
          let byGain = layer.get(s);
          if (!byGain) layer.set(s, (byGain = new Map()));
          const old = byGain.get(g);
          if (!old) {
            if (++states > maxStates) return 'limit';
            byGain.set(g, { nz, j });
          } else if (nz < old.nz || (nz === old.nz && j > old.j)) byGain.set(g, { nz, j });
        }
      }
    }
    layers[i] = layer;
  }
  const ld = Dec.of(l);
  for (const s of [...layers[0]!.keys()].sort((a, b) => a - b)) {
    let best: bigint | undefined;
    for (const g of layers[0]!.get(s)!.keys()) {
      if (best !== undefined && g >= best) continue;
      if (ok(baseU.add(Dec.of(g).div(ld)))) best = g;
    }
    if (best === undefined) continue;
    const steps: number[] = [];
    let rs = s;
    let rg = best;
    for (let i = 0; i < n; i++) {
      const j = layers[i]!.get(rs)!.get(rg)!.j;
      steps.push(j);
      rs -= j;
      rg -= G[i]![j]!;
    }
    return steps;
  }
  return 'none';
}

export function lcm(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}

/** Linear greedy (largest linear gain per step first): an upper bound on the steps needed. */
export function linearGreedySteps(cands: Candidate[], baseU: Dec, ok: Ok): number | undefined {
  const steps = cands.map(() => 0);
  let gain = Dec.ZERO;
  let count = 0;
  for (;;) {
    if (ok(baseU.add(gain))) return count;
    let best: { i: number; g: Dec } | undefined;
    cands.forEach((c, i) => {
      if (steps[i]! >= c.maxSteps) return;
      const g = linearGain(c, steps[i]! + 1)!.sub(linearGain(c, steps[i]!)!);
      if (!best || g.gt(best.g)) best = { i, g };
    });
    if (!best) return undefined;
    const pick: { i: number; g: Dec } = best;
    steps[pick.i]!++;
    gain = gain.add(pick.g);
    count++;
  }
}

// ---------------------------------------------------------------------------------------------
// General path: iterative deepening with a linear upper bound, every allocation re-scored

export interface Found {
  steps: number[];
  gain: Dec;
  nz: number;
}

export function search(cands: Candidate[], ev: Evaluator, baseU0: Dec, ok: Ok, o: SearchOptions = {}): { found?: Found; complete: boolean } {
  const n = cands.length;
  const total = cands.reduce((s, c) => s + c.maxSteps, 0);
  // Positive part of each option's linear gain: with caps and means, an upper bound on what it adds.
  const pos = cands.map((c) => Array.from({ length: c.maxSteps + 1 }, (_, j) => linearGain(c, j)?.max(Dec.ZERO)));
  const bounded = o.bounded !== false && pos.every((row) => row.every((g) => g !== undefined));
  // The bound starts from the base plus what rounding can add beyond the linear model.
  const baseU = o.slack ? baseU0.add(o.slack) : baseU0;
  const accept = o.accept;
  // The bound table holds (n + 1) × (total + 1) numbers: paid from the search's share, or no search.
  const cells = (n + 1) * (total + 1);
  if (!ev.effort.affords(cells, SEARCH_SHARE)) {
    ev.effort.exhausted = true;
    return { complete: false };
  }
  ev.effort.spend(cells);
  // ub[i][b]: the most the leaves i.. can add with at most b steps (linear, positive parts).
  const ub: Dec[][] = Array.from({ length: n + 1 }, () => new Array<Dec>(total + 1).fill(Dec.ZERO));
  if (bounded) {
    for (let i = n - 1; i >= 0; i--) {
      for (let b = 0; b <= total; b++) {
        let m = ub[i + 1]![b]!;
        for (let j = 1; j <= Math.min(cands[i]!.maxSteps, b); j++) m = m.max(pos[i]![j]!.add(ub[i + 1]![b - j]!));
        ub[i]![b] = m;
      }
    }
  }
  const capacity = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) capacity[i] = capacity[i + 1]! + cands[i]!.maxSteps;

  let found: Found | undefined;
  const steps = new Array<number>(n).fill(0);
  let visits = 0;
  const dfs = (i: number, b: number, lin: Dec): void => {
    if (++visits > MAX_VISITS) throw new Budget();
    if (b > capacity[i]!) return;
    if (bounded && !ok(baseU.add(lin).add(ub[i]![b]!))) return;
    if (i === n) {
      const t = ev.total(steps, true);
      if (!ok(t)) return;
      if (accept && !accept(ev.assess(steps))) return;
      const gain = t.sub(baseU0);
      const nz = steps.filter((j) => j > 0).length;
      // Allocations come in lexicographically descending order: the first of equals wins.
      if (!found || gain.lt(found.gain) || (gain.eq(found.gain) && nz < found.nz)) found = { steps: [...steps], gain, nz };
      return;
    }
    for (let j = Math.min(cands[i]!.maxSteps, b); j >= 0; j--) {
      steps[i] = j;
      dfs(i + 1, b - j, bounded ? lin.add(pos[i]![j]!) : lin);
    }
    steps[i] = 0;
  };
  try {
    for (let s = Math.max(1, o.from ?? 1); s <= total; s++) {
      if (bounded && !ok(baseU.add(ub[0]![s]!))) continue;
      dfs(0, s, Dec.ZERO);
      if (found) return { found, complete: true };
    }
  } catch (e) {
    if (!(e instanceof Budget)) throw e;
    return found ? { found, complete: false } : { complete: false };
  }
  return { complete: true };
}
