/**
 * Gap analysis: exact answers worked out by hand, cases where the greedy choice is not optimal,
 * rounding, caps, unreachable and reached targets, and a brute-force check of optimality.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/decimal.js';
import { UsageError } from '../../src/diagnostics.js';
import { readEvidence } from '../../src/evidence/read.js';
import type { EvidenceTable } from '../../src/evidence/types.js';
import { loadRubric } from '../../src/rubric/load.js';
import type { Band, GroupNode, LoadedRubric, Rubric } from '../../src/rubric/types.js';
import { analyseGap, type GapResult } from '../../src/scoring/gap.js';
import { scoreAgency } from '../../src/scoring/score.js';
import { group, leaf, levels, loaded, lv, rubric, t, table } from '../scoring/helpers.js';

const BANDS = (edge: number, extra: Partial<Band> = {}): Band[] => [
  { code: 'I', label: t('Satu', 'One'), min: 0, max: edge },
  { code: 'II', label: t('Dua', 'Two'), min: edge, ...extra },
];

function gapOf(r: Rubric, rows: Parameters<typeof table>[0], target?: string, extra: { maxStates?: number; maxEvaluations?: number } = {}): GapResult {
  const l = loaded(r);
  const tbl = table(rows);
  return analyseGap(l, tbl, scoreAgency(l, tbl), { ...(target !== undefined ? { target } : {}), ...extra });
}

/** `A3.2 2->4 +13` lines: what a reader of the report sees. */
const summary = (g: GapResult): string[] => g.changes.map((c) => `${c.code} ${c.from ?? '-'}->${c.to} +${c.gain!.toString()}`);

describe('greedy is not optimal', () => {
  // Leaves A (levels 0..4, weight 3) at level 3 and B (weight 2) at level 0: 9 points. Band II
  // starts at 13, so 4 points are missing. Greedy (largest gain per step first) raises A to 4
  // (+3, 12 points), still short, then B to 1 (+2): 14 — two steps, 1 point of overshoot. The
  // optimum takes B from 0 to 2 (+2 +2): exactly 13, also two steps, no overshoot.
  const r = rubric(group('R', [lv('A', 4, 3), lv('B', 4, 2)]), { bands: BANDS(13) });

  it('same number of steps, less overshoot: B 0 -> 2 reaches 13 exactly', () => {
    const g = gapOf(r, [['A', 3], ['B', 0]]);
    expect(g.status).toBe('reachable');
    expect(g.method).toBe('knapsack');
    expect(g.optimal).toBe(true);
    expect(g.missing?.toString()).toBe('4');
    expect(g.steps).toBe(2);
    expect(summary(g)).toEqual(['B 0->2 +4']);
    expect(g.after?.score.toString()).toBe('13');
    expect(g.after?.predicate.code).toBe('II');
  });

  // With convex points greedy needs more steps. A: weight 3 at level 3 (one step left, +3).
  // B: levels 0..2 worth 0, 2, 6 points (steps +2, then +4), at 0. Base 9, band II from 15: 6
  // missing. Greedy: A (+3) = 12, then B's first step (+2) = 14, then B's second (+4) = 18:
  // three steps. The optimum is B 0 -> 2 (+6) = 15: two steps.
  it('fewer steps: B 0 -> 2 (+6) in two steps where greedy takes three', () => {
    const convex = rubric(group('R', [lv('A', 4, 3), leaf('B', { kind: 'levels', levels: levels(2, (v) => [0, 2, 6][v]!) })]), { bands: BANDS(15) });
    const g = gapOf(convex, [['A', 3], ['B', 0]]);
    expect(g.steps).toBe(2);
    expect(summary(g)).toEqual(['B 0->2 +6']);
    expect(g.after?.score.toString()).toBe('15');
    expect(g.optimal).toBe(true);
  });

  it('the bundled kab example: 6 steps reaching 324.75, which rounds to 325', async () => {
    // Greedy takes A5.1 (+7) and then five steps of 6.5: 39.5, overshooting by 3.25. The optimum
    // is 13 + 13 + 7 + 3.25 = 36.25 (A3.2 and A3.3 two levels each, A5.1 and A8.1 one each):
    // 288.5 + 36.25 = 324.75, rounded half up to a multiple of 0.5 = 325, band IV (>= 325).
    const l = await loadRubric('kasn-2019');
    const tbl = await readEvidence('examples/kab-contoh-baik.xlsx');
    const base = scoreAgency(l, tbl);
    const g = analyseGap(l, tbl, base);
    expect(g.target?.code).toBe('IV');
    expect(g.missing?.toString()).toBe('36.5');
    expect(g.method).toBe('knapsack');
    expect(g.steps).toBe(6);
    expect(summary(g)).toEqual(['A3.2 2->4 +13', 'A3.3 2->4 +13', 'A5.1 3->4 +7', 'A8.1 3->4 +3.25']);
    expect(g.changes.map((c) => `${c.column} ${c.ref?.sheet}!${c.ref?.cell}`)).toEqual(['verified Penilaian!D13', 'verified Penilaian!D14', 'verified Penilaian!D20', 'verified Penilaian!D28']);
    expect([g.after?.unrounded.toString(), g.after?.score.toString(), g.after?.predicate.code]).toEqual(['324.75', '325', 'IV']);
    // The general search (forced by a state cap of 1) proves the same answer by re-scoring.
    const s = analyseGap(l, tbl, base, { maxStates: 1 });
    expect([s.method, s.optimal, s.steps]).toEqual(['search', true, 6]);
    expect(summary(s)).toEqual(summary(g));
  });
});

