/**
 * Gap analysis (`merit gap`): the smallest set of level increases that lifts an agency's rounded
 * total into the next band (or a chosen one). Pure: rubric + evidence table in, GapResult out.
 *
 * The objective, in order: (1) fewest level steps (a step is one level up on one criterion),
 * (2) least change of the unrounded total (overshoot), (3) fewest criteria touched, (4) more steps
 * on criteria earlier in the rubric. A change set is valid when the total, rounded once by the
 * rubric's rule, meets the target band's lower edge (inclusive or exclusive as the band says).
 * Only `levels` leaves are raised; the level raised is the one that counts (verified over self).
 *
 * Two exact methods:
 *
 * - **knapsack** (fast path). When every candidate's effect on the total is linear — sums and
 *   weighted means with a fixed set of children, and no cap that any change could reach — a
 *   leaf's gain at each level is an exact rational (`coef × Δpoints`). A DP over leaves (backwards,
 *   so the tie-breaks are decided locally) over states (steps, gain) finds the optimum exactly.
 *   The answer is re-scored with the real scorer and must agree.
 * - **search** (everything else: caps that can bind, excluded criteria under a weighted mean).
 *   Iterative deepening over the number of steps; for each step count a depth-first enumeration
 *   of allocations, pruned by an upper bound (the best linear gain of the remaining leaves, which
 *   caps can only lower), each complete allocation re-scored with `scoreAgency`. The first step
 *   count with a valid allocation is the minimum; all its allocations are compared. The effort is
 *   capped; past the cap the best answer found (or a greedy one) is returned as best-effort.
 */
import { Dec } from '../decimal.js';
import { UsageError } from '../diagnostics.js';
import type { CellRef, EvidenceTable } from '../evidence/types.js';
import { levelPoints, resolveLevels, roundTotal } from '../rubric/tree.js';
import { isLeaf, type GroupNode, type Level, type LoadedRubric, type LocalText, type RubricNode, type ScoringKind } from '../rubric/types.js';
import { classify, findPredicateCode, knownPredicateCodes, meetsLower, orderedBands } from './bands.js';
import { scoreAgency, type ScoreOptions } from './score.js';
import type { Assessment, NodeResult, Predicate } from './types.js';
import { codeKey } from './values.js';

export interface GapOptions {
  /** A predicate code (band, or the rubric's below/above label); default: the next band up. */
  target?: string;
  /** Options the base assessment was scored with (subject, period, `assume`). */
  score?: ScoreOptions;
  /** Effort cap of the search: re-scorings (default 5 000, about as many milliseconds). */
  maxEvaluations?: number;
  /** Effort cap of the knapsack: DP states (default 2 000 000). */
  maxStates?: number;
}

export interface GapTarget {
  code: string;
  label: LocalText;
  kind: 'band' | 'below' | 'above';
  /** The edge the rounded total must reach: `>= value` (inclusive) or `> value`. Absent: none. */
  edge?: { value: Dec; inclusive: boolean };
}

export interface GapChange {
  code: string;
  name: LocalText;
  /** The column whose level is raised: the verified level when it counts, else the self level. */
  column: 'verified' | 'self';
  /** The cell to change; absent when the criterion has no row (or no such column) in the file. */
  ref?: CellRef;
  /** Level counted now; null when the criterion has no value. */
  from: number | null;
  to: number;
  steps: number;
  /** The leaf's own points before and after (before its node weight). */
  fromPoints: Dec;
  toPoints: Dec;
  /** What this change adds to the unrounded total, applied after the changes listed before it. */
  gain: Dec;
}

/** A criterion gap analysis leaves as it is, and why. */
export interface GapFixed {
  code: string;
  name: LocalText;
  kind: ScoringKind;
  reason: 'not-levels' | 'error';
}

export interface GapTotals {
  score: Dec;
  unrounded: Dec;
  predicate: Predicate;
}

