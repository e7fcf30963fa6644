/**
 * `merit gap` on a v2 rubric (test/helpers/v2-rubric.ts): only applicable criteria are raised,
 * the next category of the index through the composite and the maturity means (node rounding,
 * band caps), and `--target-aspects`: every aspect's own category to a band. Each answer is
 * checked against a brute force over every allocation of level increases, re-scored by the scorer.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/decimal.js';
import type { LoadedRubric } from '../../../src/rubric/types.js';
import { bandRank, findPredicateCode } from '../../../src/scoring/bands.js';
import { analyseAspectGap, aspectsOf } from '../../../src/scoring/gap-aspects.js';
import { analyseGap } from '../../../src/scoring/gap.js';
import { scoreAgency } from '../../../src/scoring/score.js';
import type { Assessment, NodeResult } from '../../../src/scoring/types.js';
import { KAT, UJI_ROWS, ujiRubric } from '../../helpers/v2-rubric.js';
import { find, loaded, table } from '../helpers.js';

const L = loaded(ujiRubric());
type Rows = [string, string | number][];
const rowsWith = (changes: Record<string, string | number>): Rows => UJI_ROWS.map(([c, v]) => [c, c in changes ? changes[c]! : v]);
const LEVELS = ['P1', 'P2a', 'P2b', 'P3', 'K1', 'K2', 'K3'];

/** Every allocation of level increases over the criteria that apply and can go up, each re-scored. */
function allocations(l: LoadedRubric, rows: Rows): { steps: Map<string, number>; a: Assessment }[] {
  const base = scoreAgency(l, table(rows));
  const cands = LEVELS.map((code) => find(base.root, code))
    .filter((r) => r.status !== 'not-applicable' && r.status !== 'error')
    .map((r) => ({ code: r.code, from: typeof r.trace?.verified?.parsed === 'number' ? r.trace.verified.parsed : typeof r.trace?.self?.parsed === 'number' ? r.trace.self.parsed : 0 }))
    .filter((c) => c.from < 4);
  const out: { steps: Map<string, number>; a: Assessment }[] = [];
  const rec = (i: number, steps: Map<string, number>): void => {
    if (i === cands.length) {
      const assume = [...steps].filter(([, j]) => j > 0).map(([code, j]) => ({ code, value: String(cands.find((c) => c.code === code)!.from + j) }));
      out.push({ steps: new Map(steps), a: scoreAgency(l, table(rows), { assume }) });
      return;
    }
    for (let j = 0; j <= 4 - cands[i]!.from; j++) rec(i + 1, new Map([...steps, [cands[i]!.code, j]]));
  };
  rec(0, new Map());
  return out;
}

const total = (steps: Map<string, number>): number => [...steps.values()].reduce((a, b) => a + b, 0);
const touched = (steps: Map<string, number>): number => [...steps.values()].filter((j) => j > 0).length;
const node = (a: Assessment, code: string): NodeResult => find(a.root, code);

