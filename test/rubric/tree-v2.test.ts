/**
 * Score ranges of the v2 aggregates (src/rubric/tree.ts): what band-coverage lint and `rubric
 * show` read. mean → 0..scale, best-of / worst-of, composite Σ coefficient × range with negative
 * coefficients flipping, percent weights, deductions, node normalize and rounding, shares.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/decimal.js';
import { aggregateRange, effectiveShares, nodeRange, reachableScores, rubricRange } from '../../src/rubric/tree.js';
import type { Rubric, RubricNode } from '../../src/rubric/types.js';
import { group, leaf, lv, rubric } from '../scoring/helpers.js';

const range = (n: RubricNode) => {
  const r = nodeRange(n, {});
  return [r.min.toString(), r.max.toString()];
};
const ded = (code: string, max: number, extra = {}) => leaf(code, { kind: 'deduction', max }, extra);
const num = (code: string, min: number, max: number, extra = {}) => leaf(code, { kind: 'number', min, max }, extra);

describe('v2 aggregate ranges', () => {
  it('a deduction leaf ranges over [-max, 0]; a sum subtracts it', () => {
    expect(range(ded('K', 0.2))).toEqual(['-0.2', '0']);
    expect(range(group('G', [lv('A', 4), ded('K', 3)]))).toEqual(['-3', '4']);
  });

  it('mean is 0..scale over the children that can score (a deduction leaves the count)', () => {
    expect(range(group('G', [lv('A', 4), lv('B', 5)], { aggregate: 'mean' }))).toEqual(['0', '1']);
    expect(range(group('G', [lv('A', 4), lv('B', 5)], { aggregate: 'mean', scale: 5 }))).toEqual(['0', '5']);
    expect(range(group('G', [ded('K', 1)], { aggregate: 'mean' }))).toEqual(['0', '0']);
  });

  it('max takes the best weighted child; min the weakest child that always counts', () => {
    const kids = [lv('A', 4, 1, { weight: 2 }), lv('B', 10)];
    expect(range(group('G', kids, { aggregate: 'max' }))).toEqual(['0', '10']);
    expect(range(group('G', kids, { aggregate: 'min' }))).toEqual(['0', '8']);
    // A child that may not apply cannot hold the worst-of down.
    const optional = [lv('A', 4, 1, { when: { profile: 'jenis', in: ['pusat'] } }), lv('B', 10)];
    expect(range(group('G', optional, { aggregate: 'min' }))).toEqual(['0', '10']);
  });

  it('composite: Σ coefficient × range; a negative coefficient flips its child; the fallback stands in', () => {
    const kids = [num('MAT', 0, 1, { coefficient: 0.75 }), num('SUR', 0, 1, { coefficient: 0.25 }), ded('KOR', 0.2)];
    expect(range(group('NI', kids, { aggregate: 'composite' }))).toEqual(['-0.2', '1']);
    const flipped = [num('MAT', 0, 1), ded('KOR', 0.2, { coefficient: -1 }), num('X', 0, 2, { coefficient: -0.5 })];
    expect(range(group('NI', flipped, { aggregate: 'composite' }))).toEqual(['-1', '1.2']);
    const fallback = [num('MAT', 0, 4), num('SUR', 0, 1, { required: true, coefficient: 0.5 })];
    expect(range(group('NI', fallback, { aggregate: 'composite', fallback: 'MAT' }))).toEqual(['0', '4.5']);
    expect(range(group('NI', [num('MAT', 0, 4, { coefficient: 0.1 }), num('SUR', 0, 1, { required: true })], { aggregate: 'composite', fallback: 'MAT' }))).toEqual(['0', '4']);
  });

  it('percent weights count as weight / 100 in a sum', () => {
    expect(range(group('G', [lv('A', 4, 1, { weight: 60 }), lv('B', 4, 1, { weight: 40 })], { weightUnit: 'percent' }))).toEqual(['0', '4']);
  });

  it('cap, then normalize, then rounding', () => {
    const g = group('G', [lv('A', 4), lv('B', 3)], { cap: 6, normalize: 100 });
    expect(aggregateRange(g, {}).max.toString()).toBe('7');
    expect(range(g)).toEqual(['0', '100']);
    expect(range(group('G', [lv('A', 3)], { aggregate: 'mean', scale: 2, rounding: { decimals: 0 } }))).toEqual(['0', '2']);
    expect(range(leaf('L', { kind: 'number', min: 0, max: 7 }, { normalize: 1 }))).toEqual(['0', '1']);
    expect(range(group('G', [ded('K', 2), lv('A', 2)], { normalize: 1 }))).toEqual(['-1', '1']);
  });

  it('a root that rounds itself makes the reachable totals steps even without a rubric rounding', () => {
    const r: Rubric = { ...rubric(group('R', [lv('A', 3)], { aggregate: 'mean', rounding: { decimals: 2 } })), format: 'merit-rubric/2' };
    expect(reachableScores(r)).toEqual({ min: Dec.ZERO, max: Dec.ONE, step: Dec.of(1n, 100n) });
  });

  it('shares: mean splits equally, composite by coefficient × maximum, best-of by maximum', () => {
    const mean = group('M', [lv('A', 4), lv('B', 2), ded('K', 1)], { aggregate: 'mean' });
    const comp = group('C', [num('X', 0, 1, { coefficient: 0.75 }), num('Y', 0, 1, { coefficient: 0.25 }), ded('Z', 1, { coefficient: -1 })], { aggregate: 'composite' });
    const r: Rubric = { ...rubric(group('R', [mean, comp], { aggregate: 'weightedMean', weightUnit: 'percent' })), format: 'merit-rubric/2' };
    const share = (code: string) => [...effectiveShares(r)].find(([n]) => n.code === code)![1].toString();
    expect([share('A'), share('B'), share('K')]).toEqual(['0.25', '0.25', '0']);
    expect([share('X'), share('Y'), share('Z')]).toEqual(['0.375', '0.125', '0']);
    expect(rubricRange(r).max.toString()).toBe('1');
  });

  it('the mini-2026 test rubric ranges over [-0.2, 1]: a correction can take a zero maturity below 0', () => {
    const mini = JSON.parse(readFileSync(new URL('../fixtures/v2/mini-2026.json', import.meta.url), 'utf8')) as Rubric;
    const r = rubricRange(mini);
    expect([r.min.toString(), r.max.toString()]).toEqual(['-0.2', '1']);
  });
});