export type GapStatus =
  /** The changes reach the target. */
  | 'reachable'
  /** The score already meets the target: nothing to do. */
  | 'already'
  /** Even every level at its maximum does not reach the target. */
  | 'unreachable'
  /** No target given and the predicate is already the highest band. */
  | 'top';

export interface GapResult {
  status: GapStatus;
  current: GapTotals & { max: Dec };
  target?: GapTarget;
  /** Points from the current (rounded) total to the target edge; absent without an edge. */
  missing?: Dec;
  changes: GapChange[];
  steps: number;
  /** The totals with every change applied (status `reachable`). */
  after?: GapTotals;
  /** Every raisable level at its maximum (always computed; shown when unreachable). */
  best: GapTotals;
  /** How the answer was found. `greedy`: the effort cap was reached (best-effort). */
  method: 'knapsack' | 'search' | 'greedy' | 'none';
  /** The answer is proven optimal by the objective above. */
  optimal: boolean;
  /** Re-scorings made. */
  evaluations: number;
  /** Criteria that can still be raised (levels leaves below their maximum). */
  candidates: number;
  fixed: GapFixed[];
}

const DEFAULT_MAX_EVALUATIONS = 5_000;
/** Allocations the search may visit (pruned or not) before it stops. */
const MAX_VISITS = 2_000_000;
const DEFAULT_MAX_STATES = 2_000_000;

// ---------------------------------------------------------------------------------------------
// Targets

/** The target of a gap analysis: the band named, or the first band the score does not reach. */
export function gapTarget(loaded: LoadedRubric, score: Dec, code?: string): GapTarget | undefined {
  const rubric = loaded.rubric;
  if (code !== undefined) {
    const found = findPredicateCode(rubric, code);
    if (!found) throw new UsageError('USAGE_UNKNOWN_TARGET', { value: code, rubric: `${rubric.id}@${rubric.version}`, codes: knownPredicateCodes(rubric) });
    if (found.kind === 'band') return bandTarget(found.band);
    if (found.kind === 'below') return { code: found.label.code, label: found.label.label, kind: 'below' };
    const bands = orderedBands(rubric);
    const top = bands[bands.length - 1];
    const t: GapTarget = { code: found.label.code, label: found.label.label, kind: 'above' };
    if (top?.max !== undefined) t.edge = { value: Dec.num(top.max), inclusive: top.maxInclusive !== true };
    return t;
  }
  const next = orderedBands(rubric).find((b) => !meetsLower(b, score));
  return next ? bandTarget(next) : undefined;
}

function bandTarget(band: { code: string; label: LocalText; min?: number; minInclusive?: boolean }): GapTarget {
  const t: GapTarget = { code: band.code, label: band.label, kind: 'band' };
  if (band.min !== undefined) t.edge = { value: Dec.num(band.min), inclusive: band.minInclusive !== false };
  return t;
}

/** Does a rounded total reach the target? Monotone in the total. */
function reaches(loaded: LoadedRubric, target: GapTarget): (rounded: Dec) => boolean {
  const rubric = loaded.rubric;
  if (target.kind === 'below') return () => true;
  if (target.kind === 'above') return (s) => classify(s, rubric).kind === 'above';
  const band = findPredicateCode(rubric, target.code);
  if (!band || band.kind !== 'band') return () => false;
  return (s) => meetsLower(band.band, s);
}

// ---------------------------------------------------------------------------------------------
// Candidates: the levels leaves that can go up, with their options and (when the tree is linear
// in them) the exact coefficient of their points in the total

