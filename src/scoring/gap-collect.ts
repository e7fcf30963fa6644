/**
 * The candidates of `merit gap` (levels leaves that apply and can go up) and what the tree above
 * them does with their points: per node, d(parent score) / d(node score) at the current scores,
 * and which nodes are not linear in the candidates below them. gap.ts and gap-aspects.ts ask
 * `measureOf` for each candidate's exact coefficient on the node they target (the total, or an
 * aspect), whether that node is linear in them (the knapsack is exact), and how far node rounding
 * can move it off the linear model (the search's bound).
 *
 * Factors per aggregate (docs/analysis.md): `sum` weight (÷ 100 for percent weights);
 * `weightedMean` w × scale / (Σw × child max), `mean` scale / (n × child max), for the children
 * the mean counts; `composite` its coefficient (when incomplete: 1 for the fallback, 0 for the
 * others, unknown under a missing input); `max`/`min` unknown. A node's `normalize` multiplies by
 * normalize / its maximum before normalising. Kinks (not linear): `max`/`min`, node rounding, a cap
 * that binds or that the candidates can reach, a mean or normalised node above a criterion whose
 * maximum the change would bring in (an excluded criterion), and conditions over a candidate.
 */
import { Dec } from '../decimal.js';
import type { CellRef, EvidenceTable } from '../evidence/types.js';
import { levelPoints, resolveLevels } from '../rubric/tree.js';
import { isLeaf, type GroupNode, type LoadedRubric, type LocalText, type RubricNode, type ScoringKind } from '../rubric/types.js';
import { combine, sumFactor } from './aggregate.js';
import type { Candidate } from './gap-search.js';
import type { Assessment, NodeResult } from './types.js';
import { codeKey } from './values.js';

/** A criterion gap analysis leaves as it is, and why. */
export interface GapFixed {
  code: string;
  name: LocalText;
  kind: ScoringKind;
  reason: 'not-levels' | 'error';
}

export interface Collected {
  candidates: Candidate[];
  fixed: GapFixed[];
  /** Per candidate: its leaf's result, then its ancestors up to the root. */
  chains: NodeResult[][];
  /** d(parent score) / d(this node's score) at the current scores; undefined when not linear or unknown. */
  factor: Map<NodeResult, Dec | undefined>;
  /** d(parent raw aggregate) / d(this node's score): the factor before the parent's cap, normalisation and rounding. */
  aggFactor: Map<NodeResult, Dec | undefined>;
  /** Every result with its rubric node. */
  nodeOf: Map<NodeResult, RubricNode>;
  /** Candidates' leaves: d(leaf score) / d(level points) (normalize / maximum, else 1). */
  pointsFactor: Map<NodeResult, Dec | undefined>;
  /** Nodes whose own step is not linear in the candidates below them. */
  kinks: Set<NodeResult>;
  /** Nodes that round their own score, with the rounding step. */
  rounded: Map<NodeResult, Dec>;
  /** A condition looks at a candidate's value: raising it may change what applies. */
  gated: boolean;
  /** Criteria that do not apply (v2: a condition, or declared): never raised. */
  notApplicable: string[];
}

const MEANS = new Set(['mean', 'weightedMean']);

/** The step of a node's rounding rule. */
function stepOf(node: RubricNode): Dec | undefined {
  const r = node.rounding;
  if (!r) return undefined;
  return 'step' in r ? Dec.num(r.step) : Dec.of(1n, 10n ** BigInt(r.decimals));
}

/** d(group score) / d(child score) before the group's cap and normalisation; undefined when unknown. */
function aggregateFactor(node: GroupNode, result: NodeResult, child: NodeResult, index: number): Dec | undefined {
  const children = result.children ?? [];
  const members = children.filter((c) => c.max.gt(Dec.ZERO) && c.weight.gt(Dec.ZERO));
  const scale = node.scale !== undefined ? Dec.num(node.scale) : Dec.ONE;
  switch (node.aggregate ?? 'sum') {
    case 'sum':
      return sumFactor(node, child);
    case 'weightedMean': {
      const total = Dec.sum(members.map((c) => c.weight));
      return members.includes(child) && total.gt(Dec.ZERO) ? child.weight.mul(scale).div(total.mul(child.max)) : undefined;
    }
    case 'mean':
      return members.includes(child) ? scale.div(Dec.int(members.length).mul(child.max)) : undefined;
    case 'composite': {
      if (result.incomplete) {
        if (result.incomplete.missing.includes(node.children[index]!.code)) return undefined;
        return child.code === result.incomplete.fallback ? Dec.ONE : Dec.ZERO;
      }
      return child.coefficient ?? Dec.ONE;
    }
    case 'max':
    case 'min':
      return undefined;
  }
}

