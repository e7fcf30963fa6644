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
import { isLeaf, type GroupNode, type LoadedRubric, type LocalText, type RubricNode, type ScoringKind } from '../rubric/types.js';
import { classify, findPredicateCode, knownPredicateCodes, meetsLower, orderedBands } from './bands.js';
import type { ScoreOptions } from './score.js';
import type { Assessment, NodeResult, Predicate } from './types.js';
import { codeKey } from './values.js';
import { Evaluator, greedy, knapsack, linearGain, linearGreedySteps, search, type Candidate, type Ok } from './gap-search.js';

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