interface Candidate {
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

interface Collected {
  candidates: Candidate[];
  fixed: GapFixed[];
  /** Every candidate's effect on the total is exactly `coef × Δpoints`. */
  linear: boolean;
}

/** An ancestor on the way down, with d(its uncapped score) / d(leaf points) below it. */
interface PathEntry {
  group: GroupNode;
  result: NodeResult;
  rel: Dec | undefined;
}

function collect(loaded: LoadedRubric, table: EvidenceTable, base: Assessment): Collected {
  const rubric = loaded.rubric;
  const candidates: Candidate[] = [];
  const fixed: GapFixed[] = [];
  let linear = true;
  /** Per capped group: how far its uncapped score can still grow (upper bound). */
  const capGrowth = new Map<NodeResult, Dec>();
  const rowByKey = new Map<string, EvidenceTable['rows'][number]>();
  for (const row of table.rows) {
    const key = codeKey(row.code.text ?? '');
    if (key !== '' && !rowByKey.has(key)) rowByKey.set(key, row);
  }

  const visit = (node: RubricNode, result: NodeResult, path: PathEntry[]): void => {
    if (!isLeaf(node)) {
      const children = result.children ?? [];
      const mean = (node.aggregate ?? 'sum') === 'weightedMean';
      const members = children.filter((c) => c.max.gt(Dec.ZERO) && c.weight.gt(Dec.ZERO));
      const total = Dec.sum(members.map((c) => c.weight));
      const scale = node.scale !== undefined ? Dec.num(node.scale) : Dec.ONE;
      node.children.forEach((child, i) => {
        const cr = children[i]!;
        let factor: Dec | undefined = cr.weight;
        if (mean) factor = members.includes(cr) && total.gt(Dec.ZERO) ? cr.weight.mul(scale).div(total.mul(cr.max)) : undefined;
        const mul = (d: Dec | undefined): Dec | undefined => (d && factor ? d.mul(factor) : undefined);
        visit(child, cr, [...path.map((p) => ({ ...p, rel: mul(p.rel) })), { group: node, result, rel: factor }]);
      });
      return;
    }
    const leaf = node;
    if (leaf.scoring.kind !== 'levels') {
      fixed.push({ code: leaf.code, name: leaf.name, kind: leaf.scoring.kind, reason: 'not-levels' });
      return;
    }
    if (result.status === 'error') {
      fixed.push({ code: leaf.code, name: leaf.name, kind: leaf.scoring.kind, reason: 'error' });
      return;
    }
    if (result.status === 'not-applicable') return;
    const scoring = leaf.scoring;
    const levels = [...resolveLevels(scoring, rubric)].sort((a, b) => a.value - b.value);
    const trace = result.trace;
    const used = trace?.used === 'verified' ? trace.verified : trace?.used === 'self' ? trace.self : undefined;
    let fromIdx = 0;
    let from: number | null = null;
    let column: 'verified' | 'self' = 'self';
    let ref: CellRef | undefined;
    if (result.status === 'scored' && used && typeof used.parsed === 'number') {
      from = used.parsed;
      fromIdx = Math.max(0, levels.findIndex((l) => l.value === from));
      column = trace?.used === 'verified' ? 'verified' : 'self';
      ref = used.ref;
    } else {
      // No value: the self-assessed level cell of the criterion's row, when the row exists.
      ref = rowByKey.get(codeKey(leaf.code))?.level?.ref;
    }
    const maxSteps = levels.length - 1 - fromIdx;
    if (maxSteps <= 0) return;
    const cand: Candidate = {
      code: leaf.code,
      name: leaf.name,
      levels,
      points: levels.map((l) => levelPoints(l, scoring)),
      fromIdx,
      from,
      column,
      curPoints: result.score,
      maxSteps,
    };
    if (ref) cand.ref = ref;
    const coef = path.length > 0 ? path[0]!.rel : Dec.ONE;
    if (coef) cand.coef = coef;
    // Raising an excluded leaf changes the maxima, so a weighted mean above it changes its members.
    const excludedUnderMean = result.status === 'excluded' && path.some((p) => (p.group.aggregate ?? 'sum') === 'weightedMean');
    if (!coef || excludedUnderMean) linear = false;
    const top = cand.points.reduce((a, b) => a.max(b));
    for (const p of path) {
      if (p.result.cap === undefined) continue;
      if (!p.rel) {
        linear = false;
        continue;
      }
      const grow = p.rel.mul(top.sub(cand.curPoints).max(Dec.ZERO));
      capGrowth.set(p.result, (capGrowth.get(p.result) ?? Dec.ZERO).add(grow));
    }
    candidates.push(cand);
  };
  visit(rubric.root, base.root, []);

  // A cap that binds now, or that the changes could reach, makes gains non-additive.
  for (const [g, grow] of capGrowth) if (!grow.isZero() && (g.score.gte(g.cap!) || g.score.add(grow).gt(g.cap!))) linear = false;
  return { candidates, fixed, linear };
}

/** The linear gain of raising candidate `c` by `j` steps (undefined when not linear). */
function linearGain(c: Candidate, j: number): Dec | undefined {
  if (j === 0) return Dec.ZERO;
  return c.coef?.mul(c.points[c.fromIdx + j]!.sub(c.curPoints));
}

// ---------------------------------------------------------------------------------------------
// Re-scoring

class Budget extends Error {}

/** Re-scores the evidence with some candidates raised (as `--assume` values), memoised. */
class Evaluator {
  count = 0;
  private readonly memo = new Map<string, Assessment>();
  private readonly baseAssume: { code: string; value: string }[];

