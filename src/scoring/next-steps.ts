/**
 * What stands below each aspect's category ("next steps"; docs/rubric-v2.md "Downstream"). Pure:
 * the rubric and the scored NodeResult tree in, a list out; nothing is re-scored.
 *
 * The rule, for merit-rubric/2 assessments:
 *
 * - An *aspect* is a node that has a `category` that is one of its band set's bands (not an
 *   out-of-range label or `none`) and whose children in the rubric are all leaves.
 * - Its *target band* is the next band up of its set (in ascending order) when the category is not
 *   the set's top band, else the category's own band. An aspect whose target band has no lower edge
 *   (`min`) is skipped: nothing can be below −∞.
 * - An *item* is a child of the aspect that is a `levels` leaf (ordinal), applies (status not
 *   `not-applicable`) and has a maximum above 0. Its *share* is score / max (verified level where
 *   present, else self-assessed; a missing or unreadable level scores 0, share 0). Its *value* is
 *   the share put on the aspect's scale — share × the aspect's maximum, rounded as the aspect
 *   rounds (`rounding` on the aspect node) — i.e. the score the aspect would have if every item
 *   were at this item's share.
 * - The item *stands below* when its value does not meet the target band's lower edge
 *   (`min`, closed unless `minInclusive: false`). Its *gap* is `min − value`.
 * - Its *next level* is the lowest level (by value, the leaf's resolved levels: inline levels, else
 *   its named scale's) whose points give a share above the item's share; its `description` is the
 *   leaf's own, else the scale's for the same value. An item with no higher level is not listed.
 * - Aspects are listed in rubric order (depth first), only when at least one item stands below;
 *   items by largest gap first, equal gaps in rubric order.
 *
 * Example (panrb-19-2025, 0–4 levels, share = level / 4): A2 at 0.54 is LANJUTAN [0.41, 0.61);
 * the target is MENENGAH from 0.61; item 2.5 at level 1 has value 0.25 < 0.61 (gap 0.36), next
 * level 2. A8 at 0.38 is DASAR; the target is LANJUTAN from 0.41: 8.2 at level 1 (0.25) is
 * below, 8.1 at level 2 (0.5) is not.
 */
import { Dec } from '../decimal.js';
import { resolveLevels, leafRange, levelPoints } from '../rubric/tree.js';
import { isLeaf, type Band, type GroupNode, type LeafNode, type LocalText, type Rounding, type Rubric, type RubricNode } from '../rubric/types.js';
import { roundBy } from './aggregate.js';
import { orderedBands } from './bands.js';
import { nodeBands } from './categories.js';
import { meetsLowerEdge } from './rules.js';
import type { NextStep, NextStepItem, NodeResult, ValueTrace } from './types.js';

/** A band of an aspect's set, its lower edge read once. */
interface PlanBand {
  band: Band;
  min: Dec | undefined;
  inclusive: boolean;
}

/** A level of an item, with the share its points give (points / the item's maximum). */
interface PlanLevel {
  value: number;
  label: LocalText;
  description?: LocalText;
  share: Dec;
}

/** What a rubric's aspects and items are, worked out once per rubric (`merit gap` scores hundreds of times). */
interface AspectPlan {
  /** Child indices from the root to the aspect (results mirror the rubric tree). */
  path: number[];
  bands: PlanBand[];
  rounding: Rounding | undefined;
  /** The aspect's `levels` children: their index and levels in ascending value. */
  items: { index: number; levels: PlanLevel[] }[];
}

const plans = new WeakMap<Rubric, AspectPlan[]>();

function planOf(rubric: Rubric): AspectPlan[] {
  let plan = plans.get(rubric);
  if (plan) return plan;
  plan = [];
  const visit = (node: RubricNode, path: number[]): void => {
    if (isLeaf(node)) return;
    const aspect = aspectPlan(rubric, node, path);
    if (aspect) plan!.push(aspect);
    node.children.forEach((c, i) => visit(c, [...path, i]));
  };
  visit(rubric.root, []);
  plans.set(rubric, plan);
  return plan;
}

