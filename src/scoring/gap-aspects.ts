/**
 * `merit gap --target-aspects BAND` (v2): the cheapest level increases that bring every aspect's
 * own category to at least BAND. Pure, like gap.ts, and every answer is re-scored by scoreAgency.
 *
 * **Which nodes are aspects.** A node other than the root that has its own `bands` and no
 * descendant with bands: the innermost categorised nodes (in the 2026 worksheet the aspects under
 * the maturity index; the maturity index itself has categorised children, so it is not one).
 * Aspects that do not apply are left out. Innermost nodes never contain one another, so their
 * criteria are disjoint.
 *
 * **The objective**, per aspect, as gap's: fewest level steps, then least change of the aspect's
 * score, then fewest criteria, then earlier criteria. Aspects share no criterion, so the union of
 * the per-aspect optima is the optimum for all of them (fewest steps in all). The union is
 * re-scored once; only when something joins the aspects after all (a condition over a criterion,
 * a band cap naming another node) does it fail, and then one search over every aspect's criteria
 * together decides.
 */
import { Dec } from '../decimal.js';
import { UsageError } from '../diagnostics.js';
import type { EvidenceTable } from '../evidence/types.js';
import { isLeaf, type Band, type LoadedRubric, type LocalText, type RubricNode } from '../rubric/types.js';
import { findPredicateCode, meetsLower } from './bands.js';
import { findResult, nodeBands } from './categories.js';
import { collect, measureOf, type GapFixed } from './gap-collect.js';
import { Effort, Evaluator, type Candidate } from './gap-search.js';
import { solve, type Solved } from './gap-solve.js';
import { changeOf, DEFAULT_MAX_SEARCH, type GapChange, type GapTotals } from './gap.js';
import type { ScoreOptions } from './score.js';
import type { Assessment, NodeResult, Predicate } from './types.js';
import { codeKey } from './values.js';

export interface AspectState {
  score: Dec;
  category: Predicate;
}

export interface AspectGap {
  code: string;
  name: LocalText;
  /** The target band in the aspect's own band set. */
  target: { code: string; label: LocalText; edge?: { value: Dec; inclusive: boolean } };
  status: 'already' | 'reachable' | 'unreachable';
  current: AspectState;
  /** With this aspect's changes applied (reachable). */
  after?: AspectState;
  /** Every criterion of the aspect at its top level. */
  best: AspectState;
  /** In rubric order; `gain` is what each adds to the aspect's score after the ones before it. */
  changes: GapChange[];
  steps: number;
  method: 'knapsack' | 'search' | 'greedy' | 'joint' | 'none';
  optimal: boolean;
  candidates: number;
}

export interface AspectsGapResult {
  band: string;
  /** reachable: the changes bring every aspect to the band; already: every aspect is there; unreachable: some aspect cannot get there. */
  status: 'reachable' | 'already' | 'unreachable';
  aspects: AspectGap[];
  /** Every change of every aspect, in rubric order; `gain` is what each adds to the unrounded total. */
  changes: GapChange[];
  steps: number;
  current: GapTotals & { max: Dec };
  /** The totals with every change applied (reachable). */
  after?: GapTotals;
  /** The per-aspect answers joined through a condition or a band cap, and one search over all decided. */
  joint: boolean;
  optimal: boolean;
  evaluations: number;
  fixed: GapFixed[];
  notApplicable?: string[];
  /** Totals with every raisable level at its maximum. */
  best: GapTotals;
  /** Criteria that can still be raised, in all aspects. */
  candidates: number;
  /** Present when the work budget ran out: some answer is the best found, not proven optimal. */
  searchLimit?: { maxSearch: number; used: number };
}

export interface AspectGapOptions {
  score?: ScoreOptions;
  maxEvaluations?: number;
  /** The work budget shared by every aspect (`--max-search`, see gap.ts). */
  maxSearch?: number;
  maxStates?: number;
}

interface Aspect {
  node: RubricNode;
  result: NodeResult;
  bands: Band[];
  band: Band;
  rank: number;
}

/** The aspects of a v2 rubric (see the module comment) that apply in this assessment, in rubric order. */
export function aspectsOf(loaded: LoadedRubric, base: Assessment): { node: RubricNode; result: NodeResult; bands: Band[] }[] {
  const rubric = loaded.rubric;
  const out: { node: RubricNode; result: NodeResult; bands: Band[] }[] = [];
  /** Returns whether the subtree has a node with bands. */
  const visit = (node: RubricNode, result: NodeResult, root: boolean): boolean => {
    let below = false;
    if (!isLeaf(node)) node.children.forEach((c, i) => (below = visit(c, result.children![i]!, false) || below));
    const bands = nodeBands(node, rubric);
    if (bands && !below && !root && result.status !== 'not-applicable') out.push({ node, result, bands });
    return below || bands !== undefined;
  };
  visit(rubric.root, base.root, true);
  return out;
}

