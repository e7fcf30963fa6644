/**
 * Property tests: random rubric-shaped trees (every leaf kind, sum and weighted-mean groups,
 * weights, caps, missing policies, rounding) scored against random evidence (valid values,
 * garbage, blanks, missing rows, unknown codes, duplicates).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/decimal.js';
import type { RawValue } from '../../src/evidence/types.js';
import type { GroupNode, LeafNode, MissingPolicy, Rounding, Rubric, RubricNode, Scoring } from '../../src/rubric/types.js';
import { scoreAgency } from '../../src/scoring/score.js';
import type { NodeResult } from '../../src/scoring/types.js';
import { KASN_BANDS, KASN_OUT_OF_RANGE, leafCodes, levels, loaded, rubric, t, table, type RowSpec } from './helpers.js';

const RUNS = 300;

// ---------------------------------------------------------------------------------------------
// Arbitraries

const weightArb = fc.option(fc.constantFrom(0.1, 0.25, 0.5, 1, 2, 2.5, 3, 7.5), { nil: undefined });
const pointsArb = fc.constantFrom(0, 0.5, 1, 2.5, 5, 10, 12.5, 20, 25);
const missingArb = fc.option(fc.constantFrom<MissingPolicy>('zero', 'exclude', 'error'), { nil: undefined });

const scoringArb: fc.Arbitrary<Scoring> = fc.oneof(
  fc.record({
    kind: fc.constant('levels' as const),
    levels: fc.integer({ min: 1, max: 5 }).chain((n) => fc.boolean().chain((explicit) => (explicit ? fc.array(pointsArb, { minLength: n + 1, maxLength: n + 1 }).map((p) => levels(n, (v) => p[v]!)) : fc.constant(levels(n))))),
    weight: weightArb,
  }),
  fc.record({
    kind: fc.constant('lookup' as const),
    cases: fc.constant(['S-3', 'S-2', 'S-1', 'D-III']).chain((names) =>
      fc.array(pointsArb, { minLength: names.length, maxLength: names.length }).map((p) => names.map((n, i) => ({ match: [n], points: p[i]! }))),
    ),
    default: fc.option(pointsArb, { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('thresholds' as const),
    steps: fc.array(fc.record({ min: fc.integer({ min: -10, max: 100 }), inclusive: fc.option(fc.boolean(), { nil: undefined }), points: pointsArb }), { minLength: 1, maxLength: 4 }),
    otherwise: fc.option(pointsArb, { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('linear' as const),
    factor: fc.constantFrom(0.1, 0.5, 1, 2),
    offset: fc.option(fc.constantFrom(-5, 0, 1.5), { nil: undefined }),
    cap: fc.constantFrom(1, 10, 40),
    floor: fc.option(fc.constantFrom(0, 0.5), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('boolean' as const), true: pointsArb, false: fc.option(pointsArb, { nil: undefined }) }),
).map(stripUndefined);

/** fc.record with `nil: undefined` leaves explicit undefined keys; a parsed rubric never has them. */
function stripUndefined<T>(o: T): T {
  return JSON.parse(JSON.stringify(o)) as T;
}

type Spec = { leaf: Scoring; weight?: number; missing?: MissingPolicy } | { children: Spec[]; aggregate?: 'sum' | 'weightedMean'; scale?: number; cap?: number; weight?: number; missing?: MissingPolicy };

function specArb(depth: number): fc.Arbitrary<Spec> {
  const leafArb = fc.record({ leaf: scoringArb, weight: weightArb, missing: missingArb });
  if (depth === 0) return leafArb;
  const groupArb = fc.record({
    children: fc.array(specArb(depth - 1), { minLength: 1, maxLength: 4 }),
    aggregate: fc.option(fc.constantFrom<'sum' | 'weightedMean'>('sum', 'weightedMean'), { nil: undefined }),
    scale: fc.option(fc.constantFrom(1, 10, 100), { nil: undefined }),
    cap: fc.option(fc.constantFrom(5, 30, 100), { nil: undefined }),
    weight: weightArb,
    missing: missingArb,
  });
  return fc.oneof({ weight: 1, arbitrary: leafArb }, { weight: 2, arbitrary: groupArb });
}

function build(spec: Spec, counter: { n: number }): RubricNode {
  const code = `N${++counter.n}`;
  const base = { code, name: t(`Simpul ${code}`, `Node ${code}`), ...(spec.weight !== undefined ? { weight: spec.weight } : {}), ...(spec.missing ? { missing: spec.missing } : {}) };
  if ('leaf' in spec) return { ...base, scoring: spec.leaf } satisfies LeafNode;
  const g: GroupNode = { ...base, children: spec.children.map((c) => build(c, counter)) };
  if (spec.aggregate) g.aggregate = spec.aggregate;
  if (spec.scale !== undefined) g.scale = spec.scale;
  if (spec.cap !== undefined) g.cap = spec.cap;
  return g;
}

