/**
 * The rubric tree evaluated from per-leaf evidence: the part of scoring shared by agency scoring
 * (score.ts) and record mode (scoring/record/). The rules are listed at the top of score.ts.
 */
import { Dec } from '../decimal.js';
import { diag, quoteSheet, type Args, type Diagnostic, type Location, type Severity } from '../diagnostics.js';
import type { CellRef } from '../evidence/types.js';
import { kindOf } from '../rubric/kinds/index.js';
import { leafRange, nodeWeight } from '../rubric/tree.js';
import { isLeaf, type GroupNode, type LeafNode, type MissingPolicy, type Rubric, type RubricNode } from '../rubric/types.js';
import { childShares, coefficientOf, combine, finish } from './aggregate.js';
import { assignCategories } from './categories.js';
import type { LeafTrace, NodeResult, NodeStatus, NotApplicable, ValueTrace } from './types.js';
import { compileLeaf, isEmptyValue, lookupKey, textOf, type InputValue, type LeafScorer, type LeafValueResult, type ParseContext } from './values.js';

const HUNDRED = Dec.int(100);

// ---------------------------------------------------------------------------------------------
// The tree (shared with later modes: record scoring supplies values per leaf the same way)

/** A value from a cell (or from `--assume`, without a ref). */
export interface SourcedValue extends InputValue {
  ref?: CellRef;
}

/** Everything known about one leaf's evidence. */
export interface LeafEvidence {
  /** The evidence row exists (a missing level then means "left empty", not "no row"). */
  row?: { ref: CellRef };
  self?: SourcedValue;
  verified?: SourcedValue;
  /** `--assume` value (raw text). */
  assumed?: string;
  evidence?: string;
  notes?: string;
}

export interface TreeOptions {
  /** File the refs point into (for diagnostic locations). */
  file?: string;
  parse?: ParseContext;
  evidenceFor: (leaf: LeafNode) => LeafEvidence | undefined;
  /** Leave out the per-criterion "no row" diagnostic (the file had no rows at all; said once). */
  quietMissingRows?: boolean;
  /**
   * Record mode: decides each `when` condition (true: the node applies to this record). A node
   * that does not apply is `not-applicable`, with its whole subtree: score and maximum 0. Absent
   * (agency rubrics, which have no columns): conditions are ignored with SCORE_CONDITION_IGNORED.
   */
  applies?: (node: RubricNode) => boolean;
  /**
   * v2 agency rubrics: decides each `when` over profile answers and criteria; undefined when the
   * node applies, else why not. Takes precedence over `applies`.
   */
  applicability?: (node: RubricNode) => NotApplicable | undefined;
  /** v2: the not-applicable words (as `lookupKey`s) a value may declare. */
  notApplicableKeys?: ReadonlySet<string>;
}

const scorerCache = new WeakMap<object, WeakMap<LeafNode, Map<boolean, LeafScorer>>>();

/** compileLeaf, cached per rubric, leaf and decimal convention (what-if re-runs are cheap). */
export function leafScorer(leaf: LeafNode, rubric: Pick<Rubric, 'scales'>, parse: ParseContext = {}): LeafScorer {
  let perRubric = scorerCache.get(rubric);
  if (!perRubric) scorerCache.set(rubric, (perRubric = new WeakMap()));
  let perLeaf = perRubric.get(leaf);
  if (!perLeaf) perRubric.set(leaf, (perLeaf = new Map()));
  const comma = parse.decimalComma === true;
  let scorer = perLeaf.get(comma);
  if (!scorer) perLeaf.set(comma, (scorer = compileLeaf(leaf, rubric, { decimalComma: comma })));
  return scorer;
}

const leafMaxima = new WeakMap<object, WeakMap<LeafNode, Dec>>();

/** A leaf's maximum points (before its weight), once per rubric and leaf. */
function leafMax(leaf: LeafNode, rubric: Pick<Rubric, 'scales'>): Dec {
  let perRubric = leafMaxima.get(rubric);
  if (!perRubric) leafMaxima.set(rubric, (perRubric = new WeakMap()));
  let max = perRubric.get(leaf);
  if (max === undefined) perRubric.set(leaf, (max = leafRange(leaf, rubric).max));
  return max;
}