describe('rounding', () => {
  // A weight 1.5 at level 1 (1.5), B weight 2 at 4 (8, its top), C weight 0.25 at 3 (0.75):
  // 10.25, shown as 10.5 with rounding to 0.5 half up. Band II from 12. A +1 level gives 11.75,
  // which rounds to 12: one step is enough. Without rounding 11.75 < 12 and a second step is
  // needed: C 3 -> 4 (+0.25) makes 12.0 exactly.
  const root = (): GroupNode => group('R', [lv('A', 4, 1.5), lv('B', 4, 2), lv('C', 4, 0.25)]);
  const rows: [string, number][] = [
    ['A', 1],
    ['B', 4],
    ['C', 3],
  ];

  it('rounding to 0.5 makes one step enough', () => {
    const g = gapOf(rubric(root(), { bands: BANDS(12), rounding: { step: 0.5, mode: 'half-up' } }), rows);
    expect(g.current.score.toString()).toBe('10.5');
    expect(g.missing?.toString()).toBe('1.5');
    expect(summary(g)).toEqual(['A 1->2 +1.5']);
    expect([g.after?.unrounded.toString(), g.after?.score.toString(), g.after?.predicate.code]).toEqual(['11.75', '12', 'II']);
  });

  it('without rounding two steps are needed', () => {
    const g = gapOf(rubric(root(), { bands: BANDS(12) }), rows);
    expect(g.steps).toBe(2);
    expect(summary(g)).toEqual(['A 1->2 +1.5', 'C 3->4 +0.25']);
    expect(g.after?.score.toString()).toBe('12');
  });

  it('an exclusive lower edge needs more than the edge', () => {
    // Band II is (12, ∞): 12 itself is not enough; A two levels up makes 13.25.
    const g = gapOf(rubric(root(), { bands: [{ code: 'I', label: t('Satu'), min: 0, max: 12, maxInclusive: true }, { code: 'II', label: t('Dua'), min: 12, minInclusive: false }] }), rows);
    expect(g.target?.edge).toEqual({ value: Dec.int(12), inclusive: false });
    expect(summary(g)).toEqual(['A 1->3 +3']);
    expect(g.after?.score.toString()).toBe('13.25');
  });
});

describe('caps', () => {
  // X (cap 10) holds X1 (weight 3, level 2: 6) and X2 (weight 1, level 2: 2): 8, so X can grow
  // by 2 at most. Y holds Y1 (weight 2.5, level 0). Base 8, band II from 15: 7 missing.
  // Three steps are needed (two steps give at most 2.5 + 2.5 = 5 or 2 + 2.5 = 4.5). Among
  // three-step sets: Y1 +3 levels = 7.5 (overshoot 0.5); X1 +1 (capped: +2) and Y1 +2 (+5) = 7
  // exactly; X2 +1 (+1) and Y1 +2 = 6 is short. So the optimum is X1 2->3 and Y1 0->2. A greedy
  // that re-scores each step takes Y1 three times (+2.5 beats X1's capped +2): 7.5.
  const r = rubric(group('R', [group('X', [lv('X1', 4, 3), lv('X2', 4, 1)], { cap: 10 }), group('Y', [lv('Y1', 4, 2.5)])]), { bands: BANDS(15) });

  it('re-scores through the cap and finds the exact answer', () => {
    const g = gapOf(r, [['X1', 2], ['X2', 2], ['Y1', 0]]);
    expect(g.method).toBe('search');
    expect(g.optimal).toBe(true);
    expect(g.steps).toBe(3);
    // Gains in listed order: X1 first adds 2 (the cap cuts its 3), then Y1 adds 5.
    expect(summary(g)).toEqual(['X1 2->3 +2', 'Y1 0->2 +5']);
    expect(g.after?.score.toString()).toBe('15');
  });

  it('a cap that cannot bind keeps the fast path', () => {
    const loose = rubric(group('R', [group('X', [lv('X1', 4, 3), lv('X2', 4, 1)], { cap: 100 }), group('Y', [lv('Y1', 4, 2.5)])]), { bands: BANDS(15) });
    const g = gapOf(loose, [['X1', 2], ['X2', 2], ['Y1', 0]]);
    expect(g.method).toBe('knapsack');
    expect(summary(g)).toEqual(['X1 2->4 +6', 'X2 2->3 +1']);
  });

  it('a weighted mean is exact too (linear while its members stay the same)', () => {
    // M = mean(A/8, B/4) × 100 with weights 1 and 3: A (levels 0..4 × 2) at 2 (4 of 8), B at 2
    // (2 of 4): (1 × 0.5 + 3 × 0.5) / 4 × 100 = 50. Band II from 70: one step of B adds
    // 3/4 × 25 = 18.75, one of A 1/4 × 25 = 6.25; B +1 and A +1 = 75 (2 steps), B +2 = 87.5.
    const mean = rubric(group('M', [lv('A', 4, 2), lv('B', 4, 1, { weight: 3 })], { aggregate: 'weightedMean', scale: 100 }), { bands: BANDS(70) });
    const g = gapOf(mean, [['A', 2], ['B', 2]]);
    expect(g.method).toBe('knapsack');
    expect(g.steps).toBe(2);
    expect(summary(g)).toEqual(['A 2->3 +6.25', 'B 2->3 +18.75']);
    expect(g.after?.score.toString()).toBe('75');
  });
});

