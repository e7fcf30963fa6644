/**
 * The fast path of record scoring: the rubric tree compiled once into plain integer arithmetic.
 *
 * Every number on this path is a scaled integer (value × 10⁶, see sums.ts) held in a JS
 * number, so adding, weighting, capping, rounding and classifying a record costs a few dozen
 * float operations instead of hundreds of bigint ones. The arithmetic is exact: every rubric
 * number (weights, caps, band edges, the rounding step) must scale to an integer, each leaf's
 * points are scaled from the exact Dec that values.ts's compileLeaf returns (and kept per cell value, by the
 * value's code: codes.ts), and a step that would not stay an exact integer (a weight whose
 * product does not divide, a capped coverage ratio that does not) gives up on the record.
 *
 * What varies from record to record is only the scores: which nodes apply and which leaves are
 * empty (the record's shape) decide every maximum and covered maximum, so those are computed once
 * per shape (`Shape`), and the session adds them to the population once per shape too.
 *
 * The fast path never decides anything the reference path (evaluateTree) would decide
 * differently: it handles records whose every value scores cleanly, and gives up — returns
 * `false` — on anything else (an unreadable value, a value missing under `missing: error`, no
 * conditional path, a number that does not scale). The session then scores that record with
 * evaluateTree, which also words its diagnostics. A rubric the fast path cannot express at all
 * (a weighted mean) sends every record there. Weights, caps, rounding and bands are decided by
 * scoring/rules.ts, the functions the reference path calls too.
 */
import { V1_KINDS } from '../../rubric/kinds/index.js';
import { Dec } from '../../decimal.js';
import type { RawValue } from '../../evidence/types.js';
import { accepts, conditionKey, nodeWeight, roundingStep } from '../../rubric/tree.js';
import { isLeaf, type LeafNode, type MissingPolicy, type Rubric, type RubricNode } from '../../rubric/types.js';
import { bandEdges, orderedBands } from '../bands.js';
import { capped, classifyIndex, cmpScaled, NO_BAND, roundedQuotient, type BandEdges } from '../rules.js';
import { textOf } from './cells.js';
import type { ValueCodes } from './codes.js';
import { compileLeaf, EMPTY, FCondition, fillLeaf, OK, scaledInt as s, UNKNOWN, type FLeaf } from './fast-leaf.js';
import { Shape, shapeOf, type TreeLayout } from './shape.js';
import { MAX_SCALED } from './sums.js';

interface FGroup {
  kind: 'group';
  index: number;
  children: FNode[];
  cap: number;
  allConditional: boolean;
  wn: number;
  wd: number;
  when: FCondition | undefined;
}

type FNode = FLeaf | FGroup;

/** A weight as n/d with both small integers and d a power of ten; undefined when it is not one. */
function weightParts(w: Dec): { wn: number; wd: number } | undefined {
  if (w.d > 1_000_000n || w.n > 1_000_000n || w.n < 0n) return undefined;
  return { wn: Number(w.n), wd: Number(w.d) };
}

/** Shapes kept before their counts are handed over and the table starts again. */
const MAX_SHAPES = 1024;
/** Bits of a shape key word (a small integer, so that one word is a cheap Map key). */
const WORD_BITS = 30;

/**
 * The tree as flat arrays in walk (pre-order) order. A forward walk decides which nodes apply
 * (skipping the subtree of a node whose condition fails), looks up every applying leaf's points
 * and builds the record's shape key; a backward walk over the shape's applying nodes adds every
 * node into its parent (children come after their parent in pre-order, so a group is complete when
 * the backward walk reaches it).
 */
export { Shape };

export class FastTree<N = unknown> implements TreeLayout {
  readonly leaves: LeafNode[];
  /** Scores of the last `evaluate`, per node in walk order (valid where the shape applies). */
  readonly score: Float64Array;
  /** The last record's shape (valid after `evaluate` returned true). */
  shape: Shape<N>;
  /** The last record's score (its total rounded as the rubric says), scaled. */
  total = 0;
  /** The last record's band: an index into the bands in ascending order, or -1 below, -2 above, -3 none. */
  band = NO_BAND;
  /** Called with every shape that has records not handed over, before the shapes are forgotten. */
  onDrain: ((shape: Shape<N>) => void) | undefined = undefined;

