/**
 * The semantic rules of `merit-rubric/2` (docs/rubric-v2.md): profile questions and conditions
 * over them or over criteria, variants, declared not-applicable, composites, percent weights,
 * node normalisation, band sets, per-node bands and band caps. Each rule reports through the
 * linter's located reporters; band lists are linted by lint/bands.ts.
 */
import { Dec } from '../../decimal.js';
import { lookupKey } from '../kinds/parse.js';
import { closest } from '../suggest.js';
import { conditionKey, leafRange, nodeRange, nodeReach, walk, type ReachableScores } from '../tree.js';
import { isLeaf, type Band, type Condition, type GroupNode, type ProfileQuestion, type Rubric, type RubricNode } from '../types.js';
import { lintBands } from './bands.js';
import { escapeToken, type LintReporters } from './context.js';

/** Node codes compare as in the rest of the rubric: case-insensitively. */
const key = (code: string): string => code.normalize('NFKC').trim().toLowerCase();

export interface V2Context extends LintReporters {
  rubric: Rubric;
  record: boolean;
  /** RUBRIC_UNKNOWN_COLUMN when a record column is not declared; true when it is. */
  checkColumn: (name: string, pointer: string, code?: string) => boolean;
}

/** Facts about the tree the v2 rules look up: nodes by code, leaves, profile questions. */
export interface V2Index {
  nodes: Map<string, { node: RubricNode; pointer: string }>;
  leaves: Set<string>;
  questions: Map<string, ProfileQuestion>;
}

export function indexRubric(rubric: Rubric): V2Index {
  const nodes = new Map<string, { node: RubricNode; pointer: string }>();
  const leaves = new Set<string>();
  for (const { node, pointer } of walk(rubric.root)) {
    if (!nodes.has(key(node.code))) nodes.set(key(node.code), { node, pointer });
    if (isLeaf(node)) leaves.add(key(node.code));
  }
  const questions = new Map<string, ProfileQuestion>();
  for (const q of rubric.profile ?? []) if (!questions.has(key(q.code))) questions.set(key(q.code), q);
  return { nodes, leaves, questions };
}

// ---------------------------------------------------------------------------------------------
// Profile questions

/** A profile code is unique among the questions and must not be a node's code (both are evidence rows). */
export function lintProfile(ctx: V2Context, ix: V2Index): void {
  const seen = new Map<string, string>();
  (ctx.rubric.profile ?? []).forEach((q, i) => {
    const pointer = `/profile/${i}/code`;
    const k = key(q.code);
    const first = seen.get(k);
    if (first !== undefined) ctx.err('RUBRIC_DUPLICATE_PROFILE_CODE', { code: q.code, first, ...ctx.firstAt(first) }, pointer);
    else {
      seen.set(k, pointer);
      const node = ix.nodes.get(k);
      if (node) ctx.err('RUBRIC_DUPLICATE_PROFILE_CODE', { code: q.code, first: node.pointer, node: true, ...ctx.firstAt(`${node.pointer}/code`) }, pointer);
    }
    ctx.checkProvenance(q.provenance, `/profile/${i}`);
  });
}

// ---------------------------------------------------------------------------------------------
// Conditions

/** A v2 `when`: the subject fits the rubric's subject, and names a question, its answers, or a leaf. */
export function lintCondition(node: RubricNode, pointer: string, ctx: V2Context, ix: V2Index): void {
  const w = node.when!;
  const code = node.code;
  const wp = `${pointer}/when`;
  if (w.column !== undefined) {
    if (!ctx.record) ctx.err('RUBRIC_CONDITION_SUBJECT', { key: 'column', subject: 'agency' }, `${wp}/column`, { code }, true);
    else ctx.checkColumn(w.column, `${wp}/column`, code);
  } else if (ctx.record) {
    const k = w.profile !== undefined ? 'profile' : 'criterion';
    ctx.err('RUBRIC_CONDITION_SUBJECT', { key: k, subject: 'record' }, `${wp}/${k}`, { code }, true);
  } else if (w.profile !== undefined) {
    const q = ix.questions.get(key(w.profile));
    if (!q) {
      const codes = (ctx.rubric.profile ?? []).map((x) => x.code);
      const suggestion = closest(w.profile, codes);
      ctx.err('RUBRIC_PROFILE_UNKNOWN', { profile: w.profile, questions: codes, ...(suggestion ? { suggestion } : {}) }, `${wp}/profile`, { code });
    } else {
      for (const list of ['in', 'notIn'] as const) {
        (w[list] ?? []).forEach((value, i) => {
          if (answerOf(q, value)) return;
          const suggestion = answerNamed(q, value) ?? closest(value, q.answers.map((a) => a.value));
          ctx.err('RUBRIC_PROFILE_ANSWER_UNKNOWN', { profile: q.code, value, answers: q.answers.map((a) => a.value), ...(suggestion ? { suggestion } : {}) }, `${wp}/${list}/${i}`, { code });
        });
      }
    }
  } else if (w.criterion !== undefined && !ix.leaves.has(key(w.criterion))) {
    const leafCodes = [...ix.nodes.values()].filter((n) => isLeaf(n.node)).map((n) => n.node.code);
    const suggestion = closest(w.criterion, leafCodes);
    ctx.err('RUBRIC_CRITERION_UNKNOWN', { criterion: w.criterion, ...(suggestion ? { suggestion } : {}) }, `${wp}/criterion`, { code });
  }
}