export function locate(file: string | undefined, ref: CellRef | undefined, code: string): Location {
  const loc: Location = {};
  if (file !== undefined) loc.file = file;
  if (ref) {
    if (ref.line !== undefined) loc.line = ref.line;
    if (ref.sheet !== undefined) loc.sheet = ref.sheet;
    loc.cell = ref.cell;
    loc.row = ref.row;
  }
  if (code !== '') loc.code = code;
  return loc;
}

export function cellName(ref: CellRef): string {
  return `${ref.sheet !== undefined ? `${quoteSheet(ref.sheet)}!` : ''}${ref.cell}`;
}

const present = (v: SourcedValue | undefined): SourcedValue | undefined => (v && !isEmptyValue(v) ? v : undefined);

function valueTrace(v: SourcedValue, r: LeafValueResult, assumed = false): ValueTrace {
  const t: ValueTrace = v.ref && !assumed ? { ref: v.ref, raw: v.raw, parsed: r.parsed, points: r.points } : { raw: v.raw, parsed: r.parsed, points: r.points };
  if (assumed) t.assumed = true;
  return t;
}

export function percentOf(score: Dec, max: Dec): Dec | null {
  return max.gt(Dec.ZERO) ? score.div(max).mul(HUNDRED) : null;
}

/**
 * Scores the rubric tree from per-leaf evidence: node results (shares included) and the
 * diagnostics of every leaf. Pure; the caller adds totals, rounding and the predicate.
 */
export function evaluateTree(rubric: Rubric, options: TreeOptions): { root: NodeResult; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const rootPolicy: MissingPolicy = rubric.root.missing ?? rubric.missing ?? 'zero';
  const root = evalNode(rubric.root, '/root', 0, rootPolicy, rubric, options, diagnostics);
  assignShares(root, root.max.gt(Dec.ZERO) ? Dec.ONE : Dec.ZERO);
  assignCategories(rubric, root);
  return { root, diagnostics };
}

function evalNode(node: RubricNode, pointer: string, depth: number, policy: MissingPolicy, rubric: Rubric, o: TreeOptions, out: Diagnostic[]): NodeResult {
  if (node.when && o.applicability) {
    const why = o.applicability(node);
    if (why) {
      const r = unscoredTree(node, depth, policy, 'not-applicable');
      r.notApplicable = why;
      return r;
    }
  } else if (node.when) {
    if (!o.applies) out.push(diag('SCORE_CONDITION_IGNORED', 'warning', { code: node.code, column: node.when.column ?? node.when.profile ?? node.when.criterion ?? '' }, { pointer, code: node.code }));
    else if (!o.applies(node)) return unscoredTree(node, depth, policy, 'not-applicable');
  }
  return isLeaf(node) ? evalLeaf(node, depth, policy, rubric, o, out) : evalGroup(node, pointer, depth, policy, rubric, o, out);
}

