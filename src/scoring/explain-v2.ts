/**
 * The v2 links of `merit explain`'s chain (docs/rubric-v2.md, "Per-node order of operations"):
 * why a node does or does not apply (its condition and the value it looked at, or the declared
 * word), every aggregation (`mean`, `max`/`min`, `composite` with its coefficients and fallback,
 * percent weights), then the node's cap, normalisation (score / max × 1 or 100), its own rounding
 * and its category (its band, and a band cap that held it back). The raw aggregate comes from the
 * scorer's own `combine`, so the chain shows the scorer's numbers, not a second copy of the rules.
 *
 * Contribution through a v2 parent: `sum` weight (÷ 100 for percent weights) × part; `mean`
 * part / child max ÷ n × scale; `weightedMean` as v1; `composite` coefficient × part (when
 * incomplete: the fallback's part, nothing from the others); `max`/`min` the chosen child's part.
 * A cap, a normalisation and the node's rounding then scale it in proportion, so the parts of
 * siblings still add up to their parent's score.
 */
import { Dec } from '../decimal.js';
import { isLeaf, type Band, type Condition, type GroupNode, type Rounding, type Rubric, type RubricNode } from '../rubric/types.js';
import { coefficientOf, combine, sumFactor } from './aggregate.js';
import { nodeBands } from './categories.js';
import type { Assessment, NodeResult, NotApplicable, Predicate } from './types.js';
import { codeKey } from './values.js';

/** One child in a parent's aggregation (v1 and v2 alike; explain.ts re-exports it). */
export interface Term {
  code: string;
  name: NodeResult['name'];
  weight: Dec;
  score: Dec;
  max: Dec;
  percent: Dec | null;
  /** Takes part in the aggregation (a weighted mean skips children with no maximum or no weight). */
  included: boolean;
  /** What it puts into the parent's uncapped score: w × score (sum), w × score / max (mean, before ÷ Σw × scale). */
  value: Dec;
  /** v2 `composite`: its coefficient (value = coefficient × score). */
  coefficient?: Dec;
}

/** What a v2 node does after aggregating: cap, normalisation, rounding, category. */
export interface V2Steps {
  /** `composite`: the required inputs without evidence, and the child standing in. */
  incomplete?: { missing: string[]; fallback: string };
  /** `max`/`min`: the child chosen. */
  chosen?: string;
  /** score / max × to = result (score and max after the cap). */
  normalize?: { score: Dec; max: Dec; to: Dec; result: Dec };
  /** The node's own rounding: from → to by the rule. */
  rounding?: { from: Dec; to: Dec; rule: Rounding };
  /** The node's category: its predicate (with any band cap) and the band it names. */
  category?: { predicate: Predicate; band?: Band };
}

export interface V2Aggregation extends V2Steps {
  terms: Term[];
  /** Σ weights of a mean's counted children (a plain mean: their number). */
  weightTotal?: Dec;
  scale?: Dec;
  /** The raw aggregate (the scorer's `combine`), before the cap. */
  uncapped: Dec;
  /** After the cap, before normalising. */
  capped: Dec;
  /** The maximum after the cap, before normalising. */
  cappedMax: Dec;
  capApplied: boolean;
}

const out = (c: NodeResult): boolean => c.status === 'not-applicable' || c.status === 'excluded';

/** A v2 group's aggregation with the scorer's numbers. */
export function v2Aggregation(n: NodeResult, g: GroupNode, rubric: Rubric): V2Aggregation {
  const children = n.children ?? [];
  const aggregate = g.aggregate ?? 'sum';
  const scale = g.scale !== undefined ? Dec.num(g.scale) : Dec.ONE;
  const mean = aggregate === 'mean' || aggregate === 'weightedMean';
  const inMean = (c: NodeResult): boolean => c.max.gt(Dec.ZERO) && c.weight.gt(Dec.ZERO);
  let chosen: NodeResult | undefined;
  if (aggregate === 'max' || aggregate === 'min') {
    for (const c of children) {
      if (out(c)) continue;
      const v = sumFactor(g, c).mul(c.score);
      if (!chosen || (aggregate === 'max' ? v.gt(sumFactor(g, chosen).mul(chosen.score)) : v.lt(sumFactor(g, chosen).mul(chosen.score)))) chosen = c;
    }
  }
  const terms: Term[] = children.map((c, i) => {
    const t: Term = { code: c.code, name: c.name, weight: c.weight, score: c.score, max: c.max, percent: c.percent, included: true, value: Dec.ZERO };
    switch (aggregate) {
      case 'sum':
        t.included = c.status !== 'not-applicable';
        t.value = sumFactor(g, c).mul(c.score);
        break;
      case 'mean':
      case 'weightedMean':
        t.included = inMean(c);
        t.value = t.included ? (aggregate === 'mean' ? Dec.ONE : c.weight).mul(c.score).div(c.max) : Dec.ZERO;
        break;
      case 'composite': {
        const k = c.coefficient ?? coefficientOf(g.children[i]!);
        t.coefficient = k;
        t.included = n.incomplete ? c.code === n.incomplete.fallback : true;
        t.value = t.included ? (n.incomplete ? c.score : k.mul(c.score)) : Dec.ZERO;
        break;
      }
      case 'max':
      case 'min':
        t.included = c === chosen;
        t.value = sumFactor(g, c).mul(c.score);
        break;
    }
    return t;
  });
  const raw = combine(g, children);
  const cap = g.cap !== undefined ? Dec.num(g.cap) : undefined;
  const capped = cap ? raw.score.min(cap) : raw.score;
  const cappedMax = cap ? raw.max.min(cap) : raw.max;
  const agg: V2Aggregation = { terms, uncapped: raw.score, capped, cappedMax, capApplied: cap !== undefined && raw.score.gt(cap) };
  if (mean) {
    agg.weightTotal = Dec.sum(children.filter(inMean).map((c) => (aggregate === 'mean' ? Dec.ONE : c.weight)));
    agg.scale = scale;
  }
  if (chosen) agg.chosen = chosen.code;
  if (n.incomplete) agg.incomplete = n.incomplete;
  Object.assign(agg, nodeSteps(n, g, rubric, capped, cappedMax));
  return agg;
}

