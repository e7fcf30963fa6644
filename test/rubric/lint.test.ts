import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/decimal.js';
import { bandEdges, lintRubric } from '../../src/rubric/lint.js';
import { closest, levenshtein } from '../../src/rubric/suggest.js';
import { effectiveShares, intervalReachable, reachableScores, roundingStep, roundTotal, rubricRange } from '../../src/rubric/tree.js';
import type { Band, GroupNode, LeafNode, Rubric, RubricNode } from '../../src/rubric/types.js';

const T = (s: string) => ({ id: s, en: s });
const levels = (code: string, weight: number, extra: Partial<LeafNode> = {}): LeafNode => ({
  code,
  name: T(code),
  scoring: { kind: 'levels', weight, levels: [0, 1, 2, 3, 4].map((value) => ({ value, label: T(String(value)) })) },
  ...extra,
});
const group = (code: string, children: RubricNode[], extra: Partial<GroupNode> = {}): GroupNode => ({ code, name: T(code), children, ...extra });
const band = (code: string, min?: number, max?: number, extra: Partial<Band> = {}): Band => ({
  code,
  label: T(code),
  ...(min !== undefined ? { min } : {}),
  ...(max !== undefined ? { max } : {}),
  ...extra,
});

/** A KASN-like rubric: leaves give 0..4 × weight; total max 410 with these weights. */
function rubric(over: Partial<Rubric> = {}): Rubric {
  return {
    format: 'merit-rubric/1',
    id: 't',
    version: '1.0.0',
    title: T('t'),
    status: 'provisional',
    legalBasis: [{ ref: 'x' }],
    subject: 'agency',
    rounding: { step: 0.5 },
    root: group('R', [levels('A', 40), levels('B', 40), levels('C', 22.5)]),
    bands: [band('I', 100, 175), band('II', 175, 250), band('III', 250, 325), band('IV', 325)],
    outOfRange: { below: { code: 'BELOW', label: T('below') } },
    ...over,
  };
}
const codes = (r: Rubric) => lintRubric(r).map((d) => d.code);

describe('band coverage over the reachable range', () => {
  it('accepts KASN-like bands (total 410, step 0.5) with a below-range label', () => {
    expect(rubricRange(rubric()).max.toString()).toBe('410');
    expect(codes(rubric())).toEqual([]);
  });

  it('requires the below label when 0 is reachable', () => {
    expect(codes(rubric({ outOfRange: {} }))).toEqual(['RUBRIC_BELOW_UNCOVERED']);
  });

  it('a gap no rounded score can fall in is fine; without rounding it is an error', () => {
    const bands = [band('I', 100, 174.5, { maxInclusive: true }), band('II', 175)];
    expect(codes(rubric({ bands }))).toEqual([]);
    expect(codes(rubric({ bands, rounding: { step: 0.25 } }))).toEqual(['RUBRIC_BAND_GAP']);
    const d = lintRubric(rubric({ bands, rounding: undefined }));
    expect(d.map((x) => [x.code, x.args.gap])).toEqual([['RUBRIC_BAND_GAP', '(174.5, 175)']]);
  });

  it('a single point between two exclusive edges is a gap when reachable', () => {
    const bands = [band('I', 100, 175), band('II', 175, undefined, { minInclusive: false })];
    expect(lintRubric(rubric({ bands })).map((d) => [d.code, d.args.gap])).toEqual([['RUBRIC_BAND_GAP', '[175, 175]']]);
  });

  it('equal edges that are both inclusive overlap; an open-ended band before another overlaps', () => {
    expect(codes(rubric({ bands: [band('I', 100, 175, { maxInclusive: true }), band('II', 175)] }))).toEqual(['RUBRIC_BAND_OVERLAP']);
    expect(codes(rubric({ bands: [band('I', 100), band('II', 175)] }))).toEqual(['RUBRIC_BAND_OVERLAP']);
  });

  it('a gap above the reachable maximum does not matter, but an uncovered reachable top does', () => {
    const r = rubric({ root: group('R', [levels('A', 10)]), bands: [band('I', 0, 50), band('II', 50, 60), band('III', 70)] });
    expect(codes(r)).toEqual(['RUBRIC_BAND_UNREACHABLE', 'RUBRIC_BAND_UNREACHABLE']);
    expect(codes({ ...r, bands: [band('I', 0, 20), band('II', 50, 60)] })).toEqual(['RUBRIC_BAND_GAP', 'RUBRIC_BAND_UNREACHABLE']);
    const top = rubric({ root: group('R', [levels('A', 10)]), bands: [band('I', 0, 20)] });
    expect(codes(top)).toEqual(['RUBRIC_ABOVE_UNCOVERED']);
    expect(codes({ ...top, bands: [band('I', 0, 40, { maxInclusive: true })] })).toEqual([]);
  });

  it('judges a 0..1 weighted-mean index rounded to 2 decimals', () => {
    const r = rubric({
      rounding: { decimals: 2 },
      root: group('N', [levels('A', 1), levels('B', 1, { weight: 3 })], { aggregate: 'weightedMean' }),
      bands: [band('D', 0, 0.41), band('L', 0.41, 0.61), band('M', 0.61, 0.81), band('T', 0.81, 1, { maxInclusive: true })],
      outOfRange: {},
    });
    expect(rubricRange(r)).toEqual({ min: Dec.ZERO, max: Dec.ONE });
    expect(codes(r)).toEqual([]);
    // [0.405, 0.41) holds no multiple of 0.01; [0.4, 0.41) holds 0.40.
    expect(codes({ ...r, bands: [band('D', 0, 0.405), band('L', 0.41, 1, { maxInclusive: true })] })).toEqual([]);
    expect(codes({ ...r, bands: [band('D', 0, 0.4), band('L', 0.41, 1, { maxInclusive: true })] })).toEqual(['RUBRIC_BAND_GAP']);
  });

  it('renders edges in interval notation', () => {
    expect(bandEdges(band('I', 250, 325))).toBe('[250, 325)');
    expect(bandEdges(band('IV', 325))).toBe('[325, ∞)');
    expect(bandEdges({ max: 100, maxInclusive: true })).toBe('(-∞, 100]');
    expect(bandEdges({ min: 60, minInclusive: false, max: 70, maxInclusive: true })).toBe('(60, 70]');
  });
});