describe('gap to the next category of the index (v2)', () => {
  it('the regency: 0.42 (C) → B in 4 steps: P2b 1 → 4 and K1 3 → 4, re-scored 0.604 → 0.60; never the not-applicable P3 or the other variant', () => {
    const tb = table(UJI_ROWS);
    const base = scoreAgency(L, tb);
    expect([base.score.toString(), base.predicate.code]).toEqual(['0.42', 'C']);
    const g = analyseGap(L, tb, base);
    expect(g.status).toBe('reachable');
    expect(g.target?.code).toBe('B');
    expect(g.changes.map((c) => [c.code, c.from, c.to, c.gain!.toString()])).toEqual([
      ['P2b', 1, 4, '0.152'],
      ['K1', 3, 4, '0.032'],
    ]);
    expect(g.changes[0]!.requirement).toEqual({ id: 'Syarat level 4: bukti tahap 4', en: 'Level 4 requires: stage 4 evidence' });
    expect(g.changes[0]!.ref?.cell).toBe('C8');
    expect([g.after?.unrounded.toString(), g.after?.score.toString(), g.after?.predicate.code]).toEqual(['0.604', '0.6', 'B']);
    expect(g.candidates).toBe(5); // P1, P2b, K1, K2, K3: not P2a (the other variant), not P3 (declared not applicable)
    expect(g.fixed.map((f) => f.code)).toEqual(['SUR', 'KOR']);
    expect(g.method).toBe('search'); // MAT rounds: not linear, and the search's bound allows for it
    expect(g.optimal).toBe(true);
  });

  it('a predicate held back by the band cap: 0.8 would be A, but K is below B; the target is A and the answer lifts K', () => {
    // P = 1, K = mean(3, 1, 2)/4 = 0.5, MAT = 0.75, NI = 0.6 + 0.2 × 1 = 0.8 → A, capped to B by K (C).
    const rows = rowsWith({ P1: 4, P2b: 4, K3: 2, SUR: 1 });
    const tb = table(rows);
    const base = scoreAgency(L, tb);
    expect([base.score.toString(), base.predicate.code, base.predicate.capped?.children]).toEqual(['0.8', 'B', ['K']]);
    const g = analyseGap(L, tb, base);
    expect(g.target?.code).toBe('A');
    expect(g.status).toBe('reachable');
    expect(g.after?.predicate.code).toBe('A');
    expect(g.after?.predicate.capped).toBeUndefined();
    // K needs 8/12: two more steps; one criterion (K2 1 → 3 is as short, K1 has one step left).
    expect(g.steps).toBe(2);
    expect(g.changes.map((c) => [c.code, c.from, c.to])).toEqual([['K2', 1, 3]]);
  });

  it('matches a brute force on 12 varied evidence files (fewest steps, then least overshoot, then fewest criteria)', () => {
    const seeds: Record<string, string | number>[] = [
      { P1: 0, P2b: 0, K1: 0, K2: 0, K3: 0, SUR: '0.3' },
      { P1: 1, P2b: 3, K1: 2, K2: 2, K3: 1, SUR: '0.9' },
      { P1: 4, P2b: 4, K1: 2, K2: 1, K3: 2, SUR: '1' },
      { P1: 3, P2b: 0, K1: 4, K2: 0, K3: 3, SUR: '0.5', P3: 2 },
      { P1: 2, P2b: 2, K1: 2, K2: 2, K3: 2, SUR: '0.6', KOR: '0.1' },
      { P1: 0, P2b: 4, K1: 1, K2: 3, K3: 0, SUR: '0.75', P3: 0 },
      { jenis: 'pusat', P1: 1, P2a: 1, K1: 3, K2: 3, K3: 3, SUR: '0.4' },
      { P1: 4, P2b: 3, K1: 4, K2: 4, K3: 1, SUR: '0.8' },
      { P1: 3, P2b: 3, K1: 3, K2: 3, K3: 3, SUR: '0.1', P3: 4 },
      { P1: 1, P2b: 0, K1: 0, K2: 4, K3: 4, SUR: '0.95', KOR: '0.05' },
      { P1: 2, P2b: 1, K1: 3, K2: 1, K3: 0, SUR: '0.2' },
      { P1: 4, P2b: 4, K1: 4, K2: 4, K3: 3, SUR: '1' },
    ];
    for (const seed of seeds) {
      const rows: Rows = rowsWith(seed);
      if (seed.P2a !== undefined) rows.push(['P2a', seed.P2a]);
      const tb = table(rows);
      const base = scoreAgency(L, tb);
      const g = analyseGap(L, tb, base);
      const label = JSON.stringify(seed);
      if (g.status !== 'reachable') {
        expect(['top', 'unreachable'], label).toContain(g.status);
        if (g.status === 'unreachable') expect(allocations(L, rows).some(({ a }) => bandRank(L.rubric, a.predicate.code)! >= bandRank(L.rubric, g.target!.code)!), label).toBe(false);
        continue;
      }
      const rank = bandRank(L.rubric, g.target!.code)!;
      const valid = allocations(L, rows).filter(({ a }) => (bandRank(L.rubric, a.predicate.code) ?? -1) >= rank);
      const fewest = Math.min(...valid.map((v) => total(v.steps)));
      expect(g.steps, label).toBe(fewest);
      const atFewest = valid.filter((v) => total(v.steps) === fewest);
      const least = atFewest.map((v) => v.a.unroundedScore).reduce((x, y) => (y.lt(x) ? y : x));
      expect(g.after!.unrounded.toString(), label).toBe(least.toString());
      const crit = Math.min(...atFewest.filter((v) => v.a.unroundedScore.eq(least)).map((v) => touched(v.steps)));
      expect(g.changes.length, label).toBe(crit);
      expect(g.optimal, label).toBe(true);
    }
  });
});

describe('the frontier: the fewest steps proven on a tree that rounds at its nodes', () => {
  it('with almost no effort left for the tie-breaks, the number of steps is still the brute force minimum', () => {
    const seeds: Record<string, string | number>[] = [
      {},
      { P1: 0, P2b: 0, K1: 0, K2: 0, K3: 0, SUR: '0.3' },
      { P1: 1, P2b: 3, K1: 2, K2: 2, K3: 1, SUR: '0.9' },
      { P1: 3, P2b: 0, K1: 4, K2: 0, K3: 3, SUR: '0.5', P3: 2 },
      { P1: 2, P2b: 2, K1: 2, K2: 2, K3: 2, SUR: '0.6', KOR: '0.1' },
    ];
    for (const seed of seeds) {
      const rows = rowsWith(seed);
      const tb = table(rows);
      const base = scoreAgency(L, tb);
      const g = analyseGap(L, tb, base, { maxEvaluations: 1 });
      const label = JSON.stringify(seed);
      expect(g.status, label).toBe('reachable');
      const rank = bandRank(L.rubric, g.target!.code)!;
      const fewest = Math.min(...allocations(L, rows).filter(({ a }) => (bandRank(L.rubric, a.predicate.code) ?? -1) >= rank).map((v) => total(v.steps)));
      expect(g.steps, label).toBe(fewest);
      expect(g.after?.predicate.code, label).toBe(g.target!.code);
      if (!g.optimal) expect([g.method, g.stepsMinimal], label).toEqual(['frontier', true]);
    }
  });
});

