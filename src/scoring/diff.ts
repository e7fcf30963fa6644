/**
 * Comparing two assessments (`merit diff`): per-node deltas, the predicate change, criteria added
 * or removed, the levels that changed (with their cells), and — when the rubric differs — the
 * split of the total change into a rubric effect and an evidence effect. Pure.
 *
 * <a> is the old side (the baseline), <b> the new one. With `r(e)` the rounded total of evidence
 * `e` under rubric `r`, old evidence `ea` scored with the old rubric `ra` and new `eb` with `rb`:
 *
 *     total change    = rb(eb) − ra(ea)
 *     rubric effect   = rb(ea) − ra(ea)     the old evidence re-scored with the new rubric
 *     evidence effect = rb(eb) − rb(ea)
 *
 * so the two effects add up to the total change exactly. The CLI supplies `rb(ea)` (it needs the
 * old evidence file and the new rubric); when it cannot, it says why (`SplitUnavailable`).
 */
import { Dec } from '../decimal.js';
import type { CellRef } from '../evidence/types.js';
import type { LocalText } from '../rubric/types.js';
import { bandRank } from './bands.js';
import type { Assessment, NodeResult, NodeStatus, Predicate, ValueTrace } from './types.js';
import { codeKey } from './values.js';

export interface NodeSide {
  score: Dec;
  max: Dec;
  percent: Dec | null;
  status: NodeStatus;
}

export interface NodeDelta {
  code: string;
  name: LocalText;
  kind: 'group' | 'leaf';
  depth: number;
  /** `added`: only in <b>; `removed`: only in <a>. */
  presence: 'both' | 'added' | 'removed';
  a?: NodeSide;
  b?: NodeSide;
  /** b − a, when the node is on both sides (percent in percentage points; null when either is null). */
  delta?: { score: Dec; max: Dec; percent: Dec | null };
}

export interface LevelSide {
  /** The counted value as parsed (a level number, ...), or the raw value when it could not be parsed; null: none. */
  value: string | number | boolean | null;
  used: 'verified' | 'self' | 'none';
  ref?: CellRef;
  assumed?: boolean;
  status: NodeStatus;
  score: Dec;
}

export interface LevelChange {
  code: string;
  name: LocalText;
  a: LevelSide;
  b: LevelSide;
  /** Change of the leaf's score (its own units). */
  delta: Dec;
}

export type SplitUnavailable =
  /** <a> is a saved report and the evidence file it names is not there. */
  | 'old-evidence-missing'
  /** <a>'s evidence file is there but its bytes are not the ones the report was made from. */
  | 'old-evidence-changed'
  /** <b> is a saved report and its rubric cannot be loaded (or its bytes differ). */
  | 'new-rubric-unavailable'
  /** The new rubric is not an agency rubric. */
  | 'record-rubric';

export interface RubricSplit {
  /** The old evidence scored with the new rubric: rb(ea). */
  rescored?: { score: Dec; predicate: Predicate };
  rubricEffect?: Dec;
  evidenceEffect?: Dec;
  /** Why the split could not be made. */
  unavailable?: SplitUnavailable;
  /** The file the split needed (old evidence or new rubric), for the message. */
  needed?: string;
}

export type PredicateChange = 'up' | 'down' | 'same' | 'unknown';

/** v2: a node whose own category (its band) differs between the two sides. */
export interface CategoryChange {
  code: string;
  name: LocalText;
  /** null: the node has no category on that side (not there, or not applicable). */
  a: Predicate | null;
  b: Predicate | null;
  change: PredicateChange;
}

export interface DiffOptions {
  /** v2: a category's rank in node `code`'s band set (the new rubric's), to say up or down. */
  categoryRank?: (code: string, category: string) => number | undefined;
}

export interface DiffResult {
  /** b − a of the rounded totals. */
  score: Dec;
  max: Dec;
  /** Percentage points; null when either side has no percent. */
  percent: Dec | null;
  predicate: { a: Predicate; b: Predicate; change: PredicateChange };
  /** Same rubric id, version and bytes (sha256). */
  sameRubric: boolean;
  /** Present when the rubrics differ. */
  split?: RubricSplit;
  nodes: NodeDelta[];
  /** Leaf codes only in <b> / only in <a>. */
  added: string[];
  removed: string[];
  levels: LevelChange[];
  /** v2, when both sides have per-node categories: the nodes whose category changed, in <b>'s order. */
  categories?: CategoryChange[];
  /** The score fell, or the predicate went down. */
  regression: boolean;
}

/** The rubrics of two assessments are the same: id, version and sha256. */
export function sameRubric(a: Assessment, b: Assessment): boolean {
  return a.rubric.id === b.rubric.id && a.rubric.version === b.rubric.version && a.rubric.sha256 === b.rubric.sha256;
}

function side(n: NodeResult): NodeSide {
  return { score: n.score, max: n.max, percent: n.percent, status: n.status };
}

function counted(n: NodeResult): LevelSide {
  const t = n.trace;
  const v: ValueTrace | undefined = t?.used === 'verified' ? t.verified : t?.used === 'self' ? t.self : undefined;
  const s: LevelSide = { value: v ? (v.parsed ?? v.raw) : null, used: t?.used ?? 'none', status: n.status, score: n.score };
  if (v?.ref) s.ref = v.ref;
  if (v?.assumed) s.assumed = true;
  return s;
}