const stateOf = (a: Assessment, code: string): AspectState => {
  const r = findResult(a.root, code)!;
  return { score: r.score, category: r.category ?? { code: '', label: { id: '', en: '' }, kind: 'none' } };
};

const totalsOf = (a: Assessment): GapTotals => ({ score: a.score, unrounded: a.unroundedScore, predicate: a.predicate });

/** The category reaches the target band of its own set. */
function reached(aspect: Aspect, category: Predicate | undefined): boolean {
  if (!category || category.kind === 'none') return false;
  const found = findPredicateCode({ bands: aspect.bands }, category.code);
  return found !== undefined && found.rank >= aspect.rank;
}

/**
 * Every applicable aspect to at least `band`. Throws UsageError when the rubric has no aspects,
 * or when `band` is not a band of every aspect's set.
 */
export function analyseAspectGap(loaded: LoadedRubric, table: EvidenceTable, base: Assessment, band: string, options: AspectGapOptions = {}): AspectsGapResult {
  const rubric = loaded.rubric;
  const label = `${rubric.id}@${rubric.version}`;
  if (rubric.subject !== 'agency') throw new UsageError('USAGE_RECORD_RUBRIC', { command: 'gap', rubric: label });
  const found = aspectsOf(loaded, base);
  if (found.length === 0) throw new UsageError('USAGE_NO_ASPECTS', { rubric: label });
  const aspects: Aspect[] = found.map((f) => {
    const b = findPredicateCode({ bands: f.bands }, band);
    if (!b || b.kind !== 'band') {
      const codes = [...new Set(found.flatMap((x) => x.bands.map((y) => y.code)))].filter((c) => found.every((x) => x.bands.some((y) => codeKey(y.code) === codeKey(c))));
      throw new UsageError('USAGE_UNKNOWN_ASPECT_BAND', { value: band, aspect: f.node.code, rubric: label, codes: codes.join(', ') });
    }
    return { ...f, band: b.band, rank: b.rank };
  });

  const scoreOptions = options.score ?? {};
  const maxEvaluations = options.maxEvaluations ?? 5_000;
  const effort = new Effort(options.maxSearch ?? DEFAULT_MAX_SEARCH);
  const maxStates = options.maxStates ?? 2_000_000;
  const col = collect(loaded, table, base);
  const v2 = rubric.format === 'merit-rubric/2';
  let evaluations = 0;

  const results: AspectGap[] = [];
  /** Per aspect: its candidates (indices into col.candidates) and the steps chosen. */
  const chosen: { indices: number[]; steps: number[] }[] = [];
  for (const aspect of aspects) {
    const code = aspect.result.code;
    const measure = measureOf(col, aspect.result);
    const cands = measure.candidates;
    const ev = new Evaluator(loaded, table, scoreOptions, cands, maxEvaluations, (a) => findResult(a.root, code)!.score, effort);
    const accept = (a: Assessment): boolean => reached(aspect, findResult(a.root, code)?.category);
    const best = cands.length > 0 ? stateOf(ev.assess(cands.map((c) => c.maxSteps)), code) : stateOf(base, code);
    const target: AspectGap['target'] = { code: aspect.band.code, label: aspect.band.label };
    if (aspect.band.min !== undefined) target.edge = { value: Dec.num(aspect.band.min), inclusive: aspect.band.minInclusive !== false };
    const r: AspectGap = {
      code,
      name: aspect.result.name,
      target,
      status: 'already',
      current: stateOf(base, code),
      best,
      changes: [],
      steps: 0,
      method: 'none',
      optimal: true,
      candidates: cands.length,
    };
    results.push(r);
    chosen.push({ indices: measure.indices, steps: cands.map(() => 0) });
    if (reached(aspect, aspect.result.category)) continue;
    if (!reached(aspect, best.category)) {
      r.status = 'unreachable';
      evaluations += ev.count;
      continue;
    }
    const ok = (v: Dec): boolean => meetsLower(aspect.band, v);
    const solved: Solved | undefined = solve(cands, ev, aspect.result.score, ok, { linear: measure.linear, bounded: measure.bounded, slack: measure.slack, maxStates, accept });
    if (!solved) {
      r.status = 'unreachable';
      evaluations += ev.count;
      continue;
    }
    Object.assign(r, { status: 'reachable', method: solved.method, optimal: solved.optimal });
    chosen[chosen.length - 1]!.steps = solved.steps;
    Object.assign(r, listChanges(cands, solved.steps, ev, aspect.result.score, v2));
    r.after = stateOf(ev.assess(solved.steps), code);
    evaluations += ev.count;
  }

  const result: AspectsGapResult = {
    band,
    status: results.every((r) => r.status === 'already') ? 'already' : results.some((r) => r.status === 'unreachable') ? 'unreachable' : 'reachable',
    aspects: results,
    changes: [],
    steps: 0,
    current: { ...totalsOf(base), max: base.max },
    joint: false,
    optimal: results.every((r) => r.optimal),
    evaluations,
    fixed: col.fixed,
    best: totalsOf(col.candidates.length ? new Evaluator(loaded, table, scoreOptions, col.candidates, 1).assess(col.candidates.map((c) => c.maxSteps)) : base),
    candidates: results.reduce((n, r) => n + r.candidates, 0),
  };
  if (col.notApplicable.length) result.notApplicable = col.notApplicable;
  if (result.status !== 'reachable') return limited(result, effort);

  // The union, re-scored once; if something joins the aspects, one search over all of them.
  const all = col.candidates;
  const union = all.map(() => 0);
  chosen.forEach((c) => c.indices.forEach((idx, k) => (union[idx] = Math.max(union[idx]!, c.steps[k]!))));
  const joint = new Evaluator(loaded, table, scoreOptions, all, maxEvaluations, undefined, effort);
  const everyAspect = (a: Assessment): boolean => aspects.every((x) => reached(x, findResult(a.root, x.result.code)?.category));
  let steps = union;
  if (!everyAspect(joint.assess(union))) {
    result.joint = true;
    const solved = solve(all, joint, base.root.score, () => true, { linear: false, bounded: false, maxStates, accept: everyAspect });
    if (!solved) {
      result.status = 'unreachable';
      result.evaluations += joint.count;
      return limited(result, effort);
    }
    steps = solved.steps;
    result.optimal = solved.optimal;
    // Each aspect lists the changes under it, with its own gains.
    results.forEach((r, i) => {
      if (r.status !== 'reachable') return;
      const own = chosen[i]!.indices;
      const aspectSteps = own.map((idx) => steps[idx]!);
      const cands = own.map((idx) => ({ ...all[idx]! }));
      const ev = new Evaluator(loaded, table, scoreOptions, cands, maxEvaluations, (a) => findResult(a.root, r.code)!.score, effort);
      Object.assign(r, listChanges(cands, aspectSteps, ev, aspects[i]!.result.score, v2));
      r.after = stateOf(joint.assess(steps), r.code);
      Object.assign(r, { method: 'joint', optimal: solved.optimal });
      result.evaluations += ev.count;
    });
  }
  Object.assign(result, listChanges(all, steps, joint, base.root.score, v2));
  result.after = totalsOf(joint.assess(steps));
  result.evaluations += joint.count;
  return limited(result, effort);
}

/** The changes in rubric order, each with what it adds to the measure after the ones before it. */
function listChanges(cands: Candidate[], steps: number[], ev: Evaluator, base: Dec, v2: boolean): { changes: GapChange[]; steps: number } {
  const applied = cands.map(() => 0);
  const changes: GapChange[] = [];
  let before = base;
  // Each gain is one re-scoring: measured while the budget (once more its size) affords them.
  const listing = new Effort(ev.effort.limit);
  steps.forEach((j, i) => {
    if (j === 0) return;
    applied[i] = j;
    if (!listing.affords(ev.cost)) return void changes.push(changeOf(cands[i]!, j, undefined, v2));
    listing.spend(ev.cost);
    const now = ev.total(applied);
    changes.push(changeOf(cands[i]!, j, now.sub(before), v2));
    before = now;
  });
  return { changes, steps: steps.reduce((x, y) => x + y, 0) };
}

/** Marks a result whose search ran out of budget (and is not proven optimal). */
function limited(result: AspectsGapResult, effort: Effort): AspectsGapResult {
  if (effort.exhausted && !result.optimal) result.searchLimit = { maxSearch: effort.limit, used: effort.used };
  return result;
}