describe('--target-aspects: every aspect to a band', () => {
  it('aspects are the innermost nodes with bands: P and K (MAT has categorised children; the root is the index)', () => {
    const base = scoreAgency(L, table(UJI_ROWS));
    expect(aspectsOf(L, base).map((x) => x.node.code)).toEqual(['P', 'K']);
  });

  it('the regency to B: P1 2 → 4 (P 0.375 → 0.625) and K3 0 → 4 (K 1/3 → 2/3); each step says what the level asks', () => {
    const tb = table(UJI_ROWS);
    const base = scoreAgency(L, tb);
    const r = analyseAspectGap(L, tb, base, 'B');
    expect(r.status).toBe('reachable');
    expect(r.steps).toBe(6);
    expect(r.aspects.map((x) => [x.code, x.status, x.current.category.code, x.after?.category.code, x.steps])).toEqual([
      ['P', 'reachable', 'D', 'B', 2],
      ['K', 'reachable', 'D', 'B', 4],
    ]);
    const [p, k] = r.aspects;
    expect(p!.changes.map((c) => [c.code, c.from, c.to, c.gain!.toString(), c.ref?.cell, c.requirement?.id])).toEqual([['P1', 2, 4, '0.25', 'C7', 'Syarat level 4: bukti tahap 4']]);
    expect(k!.changes.map((c) => [c.code, c.from, c.to])).toEqual([['K3', 0, 4]]);
    expect(k!.changes[0]!.gain!.eq(Dec.of(1n, 3n))).toBe(true);
    expect(r.joint).toBe(false);
    expect(r.optimal).toBe(true);
    // The totals with both: P 0.625, K 2/3, MAT 0.6458… → 0.65, NI 0.52 + 0.14 = 0.66.
    expect([r.after?.score.toString(), r.after?.predicate.code]).toEqual(['0.66', 'B']);
    expect(r.changes.map((c) => c.code)).toEqual(['P1', 'K3']);
  });

  it('already there, unreachable, and a band not in the aspects\' set', () => {
    const tb = table(rowsWith({ P1: 4, P2b: 4, K1: 4, K2: 4, K3: 4 }));
    expect(analyseAspectGap(L, tb, scoreAgency(L, tb), 'A').status).toBe('already');
    // K1 out of range is an error and is never raised: K reaches at most mean(0, 4, 4)/4 = 2/3 (B), never A.
    const bad = table(rowsWith({ K1: 9, K2: 0, K3: 0 }));
    const r = analyseAspectGap(L, bad, scoreAgency(L, bad), 'A');
    expect(r.aspects.find((x) => x.code === 'K')?.status).toBe('unreachable');
    expect(r.status).toBe('unreachable');
    expect(r.fixed.map((f) => [f.code, f.reason])).toContainEqual(['K1', 'error']);
    expect(() => analyseAspectGap(L, tb, scoreAgency(L, tb), 'TINGGI')).toThrow(/USAGE_UNKNOWN_ASPECT_BAND|aspect/);
  });

  it('matches a brute force: per aspect the fewest steps, and in all the sum of them', () => {
    const seeds: Record<string, string | number>[] = [
      { P1: 0, P2b: 0, K1: 0, K2: 0, K3: 0 },
      { P1: 1, P2b: 3, K1: 2, K2: 2, K3: 1 },
      { P1: 3, P2b: 0, K1: 4, K2: 0, K3: 3, P3: 2 },
      { P1: 0, P2b: 4, K1: 1, K2: 3, K3: 0, P3: 0 },
      { P1: 2, P2b: 2, K1: 3, K2: 1, K3: 2 },
    ];
    for (const seed of seeds) {
      for (const band of ['B', 'A']) {
        const rows = rowsWith(seed);
        const tb = table(rows);
        const base = scoreAgency(L, tb);
        const r = analyseAspectGap(L, tb, base, band);
        const label = `${JSON.stringify(seed)} → ${band}`;
        const rank = findPredicateCode({ bands: KAT }, band)!.rank;
        const reaches = (a: Assessment, code: string): boolean => findPredicateCode({ bands: KAT }, node(a, code).category!.code)!.rank >= rank;
        const valid = allocations(L, rows).filter(({ a }) => reaches(a, 'P') && reaches(a, 'K'));
        if (valid.length === 0) {
          expect(r.status, label).toBe('unreachable');
          continue;
        }
        const fewest = Math.min(...valid.map((v) => total(v.steps)));
        expect(r.status === 'already' ? 0 : r.steps, label).toBe(fewest);
        expect(r.optimal, label).toBe(true);
        if (r.status === 'reachable') expect(reaches(scoreAgency(L, tb, { assume: r.changes.map((c) => ({ code: c.code, value: String(c.to) })) }), 'P'), label).toBe(true);
      }
    }
  });
});