/** Normalisation, rounding and category of any v2 node (a leaf too). */
export function nodeSteps(n: NodeResult, node: RubricNode, rubric: Rubric, score: Dec, max: Dec): V2Steps {
  const s: V2Steps = {};
  if (node.normalize !== undefined && max.gt(Dec.ZERO)) {
    const to = Dec.int(node.normalize);
    s.normalize = { score, max, to, result: score.div(max).mul(to) };
  }
  if (node.rounding && n.unrounded) s.rounding = { from: n.unrounded, to: n.score, rule: node.rounding };
  if (n.category) {
    const band = nodeBands(node, rubric)?.find((b) => b.code === n.category!.code);
    s.category = band ? { predicate: n.category, band } : { predicate: n.category };
  }
  return s;
}

/** What `part` of a child's score puts into a v2 parent's score (see the module comment). */
export function v2Through(agg: V2Aggregation, g: GroupNode, child: NodeResult, part: Dec | undefined): Dec | undefined {
  if (part === undefined) return undefined;
  const term = agg.terms.find((t) => t.code === child.code);
  if (!term || !term.included) return Dec.ZERO;
  let c: Dec;
  switch (g.aggregate ?? 'sum') {
    case 'sum':
    case 'max':
    case 'min':
      c = sumFactor(g, child).mul(part);
      break;
    case 'mean':
    case 'weightedMean':
      if (!agg.weightTotal || agg.weightTotal.isZero() || child.max.isZero()) return undefined;
      c = ((g.aggregate ?? 'sum') === 'mean' ? Dec.ONE : child.weight).mul(part.div(child.max)).div(agg.weightTotal).mul(agg.scale ?? Dec.ONE);
      break;
    case 'composite':
      c = agg.incomplete ? part : (term.coefficient ?? Dec.ONE).mul(part);
      break;
  }
  if (agg.capApplied) c = agg.uncapped.isZero() ? Dec.ZERO : c.mul(agg.capped.div(agg.uncapped));
  if (agg.normalize) c = c.div(agg.normalize.max).mul(agg.normalize.to);
  if (agg.rounding) c = agg.rounding.from.isZero() ? c : c.mul(agg.rounding.to.div(agg.rounding.from));
  return c;
}

// ---------------------------------------------------------------------------------------------
// Conditions

/** A condition on the way from the root to the node: whether it held, and the value it looked at. */
export interface ConditionStep {
  code: string;
  condition: Condition;
  holds: boolean;
  value?: string;
}

/** Why the node (or the nearest ancestor that carries it) does not apply. */
export interface NotApplicableStep {
  code: string;
  why: NotApplicable;
}

/**
 * The conditions of the nodes on the path (root first): the ones that did not hold come from the
 * results (`notApplicable`); the ones that held are read back from the profile answers or the
 * criterion's value in the assessment.
 */
export function conditionSteps(a: Assessment, path: NodeResult[], rnodes: (RubricNode | undefined)[]): ConditionStep[] {
  const steps: ConditionStep[] = [];
  path.forEach((n, i) => {
    const r = rnodes[i];
    const w = r?.when ?? n.notApplicable?.condition;
    if (!w) return;
    if (n.notApplicable?.reason === 'condition') {
      steps.push({ code: n.code, condition: w, holds: false, ...(n.notApplicable.value !== undefined ? { value: n.notApplicable.value } : {}) });
      return;
    }
    if (n.status === 'not-applicable') return; // under an ancestor that does not apply: never looked at
    const value = conditionValue(a, w);
    steps.push({ code: n.code, condition: w, holds: true, ...(value !== undefined ? { value } : {}) });
  });
  return steps;
}

function conditionValue(a: Assessment, w: Condition): string | undefined {
  if (w.profile !== undefined) {
    const p = a.profile?.find((x) => codeKey(x.code) === codeKey(w.profile!));
    return p?.raw ?? p?.value ?? undefined;
  }
  if (w.criterion !== undefined) {
    const leaf = findByCode(a.root, w.criterion);
    const t = leaf?.trace;
    const v = t?.used === 'verified' ? t.verified : t?.used === 'self' ? t.self : undefined;
    return v && v.raw !== null ? String(v.raw) : undefined;
  }
  return undefined;
}

function findByCode(root: NodeResult, code: string): NodeResult | undefined {
  const k = codeKey(code);
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (codeKey(n.code) === k) return n;
    stack.push(...(n.children ?? []));
  }
  return undefined;
}

/** The nearest node on the path (from the node up) that says why it does not apply. */
export function notApplicableStep(path: NodeResult[]): NotApplicableStep | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const n = path[i]!;
    if (n.notApplicable) return { code: n.code, why: n.notApplicable };
  }
  return undefined;
}

export const isGroupNode = (r: RubricNode | undefined): r is GroupNode => r !== undefined && !isLeaf(r);
