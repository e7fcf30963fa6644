/**
 * What changed between two versions of a rubric (`merit rubric diff`): nodes added, removed,
 * renamed (same code, new name) or moved; weights, coefficients, level points and scoring rules;
 * conditions; bands and their edges (the rubric's, node categories, band sets); rounding, missing
 * policy, nominal scale; texts and provenance. Each change says whether it can move a score or a
 * category (`scoring`): any such change needs a major version (docs/rubric-format.md,
 * "Versioning"), and `versionVerdict` says whether the two version numbers agree. Pure.
 */
import { bandEdges } from './lint.js';
import { kindOf } from './kinds/index.js';
import { levelPoints, resolveLevels } from './kinds/levels.js';
import { walk } from './tree.js';
import { isLeaf, type Band, type GroupNode, type LocalText, type Rubric, type RubricNode } from './types.js';

export type ChangeKind =
  | 'node-added'
  | 'node-removed'
  | 'node-renamed'
  | 'node-moved'
  | 'weight'
  | 'coefficient'
  | 'level-points'
  | 'levels'
  | 'scoring'
  | 'aggregate'
  | 'condition'
  | 'node-rule'
  | 'band-added'
  | 'band-removed'
  | 'band-edges'
  | 'band-label'
  | 'band-requires'
  | 'rounding'
  | 'missing'
  | 'nominal'
  | 'out-of-range'
  | 'profile'
  | 'text'
  | 'provenance'
  | 'status';

export interface RubricChange {
  kind: ChangeKind;
  /** The node or band code (a band: `bands/III`, `A1/bands/TINGGI`, `bandSets/kategori/TINGGI`); the rubric itself: `rubric`. */
  target: string;
  /** Which part (`level 3`, `in`, `min`, the key that changed). */
  detail?: string;
  from?: string;
  to?: string;
  /** Can move a score or a category. */
  scoring: boolean;
}

export type Bump = 'major' | 'minor' | 'patch' | 'none' | 'downgrade';

export interface VersionVerdict {
  from: string;
  to: string;
  bump: Bump;
  /** Some change can move a score: the version must take a major step. */
  needsMajor: boolean;
  /** The version numbers say what the changes are (a major step when needed; some step for any change). */
  ok: boolean;
}

export interface RubricComparison {
  old: { id: string; version: string };
  new: { id: string; version: string };
  changes: RubricChange[];
  verdict: VersionVerdict;
}

const json = (v: unknown): string => (v === undefined ? '' : JSON.stringify(v));
const text = (t: LocalText | undefined): string => (t ? `${t.id} / ${t.en}` : '');

interface Placed {
  node: RubricNode;
  parent?: string;
}

function index(r: Rubric): Map<string, Placed> {
  const out = new Map<string, Placed>();
  for (const { node, parent } of walk(r.root)) out.set(node.code, { node, ...(parent ? { parent: parent.code } : {}) });
  return out;
}

/** Semantic version order: major, minor, patch (a pre-release sorts before its release). */
export function bumpOf(from: string, to: string): Bump {
  const parse = (v: string) => {
    const [core = '', pre] = v.split('-', 2);
    const [a = 0, b = 0, c = 0] = core.split('.').map((x) => Number.parseInt(x, 10) || 0);
    return { a, b, c, pre: pre ?? '' };
  };
  const x = parse(from);
  const y = parse(to);
  if (y.a !== x.a) return y.a > x.a ? 'major' : 'downgrade';
  if (y.b !== x.b) return y.b > x.b ? 'minor' : 'downgrade';
  if (y.c !== x.c) return y.c > x.c ? 'patch' : 'downgrade';
  if (x.pre === y.pre) return 'none';
  // 2.0.0-rc.1 → 2.0.0 completes a major step that the pre-release announced
  if (x.pre !== '' && y.pre === '') return 'patch';
  return x.pre < y.pre ? 'patch' : 'downgrade';
}

