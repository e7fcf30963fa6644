/**
 * Per-node categories and predicate caps (docs/rubric-v2.md "Per-node bands"). A node with
 * `bands` gets the band its (rounded) score falls in; a band that `requires` every applicable
 * child of a node to be at least some band is given only when they are, else the next lower band
 * is tried. Categories are set after the scores (they never change a score).
 */
import type { Dec } from '../decimal.js';
import { isLeaf, type Band, type Rubric, type RubricNode } from '../rubric/types.js';
import { classify, findPredicateCode, fromBand, orderedBands } from './bands.js';
import type { NodeResult, Predicate } from './types.js';

/** The bands a node declares: its own array, or the named set. */
export function nodeBands(node: RubricNode, rubric: Pick<Rubric, 'bandSets'>): Band[] | undefined {
  if (node.bands === undefined) return undefined;
  return typeof node.bands === 'string' ? rubric.bandSets?.[node.bands] : node.bands;
}

/** Pairs every rubric node with its result, by position (results mirror the tree). */
function* pairs(node: RubricNode, result: NodeResult): Generator<[RubricNode, NodeResult]> {
  if (!isLeaf(node) && result.children) for (let i = 0; i < node.children.length; i++) yield* pairs(node.children[i]!, result.children[i]!);
  yield [node, result];
}

/** The result of the node with this code (depth first), if any. */
export function findResult(root: NodeResult, code: string): NodeResult | undefined {
  if (root.code === code) return root;
  for (const c of root.children ?? []) {
    const f = findResult(c, code);
    if (f) return f;
  }
  return undefined;
}

/** Sets `category` on every applicable node that has bands, children before parents. */
export function assignCategories(rubric: Rubric, root: NodeResult): void {
  if (rubric.format !== 'merit-rubric/2') return;
  const bandsOf = new Map<NodeResult, Band[]>();
  for (const [node, result] of pairs(rubric.root, root)) {
    const bands = nodeBands(node, rubric);
    if (!bands) continue;
    bandsOf.set(result, bands);
    if (result.status === 'not-applicable') continue;
    result.category = cappedPredicate(result.score, { bands }, result, root, bandsOf);
  }
}

/**
 * The predicate a score earns in `bands`, stepped down while a band's `requires` does not hold.
 * `self` is the node the bands belong to (the default `of`); `bandsOf` gives the band sets of the
 * nodes categorised so far (children before parents).
 */
export function cappedPredicate(
  score: Dec,
  scale: Pick<Rubric, 'bands' | 'outOfRange'>,
  self: NodeResult,
  root: NodeResult,
  bandsOf: Map<NodeResult, Band[]>,
): Predicate {
  const first = classify(score, scale);
  if (first.kind !== 'band') return first;
  const ordered = orderedBands(scale);
  let i = ordered.findIndex((b) => b.code === first.code);
  let capped: Predicate['capped'];
  while (i >= 0) {
    const req = ordered[i]!.requires;
    if (!req) break;
    const of = req.of !== undefined ? findResult(root, req.of) : self;
    const below = (of?.children ?? []).filter((c) => {
      if (!c.category || c.status === 'not-applicable') return false;
      const own = bandsOf.get(c);
      const floor = own ? findPredicateCode({ bands: own }, req.atLeast) : undefined;
      const rank = own ? findPredicateCode({ bands: own }, c.category.code)?.rank : undefined;
      return floor === undefined || rank === undefined || rank < floor.rank;
    });
    if (below.length === 0) break;
    capped ??= { from: first.code, atLeast: req.atLeast, of: of?.code ?? self.code, children: below.map((c) => c.code) };
    i--;
  }
  if (!capped) return first;
  const p = i >= 0 ? fromBand(ordered[i]!, 'band') : classify(score, { bands: [], ...(scale.outOfRange ? { outOfRange: scale.outOfRange } : {}) });
  return { ...p, capped };
}

/** The node results with the band sets they were categorised with (for the root predicate's caps). */
export function bandSetsOf(rubric: Rubric, root: NodeResult): Map<NodeResult, Band[]> {
  const m = new Map<NodeResult, Band[]>();
  for (const [node, result] of pairs(rubric.root, root)) {
    const bands = nodeBands(node, rubric);
    if (bands) m.set(result, bands);
  }
  return m;
}
