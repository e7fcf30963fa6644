/**
 * The whole chain behind one node's points (`merit explain`): for a leaf, the cell, the raw and
 * parsed values, which value counted and the rule; for a group, its children; then every parent
 * up to the root with its aggregation written out, the node's contribution at each level, the
 * final rounding and the predicate. Pure: works from an Assessment (scored now or read back from a
 * saved report) and, when known, the rubric (for the rounding rule, a mean's scale, level labels).
 *
 * Contribution: what the node adds to an ancestor's score. Through a `sum` parent it is
 * weight × contribution; through a `weightedMean` parent, weight × (contribution / max) / Σ weight
 * × scale; where a cap cuts the parent's score, the contribution is scaled down in proportion
 * (score / uncapped). Without caps the contributions of siblings add up to their parent's score.
 */
import { Dec } from '../decimal.js';
import { UsageError } from '../diagnostics.js';
import { closest } from '../rubric/suggest.js';
import { resolveLevels, roundingStep } from '../rubric/tree.js';
import { isLeaf, type Aggregate, type Band, type GroupNode, type Level, type LocalText, type Rounding, type Rubric, type RubricNode } from '../rubric/types.js';
import type { Assessment, NodeResult, ValueTrace } from './types.js';
import { codeKey } from './values.js';
import { conditionSteps, isGroupNode, nodeSteps, notApplicableStep, v2Aggregation, v2Through, type ConditionStep, type NotApplicableStep, type Term, type V2Steps } from './explain-v2.js';

export type { Term } from './explain-v2.js';

export interface Aggregation {
  code: string;
  name: LocalText;
  aggregate: Aggregate;
  /** weightedMean: the scale (from the rubric, or deduced from the node when it has no cap). */
  scale?: Dec;
  /** weightedMean: Σ w of the included children. */
  weightTotal?: Dec;
  cap?: Dec;
  /** The score before the cap; absent when it cannot be known (a capped mean without the rubric). */
  uncapped?: Dec;
  capApplied: boolean;
  score: Dec;
  max: Dec;
  percent: Dec | null;
  terms: Term[];
  /** v2: the children's weights are percentages. */
  weightUnit?: 'percent';
  /** v2: a composite's missing inputs, a best/worst-of's choice, normalisation, node rounding, category. */
  incomplete?: V2Steps['incomplete'];
  chosen?: string;
  normalize?: V2Steps['normalize'];
  rounding?: V2Steps['rounding'];
  category?: V2Steps['category'];
}

export interface ChainStep extends Aggregation {
  /** The child on the way from the explained node. */
  via: string;
  /** The explained node's contribution to this node's score; absent when unknown. */
  contribution?: Dec;
}

export interface ValueStep {
  role: 'self' | 'verified' | 'replaced';
  value: ValueTrace;
  counts: boolean;
  /** The rubric's label (and description) of the parsed level, when known. */
  level?: { value: number; label: LocalText; description?: LocalText };
}

export interface Explanation {
  node: NodeResult;
  /** Codes from the root to the node. */
  path: string[];
  leaf?: {
    values: ValueStep[];
    used: 'verified' | 'self' | 'none';
    rule: string;
    evidence?: string;
    notes?: string;
  };
  /** The node's own aggregation (groups). */
  group?: Aggregation;
  /** v2, a leaf: its normalisation, rounding and category. */
  leafSteps?: V2Steps;
  /** v2: the conditions on the way from the root, whether each held and the value it looked at. */
  conditions?: ConditionStep[];
  /** v2: why the node does not apply (on it or the ancestor that carries it). */
  notApplicable?: NotApplicableStep;
  /** From the parent up to the root. */
  chain: ChainStep[];
  total: {
    unrounded: Dec;
    score: Dec;
    /** The rubric's rule; `null`: the rubric does not round; undefined: not known (a report without its rubric). */
    rounding?: Rounding | null;
    predicate: Assessment['predicate'];
    band?: Band;
    /** v2: the total's second figure, and a composite total missing a required input. */
    nominal?: Assessment['nominal'];
    incomplete?: Assessment['incomplete'];
  };
  /** What the node adds to the unrounded total, and that as a share of it; absent when unknown. */
  contribution?: Dec;
  ofTotal?: Dec | null;
  /** The node's maximum as a share of the rubric's maximum (0..1). */
  shareOfMax: Dec;
}

