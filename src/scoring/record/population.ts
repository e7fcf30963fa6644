/**
 * The population of a record file: O(nodes + groups) state, whatever the number of rows. Each
 * node's sums of scores, maxima and covered maxima over the records it applies to (the tree of
 * means), the band counts, the lowest and highest score, and the group-by breakdowns.
 */
import { Dec } from '../../decimal.js';
import type { RawValue } from '../../evidence/types.js';
import { accepts, conditionKey, effectiveShares, roundTotal, walk } from '../../rubric/tree.js';
import { isLeaf, type ColumnDef, type LeafNode, type LocalText, type Rubric, type RubricNode } from '../../rubric/types.js';
import { classify, noPredicate } from '../bands.js';
import { scoringLabels } from '../../i18n/labels.js';
import { nodeHead, percentOf } from '../score.js';
import type { NodeResult, PopulationBreakdown, PopulationGroup, PopulationSummary, Predicate } from '../types.js';
import { codeKey, lookupInfo, matchLookup, type LookupInfo } from '../values.js';
import { textOf } from './cells.js';
import type { ValueCodes } from './codes.js';
import type { FastTree, Shape } from './fast.js';
import type { Outcome } from './reference.js';
import { SumVector, unscaled } from './sums.js';

export interface GroupPlan {
  index: number;
  def: ColumnDef;
  lookup?: LookupInfo;
  /**
   * Without a lookup on the column: the scoring paths conditioned on it (`when: {column}`), so
   * that values scored on the same path (JFT and Fungsional) are one group.
   */
  paths?: RubricNode[];
  entries: Map<string, GroupEntry>;
  /** Code of the cell value (in the column's ValueCodes) -> entry; emptied when the codes reset. */
  byCode: (GroupEntry | undefined)[];
  other?: GroupEntry;
}

interface GroupEntry {
  key: string;
  label: LocalText;
  kind: PopulationGroup['kind'];
  order: number;
  /** Slot 0: the record scores; slot 1 + d: dimension d. */
  sums: SumVector;
}

/** The group-by plans of a rubric: per `population.groupBy` column the rubric declares. */
export function groupPlans(
  rubric: Rubric,
  colIndex: ReadonlyMap<string, number>,
  leafColumn: ReadonlyMap<LeafNode, number>,
  codesFor: (column: number) => ValueCodes,
): GroupPlan[] {
  const cols = rubric.columns ?? [];
  return (rubric.population?.groupBy ?? []).flatMap((key) => {
    const index = colIndex.get(key);
    if (index === undefined) return [];
    const reader = [...leafColumn].find(([leaf, c]) => c === index && leaf.scoring.kind === 'lookup')?.[0];
    const table = codesFor(index);
    const plan: GroupPlan = { index, def: cols[index]!, entries: new Map(), byCode: [] };
    table.onReset(() => (plan.byCode = []));
    if (reader && reader.scoring.kind === 'lookup') plan.lookup = lookupInfo(reader.scoring);
    else {
      const paths = [...walk(rubric.root)].map((w) => w.node).filter((n) => n.when?.column === key && n.when.in !== undefined);
      if (paths.length > 0) plan.paths = paths;
    }
    return [plan];
  });
}

export class Population<N = unknown> {
  /** Records counted (scored). */
  scored = 0;
  /** Per node i: slot i its score, n + i its maximum, 2n + i its covered maximum. */
  private readonly sums: SumVector;
  private readonly n: number;
  private readonly bandCounts: number[];
  private min: Dec | null = null;
  private max: Dec | null = null;
  /** The fast path's lowest and highest score, scaled. */
  private fastMin = Infinity;
  private fastMax = -Infinity;

  constructor(
    private readonly rubric: Rubric,
    private readonly nodes: readonly RubricNode[],
    private readonly dims: readonly number[],
    /** Every predicate a record can earn (bands in order, below, above, none): what band indexes index. */
    private readonly predicates: readonly Predicate[],
    readonly groups: readonly GroupPlan[],
    private readonly maxGroups: number,
  ) {
    this.n = nodes.length;
    this.sums = new SumVector(3 * this.n);
    this.bandCounts = predicates.map(() => 0);
  }

  /** The exact mean of the record scores; null with no record. */
  get mean(): Dec | null {
    return this.sums.mean(0);
  }