  constructor(
    private readonly loaded: LoadedRubric,
    private readonly table: EvidenceTable,
    private readonly options: ScoreOptions,
    private readonly cands: Candidate[],
    private readonly maxEvaluations: number,
  ) {
    const changed = new Set(cands.map((c) => codeKey(c.code)));
    this.baseAssume = (options.assume ?? []).filter((a) => !changed.has(codeKey(a.code)));
  }

  assess(steps: readonly number[], enforceBudget = false): Assessment {
    const key = steps.join(',');
    const hit = this.memo.get(key);
    if (hit) return hit;
    if (enforceBudget && this.count >= this.maxEvaluations) throw new Budget();
    this.count++;
    const assume = [...this.baseAssume];
    steps.forEach((j, i) => {
      if (j > 0) {
        const c = this.cands[i]!;
        assume.push({ code: c.code, value: String(c.levels[c.fromIdx + j]!.value) });
      }
    });
    const a = scoreAgency(this.loaded, this.table, { ...this.options, assume, now: undefined });
    this.memo.set(key, a);
    return a;
  }

  total(steps: readonly number[], enforceBudget = false): Dec {
    return this.assess(steps, enforceBudget).root.score;
  }
}

// ---------------------------------------------------------------------------------------------
// Fast path: exact knapsack over the linear gains

type Ok = (unrounded: Dec) => boolean;

interface State {
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
function knapsack(cands: Candidate[], baseU: Dec, ok: Ok, maxS: number, maxStates: number): number[] | 'none' | 'limit' {
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

function lcm(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}

/** Linear greedy (largest linear gain per step first): an upper bound on the steps needed. */
function linearGreedySteps(cands: Candidate[], baseU: Dec, ok: Ok): number | undefined {
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

interface Found {
  steps: number[];
  gain: Dec;
  nz: number;
}

function search(cands: Candidate[], ev: Evaluator, baseU: Dec, ok: Ok): { found?: Found; complete: boolean } {
  const n = cands.length;
  const total = cands.reduce((s, c) => s + c.maxSteps, 0);
  // Positive part of each option's linear gain: with caps and means, an upper bound on what it adds.
  const pos = cands.map((c) => Array.from({ length: c.maxSteps + 1 }, (_, j) => linearGain(c, j)?.max(Dec.ZERO)));
  const bounded = pos.every((row) => row.every((g) => g !== undefined));
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
      const gain = t.sub(baseU);
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
    for (let s = 1; s <= total; s++) {
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

/** Best-effort: one step at a time, the step with the largest re-scored gain (first in rubric order at a tie). */
function greedy(cands: Candidate[], ev: Evaluator, ok: Ok): number[] | undefined {
  const steps = cands.map(() => 0);
  for (;;) {
    if (ok(ev.total(steps))) return steps;
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

// ---------------------------------------------------------------------------------------------
// The analysis

const totalsOf = (a: Assessment): GapTotals => ({ score: a.score, unrounded: a.unroundedScore, predicate: a.predicate });

/**
 * Gap analysis of an agency's evidence. `base` is `scoreAgency(loaded, table, options.score)`.
 * Throws UsageError for a record rubric or an unknown `target` code.
 */
export function analyseGap(loaded: LoadedRubric, table: EvidenceTable, base: Assessment, options: GapOptions = {}): GapResult {
  const rubric = loaded.rubric;
  if (rubric.subject !== 'agency') throw new UsageError('USAGE_RECORD_RUBRIC', { command: 'gap', rubric: `${rubric.id}@${rubric.version}` });
  const scoreOptions = options.score ?? {};
  const { candidates, fixed, linear } = collect(loaded, table, base);
  const ev = new Evaluator(loaded, table, scoreOptions, candidates, options.maxEvaluations ?? DEFAULT_MAX_EVALUATIONS);
  const zero = candidates.map(() => 0);
  const bestAssessment = candidates.length > 0 ? ev.assess(candidates.map((c) => c.maxSteps)) : base;

  const result: GapResult = {
    status: 'top',
    current: { ...totalsOf(base), max: base.max },
    changes: [],
    steps: 0,
    best: totalsOf(bestAssessment),
    method: 'none',
    optimal: true,
    evaluations: 0,
    candidates: candidates.length,
    fixed,
  };
  const target = gapTarget(loaded, base.score, options.target);
  const finish = (): GapResult => ({ ...result, evaluations: ev.count });
  if (!target) return finish();
  result.target = target;
  if (target.edge && target.edge.value.gt(base.score)) result.missing = target.edge.value.sub(base.score);
  const meets = reaches(loaded, target);
  const ok: Ok = (u) => meets(roundTotal(u, rubric));
  const baseU = base.root.score;
  if (meets(base.score)) return { ...finish(), status: 'already' };
  if (!ok(bestAssessment.root.score)) return { ...finish(), status: 'unreachable' };

  let steps: number[] | undefined;
  if (linear) {
    const bound = linearGreedySteps(candidates, baseU, ok) ?? candidates.reduce((s, c) => s + c.maxSteps, 0);
    const k = knapsack(candidates, baseU, ok, bound, options.maxStates ?? DEFAULT_MAX_STATES);
    if (Array.isArray(k)) {
      const predicted = baseU.add(Dec.sum(k.map((j, i) => linearGain(candidates[i]!, j)!)));
      const actual = ev.total(k);
      // The real scorer must agree with the model; if it ever does not, the search decides.
      if (actual.eq(predicted) && ok(actual)) [steps, result.method] = [k, 'knapsack'];
    }
  }
  if (!steps) {
    const s = search(candidates, ev, baseU, ok);
    if (s.found) [steps, result.method, result.optimal] = [s.found.steps, 'search', s.complete];
    else {
      steps = greedy(candidates, ev, ok);
      [result.method, result.optimal] = ['greedy', false];
    }
  }
  if (!steps) return { ...finish(), status: 'unreachable' };

  // The changes in rubric order, each with what it adds after the ones before it.
  const applied = [...zero];
  let before = baseU;
  steps.forEach((j, i) => {
    if (j === 0) return;
    const c = candidates[i]!;
    applied[i] = j;
    const now = ev.total(applied);
    const change: GapChange = {
      code: c.code,
      name: c.name,
      column: c.column,
      from: c.from,
      to: c.levels[c.fromIdx + j]!.value,
      steps: j,
      fromPoints: c.curPoints,
      toPoints: c.points[c.fromIdx + j]!,
      gain: now.sub(before),
    };
    if (c.ref) change.ref = c.ref;
    result.changes.push(change);
    before = now;
  });
  result.steps = steps.reduce((a, b) => a + b, 0);
  result.after = totalsOf(ev.assess(applied));
  result.status = 'reachable';
  return finish();
}