/** Finds a node by code (case-insensitive); UsageError with a did-you-mean when there is none. */
export function findNode(a: Assessment, code: string): NodeResult[] {
  const key = codeKey(code);
  const all: string[] = [];
  const search = (n: NodeResult, path: NodeResult[]): NodeResult[] | undefined => {
    const here = [...path, n];
    all.push(n.code);
    if (codeKey(n.code) === key) return here;
    for (const c of n.children ?? []) {
      const found = search(c, here);
      if (found) return found;
    }
    return undefined;
  };
  const found = search(a.root, []);
  if (found) return found;
  const suggestion = closest(code, all);
  throw new UsageError('USAGE_UNKNOWN_CODE', { value: code, rubric: `${a.rubric.id}@${a.rubric.version}`, ...(suggestion ? { suggestion } : {}) });
}

function rubricNode(rubric: Rubric | undefined, path: NodeResult[]): RubricNode | undefined {
  if (!rubric) return undefined;
  let node: RubricNode = rubric.root;
  if (node.code !== path[0]?.code) return undefined;
  for (const step of path.slice(1)) {
    if (isLeaf(node)) return undefined;
    const next: RubricNode | undefined = node.children.find((c) => c.code === step.code);
    if (!next) return undefined;
    node = next;
  }
  return node;
}

function aggregation(n: NodeResult, rnode: RubricNode | undefined): Aggregation {
  const aggregate = n.aggregate ?? 'sum';
  const children = n.children ?? [];
  const mean = aggregate === 'weightedMean';
  const terms: Term[] = children.map((c) => {
    const included = !mean || (c.max.gt(Dec.ZERO) && c.weight.gt(Dec.ZERO));
    return {
      code: c.code,
      name: c.name,
      weight: c.weight,
      score: c.score,
      max: c.max,
      percent: c.percent,
      included,
      value: !included ? Dec.ZERO : mean ? c.weight.mul(c.score).div(c.max) : c.weight.mul(c.score),
    };
  });
  const agg: Aggregation = { code: n.code, name: n.name, aggregate, capApplied: false, score: n.score, max: n.max, percent: n.percent, terms };
  if (n.cap !== undefined) agg.cap = n.cap;
  const sum = Dec.sum(terms.map((t) => t.value));
  if (!mean) agg.uncapped = sum;
  else {
    const total = Dec.sum(terms.filter((t) => t.included).map((t) => t.weight));
    agg.weightTotal = total;
    const g = rnode && !isLeaf(rnode) ? rnode : undefined;
    let scale: Dec | undefined = g ? (g.scale !== undefined ? Dec.num(g.scale) : Dec.ONE) : undefined;
    const meanRatio = total.gt(Dec.ZERO) ? sum.div(total) : Dec.ZERO;
    // Without the rubric: no cap means max = scale; a cap not reached means score = mean × scale.
    if (!scale && n.cap === undefined && total.gt(Dec.ZERO)) scale = n.max;
    if (!scale && n.cap !== undefined && n.score.lt(n.cap) && meanRatio.gt(Dec.ZERO)) scale = n.score.div(meanRatio);
    if (scale) {
      agg.scale = scale;
      agg.uncapped = meanRatio.mul(scale);
    }
  }
  if (agg.cap !== undefined && agg.uncapped !== undefined) agg.capApplied = agg.uncapped.gt(agg.cap);
  else if (agg.cap !== undefined) agg.capApplied = n.score.gte(agg.cap);
  return agg;
}

/** A v2 group's aggregation in explain's shape (explain-v2.ts has the rules). */
function v2Group(n: NodeResult, g: GroupNode, rubric: Rubric): Aggregation {
  const v = v2Aggregation(n, g, rubric);
  const agg: Aggregation = {
    code: n.code,
    name: n.name,
    aggregate: n.aggregate ?? 'sum',
    uncapped: v.uncapped,
    capApplied: v.capApplied,
    score: n.score,
    max: n.max,
    percent: n.percent,
    terms: v.terms,
  };
  if (n.cap !== undefined) agg.cap = n.cap;
  if (g.weightUnit === 'percent') agg.weightUnit = 'percent';
  if (v.scale) agg.scale = v.scale;
  if (v.weightTotal) agg.weightTotal = v.weightTotal;
  for (const k of ['incomplete', 'chosen', 'normalize', 'rounding', 'category'] as const) if (v[k] !== undefined) Object.assign(agg, { [k]: v[k] });
  return agg;
}