export function compareRubrics(a: Rubric, b: Rubric): RubricComparison {
  const changes: RubricChange[] = [];
  const add = (kind: ChangeKind, target: string, scoring: boolean, detail?: string, from?: string, to?: string) =>
    changes.push({ kind, target, scoring, ...(detail !== undefined ? { detail } : {}), ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) });
  const diff = (kind: ChangeKind, target: string, scoring: boolean, detail: string | undefined, x: unknown, y: unknown) => {
    if (json(x) !== json(y)) add(kind, target, scoring, detail, json(x), json(y));
  };

  // The rubric itself
  diff('status', 'rubric', false, 'status', a.status, b.status);
  diff('rounding', 'rubric', true, 'rounding', a.rounding, b.rounding);
  diff('missing', 'rubric', true, 'missing', a.missing ?? 'zero', b.missing ?? 'zero');
  diff('nominal', 'rubric', true, 'nominal', a.nominal && { ...a.nominal, label: undefined, provenance: undefined }, b.nominal && { ...b.nominal, label: undefined, provenance: undefined });
  diff('out-of-range', 'rubric', true, 'outOfRange', codesOf(a.outOfRange), codesOf(b.outOfRange));
  diff('profile', 'rubric', true, 'profile', profileShape(a), profileShape(b));
  diff('text', 'rubric', false, 'title', text(a.title), text(b.title));
  diff('text', 'rubric', false, 'notice', text(a.notice), text(b.notice));
  diff('provenance', 'rubric', false, 'provenance', a.provenance, b.provenance);
  diff('text', 'rubric', false, 'legalBasis', a.legalBasis.map((l) => l.ref), b.legalBasis.map((l) => l.ref));

  // Nodes
  const ia = index(a);
  const ib = index(b);
  for (const [code, { node, parent }] of ia) if (!ib.has(code)) add('node-removed', code, true, parent, text(node.name));
  for (const [code, { node, parent }] of ib) if (!ia.has(code)) add('node-added', code, true, parent, undefined, text(node.name));
  for (const [code, x] of ia) {
    const y = ib.get(code);
    if (!y) continue;
    nodeChanges(code, x, y, a, b, add, diff);
  }

  // Bands
  bandChanges('bands', a.bands, b.bands, add, diff);
  const sets = new Set([...Object.keys(a.bandSets ?? {}), ...Object.keys(b.bandSets ?? {})]);
  for (const name of sets) bandChanges(`bandSets/${name}`, a.bandSets?.[name] ?? [], b.bandSets?.[name] ?? [], add, diff);

  const needsMajor = changes.some((c) => c.scoring);
  const bump = bumpOf(a.version, b.version);
  const ok = bump === 'downgrade' ? false : needsMajor ? bump === 'major' : changes.length === 0 || bump !== 'none';
  return { old: { id: a.id, version: a.version }, new: { id: b.id, version: b.version }, changes, verdict: { from: a.version, to: b.version, bump, needsMajor, ok } };
}

type Add = (kind: ChangeKind, target: string, scoring: boolean, detail?: string, from?: string, to?: string) => void;
type Diff = (kind: ChangeKind, target: string, scoring: boolean, detail: string | undefined, x: unknown, y: unknown) => void;