  readonly n: number;
  /** The nodes that decide something (a condition, a leaf), in walk order; per decision, the decision after its node's subtree. */
  private readonly decisions: Int32Array;
  private readonly skip: Int32Array;
  /** Per node: the sum of its children in the record being scored (zero between records). */
  private readonly acc: Float64Array;
  /** Per node: 1 when its weight is not 1. */
  private readonly weighted: Uint8Array;
  readonly parent: Int32Array;
  /** Per node: the index just past its subtree. */
  readonly end: Int32Array;
  readonly isGroup: Uint8Array;
  readonly cap: Float64Array;
  readonly wn: Float64Array;
  readonly wd: Float64Array;
  readonly allConditional: Uint8Array;
  /** Per node: its leaf (leaves) or undefined (groups); its condition, if any. */
  readonly leafAt: (FLeaf | undefined)[];
  readonly condAt: (FCondition | undefined)[];
  /** Per node: the word and bit (2^k) of the shape key a condition that holds sets, and an empty leaf. */
  private readonly condWord: Int32Array;
  private readonly condBit: Int32Array;
  private readonly leafWord: Int32Array;
  private readonly leafBit: Int32Array;
  /** The shape key of the record being walked: WORD_BITS bits a word (most rubrics need one word). */
  private readonly words: Int32Array;
  private readonly shapes1 = new Map<number, Shape<N>>();
  private readonly shapesN = new Map<string, Shape<N>>();
  private lastKey = -1;
  private readonly step: number;
  private readonly mode: NonNullable<NonNullable<Rubric['rounding']>['mode']>;
  private readonly bands: BandEdges<number>[];
  private readonly hasBelow: boolean;
  private readonly hasAbove: boolean;

  private constructor(rubric: Rubric, leaves: LeafNode[], nodes: FNode[], built: { step: number; bands: BandEdges<number>[] }) {
    const n = nodes.length;
    this.n = n;
    this.leaves = leaves;
    this.step = built.step;
    this.mode = rubric.rounding?.mode ?? 'half-up';
    this.bands = built.bands;
    this.hasBelow = rubric.outOfRange?.below !== undefined;
    this.hasAbove = rubric.outOfRange?.above !== undefined;
    this.score = new Float64Array(n);
    this.parent = new Int32Array(n).fill(-1);
    this.end = new Int32Array(n);
    this.isGroup = new Uint8Array(n);
    this.cap = new Float64Array(n).fill(Infinity);
    this.wn = new Float64Array(n).fill(1);
    this.wd = new Float64Array(n).fill(1);
    this.allConditional = new Uint8Array(n);
    this.leafAt = new Array<FLeaf | undefined>(n).fill(undefined);
    this.condAt = new Array<FCondition | undefined>(n).fill(undefined);
    this.condWord = new Int32Array(n);
    this.condBit = new Int32Array(n);
    this.leafWord = new Int32Array(n);
    this.leafBit = new Int32Array(n);
    let bits = 0;
    for (const node of nodes) {
      const i = node.index;
      this.wn[i] = node.wn;
      this.wd[i] = node.wd;
      this.condAt[i] = node.when;
      if (node.when) {
        this.condWord[i] = Math.floor(bits / WORD_BITS);
        this.condBit[i] = 1 << (bits++ % WORD_BITS);
      }
      if (node.kind === 'leaf') {
        this.leafAt[i] = node;
        this.leafWord[i] = Math.floor(bits / WORD_BITS);
        this.leafBit[i] = 1 << (bits++ % WORD_BITS);
      } else {
        this.isGroup[i] = 1;
        this.cap[i] = node.cap;
        this.allConditional[i] = node.allConditional ? 1 : 0;
        for (const c of node.children) this.parent[c.index] = i;
      }
    }
    // Subtrees: a node and its descendants are the indexes [i, end[i]) (children after their parent).
    const byIndex = new Array<FNode>(n);
    for (const node of nodes) byIndex[node.index] = node;
    for (let i = n - 1; i >= 0; i--) {
      const node = byIndex[i]!;
      let e = i + 1;
      if (node.kind === 'group') for (const c of node.children) e = Math.max(e, this.end[c.index]!);
      this.end[i] = e;
    }
    this.words = new Int32Array(Math.max(1, Math.ceil(bits / WORD_BITS)));
    this.acc = new Float64Array(n);
    this.weighted = new Uint8Array(n);
    for (let i = 0; i < n; i++) this.weighted[i] = this.wn[i] !== 1 || this.wd[i] !== 1 ? 1 : 0;
    const decisions: number[] = [];
    for (let i = 0; i < n; i++) if (this.condAt[i] !== undefined || this.leafAt[i] !== undefined) decisions.push(i);
    this.decisions = Int32Array.from(decisions);
    this.skip = Int32Array.from(decisions, (i, j) => {
      let k = j + 1;
      while (k < decisions.length && decisions[k]! < this.end[i]!) k++;
      return k;
    });
    this.shape = new Shape<N>(false, new Uint8Array(n), new Float64Array(n), new Float64Array(n), new Int32Array(0), new Int32Array(0));
  }