describe('targets', () => {
  const r = rubric(group('R', [lv('A', 4, 3), lv('B', 4, 2)]), {
    bands: [
      { code: 'I', label: t('Satu', 'One'), min: 0, max: 10 },
      { code: 'II', label: t('Dua', 'Two'), min: 10, max: 18 },
      { code: 'III', label: t('Tiga', 'Three'), min: 18, max: 100 },
    ],
    outOfRange: { above: { code: 'TOP', label: t('Di atas', 'Above') } },
  });

  it('already reached: the target is at or below the score', () => {
    const g = gapOf(r, [['A', 3], ['B', 1]], 'i');
    expect(g.status).toBe('already');
    expect(g.changes).toEqual([]);
    expect(g.missing).toBeUndefined();
  });

  it('unreachable: says so and gives the best reachable score', () => {
    const g = gapOf(r, [['A', 3], ['B', 1]], 'TOP');
    expect(g.status).toBe('unreachable');
    expect([g.best.score.toString(), g.best.predicate.code]).toEqual(['20', 'III']);
    expect(g.target?.edge).toEqual({ value: Dec.int(100), inclusive: true });
  });

  it('no target and the highest band already: status top', () => {
    const g = gapOf(r, [['A', 4], ['B', 3]]);
    expect(g.status).toBe('top');
    expect(g.target).toBeUndefined();
  });

  it('an unknown target is a usage error naming the codes', () => {
    try {
      gapOf(r, [['A', 3]], 'IV');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      expect((e as UsageError).code).toBe('USAGE_UNKNOWN_TARGET');
      expect((e as UsageError).args.codes).toEqual(['I', 'II', 'III', 'TOP']);
    }
  });

  it('a record rubric is a usage error', () => {
    const rec = rubric(group('R', [lv('A')]), { subject: 'record' });
    const l = loaded(rec);
    const tbl = table([['A', 1]]);
    expect(() => analyseGap(l, tbl, scoreAgency(l, tbl))).toThrow(UsageError);
  });
});

describe('what gap raises', () => {
  it('raises the level that counts: verified over self; a missing criterion from no value', () => {
    // A: self 4, verified 2 (counts: 2 × 3 = 6). B: no row at all. C: a row with no level.
    const r = rubric(group('R', [lv('A', 4, 3), lv('B', 4, 2), lv('C', 4, 1)]), { bands: BANDS(12) });
    const l = loaded(r);
    const tbl = table([{ code: 'A', level: 4, verified: 2 }, { code: 'C', level: null }]);
    const g = analyseGap(l, tbl, scoreAgency(l, tbl));
    // 6 missing: A +2 levels (+6) is 2 steps; B +3 (+6) 3 steps. A wins.
    expect(summary(g)).toEqual(['A 2->4 +6']);
    expect([g.changes[0]!.column, g.changes[0]!.ref?.cell]).toEqual(['verified', 'D6']);
    // With A at its top, B (no row) and C (an empty level cell) start from no value.
    const r3 = rubric(group('R', [lv('A', 4, 3), lv('B', 4, 2), lv('C', 4, 1)]), { bands: BANDS(16) });
    const l3 = loaded(r3);
    const t3 = table([{ code: 'A', level: 4 }, { code: 'C', level: null }]);
    const g3 = analyseGap(l3, t3, scoreAgency(l3, t3));
    // 12 + B 0 -> 2 (+4) = 16.
    expect(summary(g3)).toEqual(['B -->2 +4']);
    expect(g3.changes[0]!.ref).toBeUndefined();
    expect(g3.changes[0]!.column).toBe('self');
  });

  it('leaves non-level criteria and unusable values alone, and says so', () => {
    // A (2 × 3 = 6) + L (5) = 11; E's 9 is out of range (an error, 0). Band II from 16: A +2.
    const r = rubric(group('R', [lv('A', 4, 3), leaf('L', { kind: 'linear', factor: 1, cap: 10 }), lv('E', 4, 1)]), { bands: BANDS(16) });
    const g = gapOf(r, [['A', 2], ['L', 5], ['E', 9]]);
    expect(g.fixed.map((f) => `${f.code}:${f.reason}`)).toEqual(['L:not-levels', 'E:error']);
    expect(g.candidates).toBe(1);
    expect(summary(g)).toEqual(['A 2->4 +6']);
  });
});