function predicateChange(a: Assessment, b: Assessment): PredicateChange {
  const scaleB = { bands: b.scale.bands, outOfRange: b.scale.outOfRange };
  const scaleA = { bands: a.scale.bands, outOfRange: a.scale.outOfRange };
  const ra = bandRank(scaleB, a.predicate.code) ?? bandRank(scaleA, a.predicate.code);
  const rb = bandRank(scaleB, b.predicate.code);
  if (ra === undefined || rb === undefined) return a.predicate.code === b.predicate.code ? 'same' : 'unknown';
  return rb > ra ? 'up' : rb < ra ? 'down' : 'same';
}

/**
 * Compares <a> (old) with <b> (new). `rescored` is <a>'s evidence scored with <b>'s rubric, or why
 * it could not be made; it is used only when the rubrics differ.
 */
export function diffAssessments(
  a: Assessment,
  b: Assessment,
  rescored?: Assessment | { unavailable: SplitUnavailable; needed?: string },
  options: DiffOptions = {},
): DiffResult {
  const nodes: NodeDelta[] = [];
  const levels: LevelChange[] = [];
  const added: string[] = [];
  const removed: string[] = [];
  const index = (root: NodeResult): Map<string, NodeResult> => {
    const m = new Map<string, NodeResult>();
    const visit = (n: NodeResult): void => {
      const k = codeKey(n.code);
      if (!m.has(k)) m.set(k, n);
      n.children?.forEach(visit);
    };
    visit(root);
    return m;
  };
  const inA = index(a.root);
  const inB = index(b.root);

  const listed = new Set<string>();
  const emit = (n: NodeResult, presence: NodeDelta['presence'], other?: NodeResult): void => {
    listed.add(codeKey(n.code));
    const [na, nb] = presence === 'removed' ? [n, undefined] : presence === 'added' ? [undefined, n] : [other!, n];
    const d: NodeDelta = { code: n.code, name: n.name, kind: n.kind, depth: n.depth, presence };
    if (na) d.a = side(na);
    if (nb) d.b = side(nb);
    if (na && nb) {
      d.delta = { score: nb.score.sub(na.score), max: nb.max.sub(na.max), percent: na.percent && nb.percent ? nb.percent.sub(na.percent) : null };
      if (na.kind === 'leaf' && nb.kind === 'leaf') {
        const la = counted(na);
        const lb = counted(nb);
        if (String(la.value) !== String(lb.value) || la.used !== lb.used || la.status !== lb.status) {
          levels.push({ code: nb.code, name: nb.name, a: la, b: lb, delta: nb.score.sub(na.score) });
        }
      }
    }
    if (n.kind === 'leaf' && presence === 'added') added.push(n.code);
    if (n.kind === 'leaf' && presence === 'removed') removed.push(n.code);
    nodes.push(d);
  };
  /** <b>'s tree in order; after a group's children, the children only <a> had (removed). */
  const walk = (nb: NodeResult): void => {
    const na = inA.get(codeKey(nb.code));
    emit(nb, na ? 'both' : 'added', na);
    nb.children?.forEach(walk);
    for (const ca of na?.children ?? []) if (!inB.has(codeKey(ca.code))) walkRemoved(ca);
  };
  const walkRemoved = (na: NodeResult): void => {
    if (listed.has(codeKey(na.code))) return;
    emit(na, 'removed');
    for (const c of na.children ?? []) if (!inB.has(codeKey(c.code))) walkRemoved(c);
  };
  walk(b.root);
  // An <a> node missing from <b> whose parent is in <b> under another code path (or <a>'s root
  // itself) is listed at the end, with its subtree.
  for (const [k, n] of inA) if (!listed.has(k) && !inB.has(k)) walkRemoved(n);

  const change = predicateChange(a, b);
  const result: DiffResult = {
    score: b.score.sub(a.score),
    max: b.max.sub(a.max),
    percent: a.percent && b.percent ? b.percent.sub(a.percent) : null,
    predicate: { a: a.predicate, b: b.predicate, change },
    sameRubric: sameRubric(a, b),
    nodes,
    added,
    removed,
    levels,
    regression: b.score.lt(a.score) || change === 'down',
  };
  if (hasCategories(a.root) && hasCategories(b.root)) result.categories = categoryChanges(nodes, inA, inB, options);
  if (!result.sameRubric && rescored) {
    if ('unavailable' in rescored) {
      result.split = { unavailable: rescored.unavailable, ...(rescored.needed !== undefined ? { needed: rescored.needed } : {}) };
    } else {
      result.split = {
        rescored: { score: rescored.score, predicate: rescored.predicate },
        rubricEffect: rescored.score.sub(a.score),
        evidenceEffect: b.score.sub(rescored.score),
      };
    }
  }
  return result;
}

function hasCategories(n: NodeResult): boolean {
  return n.category !== undefined || (n.children ?? []).some(hasCategories);
}

/** The nodes (in the listed order) whose category differs, with its direction where the ranks are known. */
function categoryChanges(nodes: NodeDelta[], inA: Map<string, NodeResult>, inB: Map<string, NodeResult>, o: DiffOptions): CategoryChange[] {
  const out: CategoryChange[] = [];
  for (const d of nodes) {
    const ca = inA.get(codeKey(d.code))?.category ?? null;
    const cb = inB.get(codeKey(d.code))?.category ?? null;
    if (!ca && !cb) continue;
    if (ca && cb && ca.code === cb.code) continue;
    let change: PredicateChange = 'unknown';
    if (ca && cb && o.categoryRank) {
      const ra = o.categoryRank(d.code, ca.code);
      const rb = o.categoryRank(d.code, cb.code);
      if (ra !== undefined && rb !== undefined) change = rb > ra ? 'up' : rb < ra ? 'down' : 'same';
    }
    out.push({ code: d.code, name: d.name, a: ca, b: cb, change });
  }
  return out;
}