function evalLeaf(leaf: LeafNode, depth: number, policy: MissingPolicy, rubric: Rubric, o: TreeOptions, out: Diagnostic[]): NodeResult {
  const scorer = leafScorer(leaf, rubric, o.parse);
  const ev = o.evidenceFor(leaf);
  const selfV = present(ev?.self);
  const verV = present(ev?.verified);
  const selfR = selfV ? scorer(selfV) : undefined;
  const verR = verV ? scorer(verV) : undefined;
  const assV: SourcedValue | undefined = ev?.assumed !== undefined ? { raw: ev.assumed, text: ev.assumed.trim() } : undefined;
  const assR = assV ? scorer(assV) : undefined;

  const declared = o.notApplicableKeys ? declaredNotApplicable(leaf, o.notApplicableKeys, assV ?? verV ?? selfV, out, o.file) : undefined;
  if (declared) return declared === 'refused' ? refusedLeaf(leaf, depth, policy, rubric) : declaredLeaf(leaf, depth, policy, declared, ev);

  let used: LeafTrace['used'] = 'none';
  let usedR: LeafValueResult | undefined;
  if (assR) {
    if (assR.status !== 'empty') [used, usedR] = ['verified', assR];
  } else if (verR && verR.status !== 'empty') [used, usedR] = ['verified', verR];
  else if (selfR && selfR.status !== 'empty') [used, usedR] = ['self', selfR];

  const problem = (r: LeafValueResult | undefined, v: SourcedValue | undefined, column: string, counts: boolean): void => {
    if (!r || r.status !== 'invalid' || !r.problem) return;
    const severity: Severity = counts ? 'error' : 'warning';
    const args: Args = { ...r.problem.args, code: leaf.code, column };
    out.push(diag(r.problem.code, severity, args, column === 'assume' ? { code: leaf.code } : locate(o.file, v?.ref, leaf.code)));
  };
  problem(selfR, selfV, 'level', used === 'self');
  problem(verR, verV, 'verified', used === 'verified' && !assR);
  problem(assR, assV, 'assume', true);

  if (!assR && selfR?.status === 'ok' && verR?.status === 'ok' && String(selfR.parsed) !== String(verR.parsed)) {
    out.push(
      diag(
        'SCORE_VERIFIED_DIFFERS',
        'info',
        { code: leaf.code, self: String(selfR.parsed), verified: String(verR.parsed), selfPoints: selfR.points!.toString(), verifiedPoints: verR.points!.toString() },
        locate(o.file, verV?.ref, leaf.code),
      ),
    );
  }

  let status: NodeStatus;
  const kind = kindOf(leaf);
  if (!usedR && kind.missingPoints) {
    status = 'scored';
    usedR = { status: 'ok', parsed: null, points: kind.missingPoints(leaf.scoring), rule: '' };
    usedR.rule = `${leaf.scoring.kind} default ${usedR.points!.toString()}`;
  } else if (!usedR) {
    status = policy === 'zero' ? 'missing' : policy === 'exclude' ? 'excluded' : 'error';
    const hasRow = ev?.row !== undefined;
    if (hasRow || policy === 'error' || !o.quietMissingRows) {
      const severity: Severity = policy === 'error' ? 'error' : hasRow ? 'info' : 'warning';
      const ref = hasRow ? (ev?.self?.ref ?? ev?.row?.ref) : undefined;
      out.push(diag('SCORE_MISSING_EVIDENCE', severity, { code: leaf.code, policy, hasRow }, locate(o.file, ref, leaf.code)));
    }
  } else status = usedR.status === 'ok' ? 'scored' : 'error';

  const trace: LeafTrace = {
    kind: leaf.scoring.kind,
    used,
    rule: usedR ? usedR.rule : `missing: ${policy}${policy === 'zero' ? ' → 0' : ''}`,
  };
  if (selfV && selfR) trace.self = valueTrace(selfV, selfR);
  if (assV && assR) {
    trace.verified = valueTrace(assV, assR, true);
    if (verV && verR) trace.replaced = valueTrace(verV, verR);
  } else if (verV && verR) trace.verified = valueTrace(verV, verR);
  if (ev?.evidence) trace.evidence = ev.evidence;
  if (ev?.notes) trace.notes = ev.notes;

  const max = status === 'excluded' ? Dec.ZERO : leafMax(leaf, rubric);
  const score = status === 'scored' ? usedR!.points! : Dec.ZERO;
  const selfScore = status !== 'excluded' && selfR?.status === 'ok' ? selfR.points! : Dec.ZERO;

  const result: NodeResult = {
    code: leaf.code,
    name: leaf.name,
    kind: 'leaf',
    depth,
    weight: nodeWeight(leaf),
    status,
    score,
    selfScore,
    max,
    percent: percentOf(score, max),
    share: Dec.ZERO,
    coverage: status === 'scored' ? Dec.ONE : Dec.ZERO,
    missingPolicy: policy,
  };
  if (leaf.provenance) result.provenance = leaf.provenance;
  result.trace = trace;
  if (leaf.normalize !== undefined || leaf.rounding) {
    finish(leaf, result, undefined);
    result.percent = percentOf(result.score, result.max);
  }
  return result;
}

function evalGroup(node: GroupNode, pointer: string, depth: number, policy: MissingPolicy, rubric: Rubric, o: TreeOptions, out: Diagnostic[]): NodeResult {
  const children = node.children.map((c, i) => evalNode(c, `${pointer}/children/${i}`, depth + 1, c.missing ?? policy, rubric, o, out));
  const aggregate = node.aggregate ?? 'sum';
  if (aggregate === 'composite') node.children.forEach((c, i) => (children[i]!.coefficient = coefficientOf(c)));
  const combined = combine(node, children);
  const r = { score: combined.score, selfScore: combined.selfScore, max: combined.max } as Pick<NodeResult, 'score' | 'selfScore' | 'max' | 'cap' | 'unrounded'>;
  finish(node, r, node.cap);
  const { score, selfScore, max, cap } = r;
  const coverage = combined.coverage;

  const statuses = children.map((c) => c.status);
  let status: NodeStatus;
  if (statuses.includes('error')) status = 'error';
  else if (statuses.every((s) => s === 'excluded' || s === 'not-applicable')) status = 'excluded';
  else if (statuses.every((s) => s === 'missing' || s === 'excluded' || s === 'not-applicable')) status = 'missing';
  else status = 'scored';
  if (combined.incomplete) status = 'incomplete';

  const result: NodeResult = {
    code: node.code,
    name: node.name,
    kind: 'group',
    depth,
    aggregate,
    weight: nodeWeight(node),
    ...(cap ? { cap } : {}),
    status,
    score,
    selfScore,
    max,
    percent: percentOf(score, max),
    share: Dec.ZERO,
    coverage,
    missingPolicy: policy,
  };
  if (r.unrounded) result.unrounded = r.unrounded;
  if (combined.incomplete) result.incomplete = combined.incomplete;
  if (node.provenance) result.provenance = node.provenance;
  result.children = children;
  return result;
}