// ---------------------------------------------------------------------------------------------
// Optimality against brute force: every allocation of small random rubrics, with and without
// caps and rounding, re-scored; the answer must match the best by the documented objective.

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function bruteForce(l: LoadedRubric, tbl: EvidenceTable, codes: string[], from: number[], top: number, ok: (s: Dec) => boolean): { steps: number; gain: Dec; nz: number; vec: number[] } | undefined {
  let best: { steps: number; gain: Dec; nz: number; vec: number[] } | undefined;
  const base = scoreAgency(l, tbl).root.score;
  const vec = from.map(() => 0);
  const rec = (i: number): void => {
    if (i === codes.length) {
      const assume = vec.flatMap((j, k) => (j > 0 ? [{ code: codes[k]!, value: String(from[k]! + j) }] : []));
      const a = scoreAgency(l, tbl, { assume });
      if (!ok(a.score)) return;
      const steps = vec.reduce((x, y) => x + y, 0);
      const gain = a.root.score.sub(base);
      const nz = vec.filter((j) => j > 0).length;
      const better =
        !best ||
        steps < best.steps ||
        (steps === best.steps && (gain.lt(best.gain) || (gain.eq(best.gain) && (nz < best.nz || (nz === best.nz && vec.join() > best.vec.join())))));
      if (better) best = { steps, gain, nz, vec: [...vec] };
      return;
    }
    for (let j = 0; j <= top - from[i]!; j++) {
      vec[i] = j;
      rec(i + 1);
    }
    vec[i] = 0;
  };
  rec(0);
  return best;
}

describe('optimal by brute force', () => {
  it('matches an exhaustive search on 40 random rubrics', () => {
    const rand = rng(20240601);
    for (let k = 0; k < 40; k++) {
      const n = 3 + Math.floor(rand() * 2);
      const weights = Array.from({ length: n }, () => [0.5, 1, 1.5, 2, 2.5, 3, 3.5][Math.floor(rand() * 7)]!);
      const from = Array.from({ length: n }, () => Math.floor(rand() * 3));
      const capped = rand() < 0.5;
      const rounding = rand() < 0.5 ? { rounding: { step: 0.5, mode: 'half-up' as const } } : {};
      const leaves = weights.map((w, i) => lv(`L${i + 1}`, 3, w));
      const root = capped ? group('R', [group('G', leaves.slice(0, 2), { cap: 6 }), ...leaves.slice(2)]) : group('R', leaves);
      const baseScore = weights.reduce((s, w, i) => s + w * from[i]!, 0);
      const edge = Math.round(baseScore + 2 + rand() * 6);
      const r = rubric(root, { bands: BANDS(edge), ...rounding });
      const l = loaded(r);
      const tbl = table(from.map((f, i) => [`L${i + 1}`, f]));
      const g = analyseGap(l, tbl, scoreAgency(l, tbl));
      const ok = (s: Dec): boolean => s.gte(Dec.int(edge));
      const best = bruteForce(l, tbl, leaves.map((x) => x.code), from, 3, ok);
      if (g.status === 'already') continue;
      if (!best) {
        expect(g.status, `case ${k}`).toBe('unreachable');
        continue;
      }
      expect(g.status, `case ${k}`).toBe('reachable');
      expect(g.optimal).toBe(true);
      const vec = leaves.map((x) => g.changes.find((c) => c.code === x.code)?.steps ?? 0);
      expect({ steps: g.steps, gain: g.after!.unrounded.sub(g.current.unrounded).toString(), vec }, `case ${k}`).toEqual({
        steps: best.steps,
        gain: best.gain.toString(),
        vec: best.vec,
      });
    }
  });
});
