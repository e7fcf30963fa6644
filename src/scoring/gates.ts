/**
 * CI gates: `--fail-under N`, `--min-predicate CODE`, `--min-coverage PCT` (evidence for at
 * least that share of the maximum, in percent: `coverage` × 100 ≥ PCT), `--min-aspect CODE=SCORE|BAND`
 * (gates-aspect.ts) and `--max-warnings N`. Pure; the CLI prints
 * "expected <expected>, found <found>" and exits 1 when a gate fails.
 *
 * `--min-predicate X` passes when the score meets band X's lower edge — equivalently, when the
 * predicate is X or a higher band. A score below every band (the below-range label) fails every
 * band; a score above every band passes every band. A score in a gap between bands passes the
 * bands below the gap and fails those above it. X may also be the rubric's below-range label (always
 * passes) or above-range label (passes only above the range). Codes are case-insensitive.
 */
import { Dec } from '../decimal.js';
import { countOf, UsageError, type Diagnostic } from '../diagnostics.js';
import type { Rubric } from '../rubric/types.js';
import { findPredicateCode, knownPredicateCodes, meetsLower } from './bands.js';
import { aspectProblem, evaluateAspect, type AspectMinimum } from './gates-aspect.js';
import type { Assessment } from './types.js';

export type { AspectMinimum } from './gates-aspect.js';

export interface Gates {
  failUnder?: Dec;
  minPredicate?: string;
  /** Percent 0–100. */
  minCoverage?: Dec;
  /** `--min-aspect CODE=SCORE|BAND`, repeatable: a node's score or category at least this. */
  minAspect?: AspectMinimum[];
  /** `--max-warnings N`: at most N warnings about the evidence (the rubric's own are not counted). */
  maxWarnings?: number;
}

/** What the gates need of the rubric: its bands, and (for `--min-aspect`) its tree and band sets. */
export type GateRubric = Pick<Rubric, 'bands' | 'outOfRange'> & Partial<Pick<Rubric, 'root' | 'bandSets'>>;

export interface GateResult {
  gate: 'fail-under' | 'min-predicate' | 'min-coverage' | 'min-aspect' | 'max-warnings';
  passed: boolean;
  /** `>= 250`, `>= III` */
  expected: string;
  /** `288.5`, `II` */
  found: string;
}

/**
 * A gate that names no predicate of the rubric: a usage mistake (exit 2). It is a UsageError, so
 * the CLI prints it like any other (`SCORE_GATE_UNKNOWN_BAND`, naming the known codes).
 */
export class GateError extends UsageError {
  constructor(value: string, known: string[]) {
    super('SCORE_GATE_UNKNOWN_BAND', { value, known });
    this.name = 'GateError';
  }
}

/** Usage problems of the gates for this rubric, as diagnostics (empty when the gates are usable). */
export function checkGates(rubric: GateRubric, gates: Gates): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (gates.minPredicate !== undefined && !findPredicateCode(rubric, gates.minPredicate)) out.push(new GateError(gates.minPredicate, knownPredicateCodes(rubric)).diagnostic);
  for (const m of gates.minAspect ?? []) {
    const problem = aspectProblem(rubric, m);
    if (problem) out.push(problem.diagnostic);
  }
  return out;
}

/**
 * Evaluates the gates asked for, in the order fail-under, min-predicate, min-coverage, min-aspect,
 * max-warnings. Throws GateError (a UsageError) for an unknown code. `notCounted`: diagnostics
 * that `--max-warnings` does not count (the rubric's own).
 */
export function evaluateGates(a: Assessment, rubric: GateRubric, gates: Gates, notCounted: readonly Diagnostic[] = []): GateResult[] {
  const results: GateResult[] = [];
  if (gates.failUnder !== undefined) {
    results.push({
      gate: 'fail-under',
      passed: a.score.gte(gates.failUnder),
      expected: `>= ${gates.failUnder.toString()}`,
      found: a.score.toString(),
    });
  }
  if (gates.minPredicate !== undefined) {
    const target = findPredicateCode(rubric, gates.minPredicate);
    if (!target) throw new GateError(gates.minPredicate, knownPredicateCodes(rubric));
    let passed: boolean;
    let code: string;
    if (target.kind === 'band') {
      passed = meetsLower(target.band, a.score);
      code = target.band.code;
    } else {
      passed = target.kind === 'below' || a.predicate.kind === 'above';
      code = target.label.code;
    }
    results.push({ gate: 'min-predicate', passed, expected: `>= ${code}`, found: a.predicate.code });
  }
  if (gates.minCoverage !== undefined) {
    const percent = a.coverage.mul(Dec.int(100));
    results.push({ gate: 'min-coverage', passed: percent.gte(gates.minCoverage), expected: `>= ${gates.minCoverage.toString()}%`, found: `${percent.roundToDecimals(1, 'down').toString()}%` });
  }
  for (const m of gates.minAspect ?? []) results.push({ gate: 'min-aspect', ...evaluateAspect(a, rubric, m) });
  if (gates.maxWarnings !== undefined) {
    // A folded diagnostic counts as the warnings it stands for.
    const count = countOf(a.diagnostics, 'warning', new Set(notCounted));
    results.push({ gate: 'max-warnings', passed: count <= gates.maxWarnings, expected: `<= ${gates.maxWarnings}`, found: String(count) });
  }
  return results;
}