describe('tree facts', () => {
  it('rounds totals once, as the rubric says', () => {
    expect(roundTotal(Dec.parse('288.25')!, { rounding: { step: 0.5 } }).toString()).toBe('288.5');
    expect(roundTotal(Dec.parse('288.24')!, { rounding: { step: 0.5 } }).toString()).toBe('288');
    expect(roundTotal(Dec.parse('0.405')!, { rounding: { decimals: 2 } }).toString()).toBe('0.41');
    expect(roundTotal(Dec.parse('0.405')!, { rounding: { decimals: 2, mode: 'half-even' } }).toString()).toBe('0.4');
    expect(roundTotal(Dec.parse('1.23456')!, {}).toString()).toBe('1.23456');
    expect(roundingStep({ rounding: { decimals: 3 } })?.toString()).toBe('0.001');
  });

  it('decides whether any reachable total falls in an interval', () => {
    const reach = { min: Dec.ZERO, max: Dec.int(10), step: Dec.parse('0.5')! };
    const e = (v: number | undefined, inclusive: boolean) => ({ ...(v !== undefined ? { value: Dec.num(v) } : {}), inclusive });
    expect(intervalReachable(e(3.1, true), e(3.4, true), reach)).toBe(false);
    expect(intervalReachable(e(3.1, true), e(3.5, true), reach)).toBe(true);
    expect(intervalReachable(e(3.1, true), e(3.5, false), reach)).toBe(false);
    expect(intervalReachable(e(10, false), e(undefined, false), reach)).toBe(false);
    expect(intervalReachable(e(undefined, false), e(0, false), reach)).toBe(false);
    expect(intervalReachable(e(undefined, false), e(0, true), reach)).toBe(true);
    expect(intervalReachable(e(3.1, true), e(3.4, true), { min: Dec.ZERO, max: Dec.int(10) })).toBe(true);
  });

  it('reports the rounded reachable range', () => {
    const r = rubric({ root: group('R', [levels('A', 0.3)]), rounding: { step: 0.5 } });
    expect(reachableScores(r)).toEqual({ min: Dec.ZERO, max: Dec.parse('1')!, step: Dec.parse('0.5') });
  });

  it('treats children conditioned on one column as alternatives when computing the maximum', () => {
    const when = (w: { in?: string[]; notIn?: string[] }) => ({ when: { column: 'Jabatan', ...w } });
    const r = (children: RubricNode[]) => rubricRange(rubric({ root: group('R', children) })).max.toString();
    // struktural/fungsional vs the rest: one applies.
    expect(r([levels('S', 10, when({ in: ['Struktural', 'fungsional'] })), levels('P', 5, when({ notIn: ['struktural', 'Fungsional'] })), levels('U', 1)])).toBe('44');
    // Overlapping value sets: "b" selects both.
    expect(r([levels('X', 1, when({ in: ['a', 'b'] })), levels('Y', 2, when({ in: ['b', 'c'] }))])).toBe('12');
    // Conditions on different columns are independent.
    expect(r([levels('X', 1, when({ in: ['a'] })), levels('Y', 2, { when: { column: 'other', in: ['a'] } })])).toBe('12');
    // Case and spaces do not matter.
    expect(r([levels('X', 1, when({ in: ['Jabatan Struktural'] })), levels('Y', 2, when({ notIn: ['jabatanstruktural'] }))])).toBe('8');
  });

  it('computes effective shares: sum by maxima, weighted mean by weights, alternatives under a cap', () => {
    const a = levels('A', 10);
    const b = levels('B', 30);
    const r = rubric({ root: group('R', [a, b]) });
    const s = effectiveShares(r);
    expect(s.get(a)!.toString()).toBe('0.25');
    expect(s.get(b)!.toString()).toBe('0.75');
    const x = group('X', [levels('X1', 1)], { when: { column: 'p', in: ['a'] } });
    const y = group('Y', [levels('Y1', 1)], { when: { column: 'p', notIn: ['a'] } });
    const k = group('K', [x, y], { cap: 4 });
    const w = rubric({ root: group('N', [k, levels('M', 1, { weight: 3 })], { aggregate: 'weightedMean' }) });
    const ws = effectiveShares(w);
    expect(ws.get(k)!.toString()).toBe('0.25');
    expect(ws.get(x)!.toString()).toBe('0.25');
    expect(ws.get(y)!.toString()).toBe('0.25');
  });
});