  /**
   * Compiles a record rubric; undefined when some rubric number does not scale or a group is a
   * weighted mean (every record then takes the reference path). `codes(column)`: the ValueCodes
   * of a column index (the same object for every leaf and condition of that column); a column
   * the rubric does not declare is `columnIndex.size`, an always-empty slot.
   */
  static compile<N = unknown>(rubric: Rubric, columnIndex: ReadonlyMap<string, number>, decimalComma: boolean, codes: (column: number) => ValueCodes): FastTree<N> | undefined {
    const leaves: LeafNode[] = [];
    let index = 0;
    let ok = true;
    const absent = columnIndex.size;
    const condition = (node: RubricNode): FCondition | undefined => {
      if (!node.when) return undefined;
      const column = columnIndex.get(node.when.column ?? "") ?? absent;
      const table = codes(column);
      const c = new FCondition(node, column, table.capacity);
      table.onReset(() => c.holds.fill(UNKNOWN));
      return c;
    };
    const build = (node: RubricNode, policy: MissingPolicy): FNode => {
      const i = index++;
      const w = weightParts(nodeWeight(node));
      if (!w) ok = false;
      const { wn, wd } = w ?? { wn: 1, wd: 1 };
      const when = condition(node);
      // v2 node rules (normalise, round, categories, composite parts) are the reference path's.
      if (node.normalize !== undefined || node.rounding || node.bands !== undefined || node.coefficient !== undefined || node.notApplicable) ok = false;
      if (isLeaf(node) && !V1_KINDS.includes(node.scoring.kind)) ok = false;
      if (isLeaf(node)) {
        const column = node.column !== undefined ? (columnIndex.get(node.column) ?? absent) : absent;
        const table = codes(column);
        const leaf = compileLeaf(node, rubric, decimalComma, { index: i, leaf: leaves.length, column, policy, wn, wd, when, capacity: table.capacity });
        if (leaf.max !== leaf.max) ok = false;
        table.onReset(() => leaf.status.fill(UNKNOWN));
        leaves.push(node);
        return leaf;
      }
      if ((node.aggregate ?? 'sum') !== 'sum') ok = false;
      const cap = node.cap !== undefined ? s(Dec.num(node.cap)) : Infinity;
      if (cap !== cap) ok = false;
      const children = node.children.map((c) => build(c, c.missing ?? policy));
      return {
        kind: 'group',
        index: i,
        children,
        cap,
        allConditional: node.children.length > 0 && node.children.every((c) => c.when),
        wn,
        wd,
        when,
      };
    };
    const nodes: FNode[] = [];
    const root = build(rubric.root, rubric.root.missing ?? rubric.missing ?? 'zero') as FGroup;
    const flatten = (node: FNode): void => {
      nodes.push(node);
      if (node.kind === 'group') node.children.forEach(flatten);
    };
    flatten(root);
    const stepDec = roundingStep(rubric);
    const step = stepDec ? s(stepDec) : 0;
    if (step !== step || step < 0) ok = false;
    // The same edges as the reference's (bands.ts bandEdges), scaled.
    const bands: BandEdges<number>[] = orderedBands(rubric)
      .map(bandEdges)
      .map((e) => ({ ...e, min: e.min === undefined ? undefined : s(e.min), max: e.max === undefined ? undefined : s(e.max) }));
    if (bands.some((b) => b.min !== b.min || b.max !== b.max)) ok = false;
    if (!ok) return undefined;
    return new FastTree<N>(rubric, leaves, nodes, { step, bands });
  }

