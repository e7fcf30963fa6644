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
import { roundTotal } from '../rubric/tree.js';
import type { LoadedRubric, LocalText } from '../rubric/types.js';
import { bandRank, classify, findPredicateCode, knownPredicateCodes, meetsLower, orderedBands } from './bands.js';
import { collect, measureOf, type Collected, type GapFixed } from './gap-collect.js';
import type { ScoreOptions } from './score.js';
import type { Assessment, Predicate } from './types.js';
import { Effort, Evaluator, search, type Accept, type Candidate, type Ok, type SearchOptions } from './gap-search.js';
import { solve, type Solved } from './gap-solve.js';
import { frontierEligible, frontierPlan } from './gap-frontier.js';

export interface GapOptions {
  /** A predicate code (band, or the rubric's below/above label); default: the next band up. */
  target?: string;
  /** Options the base assessment was scored with (subject, period, `assume`). */
  score?: ScoreOptions;
  /** Effort cap of the search: re-scorings (default 5 000, about as many milliseconds). */
  maxEvaluations?: number;
  /** Effort cap of the knapsack: DP states (default 2 000 000). */
  maxStates?: number;
  /** The work budget (`--max-search`): rubric nodes scored by the re-scorings (default 300 000). */
  maxSearch?: number;
}

/** The default `--max-search`: a few seconds of re-scoring on any rubric merit loads. */
export const DEFAULT_MAX_SEARCH = 300_000;

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
  /**
   * What this change adds to the unrounded total, applied after the changes listed before it.
   * Absent when the work budget could not afford one more re-scoring to measure it.
   */
  gain?: Dec;
  /** v2: what the level asks for, in words (its description, else its label). */
  requirement?: LocalText;
}

/** A change of `j` steps on candidate `c`, with its gain; v2 rubrics also say what the level asks for. */
export function changeOf(c: Candidate, j: number, gain: Dec | undefined, v2: boolean): GapChange {
  const level = c.levels[c.fromIdx + j]!;
  const change: GapChange = {
    code: c.code,
    name: c.name,
    column: c.column,
    from: c.from,
    to: level.value,
    steps: j,
    fromPoints: c.curPoints,
    toPoints: c.points[c.fromIdx + j]!,
  };
  if (gain) change.gain = gain;
  if (c.ref) change.ref = c.ref;
  if (v2) change.requirement = level.description ?? level.label;
  return change;
}

export type { GapFixed } from './gap-collect.js';

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
  /**
   * How the answer was found. `greedy`: the effort cap was reached (best-effort); v2 `frontier`:
   * the fewest steps proven over a tree that rounds at its nodes, the choice among equals best effort.
   */
  method: 'knapsack' | 'search' | 'greedy' | 'frontier' | 'none';
  /** The answer is proven optimal by the objective above. */
  optimal: boolean;
  /** Re-scorings made. */
  evaluations: number;
  /** Criteria that can still be raised (levels leaves below their maximum). */
  candidates: number;
  fixed: GapFixed[];
  /** v2: criteria that do not apply (never raised); absent when none. */
  notApplicable?: string[];
  /** v2, method `frontier`: the number of steps is proven minimal even where the choice among equals is best effort. */
  stepsMinimal?: boolean;
  /** Present when the work budget ran out: the answer is the best found, not proven optimal. */
  searchLimit?: { maxSearch: number; used: number };
}

/** Re-scorings the search may spend on the tie-breaks once the frontier has fixed the number of steps. */
const TIE_BREAK_EVALUATIONS = 1_000;

/**
 * The frontier's answer (fewest steps, proven), re-scored; then the verified search at exactly
 * that many steps for the tie-breaks, within a smaller effort cap. Undefined when the real scorer
 * disagrees with the model or the answer fails a band cap: the general path decides then.
 */
function frontierSolve(cands: Candidate[], col: Collected, base: Assessment, ev: Evaluator, ok: Ok, o: SearchOptions, options: GapOptions): Solved | undefined {
  const plan = frontierPlan(col, cands, base.root, ok);
  if (!plan) return undefined;
  const actual = ev.total(plan.steps);
  if (!actual.eq(plan.value) || !ok(actual) || (o.accept && !o.accept(ev.assess(plan.steps)))) return undefined;
  const tie = new Evaluator(ev.loaded, ev.table, ev.options, cands, Math.min(TIE_BREAK_EVALUATIONS, options.maxEvaluations ?? DEFAULT_MAX_EVALUATIONS), undefined, ev.effort);
  const s = search(cands, tie, base.root.score, ok, { ...o, from: plan.minSteps });
  ev.count += tie.count;
  const planGain = actual.sub(base.root.score);
  const planNz = plan.steps.filter((j) => j > 0).length;
  const found = s.found;
  if (found && found.steps.reduce((a, b) => a + b, 0) === plan.minSteps && (found.gain.lt(planGain) || (found.gain.eq(planGain) && found.nz <= planNz))) {
    return { steps: found.steps, method: s.complete ? 'search' : 'frontier', optimal: s.complete };
  }
  return { steps: plan.steps, method: 'frontier', optimal: false };
}