const roundingArb = fc.option(
  fc.oneof(
    fc.record({ step: fc.constantFrom(0.5, 1, 0.25), mode: fc.constantFrom('half-up', 'half-even', 'down', 'up' as const) }),
    fc.record({ decimals: fc.constantFrom(0, 1, 2), mode: fc.constantFrom('half-up', 'half-even', 'down', 'up' as const) }),
  ) as fc.Arbitrary<Rounding>,
  { nil: undefined },
);

const rubricArb: fc.Arbitrary<Rubric> = fc
  .tuple(fc.array(specArb(2), { minLength: 1, maxLength: 5 }), fc.option(fc.constantFrom<'sum' | 'weightedMean'>('sum', 'weightedMean'), { nil: undefined }), roundingArb, missingArb)
  .map(([children, aggregate, rounding, missing]) => {
    const counter = { n: 0 };
    const root: GroupNode = { code: 'ROOT', name: t('Akar', 'Root'), children: children.map((c) => build(c, counter)) };
    if (aggregate) root.aggregate = aggregate;
    const extra: Partial<Rubric> = { bands: KASN_BANDS, outOfRange: KASN_OUT_OF_RANGE };
    if (rounding) extra.rounding = rounding;
    if (missing) extra.missing = missing;
    return rubric(root, extra);
  });

const valueArb: fc.Arbitrary<RawValue> = fc.oneof(
  fc.integer({ min: -2, max: 12 }),
  fc.constantFrom('3', ' 2 ', 'Level 1', '2,5', '0,1', '1.000', '85', 'S-2', 's1', 'd iii', 'SMA', 'ya', 'tidak', '✓', '-', '', 'abc', '12.5'),
  fc.double({ min: -50, max: 150, noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 6 }),
);

interface LeafEv {
  kind: 'none' | 'row';
  self: RawValue;
  verified?: RawValue | undefined;
}

const leafEvArb = (withVerified: boolean): fc.Arbitrary<LeafEv> =>
  fc.record({
    kind: fc.constantFrom<'none' | 'row'>('none', 'row', 'row', 'row'),
    self: valueArb,
    verified: withVerified ? fc.option(valueArb, { nil: undefined }) : fc.constant(undefined),
  });

function rowsFor(codes: string[], ev: LeafEv[], extra: RowSpec[]): RowSpec[] {
  const rows: RowSpec[] = [];
  codes.forEach((code, i) => {
    const e = ev[i]!;
    if (e.kind === 'none') return;
    rows.push(e.verified !== undefined ? { code, level: e.self, verified: e.verified } : { code, level: e.self });
  });
  return [...rows, ...extra];
}

const extraRowsArb = fc.array(
  fc.record({ code: fc.constantFrom('N1', 'n2', 'ROOT', 'ZZ9', '', 'N99'), level: valueArb }),
  { maxLength: 3 },
);

const caseArb = (withVerified: boolean) =>
  rubricArb.chain((r) => {
    const codes = leafCodes(r.root);
    return fc.tuple(fc.constant(r), fc.array(leafEvArb(withVerified), { minLength: codes.length, maxLength: codes.length }), extraRowsArb).map(([rb, ev, extra]) => ({
      rubric: rb,
      rows: rowsFor(codes, ev, extra),
    }));
  });

// ---------------------------------------------------------------------------------------------

function* nodes(n: NodeResult): Generator<NodeResult> {
  yield n;
  for (const c of n.children ?? []) yield* nodes(c);
}

const within = (x: Dec, lo: Dec, hi: Dec): boolean => x.gte(lo) && x.lte(hi);

function step(r: Rounding | undefined): Dec | undefined {
  if (!r) return undefined;
  return 'step' in r ? Dec.num(r.step) : Dec.of(1n, 10n ** BigInt(r.decimals));
}