  /**
   * Scores one record into `score`, `shape`, `total` and `band`; false when the reference path
   * must score it. `codes[c]`: the code of `values[c]` in column c's ValueCodes, for every column
   * a leaf or a condition reads (and 0 in the slot past the columns).
   */
  evaluate(values: readonly RawValue[], codes: Int32Array): boolean {
    const { score, leafAt, condAt, condWord, condBit, leafWord, leafBit, words } = this;
    for (let w = 0; w < words.length; w++) words[w] = 0;
    // Forward, over the nodes that decide something (conditions, leaves): what applies, the
    // leaves' points, the shape key. A failed condition skips its subtree's decisions.
    const { decisions, skip } = this;
    for (let j = 0; j < decisions.length; ) {
      const i = decisions[j]!;
      const c = condAt[i];
      if (c !== undefined) {
        const code = codes[c.column]!;
        let h = c.holds[code]!;
        if (h === UNKNOWN) h = this.decide(c, code, values);
        if (h === 0) {
          if (i === 0) return false;
          j = skip[j]!;
          continue;
        }
        const w = condWord[i]!;
        words[w] = words[w]! | condBit[i]!;
      }
      j++;
      const leaf = leafAt[i];
      if (leaf === undefined) continue;
      const code = codes[leaf.column]!;
      let st = leaf.status[code]!;
      if (st === UNKNOWN) st = fillLeaf(leaf, code, values);
      if (st === OK) score[i] = leaf.points[code]!;
      else if (st === EMPTY && leaf.policy !== 'error') {
        score[i] = 0;
        const w = leafWord[i]!;
        words[w] = words[w]! | leafBit[i]!;
      } else return false;
    }
    let shape: Shape<N>;
    if (words.length === 1) {
      const key = words[0]!;
      if (key === this.lastKey) shape = this.shape;
      else {
        shape = this.shapes1.get(key) ?? this.newShape(codes);
        this.lastKey = key;
      }
    } else {
      const key = words.join(',');
      shape = this.shapesN.get(key) ?? this.newShape(codes, key);
      this.lastKey = -1;
    }
    this.shape = shape;
    if (!shape.ok) return false;
    // Backward: each applying node, complete, into its parent's sum (`acc`, zero between records:
    // a group takes its sum and puts back the zero).
    const { parent, isGroup, weighted, cap, wn, wd, acc } = this;
    const order = shape.order;
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      let sc: number;
      if (isGroup[i] === 1) {
        sc = acc[i]!;
        acc[i] = 0;
        sc = capped(sc, cap[i]!, cmpScaled);
        score[i] = sc;
        if (Math.abs(sc) > MAX_SCALED) return this.abandon();
      } else sc = score[i]!;
      if (weighted[i] === 1) {
        // Weighted: exact only while value × n stays a safe integer that n's denominator divides.
        const x = sc * wn[i]!;
        const b = wd[i]!;
        if (!Number.isSafeInteger(x) || x % b !== 0) return this.abandon();
        sc = x / b;
      }
      const p = parent[i]!;
      acc[p] = acc[p]! + sc;
    }
    let root = acc[0]!;
    acc[0] = 0;
    root = capped(root, cap[0]!, cmpScaled);
    score[0] = root;
    if (Math.abs(root) > MAX_SCALED) return false;
    const total = this.round(root);
    if (total !== total) return false;
    this.total = total;
    this.band = classifyIndex(this.bands, total, cmpScaled, this.hasBelow, this.hasAbove);
    return true;
  }

  /** Gives up on a record halfway through the backward walk: `acc` back to zeros. */
  private abandon(): false {
    this.acc.fill(0);
    return false;
  }

  /** Hands every shape with records not yet handed over to `onDrain`, and sets its count to 0. */
  drain(): void {
    const f = this.onDrain;
    for (const shapes of [this.shapes1.values(), this.shapesN.values()]) {
      for (const shape of shapes) {
        if (shape.count === 0) continue;
        f?.(shape);
        shape.count = 0;
      }
    }
  }

  /** The shape of the record just walked (shape.ts), kept (the table starts again past MAX_SHAPES). */
  private newShape(codes: Int32Array, key?: string): Shape<N> {
    if (this.shapes1.size + this.shapesN.size >= MAX_SHAPES) {
      this.drain();
      this.shapes1.clear();
      this.shapesN.clear();
      this.lastKey = -1;
    }
    const shape = shapeOf<N>(this, codes);
    if (key === undefined) this.shapes1.set(this.words[0]!, shape);
    else this.shapesN.set(key, shape);
    return shape;
  }

  /** A condition's answer for a value seen for the first time (since the codes last reset). */
  private decide(c: FCondition, code: number, values: readonly RawValue[]): number {
    const text = textOf(values[c.column] ?? null);
    const h = accepts(c.node, text === '' ? undefined : conditionKey(text)) ? 1 : 0;
    c.holds[code] = h;
    return h;
  }

  /** The rubric's rounding on a scaled integer (exact: integers far below 2⁵³); the rule is rules.ts's. */
  private round(x: number): number {
    const step = this.step;
    if (step === 0) return x;
    let q = Math.floor(x / step);
    let r = x - q * step;
    if (r < 0) (q -= 1), (r += step);
    else if (r >= step) (q += 1), (r -= step);
    return roundedQuotient(this.mode, q, r, step, x >= 0) * step;
  }
}