const DEFAULT_MAX_EVALUATIONS = 5_000;
const DEFAULT_MAX_STATES = 2_000_000;

// ---------------------------------------------------------------------------------------------
// Targets

/**
 * The target of a gap analysis: the band named, or the first band the score does not reach (v2:
 * the band above the predicate when a band cap holds the predicate back).
 */
export function gapTarget(loaded: LoadedRubric, score: Dec, code?: string, predicate?: Predicate): GapTarget | undefined {
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
  const bands = orderedBands(rubric);
  // v2: a predicate held back by a band cap: the next category is the band above the one given.
  if (predicate?.capped) {
    const i = predicate.kind === 'band' ? bands.findIndex((b) => b.code === predicate.code) : -1;
    const next = bands[i + 1];
    return next ? bandTarget(next) : undefined;
  }
  const next = bands.find((b) => !meetsLower(b, score));
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
  const col = collect(loaded, table, base);
  const measure = measureOf(col, base.root);
  const candidates = measure.candidates;
  const fixed = col.fixed;
  const effort = new Effort(options.maxSearch ?? DEFAULT_MAX_SEARCH);
  const ev = new Evaluator(loaded, table, scoreOptions, candidates, options.maxEvaluations ?? DEFAULT_MAX_EVALUATIONS, undefined, effort);
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
  if (col.notApplicable.length) result.notApplicable = col.notApplicable;
  const target = gapTarget(loaded, base.score, options.target, base.predicate);
  const finish = (): GapResult => ({
    ...result,
    evaluations: ev.count,
    ...(effort.exhausted && !result.optimal ? { searchLimit: { maxSearch: effort.limit, used: effort.used } } : {}),
  });
  if (!target) return finish();
  result.target = target;
  if (target.edge && target.edge.value.gt(base.score)) result.missing = target.edge.value.sub(base.score);
  const meets = reaches(loaded, target);
  const ok: Ok = (u) => meets(roundTotal(u, rubric));
  // v2 band caps: the score's band is not enough while the predicate is held back.
  const capsBite = target.kind === 'band' && rubric.bands.some((b) => b.requires !== undefined);
  const targetRank = bandRank(rubric, target.code)!;
  const accept: Accept | undefined = capsBite ? (x) => (bandRank(rubric, x.predicate.code) ?? -Infinity) >= targetRank : undefined;
  const baseU = base.root.score;
  if (meets(base.score) && (!accept || accept(base))) return { ...finish(), status: 'already' };
  if (!ok(bestAssessment.root.score) || (accept && !accept(bestAssessment))) return { ...finish(), status: 'unreachable' };

  const searchOptions = { bounded: measure.bounded, slack: measure.slack, ...(accept ? { accept } : {}) };
  // v2 trees that round at their nodes: the fewest steps are proven by the frontier (gap-frontier.ts).
  const byFrontier = !measure.linear && frontierEligible(col) ? frontierSolve(candidates, col, base, ev, ok, searchOptions, options) : undefined;
  const solved =
    byFrontier ??
    solve(measure.candidates, ev, baseU, ok, { ...searchOptions, linear: measure.linear && !capsBite, maxStates: options.maxStates ?? DEFAULT_MAX_STATES });
  if (solved) [result.method, result.optimal] = [solved.method, solved.optimal];
  if (solved?.method === 'frontier') result.stepsMinimal = true;
  const steps = solved?.steps;
  if (!steps) return { ...finish(), status: 'unreachable' };

  // The changes in rubric order, each with what it adds after the ones before it.
  const v2 = rubric.format === 'merit-rubric/2';
  const applied = [...zero];
  let before = baseU;
  // Each gain is one re-scoring: measured while the budget (once more its size) affords them.
  const listing = new Effort(effort.limit);
  steps.forEach((j, i) => {
    if (j === 0) return;
    const c = candidates[i]!;
    applied[i] = j;
    if (!listing.affords(ev.cost)) return void result.changes.push(changeOf(c, j, undefined, v2));
    listing.spend(ev.cost);
    const now = ev.total(applied);
    result.changes.push(changeOf(c, j, now.sub(before), v2));
    before = now;
  });
  result.steps = steps.reduce((a, b) => a + b, 0);
  result.after = totalsOf(ev.assess(applied));
  result.status = 'reachable';
  return finish();
}