/** The contribution of a child's `part` to the parent's score (see the module comment). */
function through(agg: Aggregation, child: NodeResult, part: Dec | undefined): Dec | undefined {
  if (part === undefined) return undefined;
  const term = agg.terms.find((t) => t.code === child.code);
  if (!term || !term.included) return Dec.ZERO;
  let c: Dec;
  if (agg.aggregate === 'sum') c = child.weight.mul(part);
  else {
    if (!agg.scale || !agg.weightTotal || agg.weightTotal.isZero()) return undefined;
    c = child.weight.mul(part.div(child.max)).div(agg.weightTotal).mul(agg.scale);
  }
  if (agg.capApplied) {
    if (!agg.uncapped || agg.uncapped.isZero()) return undefined;
    c = c.mul(agg.score.div(agg.uncapped));
  }
  return c;
}

function levelOf(rnode: RubricNode | undefined, rubric: Rubric | undefined, v: ValueTrace): ValueStep['level'] {
  if (!rnode || !rubric || !isLeaf(rnode) || rnode.scoring.kind !== 'levels' || typeof v.parsed !== 'number') return undefined;
  const levels: Level[] = resolveLevels(rnode.scoring, rubric);
  const l = levels.find((x) => x.value === v.parsed);
  return l ? { value: l.value, label: l.label, ...(l.description ? { description: l.description } : {}) } : undefined;
}

/**
 * Explains one node of an assessment. `rubric` (when known) must be the rubric the assessment was
 * scored with. Throws UsageError USAGE_UNKNOWN_CODE for a code the tree does not have.
 */
export function explainNode(a: Assessment, code: string, rubric?: Rubric): Explanation {
  const path = findNode(a, code);
  const node = path[path.length - 1]!;
  const rnodes = path.map((_, i) => rubricNode(rubric, path.slice(0, i + 1)));
  const v2 = rubric?.format === 'merit-rubric/2';
  const e: Explanation = {
    node,
    path: path.map((n) => n.code),
    chain: [],
    total: { unrounded: a.unroundedScore, score: a.score, predicate: a.predicate },
    shareOfMax: node.share,
  };
  if (rubric) e.total.rounding = roundingStep(rubric) ? rubric.rounding! : null;
  const band = a.predicate.kind === 'band' ? a.scale.bands.find((b) => b.code === a.predicate.code) : undefined;
  if (band) e.total.band = band;

  if (node.kind === 'leaf') {
    const t = node.trace;
    const rnode = rnodes[rnodes.length - 1];
    const values: ValueStep[] = [];
    const push = (role: ValueStep['role'], v: ValueTrace | undefined, counts: boolean): void => {
      if (!v) return;
      const step: ValueStep = { role, value: v, counts };
      const level = levelOf(rnode, rubric, v);
      if (level) step.level = level;
      values.push(step);
    };
    push('self', t?.self, t?.used === 'self');
    push('verified', t?.verified, t?.used === 'verified');
    push('replaced', t?.replaced, false);
    e.leaf = { values, used: t?.used ?? 'none', rule: t?.rule ?? '' };
    if (t?.evidence !== undefined) e.leaf.evidence = t.evidence;
    if (t?.notes !== undefined) e.leaf.notes = t.notes;
  } else {
    const r = rnodes[rnodes.length - 1];
    e.group = v2 && isGroupNode(r) ? v2Group(node, r, rubric!) : aggregation(node, r);
  }
  if (v2) {
    const r = rnodes[rnodes.length - 1];
    if (node.kind === 'leaf' && r) {
      const steps = nodeSteps(node, r, rubric!, node.unrounded ?? node.score, node.max);
      delete steps.normalize; // a leaf's normalisation is in its rule
      if (Object.keys(steps).length) e.leafSteps = steps;
    }
    const conditions = conditionSteps(a, path, rnodes);
    if (conditions.length) e.conditions = conditions;
    const na = notApplicableStep(path);
    if (na) e.notApplicable = na;
    if (a.nominal) e.total.nominal = a.nominal;
    if (a.incomplete) e.total.incomplete = a.incomplete;
  }

  let part: Dec | undefined = node.score;
  for (let i = path.length - 2; i >= 0; i--) {
    const parent = path[i]!;
    const child = path[i + 1]!;
    const r = rnodes[i];
    const g = v2 && isGroupNode(r) ? r : undefined;
    const agg = g ? v2Group(parent, g, rubric!) : aggregation(parent, r);
    part = g ? v2Through(v2Aggregation(parent, g, rubric!), g, child, part) : through(agg, child, part);
    const step: ChainStep = { ...agg, via: child.code };
    if (part !== undefined) step.contribution = part;
    e.chain.push(step);
  }
  if (part !== undefined) {
    e.contribution = part;
    e.ofTotal = a.root.score.isZero() ? null : part.div(a.root.score);
  }
  return e;
}