describe('scoring properties', () => {
  it('0 <= score <= max and 0 <= coverage <= 1, at every node', () => {
    fc.assert(
      fc.property(caseArb(true), ({ rubric: r, rows }) => {
        const a = scoreAgency(loaded(r), table(rows));
        for (const n of nodes(a.root)) {
          expect(within(n.score, Dec.ZERO, n.max), `${n.code} score ${n.score} max ${n.max}`).toBe(true);
          expect(within(n.selfScore, Dec.ZERO, n.max), `${n.code} selfScore`).toBe(true);
          expect(within(n.coverage, Dec.ZERO, Dec.ONE), `${n.code} coverage`).toBe(true);
          expect(within(n.share, Dec.ZERO, Dec.ONE), `${n.code} share`).toBe(true);
          if (n.percent) expect(within(n.percent, Dec.ZERO, Dec.int(100))).toBe(true);
        }
        expect(within(a.unroundedScore, Dec.ZERO, a.max)).toBe(true);
        expect(within(a.coverage, Dec.ZERO, Dec.ONE)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('rounding happens once: the total is a multiple of the step, within one step of the exact total', () => {
    fc.assert(
      fc.property(caseArb(true), ({ rubric: r, rows }) => {
        const a = scoreAgency(loaded(r), table(rows));
        const s = step(r.rounding);
        if (!s) {
          expect(a.score.eq(a.unroundedScore)).toBe(true);
          return;
        }
        expect(a.score.div(s).isInteger()).toBe(true);
        expect(a.score.sub(a.unroundedScore).abs().lt(s)).toBe(true);
        expect(a.unroundedScore.eq(a.root.score)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('with no verified column, selfScore equals score and the predicates agree', () => {
    fc.assert(
      fc.property(caseArb(false), ({ rubric: r, rows }) => {
        const a = scoreAgency(loaded(r), table(rows));
        expect(a.selfScore.eq(a.score)).toBe(true);
        expect(a.selfPredicate).toEqual(a.predicate);
        for (const n of nodes(a.root)) expect(n.selfScore.eq(n.score), n.code).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic: the same input (even a structural copy) gives deep-equal assessments', () => {
    fc.assert(
      fc.property(caseArb(true), ({ rubric: r, rows }) => {
        const a = scoreAgency(loaded(r), table(rows));
        const b = scoreAgency(loaded(r), table(rows));
        const c = scoreAgency(loaded(structuredClone(r)), table(structuredClone(rows)));
        expect(b).toEqual(a);
        expect(c).toEqual(a);
        expect(JSON.stringify(c)).toBe(JSON.stringify(a));
      }),
      { numRuns: 150 },
    );
  });

  it('shares of the children add up to the parent share (or are all zero)', () => {
    fc.assert(
      fc.property(caseArb(true), ({ rubric: r, rows }) => {
        const a = scoreAgency(loaded(r), table(rows));
        for (const n of nodes(a.root)) {
          if (!n.children) continue;
          const sum = Dec.sum(n.children.map((c) => c.share));
          expect(sum.eq(n.share) || sum.isZero(), n.code).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('full valid evidence covers everything; no rows covers nothing', () => {
    fc.assert(
      fc.property(rubricArb, (r) => {
        const codes = leafCodes(r.root);
        const full = scoreAgency(loaded(r), table(codes.map((code): RowSpec => ({ code, level: validValue(r, code) }))));
        if (full.max.gt(Dec.ZERO)) expect(full.coverage.toString()).toBe('1');
        expect(full.diagnostics.filter((x) => x.severity !== 'info')).toEqual([]);
        const none = scoreAgency(loaded(r), table([]));
        expect(none.coverage.toString()).toBe('0');
        expect(none.unroundedScore.toString()).toBe('0');
      }),
      { numRuns: RUNS },
    );
  });

  it('raising one level never lowers the score of a sum-only, cap-free tree with monotonic levels', () => {
    const sumLevels = fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.constantFrom(0.5, 1, 2.5)), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(sumLevels, fc.nat(), (defs, pick) => {
        const leaves: LeafNode[] = defs.map(([n, w], i) => ({ code: `L${i}`, name: t(`L${i}`), scoring: { kind: 'levels', levels: levels(n), weight: w } }));
        const r = rubric({ code: 'R', name: t('R'), children: leaves });
        const base = defs.map(([n], i) => ({ code: `L${i}`, level: Math.floor(n / 2) }));
        const i = pick % defs.length;
        const raised = base.map((row, j) => (j === i ? { ...row, level: defs[i]![0] } : row));
        const a = scoreAgency(loaded(r), table(base));
        const b = scoreAgency(loaded(r), table(raised));
        expect(b.score.gte(a.score)).toBe(true);
        // ...and what-if gives the same answer as editing the file.
        const w = scoreAgency(loaded(r), table(base), { assume: [{ code: `L${i}`, value: String(defs[i]![0]) }] });
        expect(w.score.eq(b.score)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

/** A value every leaf kind accepts. */
function validValue(r: Rubric, code: string): RawValue {
  const find = (n: RubricNode): LeafNode | undefined => ('scoring' in n ? (n.code === code ? n : undefined) : n.children.map(find).find(Boolean));
  const l = find(r.root)!;
  switch (l.scoring.kind) {
    case 'levels':
      return 1;
    case 'lookup':
      return l.scoring.cases[0]!.match[0]!;
    case 'thresholds':
    case 'linear':
      return '12,5';
    case 'boolean':
      return 'ya';
    case 'number':
    case 'deduction':
      return l.scoring.max;
    case 'ratio':
      return '1/2';
  }
}