describe('lint rules on levels, weights and caps', () => {
  it('reports every error at once', () => {
    const r = rubric({
      root: group('R', [
        levels('A', 40),
        levels('A', 40),
        group('G', [levels('G1', 1)], { cap: 0 }),
        { code: 'T', name: T('T'), scoring: { kind: 'thresholds', steps: [{ min: 1, points: 1 }, { min: 2, points: 2 }] } },
        { code: 'L', name: T('L'), scoring: { kind: 'linear', factor: 1, cap: 5, floor: 5 } },
      ]),
      outOfRange: {},
    });
    expect(codes(r).sort()).toEqual(['RUBRIC_CAP_NOT_POSITIVE', 'RUBRIC_DUPLICATE_CODE', 'RUBRIC_LINEAR_CAP', 'RUBRIC_THRESHOLDS_ORDER'].sort());
  });

  it('compares node codes case-insensitively', () => {
    expect(codes(rubric({ root: group('R', [levels('a1', 40), levels('A1', 40), levels('C', 22.5)]) }))).toEqual(['RUBRIC_DUPLICATE_CODE']);
  });

  it('accepts thresholds with an equal bound when the first is exclusive', () => {
    const leaf: LeafNode = { code: 'T', name: T('T'), scoring: { kind: 'thresholds', steps: [{ min: 10, inclusive: false, points: 5 }, { min: 10, points: 3 }] } };
    expect(codes(rubric({ root: group('R', [levels('A', 100), leaf]), bands: [band('I', 0)] }))).toEqual([]);
  });

  it('never mutates the rubric it checks', () => {
    const r = rubric({ root: group('R', [levels('A', 40), levels('A', 40)]) });
    const before = JSON.stringify(r);
    lintRubric(r);
    expect(JSON.stringify(r)).toBe(before);
  });
});

describe('did-you-mean', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(levenshtein('lable', 'label')).toBe(1);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
  });
  it('suggests only near misses', () => {
    expect(closest('lable', ['label', 'value'])).toBe('label');
    expect(closest('Scoring', ['scoring'])).toBe('scoring');
    expect(closest('x', ['id', 'en'])).toBeUndefined();
    expect(closest('totally-different', ['kasn-2019'])).toBeUndefined();
  });
});
