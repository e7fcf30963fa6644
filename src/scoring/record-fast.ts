/**
 * The fast path of record scoring: the rubric tree compiled once into plain integer arithmetic.
 *
 * Every number on this path is a scaled integer (value × 10⁶, see record-sums.ts) held in a JS
 * number, so adding, weighting, capping, rounding and classifying a record costs a few dozen
 * float operations instead of hundreds of bigint ones. The arithmetic is exact: every rubric
 * number (weights, caps, band edges, the rounding step) must scale to an integer, each leaf's
 * points are scaled from the exact Dec that compileLeaf returns (and kept per cell value, by the
 * value's code: record-codes.ts), and a step that would not stay an exact integer (a weight whose
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
 * (a weighted mean) sends every record there.
 */
import { Dec } from '../decimal.js';
import { accepts, conditionKey, leafRange, nodeWeight, roundingStep } from '../rubric/tree.js';
import { isLeaf, type LeafNode, type MissingPolicy, type Rubric, type RubricNode } from '../rubric/types.js';
import type { RawValue } from '../evidence/types.js';
import { numberText } from '../evidence/cells.js';
import { orderedBands } from './bands.js';
import { leafScorer } from './score.js';
import { MAX_SCALED, scaled } from './record-sums.js';
import type { ValueCodes } from './record-codes.js';
import type { LeafScorer } from './values.js';

/** Leaf result codes, per cell value: not computed yet, ok, empty, unusable (invalid, or points that do not scale). */
const UNKNOWN = -1;
const OK = 0;
const EMPTY = 1;
const UNUSABLE = 2;

/**
 * A leaf, with its result per cell value: `status[code]` and `points[code]`, where `code` is the
 * value's code in its column's ValueCodes (computed on first sight, dropped when the codes reset).
 */
class FLeaf {
  readonly kind = 'leaf';
  readonly status: Int8Array;
  readonly points: Float64Array;
  constructor(
    readonly index: number,
    /** Index into the leaves (for the missing-value counts). */
    readonly leaf: number,
    readonly node: LeafNode,
    /** Index into the record's values and codes (the slot past the columns when the rubric has no such column: always empty). */
    readonly column: number,
    readonly policy: MissingPolicy,
    readonly max: number,
    readonly scorer: LeafScorer,
    readonly wn: number,
    readonly wd: number,
    readonly when: FCondition | undefined,
    capacity: number,
  ) {
    this.status = new Int8Array(capacity).fill(UNKNOWN);
    this.points = new Float64Array(capacity);
  }
}

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

/** A `when` condition, with its answer per cell value (`holds[code]`: -1 not computed, 0 no, 1 yes). */
class FCondition {
  readonly holds: Int8Array;
  constructor(
    readonly node: RubricNode,
    readonly column: number,
    capacity: number,
  ) {
    this.holds = new Int8Array(capacity).fill(UNKNOWN);
  }
}

type FNode = FLeaf | FGroup;

/** Scaled-integer rounding and band edges. */
interface FBand {
  min: number;
  minIn: boolean;
  max: number;
  maxIn: boolean;
}

/** Text of a raw value as values.ts reads it (trimmed; numbers as Excel shows them). */
export function textOf(raw: RawValue): string {
  if (raw === null) return '';
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number') return numberText(raw);
  return raw ? 'TRUE' : 'FALSE';
}

/** A rubric number as a scaled integer, or NaN when it does not scale. */
function s(value: Dec): number {
  return scaled(value).int;
}

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
 * A record's *shape*: which nodes apply (conditions) and which applying leaves are empty. The
 * shape alone decides every node's maximum and covered maximum, and whether the record can be
 * scored here at all; only the scores vary from record to record of one shape. So maxima are
 * computed once per shape, and the population adds them once per shape (`count` times), not once
 * per record.
 */
export class Shape<N> {
  /** Records of this shape not yet handed over (see FastTree.drain). */
  count = 0;
  /** What the session keeps per shape (the summaries of its empty leaves). */
  notes: N[] | undefined = undefined;
  constructor(
    /** False when the fast path cannot score records of this shape (the reference path does). */
    readonly ok: boolean,
    /** Per node, in walk order. */
    readonly applies: Uint8Array,
    readonly max: Float64Array,
    readonly covered: Float64Array,
    /** Applying nodes but the root, in reverse walk order (children before their parent). */
    readonly order: Int32Array,
    /** Empty leaves (their index into `leaves`), in walk order. */
    readonly empties: Int32Array,
  ) {}
}