/** normalize / maximum before normalising (1 without `normalize`); undefined when that maximum is 0. */
function normalizeFactor(node: GroupNode, result: NodeResult): Dec | undefined {
  if (node.normalize === undefined) return Dec.ONE;
  let max = combine(node, result.children ?? []).max;
  if (node.cap !== undefined) max = max.min(Dec.num(node.cap));
  return max.gt(Dec.ZERO) ? Dec.int(node.normalize).div(max) : undefined;
}

/** Walks the rubric with the base assessment: candidates, fixed criteria, factors and kinks. */
export function collect(loaded: LoadedRubric, table: EvidenceTable, base: Assessment): Collected {
  const rubric = loaded.rubric;
  const out: Collected = { candidates: [], fixed: [], chains: [], factor: new Map(), aggFactor: new Map(), nodeOf: new Map(), pointsFactor: new Map(), kinks: new Set(), rounded: new Map(), gated: false, notApplicable: [] };
  /** d(group uncapped score) / d(leaf points) summed over its candidates' headroom, per capped group. */
  const capGrowth = new Map<NodeResult, Dec | undefined>();
  const capFactor = out.aggFactor;
  const rowByKey = new Map<string, EvidenceTable['rows'][number]>();
  for (const row of table.rows) {
    const key = codeKey(row.code.text ?? '');
    if (key !== '' && !rowByKey.has(key)) rowByKey.set(key, row);
  }
  const conditionCodes = new Set<string>();

  const nodeOf = out.nodeOf;
  const visit = (node: RubricNode, result: NodeResult, ancestors: NodeResult[]): void => {
    nodeOf.set(result, node);
    if (node.when?.criterion !== undefined) conditionCodes.add(codeKey(node.when.criterion));
    const step = stepOf(node);
    if (step && result.status !== 'not-applicable') {
      out.rounded.set(result, step);
      out.kinks.add(result);
    }
    if (!isLeaf(node)) {
      const children = result.children ?? [];
      const aggregate = node.aggregate ?? 'sum';
      if (aggregate === 'max' || aggregate === 'min') out.kinks.add(result);
      const post = normalizeFactor(node, result);
      node.children.forEach((child, i) => {
        const cr = children[i]!;
        const f = aggregateFactor(node, result, cr, i);
        capFactor.set(cr, f);
        out.factor.set(cr, f && post ? f.mul(post) : undefined);
        visit(child, cr, [result, ...ancestors]);
      });
      return;
    }
    const leaf = node;
    if (result.status === 'not-applicable') {
      out.notApplicable.push(leaf.code); // only applicable criteria are candidates
      return;
    }
    if (leaf.scoring.kind !== 'levels') {
      out.fixed.push({ code: leaf.code, name: leaf.name, kind: leaf.scoring.kind, reason: 'not-levels' });
      return;
    }
    if (result.status === 'error') {
      out.fixed.push({ code: leaf.code, name: leaf.name, kind: leaf.scoring.kind, reason: 'error' });
      return;
    }
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
    // A criterion that normalises or rounds its own points: its score is not its points.
    const own = leaf.normalize !== undefined || leaf.rounding !== undefined;
    const leafMax = levels.map((l) => levelPoints(l, scoring)).reduce((a, b) => a.max(b));
    const pointsFactor = leaf.normalize === undefined ? Dec.ONE : leafMax.gt(Dec.ZERO) ? Dec.int(leaf.normalize).div(leafMax) : undefined;
    out.pointsFactor.set(result, pointsFactor);
    const cand: Candidate = {
      code: leaf.code,
      name: leaf.name,
      levels,
      points: levels.map((l) => levelPoints(l, scoring)),
      fromIdx,
      from,
      column,
      curPoints: own ? (result.status === 'scored' && used?.points ? used.points : Dec.ZERO) : result.score,
      maxSteps,
    };
    if (ref) cand.ref = ref;
    // Raising an excluded criterion brings its maximum in: a mean, best/worst-of or normalised node above it moves otherwise than linearly.
    if (result.status === 'excluded') {
      for (const a of ancestors) {
        const g = nodeOf.get(a);
        if (MEANS.has(a.aggregate ?? 'sum') || a.aggregate === 'max' || a.aggregate === 'min' || g?.normalize !== undefined) out.kinks.add(a);
      }
    }
    // How far each capped ancestor's uncapped score can still grow.
    const top = cand.points.reduce((a, b) => a.max(b));
    let rel: Dec | undefined = pointsFactor;
    let below = result;
    for (const a of ancestors) {
      const f = capFactor.get(below);
      const toUncapped = rel && f ? rel.mul(f) : undefined;
      if (a.cap !== undefined) {
        const prevGrowth = capGrowth.has(a) ? capGrowth.get(a) : Dec.ZERO;
        capGrowth.set(a, toUncapped && prevGrowth ? prevGrowth.add(toUncapped.mul(top.sub(cand.curPoints).max(Dec.ZERO))) : undefined);
      }
      const g = out.factor.get(below);
      rel = rel && g ? rel.mul(g) : undefined;
      below = a;
    }
    out.candidates.push(cand);
    out.chains.push([result, ...ancestors]);
  };
  visit(rubric.root, base.root, []);

  // A cap that binds now, or that the changes could reach, makes gains non-additive.
  for (const [g, grow] of capGrowth) if (grow === undefined || (!grow.isZero() && (g.score.gte(g.cap!) || g.score.add(grow).gt(g.cap!)))) out.kinks.add(g);
  out.gated = out.candidates.some((c) => conditionCodes.has(codeKey(c.code)));
  return out;
}

