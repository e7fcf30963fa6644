/**
 * The fast path of record scoring: the rubric tree compiled once into plain integer arithmetic.
 *
 * Every number on this path is a scaled integer (value × 10⁶, see record-sums.ts) held in a JS
 * number, so adding, weighting, capping, rounding and classifying a record costs a few dozen
 * float operations instead of hundreds of bigint ones. The arithmetic is exact: every rubric
 * number (weights, caps, band edges, the rounding step) must scale to an integer, each leaf's
 * points are scaled from the exact Dec that compileLeaf returns (and cached per cell value), and
 * a step that would not stay an exact integer (a weight whose product does not divide, a capped
 * coverage ratio that does not) gives up on the record.
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
import type { LeafScorer } from './values.js';

/** One leaf's result for one cell value. */
interface LeafHit {
  /** 0 ok, 1 empty, 2 unusable (invalid, or points that do not scale). */
  status: 0 | 1 | 2;
  points: number;
}

interface FLeaf {
  kind: 'leaf';
  index: number;
  /** Index into the leaves (for the missing-value counts). */
  leaf: number;
  node: LeafNode;
  column: number;
  policy: MissingPolicy;
  max: number;
  scorer: LeafScorer;
  cache: Map<RawValue, LeafHit>;
  /** The previous record's value and result (columns repeat from row to row). */
  lastRaw?: RawValue | undefined;
  lastHit?: LeafHit;
  wn: number;
  wd: number;
  when?: FCondition;
}

interface FGroup {
  kind: 'group';
  index: number;
  children: FNode[];
  cap: number;
  allConditional: boolean;
  wn: number;
  wd: number;
  when?: FCondition;
}

interface FCondition {
  node: RubricNode;
  column: number;
  cache: Map<RawValue, boolean>;
  lastRaw?: RawValue | undefined;
  last?: boolean;
}

type FNode = FLeaf | FGroup;

/** Scaled-integer rounding and band edges. */
interface FBand {
  min: number;
  minIn: boolean;
  max: number;
  maxIn: boolean;
}

const LEAF_CACHE = 4096;

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

/**
 * The tree as flat arrays in walk (pre-order) order: a forward pass decides which nodes apply and
 * scores the leaves; a backward pass adds every node into its parent (children come after their
 * parent in pre-order, so a group is complete when the backward pass reaches it).
 */
export class FastTree {
  readonly leaves: LeafNode[];
  /** Outputs of the last `evaluate`, per node in walk order. */
  readonly score: Float64Array;
  readonly max: Float64Array;
  readonly covered: Float64Array;
  readonly applies: Uint8Array;
  /** Leaves left empty in the last record (their index into `leaves`), `emptyCount` of them. */
  readonly empty: Int32Array;
  emptyCount = 0;
  /** The last record's score (its total rounded as the rubric says), scaled. */
  total = 0;
  /** The last record's band: an index into the bands in ascending order, or -1 below, -2 above, -3 none. */
  band = -3;