/**
 * The tree as flat arrays in walk (pre-order) order. A forward walk decides which nodes apply
 * (skipping the subtree of a node whose condition fails), looks up every applying leaf's points
 * and builds the record's shape key; a backward walk over the shape's applying nodes adds every
 * node into its parent (children come after their parent in pre-order, so a group is complete when
 * the backward walk reaches it).
 */
export class FastTree<N = unknown> {
  readonly leaves: LeafNode[];
  /** Scores of the last `evaluate`, per node in walk order (valid where the shape applies). */
  readonly score: Float64Array;
  /** The last record's shape (valid after `evaluate` returned true). */
  shape: Shape<N>;
  /** The last record's score (its total rounded as the rubric says), scaled. */
  total = 0;
  /** The last record's band: an index into the bands in ascending order, or -1 below, -2 above, -3 none. */
  band = -3;
  /** Called with every shape that has records not handed over, before the shapes are forgotten. */
  onDrain: ((shape: Shape<N>) => void) | undefined = undefined;

  private readonly n: number;
  /** The nodes that decide something (a condition, a leaf), in walk order; per decision, the decision after its node's subtree. */
  private readonly decisions: Int32Array;
  private readonly skip: Int32Array;
  /** Per node: the sum of its children in the record being scored (zero between records). */
  private readonly acc: Float64Array;
  /** Per node: 1 when its weight is not 1. */
  private readonly weighted: Uint8Array;
  private readonly parent: Int32Array;
  /** Per node: the index just past its subtree. */
  private readonly end: Int32Array;
  private readonly isGroup: Uint8Array;
  private readonly cap: Float64Array;
  private readonly wn: Float64Array;
  private readonly wd: Float64Array;
  private readonly allConditional: Uint8Array;
  /** Per node: its leaf (leaves) or undefined (groups); its condition, if any. */
  private readonly leafAt: (FLeaf | undefined)[];
  private readonly condAt: (FCondition | undefined)[];
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
  private readonly bands: FBand[];
  private readonly hasBelow: boolean;
  private readonly hasAbove: boolean;