/** What a target node sees of the candidates below it. */
export interface Measure {
  /** The candidates below the node (indices into Collected.candidates), each with its coefficient on the node. */
  indices: number[];
  candidates: Candidate[];
  /** The node's score is exactly linear in these candidates (the knapsack applies). */
  linear: boolean;
  /** Every candidate has a coefficient: the linear gains bound what the search can reach, up to `slack`. */
  bounded: boolean;
  /** How far node rounding below (and at) the node can move its score off the linear model. */
  slack: Dec;
}

/** The candidates under `node` with their exact coefficients on its score. */
export function measureOf(col: Collected, node: NodeResult): Measure {
  const indices: number[] = [];
  const candidates: Candidate[] = [];
  let linear = !col.gated;
  let bounded = !col.gated;
  const roundedOnPaths = new Set<NodeResult>();
  col.candidates.forEach((c, i) => {
    const chain = col.chains[i]!;
    const at = chain.indexOf(node);
    if (at < 0) return;
    let coef: Dec | undefined = col.pointsFactor.get(chain[0]!);
    for (let k = 0; k < at; k++) {
      const f = col.factor.get(chain[k]!);
      coef = coef && f ? coef.mul(f) : undefined;
    }
    for (let k = 0; k <= at; k++) {
      if (col.kinks.has(chain[k]!)) linear = false;
      if (col.rounded.has(chain[k]!)) roundedOnPaths.add(chain[k]!);
    }
    const copy: Candidate = { ...c };
    delete copy.coef;
    if (coef) copy.coef = coef;
    else [linear, bounded] = [false, false];
    indices.push(i);
    candidates.push(copy);
  });
  // Rounding moves a node's score by less than its step from the unrounded value, so against the
  // linear model (which starts from the rounded base) by less than two steps, times what the node counts for.
  let slack = Dec.ZERO;
  for (const r of roundedOnPaths) {
    const rel = relativeTo(col, r, node, indices);
    if (rel === undefined) {
      bounded = false;
      continue;
    }
    slack = slack.add(col.rounded.get(r)!.mul(Dec.int(2)).mul(rel.abs()));
  }
  return { indices, candidates, linear, bounded, slack };
}

/** d(target score) / d(node score), through the chain of any candidate below `node`. */
function relativeTo(col: Collected, node: NodeResult, target: NodeResult, indices: number[]): Dec | undefined {
  for (const i of indices) {
    const chain = col.chains[i]!;
    const from = chain.indexOf(node);
    const to = chain.indexOf(target);
    if (from < 0 || to < from) continue;
    let rel: Dec | undefined = Dec.ONE;
    for (let k = from; k < to; k++) {
      const f = col.factor.get(chain[k]!);
      rel = rel && f ? rel.mul(f) : undefined;
    }
    return rel;
  }
  return undefined;
}