  private readonly n: number;
  private readonly parent: Int32Array;
  private readonly isGroup: Uint8Array;
  private readonly cap: Float64Array;
  private readonly wn: Float64Array;
  private readonly wd: Float64Array;
  private readonly allConditional: Uint8Array;
  /** Per node: its leaf (leaves) or undefined (groups); its condition, if any. */
  private readonly leafAt: (FLeaf | undefined)[];
  private readonly condAt: (FCondition | undefined)[];
  /** Per group: a child applied in this record (for groups whose children are all conditional). */
  private readonly anyChild: Uint8Array;
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
    this.max = new Float64Array(n);
    this.covered = new Float64Array(n);
    this.applies = new Uint8Array(n);
    this.empty = new Int32Array(Math.max(1, leaves.length));
    this.parent = new Int32Array(n).fill(-1);
    this.isGroup = new Uint8Array(n);
    this.cap = new Float64Array(n).fill(Infinity);
    this.wn = new Float64Array(n).fill(1);
    this.wd = new Float64Array(n).fill(1);
    this.allConditional = new Uint8Array(n);
    this.anyChild = new Uint8Array(n);
    this.leafAt = new Array<FLeaf | undefined>(n).fill(undefined);
    this.condAt = new Array<FCondition | undefined>(n).fill(undefined);
    for (const node of nodes) {
      const i = node.index;
      this.wn[i] = node.wn;
      this.wd[i] = node.wd;
      this.condAt[i] = node.when;
      if (node.kind === 'leaf') this.leafAt[i] = node;
      else {
        this.isGroup[i] = 1;
        this.cap[i] = node.cap;
        this.allConditional[i] = node.allConditional ? 1 : 0;
        for (const c of node.children) this.parent[c.index] = i;
      }
    }
  }

  /**
   * Compiles a record rubric; undefined when some rubric number does not scale or a group is a
   * weighted mean (every record then takes the reference path).
   */
  static compile(rubric: Rubric, columnIndex: ReadonlyMap<string, number>, decimalComma: boolean): FastTree | undefined {
    const leaves: LeafNode[] = [];
    let index = 0;
    let ok = true;
    const condition = (node: RubricNode): FCondition | undefined => {
      if (!node.when) return undefined;
      return { node, column: columnIndex.get(node.when.column) ?? -1, cache: new Map() };
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
        const leaf: FLeaf = {
          kind: 'leaf',
          index: i,
          leaf: leaves.length,
          node,
          column: node.column !== undefined ? (columnIndex.get(node.column) ?? -1) : -1,
          policy,
          max,
          scorer: leafScorer(node, rubric, { decimalComma }),
          cache: new Map(),
          wn,
          wd,
          ...(when ? { when } : {}),
        };
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
        ...(when ? { when } : {}),
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
    return new FastTree(rubric, leaves, nodes, { step, bands });
  }

  /** Scores one record into the output arrays; false when the reference path must score it. */
  evaluate(values: readonly RawValue[]): boolean {
    const n = this.n;
    const { applies, score, max, covered, parent, isGroup, leafAt, condAt, anyChild, allConditional } = this;
    this.emptyCount = 0;
    // Forward: which nodes apply; the leaves' points.
    for (let i = 0; i < n; i++) {
      const p = parent[i]!;
      let on = p < 0 || applies[p] === 1;
      if (on) {
        const c = condAt[i];
        if (c !== undefined && !this.holds(c, values)) on = false;
      }
      if (!on) {
        // Nothing reads a node that does not apply (the backward pass and the sums skip it).
        applies[i] = 0;
        continue;
      }
      applies[i] = 1;
      if (p >= 0) anyChild[p] = 1;
      if (isGroup[i] === 1) {
        // A group's sums start at zero; its children add into them in the backward pass.
        score[i] = 0;
        max[i] = 0;
        covered[i] = 0;
        anyChild[i] = 0;
        continue;
      }
      if (!this.leaf(leafAt[i]!, i, values)) return false;
    }
    // Backward: each applying node, complete, into its parent.
    const { cap, wn, wd } = this;
    for (let i = n - 1; i >= 0; i--) {
      if (applies[i] === 0) continue;
      let sc = score[i]!;
      let mx = max[i]!;
      let cv = covered[i]!;
      if (isGroup[i] === 1) {
        if (allConditional[i] === 1 && anyChild[i] === 0) return false;
        const c = cap[i]!;
        if (mx > c) {
          // A cap keeps the coverage ratio: covered scales with the maximum.
          cv = (cv * c) / mx;
          if (!Number.isInteger(cv)) return false;
          mx = c;
          covered[i] = cv;
          max[i] = mx;
        }
        if (sc > c) score[i] = sc = c;
        if (Math.abs(sc) > MAX_SCALED || mx > MAX_SCALED || Math.abs(cv) > MAX_SCALED) return false;
      }
      const p = parent[i]!;
      if (p < 0) continue;
      const a = wn[i]!;
      const b = wd[i]!;
      if (a !== 1 || b !== 1) {
        // Weighted: exact only while value × n stays a safe integer that n's denominator divides.
        const x = sc * a;
        const y = mx * a;
        const z = cv * a;
        if (!Number.isSafeInteger(x) || !Number.isSafeInteger(y) || !Number.isSafeInteger(z) || x % b !== 0 || y % b !== 0 || z % b !== 0) return false;
        sc = x / b;
        mx = y / b;
        cv = z / b;
      }
      score[p] = score[p]! + sc;
      max[p] = max[p]! + mx;
      covered[p] = covered[p]! + cv;
    }
    const total = this.round(score[0]!);
    if (total !== total) return false;
    this.total = total;
    this.band = this.classify(total);
    return true;
  }

  private holds(c: FCondition, values: readonly RawValue[]): boolean {
    const raw = c.column >= 0 ? (values[c.column] ?? null) : null;
    if (raw === c.lastRaw) return c.last!;
    let a = c.cache.get(raw);
    if (a === undefined) {
      const text = textOf(raw);
      a = accepts(c.node, text === '' ? undefined : conditionKey(text));
      if (c.cache.size >= LEAF_CACHE) c.cache.clear();
      c.cache.set(raw, a);
    }
    c.lastRaw = raw;
    c.last = a;
    return a;
  }

  /** A leaf's points into the arrays; false when the value cannot be scored here. */
  private leaf(n: FLeaf, i: number, values: readonly RawValue[]): boolean {
    const raw = n.column >= 0 ? (values[n.column] ?? null) : null;
    let hit: LeafHit | undefined;
    if (raw === n.lastRaw) hit = n.lastHit!;
    else {
      hit = n.cache.get(raw);
      if (hit === undefined) {
        hit = this.hit(n, raw);
        if (n.cache.size >= LEAF_CACHE) n.cache.clear();
        n.cache.set(raw, hit);
      }
      n.lastRaw = raw;
      n.lastHit = hit;
    }
    if (hit.status === 0) {
      this.score[i] = hit.points;
      this.max[i] = n.max;
      this.covered[i] = n.max;
      return true;
    }
    if (hit.status === 2 || n.policy === 'error') return false;
    this.empty[this.emptyCount++] = n.leaf;
    this.score[i] = 0;
    this.max[i] = n.policy === 'exclude' ? 0 : n.max;
    this.covered[i] = 0;
    return true;
  }

  private hit(n: FLeaf, raw: RawValue): LeafHit {
    if (raw === null) return { status: 1, points: 0 };
    const r = n.scorer({ raw, text: textOf(raw) });
    if (r.status === 'empty') return { status: 1, points: 0 };
    if (r.status !== 'ok' || !r.points) return { status: 2, points: 0 };
    const p = s(r.points);
    return p === p ? { status: 0, points: p } : { status: 2, points: 0 };
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
