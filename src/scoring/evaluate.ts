/**
 * The rubric tree evaluated from per-leaf evidence: the part of scoring shared by agency scoring
 * (score.ts) and record mode (scoring/record/). The rules are listed at the top of score.ts.
 */
import { Dec } from '../decimal.js';
import { diag, quoteSheet, type Args, type Diagnostic, type Location, type Severity } from '../diagnostics.js';
import type { CellRef } from '../evidence/types.js';
import { leafRange, nodeWeight } from '../rubric/tree.js';
import { isLeaf, type GroupNode, type LeafNode, type MissingPolicy, type Rubric, type RubricNode } from '../rubric/types.js';
import { capped, cmpDec } from './rules.js';
import type { LeafTrace, NodeResult, NodeStatus, ValueTrace } from './types.js';
import { compileLeaf, isEmptyValue, type InputValue, type LeafScorer, type LeafValueResult, type ParseContext } from './values.js';

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
  return { root, diagnostics };
}

function evalNode(node: RubricNode, pointer: string, depth: number, policy: MissingPolicy, rubric: Rubric, o: TreeOptions, out: Diagnostic[]): NodeResult {
  if (node.when) {
    if (!o.applies) out.push(diag('SCORE_CONDITION_IGNORED', 'warning', { code: node.code, column: node.when.column }, { pointer, code: node.code }));
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
  if (!usedR) {
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
  return result;
}

function evalGroup(node: GroupNode, pointer: string, depth: number, policy: MissingPolicy, rubric: Rubric, o: TreeOptions, out: Diagnostic[]): NodeResult {
  const children = node.children.map((c, i) => evalNode(c, `${pointer}/children/${i}`, depth + 1, c.missing ?? policy, rubric, o, out));
  const aggregate = node.aggregate ?? 'sum';
  let score = Dec.ZERO;
  let selfScore = Dec.ZERO;
  let max = Dec.ZERO;
  let coverage = Dec.ZERO;
  if (aggregate === 'sum') {
    let covered = Dec.ZERO;
    for (const c of children) {
      score = score.add(c.weight.mul(c.score));
      selfScore = selfScore.add(c.weight.mul(c.selfScore));
      const m = c.weight.mul(c.max);
      max = max.add(m);
      covered = covered.add(m.mul(c.coverage));
    }
    if (max.gt(Dec.ZERO)) coverage = covered.div(max);
  } else {
    const scale = node.scale !== undefined ? Dec.num(node.scale) : Dec.ONE;
    let total = Dec.ZERO;
    let ratio = Dec.ZERO;
    let selfRatio = Dec.ZERO;
    let covered = Dec.ZERO;
    for (const c of applicableInMean(children)) {
      total = total.add(c.weight);
      ratio = ratio.add(c.weight.mul(c.score.div(c.max)));
      selfRatio = selfRatio.add(c.weight.mul(c.selfScore.div(c.max)));
      covered = covered.add(c.weight.mul(c.coverage));
    }
    if (total.gt(Dec.ZERO)) {
      score = ratio.div(total).mul(scale);
      selfScore = selfRatio.div(total).mul(scale);
      max = scale;
      coverage = covered.div(total);
    }
  }
  let cap: Dec | undefined;
  if (node.cap !== undefined) {
    cap = Dec.num(node.cap);
    // The cap rule (rules.ts): score and maximum clamp; the coverage ratio is kept.
    score = capped(score, cap, cmpDec);
    selfScore = capped(selfScore, cap, cmpDec);
    max = capped(max, cap, cmpDec);
  }

  const statuses = children.map((c) => c.status);
  let status: NodeStatus;
  if (statuses.includes('error')) status = 'error';
  else if (statuses.every((s) => s === 'excluded' || s === 'not-applicable')) status = 'excluded';
  else if (statuses.every((s) => s === 'missing' || s === 'excluded' || s === 'not-applicable')) status = 'missing';
  else status = 'scored';

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
  if (node.provenance) result.provenance = node.provenance;
  result.children = children;
  return result;
}

/** Children that take part in a weighted mean: a positive maximum and a positive weight. */
function applicableInMean(children: NodeResult[]): NodeResult[] {
  return children.filter((c) => c.max.gt(Dec.ZERO) && c.weight.gt(Dec.ZERO));
}

function assignShares(node: NodeResult, share: Dec): void {
  node.share = share;
  const children = node.children;
  if (!children) return;
  if (node.aggregate === 'weightedMean') {
    const applicable = new Set(applicableInMean(children));
    const total = Dec.sum([...applicable].map((c) => c.weight));
    for (const c of children) assignShares(c, applicable.has(c) && total.gt(Dec.ZERO) ? share.mul(c.weight).div(total) : Dec.ZERO);
  } else {
    const total = Dec.sum(children.map((c) => c.weight.mul(c.max)));
    for (const c of children) assignShares(c, total.gt(Dec.ZERO) ? share.mul(c.weight).mul(c.max).div(total) : Dec.ZERO);
  }
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