  /** The lowest and highest record score (null with no record). */
  range(): { min: Dec | null; max: Dec | null } {
    let min = this.min;
    let max = this.max;
    if (this.fastMin !== Infinity) {
      const fmin = unscaled(this.fastMin);
      const fmax = unscaled(this.fastMax);
      min = min === null || fmin.lt(min) ? fmin : min;
      max = max === null || fmax.gt(max) ? fmax : max;
    }
    return { min, max };
  }

  /** Adds a record the reference path scored. `codes`: the row's value codes (by column). */
  count(o: Outcome, values: readonly RawValue[], codes: Int32Array): void {
    this.scored++;
    const applies = o.applies;
    const sums = this.sums;
    const n = this.n;
    for (let i = 0; i < applies.length; i++) {
      if (applies[i] === 0) continue;
      sums.addScaled(i, o.nodeScore[i]!);
      sums.addScaled(n + i, o.nodeMax[i]!);
      sums.addScaled(2 * n + i, o.nodeCovered[i]!);
    }
    sums.tick();
    this.bandCounts[o.band]!++;
    if (this.min === null || o.score.lt(this.min)) this.min = o.score;
    if (this.max === null || o.score.gt(this.max)) this.max = o.score;
    for (const g of this.groups) {
      const entry = this.groupEntry(g, values[g.index] ?? null, codes[g.index]!);
      const v = entry.sums;
      v.addScaled(0, o.total);
      for (let d = 0; d < this.dims.length; d++) {
        const i = this.dims[d]!;
        if (applies[i] === 1) v.addScaled(1 + d, o.nodeScore[i]!);
      }
      v.tick();
    }
  }