function aspectPlan(rubric: Rubric, node: GroupNode, path: number[]): AspectPlan | undefined {
  if (node.children.length === 0 || !node.children.every(isLeaf)) return undefined;
  const bands = nodeBands(node, rubric);
  if (!bands || bands.length === 0) return undefined;
  const items: AspectPlan['items'] = [];
  (node.children as LeafNode[]).forEach((leaf, index) => {
    if (leaf.scoring.kind !== 'levels') return;
    const top = leafRange(leaf, rubric).max;
    if (!top.gt(Dec.ZERO)) return;
    const scale = leaf.scoring.scale !== undefined && rubric.scales && Object.hasOwn(rubric.scales, leaf.scoring.scale) ? rubric.scales[leaf.scoring.scale] : undefined;
    const levels = [...resolveLevels(leaf.scoring, rubric)]
      .sort((a, b) => a.value - b.value)
      .map((l): PlanLevel => {
        // The leaf's own description, else its scale's for the same value.
        const description = l.description ?? scale?.levels.find((x) => x.value === l.value)?.description;
        return { value: l.value, label: l.label, ...(description ? { description } : {}), share: levelPoints(l, leaf.scoring).div(top) };
      });
    items.push({ index, levels });
  });
  if (items.length === 0) return undefined;
  const ordered = orderedBands({ bands }).map((band): PlanBand => ({ band, min: band.min === undefined ? undefined : Dec.num(band.min), inclusive: band.minInclusive !== false }));
  return { path, bands: ordered, rounding: node.rounding, items };
}

/** The next steps of a scored tree (empty for a v1 rubric). */
export function nextSteps(rubric: Rubric, root: NodeResult): NextStep[] {
  if (rubric.format !== 'merit-rubric/2') return [];
  const out: NextStep[] = [];
  for (const plan of planOf(rubric)) {
    let result: NodeResult | undefined = root;
    for (const i of plan.path) result = result?.children?.[i];
    const step = result ? aspectStep(plan, result) : undefined;
    if (step) out.push(step);
  }
  return out;
}

function aspectStep(plan: AspectPlan, result: NodeResult): NextStep | undefined {
  const category = result.category;
  if (!category || category.kind !== 'band' || result.status === 'not-applicable' || !result.children) return undefined;
  const i = plan.bands.findIndex((b) => b.band.code === category.code);
  if (i < 0) return undefined;
  const next = i < plan.bands.length - 1;
  const target = plan.bands[next ? i + 1 : i]!;
  if (target.min === undefined) return undefined;

  const items: NextStepItem[] = [];
  for (const p of plan.items) {
    const item = itemBelow(p.levels, result.children[p.index]!, result, plan.rounding, target);
    if (item) items.push(item);
  }
  if (items.length === 0) return undefined;
  // Largest gap first; Array.prototype.sort is stable, so equal gaps keep rubric order.
  items.sort((a, b) => b.gap.cmp(a.gap));
  const band = target.band;
  const t: NextStep['target'] = { code: band.code, label: { id: band.label.id, en: band.label.en }, min: target.min, minInclusive: target.inclusive, next };
  if (band.color !== undefined) t.color = band.color;
  return { code: result.code, name: result.name, score: result.score, category, target: t, items };
}

function itemBelow(levels: PlanLevel[], r: NodeResult, aspect: NodeResult, rounding: Rounding | undefined, target: PlanBand): NextStepItem | undefined {
  if (r.status === 'not-applicable' || !r.max.gt(Dec.ZERO)) return undefined;
  const min = target.min!;
  const share = r.score.div(r.max);
  let value = share.mul(aspect.max);
  if (rounding) value = roundBy(value, rounding);
  if (meetsLowerEdge(value.cmp(min), target.inclusive)) return undefined;
  const next = levels.find((l) => l.share.gt(share));
  if (!next) return undefined;

  const t = r.trace;
  const used: ValueTrace | undefined = t?.used === 'verified' ? t.verified : t?.used === 'self' ? t.self : undefined;
  // Key order as the JSON report writes it.
  return {
    code: r.code,
    name: r.name,
    ...(used?.ref ? { ref: used.ref } : {}),
    ...(used?.assumed ? { assumed: true } : {}),
    // An unreadable or out-of-range value (status `error`) has no level, whatever was written.
    level: r.status === 'scored' && used && typeof used.parsed === 'number' ? used.parsed : null,
    share,
    value,
    gap: min.sub(value),
    // Copies: an assessment shares no object with the rubric's plan.
    next: { value: next.value, label: { ...next.label }, ...(next.description ? { description: { ...next.description } } : {}), share: next.share },
  };
}