function assignShares(node: NodeResult, share: Dec): void {
  node.share = share;
  const children = node.children;
  if (!children) return;
  const shares = childShares(node, children);
  children.forEach((c, i) => assignShares(c, share.mul(shares[i]!)));
}

// ---------------------------------------------------------------------------------------------
// v2: a leaf declared not applicable in the evidence

/** `declared` N/A, `refused` (the leaf may not be declared so: an error), or undefined (an ordinary value). */
function declaredNotApplicable(leaf: LeafNode, keys: ReadonlySet<string>, v: SourcedValue | undefined, out: Diagnostic[], file: string | undefined): NotApplicable | 'refused' | undefined {
  if (!v || typeof v.raw !== 'string') return undefined;
  const text = textOf(v);
  if (!keys.has(lookupKey(text))) return undefined;
  if (leaf.notApplicable?.allowed) {
    const na: NotApplicable = { reason: 'declared', value: text };
    if (v.ref) na.ref = v.ref;
    return na;
  }
  out.push(diag('SCORE_NOT_APPLICABLE_REFUSED', 'error', { code: leaf.code, value: text }, locate(file, v.ref, leaf.code)));
  return 'refused';
}

function declaredLeaf(leaf: LeafNode, depth: number, policy: MissingPolicy, why: NotApplicable, ev: LeafEvidence | undefined): NodeResult {
  const r = unscoredTree(leaf, depth, policy, 'not-applicable');
  r.notApplicable = why;
  const trace: LeafTrace = { kind: leaf.scoring.kind, used: 'none', rule: `not applicable: ${JSON.stringify(why.value)}` };
  if (ev?.evidence) trace.evidence = ev.evidence;
  if (ev?.notes) trace.notes = ev.notes;
  r.trace = trace;
  return r;
}

function refusedLeaf(leaf: LeafNode, depth: number, policy: MissingPolicy, rubric: Rubric): NodeResult {
  const r = unscoredTree(leaf, depth, policy, 'error');
  r.max = leafMax(leaf, rubric);
  r.percent = percentOf(r.score, r.max);
  r.trace = { kind: leaf.scoring.kind, used: 'none', rule: 'not applicable: refused' };
  return r;
}

/** The fields of a NodeResult that come from the rubric node itself (record mode builds its own results). */
export function nodeHead(node: RubricNode, depth: number): Pick<NodeResult, 'code' | 'name' | 'kind' | 'depth' | 'aggregate' | 'weight'> {
  return {
    code: node.code,
    name: node.name,
    kind: isLeaf(node) ? 'leaf' : 'group',
    depth,
    ...(isLeaf(node) ? {} : { aggregate: node.aggregate ?? 'sum' }),
    weight: nodeWeight(node),
  };
}

/**
 * Every node with zero scores and the given status: `error` for a record rubric scored as an agency
 * one (no score), `not-applicable` for a subtree whose condition does not hold.
 */
export function unscoredTree(node: RubricNode, depth: number, policy: MissingPolicy, status: NodeStatus = 'error'): NodeResult {
  const r = {
    ...nodeHead(node, depth),
    status,
    score: Dec.ZERO,
    selfScore: Dec.ZERO,
    max: Dec.ZERO,
    percent: null,
    share: Dec.ZERO,
    coverage: Dec.ZERO,
    missingPolicy: policy,
  } as NodeResult;
  if (node.provenance) r.provenance = node.provenance;
  if (!isLeaf(node)) r.children = node.children.map((c) => unscoredTree(c, depth + 1, c.missing ?? policy, status));
  return r;
}