  /**
   * Adds the record the fast path just scored to the population: its scores here; its shape's
   * counts and maxima once per shape (`addShape`, when the tree hands its shapes over). `band`:
   * the index of its predicate.
   */
  countFast(f: FastTree<N>, band: number, values: readonly RawValue[], codes: Int32Array): void {
    this.scored++;
    const shape = f.shape;
    shape.count++;
    const total = f.total;
    const ints = this.sums.ints;
    const score = f.score;
    // The root adds the record's rounded score; every other applying node its score.
    ints[0] = ints[0]! + total;
    const order = shape.order;
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      ints[i] = ints[i]! + score[i]!;
    }
    this.sums.tick();
    this.bandCounts[band]!++;
    if (total < this.fastMin) this.fastMin = total;
    if (total > this.fastMax) this.fastMax = total;
    const groups = this.groups;
    const dims = this.dims;
    const applies = shape.applies;
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k]!;
      const code = codes[g.index]!;
      const v = (g.byCode[code] ?? this.groupEntry(g, values[g.index] ?? null, code)).sums;
      const gi = v.ints;
      const gc = v.counts;
      gi[0] = gi[0]! + total;
      gc[0] = gc[0]! + 1;
      for (let d = 0; d < dims.length; d++) {
        const i = dims[d]!;
        if (applies[i] === 1) {
          gi[1 + d] = gi[1 + d]! + score[i]!;
          gc[1 + d] = gc[1 + d]! + 1;
        }
      }
      v.tick();
    }
  }

  /** A shape's records into the population: each applying node's count, maximum and covered maximum. */
  addShape(shape: Shape<N>): void {
    const sums = this.sums;
    const n = this.n;
    const times = shape.count;
    const { applies, max, covered } = shape;
    for (let i = 0; i < n; i++) {
      if (applies[i] === 0) continue;
      sums.addCount(i, times);
      sums.addTimes(n + i, max[i]!, times);
      sums.addTimes(2 * n + i, covered[i]!, times);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Groups

  /** The group of a cell value, whose code (in the column's ValueCodes) is `code`. */
  private groupEntry(g: GroupPlan, raw: RawValue, code: number): GroupEntry {
    const byCode = g.byCode;
    const cached = byCode[code];
    if (cached !== undefined) return cached;
    const entry = this.findGroup(g, raw);
    // Grown in order (no holes past the end): codes come in order, but a code may skip a row here.
    while (byCode.length < code) byCode.push(undefined);
    byCode[code] = entry;
    return entry;
  }

  private findGroup(g: GroupPlan, raw: RawValue): GroupEntry {
    const text = textOf(raw);
    let key: string;
    let label: LocalText;
    let kind: GroupEntry['kind'];
    let order: number;
    const matched = g.lookup && text !== '' ? matchLookup({ raw, text }, g.lookup) : undefined;
    const path = g.paths && text !== '' ? g.paths.findIndex((n) => accepts(n, conditionKey(text))) : -1;
    if (text === '') {
      [key, label, kind, order] = ['empty', { ...scoringLabels.emptyGroup }, 'empty', Number.MAX_SAFE_INTEGER - 1];
    } else if (matched?.status === 'ok') {
      const c = g.lookup!.scoring.cases[matched.value]!;
      const first = c.match[0] ?? text;
      [key, label, kind, order] = [`case:${matched.value}`, c.label ? { id: c.label.id, en: c.label.en } : { id: first, en: first }, 'case', matched.value];
    } else if (path >= 0) {
      const n = g.paths![path]!;
      [key, label, kind, order] = [`path:${n.code}`, { id: n.name.id, en: n.name.en }, 'case', path];
    } else {
      [key, label, kind, order] = [`value:${codeKey(text)}`, { id: text, en: text }, 'value', g.lookup ? g.lookup.scoring.cases.length : 0];
    }
    let entry = g.entries.get(key);
    if (!entry) {
      if (g.entries.size >= this.maxGroups && kind !== 'empty') {
        g.other ??= this.newEntry('other', { ...scoringLabels.otherGroup }, 'other', Number.MAX_SAFE_INTEGER);
        entry = g.other;
      } else {
        entry = this.newEntry(key, label, kind, order);
        g.entries.set(key, entry);
      }
    }
    return entry;
  }

  private newEntry(key: string, label: LocalText, kind: GroupEntry['kind'], order: number): GroupEntry {
    return { key, label, kind, order, sums: new SumVector(1 + this.dims.length) };
  }

  breakdown(g: GroupPlan): PopulationBreakdown {
    const entries = [...g.entries.values(), ...(g.other ? [g.other] : [])];
    entries.sort((a, b) => a.order - b.order || a.label.id.localeCompare(b.label.id, 'id') || a.key.localeCompare(b.key));
    return {
      column: g.def.key,
      header: g.def.header,
      by: g.lookup ? 'lookup' : g.paths ? 'path' : 'value',
      groups: entries.map((e) => {
        const mean = e.sums.mean(0);
        const score = mean ? roundTotal(mean, this.rubric) : null;
        return {
          key: e.key,
          label: e.label,
          kind: e.kind,
          count: e.sums.count(0),
          mean,
          score,
          predicate: score ? classify(score, this.rubric) : noPredicate(),
          dimensions: this.dims.map((i, d) => ({ code: this.nodes[i]!.code, mean: e.sums.mean(1 + d) })),
        };
      }),
    };
  }

  // -------------------------------------------------------------------------------------------
  // The tree of means

  distribution(): PopulationSummary['distribution'] {
    const scored = this.scored;
    return this.predicates.flatMap((p, i) => {
      const count = this.bandCounts[i]!;
      if (p.kind !== 'band' && count === 0) return [];
      const item: PopulationSummary['distribution'][number] = {
        code: p.code,
        label: p.label,
        kind: p.kind,
        count,
        share: scored > 0 ? Dec.of(BigInt(count), BigInt(scored)) : null,
      };
      if (p.color !== undefined) item.color = p.color;
      return [item];
    });
  }

  meanTree(): NodeResult {
    const shares = effectiveShares(this.rubric);
    const build = (node: RubricNode, depth: number, at: { i: number }, policy: NodeResult['missingPolicy']): NodeResult => {
      const i = at.i++;
      const n = this.n;
      const records = this.sums.count(i);
      const score = this.sums.mean(i) ?? Dec.ZERO;
      const max = this.sums.mean(n + i, i) ?? Dec.ZERO;
      const maxSum = this.sums.value(n + i);
      const r: NodeResult = {
        ...nodeHead(node, depth),
        ...(!isLeaf(node) && node.cap !== undefined ? { cap: Dec.num(node.cap) } : {}),
        status: records === 0 ? (this.scored === 0 ? 'missing' : 'not-applicable') : 'scored',
        score,
        selfScore: score,
        max,
        percent: records ? percentOf(score, max) : null,
        share: shares.get(node) ?? Dec.ZERO,
        coverage: maxSum.gt(Dec.ZERO) ? this.sums.value(2 * n + i).div(maxSum) : Dec.ZERO,
        missingPolicy: policy,
        records,
      };
      if (node.provenance) r.provenance = node.provenance;
      if (!isLeaf(node)) r.children = node.children.map((c) => build(c, depth + 1, at, c.missing ?? policy));
      return r;
    };
    return build(this.rubric.root, 0, { i: 0 }, this.rubric.root.missing ?? this.rubric.missing ?? 'zero');
  }
}