/** The answer whose value a condition value is (compared as conditions compare: case and spaces aside). */
function answerOf(q: ProfileQuestion, value: string): string | undefined {
  return q.answers.find((a) => conditionKey(a.value) === conditionKey(value))?.value;
}

/** A condition that wrote an answer's label or alias instead of its value: that value (a did-you-mean). */
function answerNamed(q: ProfileQuestion, value: string): string | undefined {
  const k = lookupKey(value);
  return q.answers.find((a) => [a.label.id, a.label.en, ...(a.aliases ?? [])].some((t) => lookupKey(t) === k))?.value;
}

/** Does a condition hold for a profile answer's value? (scoring/profile.ts decides the same way.) */
function holds(w: Condition, value: string): boolean {
  const v = conditionKey(value);
  if (w.in && !w.in.some((x) => conditionKey(x) === v)) return false;
  if (w.notIn && w.notIn.some((x) => conditionKey(x) === v)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Nodes and groups

/** Rules on every node of a v2 rubric. */
export function lintV2Node(node: RubricNode, pointer: string, parent: GroupNode | undefined, ctx: V2Context): void {
  const code = node.code;
  if (!isLeaf(node) && node.notApplicable !== undefined) ctx.err('RUBRIC_NOT_APPLICABLE_GROUP', { code }, `${pointer}/notApplicable`, { code }, true);
  const composite = parent !== undefined && parent.aggregate === 'composite';
  for (const k of ['coefficient', 'required'] as const) {
    if (node[k] !== undefined && !composite) ctx.err('RUBRIC_COEFFICIENT_PARENT', { code, key: k }, `${pointer}/${k}`, { code }, true);
  }
  if (node.normalize !== undefined) {
    const before = isLeaf(node) ? leafRange(node, ctx.rubric) : nodeRange({ ...node, normalize: undefined, rounding: undefined }, ctx.rubric);
    if (!before.max.gt(Dec.ZERO)) ctx.warn('RUBRIC_NORMALIZE_ZERO_MAX', { code }, `${pointer}/normalize`, { code });
  }
  if (typeof node.bands === 'string' && !Object.hasOwn(ctx.rubric.bandSets ?? {}, node.bands)) {
    const declared = Object.keys(ctx.rubric.bandSets ?? {});
    const suggestion = closest(node.bands, declared);
    ctx.err('RUBRIC_BANDSET_UNKNOWN', { set: node.bands, declared, ...(suggestion ? { suggestion } : {}) }, `${pointer}/bands`, { code });
  }
}

/** Rules on a v2 group: percent weights, composite inputs, variants among its children. */
export function lintV2Group(node: GroupNode, pointer: string, ctx: V2Context, ix: V2Index): void {
  const code = node.code;
  if (node.weightUnit === 'percent') {
    const sum = percentSum(node);
    if (!(sum.min.eq(HUNDRED) && sum.max.eq(HUNDRED))) {
      const text = sum.min.eq(sum.max) ? sum.min.toString() : `${sum.min.toString()}–${sum.max.toString()}`;
      ctx.err('RUBRIC_WEIGHTS_PERCENT_SUM', { code, sum: text }, `${pointer}/weightUnit`, { code });
    }
  }
  lintComposite(node, pointer, ctx);
  lintVariants(node, pointer, ctx, ix);
}

const HUNDRED = Dec.int(100);

/** The children's weights summed; a variant group counts once, by the weight of the variant that applies. */
function percentSum(node: GroupNode): { min: Dec; max: Dec } {
  let fixed = Dec.ZERO;
  const variants = new Map<string, Dec[]>();
  for (const c of node.children) {
    const w = c.weight !== undefined ? Dec.num(c.weight) : Dec.ONE;
    if (c.variant !== undefined) variants.set(c.variant, [...(variants.get(c.variant) ?? []), w]);
    else fixed = fixed.add(w);
  }
  let min = fixed;
  let max = fixed;
  for (const ws of variants.values()) {
    min = min.add(ws.reduce((a, b) => a.min(b)));
    max = max.add(ws.reduce((a, b) => a.max(b)));
  }
  return { min, max };
}

function lintComposite(node: GroupNode, pointer: string, ctx: V2Context): void {
  const code = node.code;
  if (node.aggregate !== 'composite') {
    if (node.fallback !== undefined) ctx.err('RUBRIC_COMPOSITE_FALLBACK', { code, reason: 'not-composite', fallback: node.fallback }, `${pointer}/fallback`, { code }, true);
    return;
  }
  if (node.fallback !== undefined) {
    const stand = node.children.find((c) => c.code === node.fallback);
    if (!stand) {
      const suggestion = closest(node.fallback, node.children.map((c) => c.code));
      ctx.err('RUBRIC_COMPOSITE_FALLBACK', { code, reason: 'not-child', fallback: node.fallback, ...(suggestion ? { suggestion } : {}) }, `${pointer}/fallback`, { code });
    } else if (stand.required) ctx.err('RUBRIC_COMPOSITE_FALLBACK', { code, reason: 'required', fallback: node.fallback }, `${pointer}/fallback`, { code });
    return;
  }
  node.children.forEach((c, i) => {
    if (c.required) ctx.err('RUBRIC_COMPOSITE_FALLBACK', { code, reason: 'missing', child: c.code }, `${pointer}/children/${i}/required`, { code: c.code }, true);
  });
}

/**
 * Siblings sharing a variant name are alternatives over one profile question: each needs a
 * `when.profile` on the same question, and over its declared answers exactly one applies.
 */
function lintVariants(node: GroupNode, pointer: string, ctx: V2Context, ix: V2Index): void {
  const groups = new Map<string, { child: RubricNode; pointer: string }[]>();
  node.children.forEach((child, i) => {
    if (child.variant !== undefined) groups.set(child.variant, [...(groups.get(child.variant) ?? []), { child, pointer: `${pointer}/children/${i}` }]);
  });
  for (const [variant, members] of groups) {
    let subjectError = false;
    const first = members.find((m) => m.child.when?.profile !== undefined);
    for (const m of members) {
      const profile = m.child.when?.profile;
      if (profile === undefined) {
        ctx.err('RUBRIC_VARIANT_SUBJECT', { variant, code: m.child.code, reason: 'no-profile' }, `${m.pointer}/variant`, { code: m.child.code }, true);
        subjectError = true;
      } else if (first && key(profile) !== key(first.child.when!.profile!)) {
        const args = { variant, code: m.child.code, reason: 'different', profile, other: first.child.code, otherProfile: first.child.when!.profile! };
        ctx.err('RUBRIC_VARIANT_SUBJECT', args, `${m.pointer}/when/profile`, { code: m.child.code });
        subjectError = true;
      }
    }
    const q = first ? ix.questions.get(key(first.child.when!.profile!)) : undefined;
    if (subjectError || !q) continue;
    const uncovered: string[] = [];
    const overlaps = new Map<string, { at: string; code: string; other: string; answers: string[] }>();
    for (const a of q.answers) {
      const applying = members.filter((m) => holds(m.child.when!, a.value));
      if (applying.length === 0) uncovered.push(a.value);
      for (const m of applying.slice(1)) {
        const k = `${applying[0]!.pointer}\u0000${m.pointer}`;
        const o = overlaps.get(k) ?? { at: `${m.pointer}/when`, code: m.child.code, other: applying[0]!.child.code, answers: [] };
        o.answers.push(a.value);
        overlaps.set(k, o);
      }
    }
    for (const o of overlaps.values()) ctx.err('RUBRIC_VARIANT_OVERLAP', { variant, code: o.code, other: o.other, answers: o.answers }, o.at, { code: o.code });
    if (uncovered.length > 0) {
      ctx.err('RUBRIC_VARIANT_UNCOVERED', { variant, profile: q.code, answers: uncovered }, `${members[0]!.pointer}/variant`, { code: members[0]!.child.code }, true);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Band sets, node bands and band caps

/** A band list and the nodes whose categories it gives (none: a set no node uses). */
interface BandUse {
  bands: Band[];
  pointer: string;
  owners: RubricNode[];
}

/**
 * The bands of band sets and of nodes, tiled over the scores of the nodes that use them (the
 * rubric's own bands are linted by the caller), and every band's `requires`.
 */
export function lintV2Bands(ctx: V2Context, ix: V2Index, rangeReliable: boolean): void {
  const { rubric } = ctx;
  const uses: BandUse[] = [];
  const sets = new Map<string, BandUse>();
  for (const [name, bands] of Object.entries(rubric.bandSets ?? {})) {
    const use = { bands, pointer: `/bandSets/${escapeToken(name)}`, owners: [] };
    sets.set(name, use);
    uses.push(use);
  }
  for (const { node, pointer } of walk(rubric.root)) {
    if (typeof node.bands === 'string') sets.get(node.bands)?.owners.push(node);
    else if (node.bands) uses.push({ bands: node.bands, pointer: `${pointer}/bands`, owners: [node] });
  }
  for (const use of uses) lintUse(use, ctx, rangeReliable);
  // Band caps: the rubric's bands belong to the root.
  const all: BandUse[] = [{ bands: rubric.bands, pointer: '/bands', owners: [rubric.root] }, ...uses];
  for (const use of all) lintRequires(use, ctx, ix);
}

/** A band list over each owner's reachable scores: errors from any owner, "unreachable" only when no owner reaches the band. */
function lintUse(use: BandUse, ctx: V2Context, rangeReliable: boolean): void {
  const list = { bands: use.bands, pointer: use.pointer };
  if (use.owners.length === 0 || !rangeReliable) {
    lintBands(list, undefined, ctx);
    return;
  }
  const reaches: ReachableScores[] = use.owners.map((n) => nodeReach(n, nodeRange(n, ctx.rubric)));
  const seen = new Set<string>();
  const unreachable = new Map<string, { args: Parameters<V2Context['warn']>[1]; count: number }>();
  reaches.forEach((reach) => {
    lintBands(list, reach, {
      ...ctx,
      err: (code, args, pointer, extra, k) => {
        if (seen.has(`${code}\u0000${pointer}`)) return;
        seen.add(`${code}\u0000${pointer}`);
        ctx.err(code, args, pointer, extra, k);
      },
      warn: (code, args, pointer, extra, k) => {
        if (code !== 'RUBRIC_BAND_UNREACHABLE') return ctx.warn(code, args, pointer, extra, k);
        const u = unreachable.get(pointer) ?? { args, count: 0 };
        u.count++;
        unreachable.set(pointer, u);
      },
      checkProvenance: (prov, pointer, code) => {
        if (!seen.has(`prov\u0000${pointer}`)) ctx.checkProvenance(prov, pointer, code);
        seen.add(`prov\u0000${pointer}`);
      },
    });
  });
  for (const [pointer, u] of unreachable) if (u.count === reaches.length) ctx.warn('RUBRIC_BAND_UNREACHABLE', u.args, pointer);
}

/** `requires.of` names a node; `requires.atLeast` is a band code of that node's children's bands. */
function lintRequires(use: BandUse, ctx: V2Context, ix: V2Index): void {
  use.bands.forEach((band, i) => {
    const req = band.requires;
    if (!req) return;
    const bp = `${use.pointer}/${i}/requires`;
    let targets: RubricNode[];
    if (req.of !== undefined) {
      const found = ix.nodes.get(key(req.of));
      if (!found || found.node.code !== req.of) {
        const suggestion = found?.node.code ?? closest(req.of, [...ix.nodes.values()].map((n) => n.node.code));
        ctx.err('RUBRIC_BAND_REQUIRES_UNKNOWN', { band: band.code, reason: 'node', of: req.of, ...(suggestion ? { suggestion } : {}) }, `${bp}/of`);
        return;
      }
      targets = [found.node];
    } else targets = use.owners;
    const reported = new Set<string>();
    for (const target of targets) {
      const known = childBandCodes(target, ctx.rubric);
      const args = { band: band.code, atLeast: req.atLeast, of: target.code, known };
      if (known.length === 0) {
        if (!reported.has('no-bands')) ctx.err('RUBRIC_BAND_REQUIRES_UNKNOWN', { ...args, reason: 'no-bands' }, `${bp}/atLeast`);
        reported.add('no-bands');
      } else if (!known.includes(req.atLeast) && !reported.has('band')) {
        const suggestion = closest(req.atLeast, known);
        ctx.err('RUBRIC_BAND_REQUIRES_UNKNOWN', { ...args, reason: 'band', ...(suggestion ? { suggestion } : {}) }, `${bp}/atLeast`);
        reported.add('band');
      }
    }
  });
}

/** The band codes of a node's children's own bands (a set by name, or inline), in order, once each. */
function childBandCodes(node: RubricNode, rubric: Rubric): string[] {
  if (isLeaf(node)) return [];
  const codes = new Set<string>();
  for (const c of node.children) {
    const bands = typeof c.bands === 'string' ? rubric.bandSets?.[c.bands] : c.bands;
    for (const b of bands ?? []) codes.add(b.code);
  }
  return [...codes];
}

