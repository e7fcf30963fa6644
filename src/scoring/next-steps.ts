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
import { isLeaf, type Band, type LeafNode, type Level, type Rubric, type RubricNode } from '../rubric/types.js';
import { roundBy } from './aggregate.js';
import { meetsLower, orderedBands } from './bands.js';
import { nodeBands } from './categories.js';
import type { NextStep, NextStepItem, NodeResult, ValueTrace } from './types.js';

/** The next steps of a scored tree (empty for a v1 rubric). */
export function nextSteps(rubric: Rubric, root: NodeResult): NextStep[] {
  if (rubric.format !== 'merit-rubric/2') return [];
  const out: NextStep[] = [];
  const visit = (node: RubricNode, result: NodeResult): void => {
    if (isLeaf(node)) return;
    const step = aspectStep(rubric, node, result);
    if (step) out.push(step);
    if (result.children) node.children.forEach((c, i) => visit(c, result.children![i]!));
  };
  visit(rubric.root, root);
  return out;
}

function aspectStep(rubric: Rubric, node: RubricNode & { children: RubricNode[] }, result: NodeResult): NextStep | undefined {
  const category = result.category;
  if (!category || category.kind !== 'band' || result.status === 'not-applicable') return undefined;
  if (node.children.length === 0 || !node.children.every(isLeaf) || !result.children) return undefined;
  const bands = nodeBands(node, rubric);
  if (!bands) return undefined;
  const ordered = orderedBands({ bands });
  const i = ordered.findIndex((b) => b.code === category.code);
  if (i < 0) return undefined;
  const next = i < ordered.length - 1;
  const band = ordered[next ? i + 1 : i]!;
  if (band.min === undefined) return undefined;

  const items: NextStepItem[] = [];
  node.children.forEach((child, k) => {
    const item = itemBelow(rubric, child as LeafNode, result.children![k]!, result, node.rounding, band);
    if (item) items.push(item);
  });
  if (items.length === 0) return undefined;
  // Largest gap first; Array.prototype.sort is stable, so equal gaps keep rubric order.
  items.sort((a, b) => b.gap.cmp(a.gap));
  const target: NextStep['target'] = { code: band.code, label: { id: band.label.id, en: band.label.en }, min: Dec.num(band.min), minInclusive: band.minInclusive !== false, next };
  if (band.color !== undefined) target.color = band.color;
  return { code: result.code, name: result.name, score: result.score, category, target, items };
}

function itemBelow(rubric: Rubric, leaf: LeafNode, r: NodeResult, aspect: NodeResult, rounding: RubricNode['rounding'], band: Band): NextStepItem | undefined {
  if (leaf.scoring.kind !== 'levels' || r.status === 'not-applicable' || !r.max.gt(Dec.ZERO)) return undefined;
  const share = r.score.div(r.max);
  let value = share.mul(aspect.max);
  if (rounding) value = roundBy(value, rounding);
  if (meetsLower(band, value)) return undefined;

  const levels = [...resolveLevels(leaf.scoring, rubric)].sort((a, b) => a.value - b.value);
  const top = leafRange(leaf, rubric).max;
  if (!top.gt(Dec.ZERO)) return undefined;
  const nextLevel = levels.find((l) => levelPoints(l, leaf.scoring).div(top).gt(share));
  if (!nextLevel) return undefined;

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
    gap: Dec.num(band.min!).sub(value),
    next: nextOf(nextLevel, leaf, rubric, top),
  };
}

/** The next level with its words: the leaf's own description, else its scale's for that value. */
function nextOf(l: Level, leaf: LeafNode, rubric: Rubric, top: Dec): NextStepItem['next'] {
  const scale = leaf.scoring.kind === 'levels' && leaf.scoring.scale !== undefined && rubric.scales && Object.hasOwn(rubric.scales, leaf.scoring.scale) ? rubric.scales[leaf.scoring.scale] : undefined;
  const description = l.description ?? scale?.levels.find((x) => x.value === l.value)?.description;
  return { value: l.value, label: { id: l.label.id, en: l.label.en }, ...(description ? { description: { id: description.id, en: description.en } } : {}), share: levelPoints(l, leaf.scoring).div(top) };
}