function nodeChanges(code: string, x: Placed, y: Placed, a: Rubric, b: Rubric, add: Add, diff: Diff): void {
  const n = x.node;
  const m = y.node;
  if (text(n.name) !== text(m.name)) add('node-renamed', code, false, undefined, text(n.name), text(m.name));
  if (x.parent !== y.parent) add('node-moved', code, true, undefined, x.parent, y.parent);
  diff('weight', code, true, undefined, n.weight ?? 1, m.weight ?? 1);
  diff('coefficient', code, true, undefined, n.coefficient, m.coefficient);
  diff('condition', code, true, undefined, n.when, m.when);
  diff('node-rule', code, true, 'variant', n.variant, m.variant);
  diff('node-rule', code, true, 'missing', n.missing, m.missing);
  diff('node-rule', code, true, 'notApplicable', n.notApplicable?.allowed, m.notApplicable?.allowed);
  diff('node-rule', code, true, 'required', n.required, m.required);
  diff('node-rule', code, true, 'normalize', n.normalize, m.normalize);
  diff('node-rule', code, true, 'rounding', n.rounding, m.rounding);
  diff('text', code, false, 'description', text(n.description), text(m.description));
  diff('provenance', code, false, undefined, n.provenance, m.provenance);
  if (!isLeaf(n) && !isLeaf(m)) {
    const g = n as GroupNode;
    const h = m as GroupNode;
    diff('aggregate', code, true, 'aggregate', g.aggregate ?? 'sum', h.aggregate ?? 'sum');
    diff('aggregate', code, true, 'scale', g.scale, h.scale);
    diff('aggregate', code, true, 'cap', g.cap, h.cap);
    diff('aggregate', code, true, 'weightUnit', g.weightUnit, h.weightUnit);
    diff('aggregate', code, true, 'fallback', g.fallback, h.fallback);
  } else if (isLeaf(n) !== isLeaf(m)) {
    add('scoring', code, true, 'kind', isLeaf(n) ? n.scoring.kind : 'group', isLeaf(m) ? m.scoring.kind : 'group');
  }
  if (isLeaf(n) && isLeaf(m)) {
    const ta = kindOf(n).levelTable?.(n.scoring as never);
    const tb = kindOf(m).levelTable?.(m.scoring as never);
    if (n.scoring.kind !== m.scoring.kind) add('scoring', code, true, 'kind', n.scoring.kind, m.scoring.kind);
    else if (ta && tb) {
      diff('weight', code, true, 'scoring.weight', (n.scoring as { weight?: number }).weight ?? 1, (m.scoring as { weight?: number }).weight ?? 1);
      diff('levels', code, true, 'scale', (n.scoring as { scale?: string }).scale, (m.scoring as { scale?: string }).scale);
      const la = resolveLevels(n.scoring as never, a);
      const lb = resolveLevels(m.scoring as never, b);
      const pa = new Map(la.map((l) => [l.value, levelPoints(l, n.scoring as { kind: string; weight?: number })]));
      const pb = new Map(lb.map((l) => [l.value, levelPoints(l, m.scoring as { kind: string; weight?: number })]));
      for (const v of [...new Set([...pa.keys(), ...pb.keys()])].sort((p, q) => p - q)) {
        const p = pa.get(v);
        const q = pb.get(v);
        if (p === undefined || q === undefined) add('levels', code, true, `level ${v}`, p?.toString(), q?.toString());
        else if (!p.eq(q)) add('level-points', code, true, `level ${v}`, p.toString(), q.toString());
      }
      const words = (ls: typeof la) => ls.map((l) => [l.value, text(l.label), text(l.description), text(l.evidence)]);
      diff('text', code, false, 'levels', words(la), words(lb));
    } else {
      const strip = (s: object) => Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'description' && k !== 'label'));
      diff('scoring', code, true, 'scoring', strip(n.scoring), strip(m.scoring));
    }
  }
  // A node's own categories
  const own = (node: RubricNode): Band[] | string | undefined => node.bands;
  const ba = own(n);
  const bb = own(m);
  if (typeof ba === 'string' || typeof bb === 'string') diff('band-edges', `${code}/bands`, true, 'set', ba, bb);
  else bandChanges(`${code}/bands`, ba ?? [], bb ?? [], add, diff);
}

function bandChanges(prefix: string, a: Band[], b: Band[], add: Add, diff: Diff): void {
  const ma = new Map(a.map((x) => [x.code, x]));
  const mb = new Map(b.map((x) => [x.code, x]));
  for (const [code, x] of ma) if (!mb.has(code)) add('band-removed', `${prefix}/${code}`, true, undefined, bandEdges(x));
  for (const [code, y] of mb) if (!ma.has(code)) add('band-added', `${prefix}/${code}`, true, undefined, undefined, bandEdges(y));
  for (const [code, x] of ma) {
    const y = mb.get(code);
    if (!y) continue;
    if (bandEdges(x) !== bandEdges(y)) add('band-edges', `${prefix}/${code}`, true, undefined, bandEdges(x), bandEdges(y));
    diff('band-requires', `${prefix}/${code}`, true, undefined, x.requires, y.requires);
    diff('band-label', `${prefix}/${code}`, false, undefined, text(x.label), text(y.label));
    diff('provenance', `${prefix}/${code}`, false, undefined, x.provenance, y.provenance);
  }
  // The order of bands is their rank (gates, caps): a reorder can change a verdict.
  const order = (bs: Band[]) => bs.map((x) => x.code).filter((c) => ma.has(c) && mb.has(c));
  diff('band-edges', prefix, true, 'order', order(a), order(b));
}

function codesOf(o: Rubric['outOfRange']): unknown {
  return o ? { below: o.below?.code, above: o.above?.code } : undefined;
}

function profileShape(r: Rubric): unknown {
  return (r.profile ?? []).map((q) => ({ code: q.code, answers: q.answers.map((x) => [x.value, ...(x.aliases ?? [])]) }));
}