  private constructor(rubric: Rubric, leaves: LeafNode[], nodes: FNode[], built: { step: number; bands: FBand[] }) {
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
      const column = columnIndex.get(node.when.column) ?? absent;
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
      if (isLeaf(node)) {
        const max = s(leafRange(node, rubric).max);
        if (max !== max) ok = false;
        const column = node.column !== undefined ? (columnIndex.get(node.column) ?? absent) : absent;
        const table = codes(column);
        const leaf = new FLeaf(i, leaves.length, node, column, policy, max, leafScorer(node, rubric, { decimalComma }), wn, wd, when, table.capacity);
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
    const bands = orderedBands(rubric).map((b) => ({
      min: b.min === undefined ? -Infinity : s(Dec.num(b.min)),
      minIn: b.minInclusive !== false,
      max: b.max === undefined ? Infinity : s(Dec.num(b.max)),
      maxIn: b.maxInclusive === true,
    }));
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
      if (st === UNKNOWN) st = this.fill(leaf, code, values);
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
        shape = this.shapes1.get(key) ?? this.newShape(values, codes);
        this.lastKey = key;
      }
    } else {
      const key = words.join(',');
      shape = this.shapesN.get(key) ?? this.newShape(values, codes, key);
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
        const c = cap[i]!;
        if (sc > c) sc = c;
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
    const c0 = cap[0]!;
    if (root > c0) root = c0;
    score[0] = root;
    if (Math.abs(root) > MAX_SCALED) return false;
    const total = this.round(root);
    if (total !== total) return false;
    this.total = total;
    this.band = this.classify(total);
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

  /**
   * The shape of the record just walked (the forward walk again, noting what applies), with its
   * maxima: the reference algorithm for max and covered, once per shape.
   */
  private newShape(values: readonly RawValue[], codes: Int32Array, key?: string): Shape<N> {
    if (this.shapes1.size + this.shapesN.size >= MAX_SHAPES) {
      this.drain();
      this.shapes1.clear();
      this.shapesN.clear();
      this.lastKey = -1;
    }
    const n = this.n;
    const { leafAt, condAt, end, parent, isGroup, cap, wn, wd, allConditional } = this;
    const applies = new Uint8Array(n);
    const max = new Float64Array(n);
    const covered = new Float64Array(n);
    const anyChild = new Uint8Array(n);
    const empties: number[] = [];
    for (let i = 0; i < n; ) {
      const c = condAt[i];
      if (c !== undefined && c.holds[codes[c.column]!] === 0) {
        i = end[i]!;
        continue;
      }
      applies[i] = 1;
      if (parent[i]! >= 0) anyChild[parent[i]!] = 1;
      const leaf = leafAt[i];
      if (leaf !== undefined) {
        if (leaf.status[codes[leaf.column]!] === OK) {
          max[i] = leaf.max;
          covered[i] = leaf.max;
        } else {
          empties.push(leaf.leaf);
          max[i] = leaf.policy === 'exclude' ? 0 : leaf.max;
        }
      }
      i++;
    }
    let ok = true;
    const order: number[] = [];
    for (let i = n - 1; i >= 0; i--) {
      if (applies[i] === 0) continue;
      let mx = max[i]!;
      let cv = covered[i]!;
      if (isGroup[i] === 1) {
        if (allConditional[i] === 1 && anyChild[i] === 0) ok = false;
        const c = cap[i]!;
        if (mx > c) {
          // A cap keeps the coverage ratio: covered scales with the maximum.
          cv = (cv * c) / mx;
          if (!Number.isInteger(cv)) ok = false;
          mx = c;
          covered[i] = cv;
          max[i] = mx;
        }
        if (mx > MAX_SCALED || Math.abs(cv) > MAX_SCALED) ok = false;
      }
      const p = parent[i]!;
      if (p < 0) continue;
      order.push(i);
      const a = wn[i]!;
      const b = wd[i]!;
      if (a !== 1 || b !== 1) {
        const y = mx * a;
        const z = cv * a;
        if (!Number.isSafeInteger(y) || !Number.isSafeInteger(z) || y % b !== 0 || z % b !== 0) ok = false;
        mx = y / b;
        cv = z / b;
      }
      max[p] = max[p]! + mx;
      covered[p] = covered[p]! + cv;
    }
    const shape = new Shape<N>(ok, applies, max, covered, Int32Array.from(order), Int32Array.from(empties));
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

  /** A leaf's result for a value seen for the first time (since the codes last reset). */
  private fill(n: FLeaf, code: number, values: readonly RawValue[]): number {
    const raw = values[n.column] ?? null;
    let status = UNUSABLE;
    let points = 0;
    if (raw === null) status = EMPTY;
    else {
      const r = n.scorer({ raw, text: textOf(raw) });
      if (r.status === 'empty') status = EMPTY;
      else if (r.status === 'ok' && r.points) {
        const p = s(r.points);
        if (p === p) {
          status = OK;
          points = p;
        }
      }
    }
    n.points[code] = points;
    n.status[code] = status;
    return status;
  }

  /** The rubric's rounding on a scaled integer (exact: integers far below 2⁵³). */
  private round(x: number): number {
    const step = this.step;
    if (step === 0) return x;
    let q = Math.floor(x / step);
    let r = x - q * step;
    if (r < 0) (q -= 1), (r += step);
    else if (r >= step) (q += 1), (r -= step);
    let k: number;
    switch (this.mode) {
      case 'down':
        k = q;
        break;
      case 'up':
        k = r === 0 ? q : q + 1;
        break;
      case 'half-even':
        k = 2 * r < step ? q : 2 * r > step ? q + 1 : q % 2 === 0 ? q : q + 1;
        break;
      default:
        k = 2 * r < step ? q : 2 * r > step ? q + 1 : x >= 0 ? q + 1 : q;
    }
    return k * step;
  }

  private classify(x: number): number {
    const bands = this.bands;
    let allBelow = true;
    let allAbove = true;
    for (let b = 0; b < bands.length; b++) {
      const band = bands[b]!;
      const lower = band.minIn ? x >= band.min : x > band.min;
      const upper = band.maxIn ? x <= band.max : x < band.max;
      if (lower && upper) return b;
      if (lower) allBelow = false;
      if (upper) allAbove = false;
    }
    if (bands.length === 0) return -3;
    if (allBelow) return this.hasBelow ? -1 : -3;
    if (allAbove) return this.hasAbove ? -2 : -3;
    return -3;
  }
}
