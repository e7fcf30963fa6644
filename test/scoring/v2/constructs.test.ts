/**
 * The v2 constructs one by one, each on a rubric written here with its result worked by hand:
 * best-of / worst-of, ratio (two rows, or the fraction in the cell), number with points,
 * normalisation, node rounding, criterion gates, and v1 rubrics left exactly as they were.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/decimal.js';
import type { Rubric, RubricNode } from '../../../src/rubric/types.js';
import { scoreAgency } from '../../../src/scoring/score.js';
import { find, group, leaf, loaded, lv, rubric, table, type RowSpec } from '../helpers.js';

const v2 = (root: RubricNode & { children: RubricNode[] }, extra: Partial<Rubric> = {}): Rubric => rubric(root, { format: 'merit-rubric/2', ...extra });
const s = (d: Dec | null | undefined): string | undefined => d?.toString();

describe('best-of and worst-of', () => {
  // Two trainings, either counts: max(2 × 3, 1 × 4) = 6 of max(2 × 4, 1 × 4) = 8.
  const r = v2(group('R', [group('T', [lv('T1', 4, undefined, { weight: 2 }), lv('T2', 4, undefined, { weight: 1 })], { aggregate: 'max' })]));
  it('max takes the best weighted child, and its maximum the largest', () => {
    const a = scoreAgency(loaded(r), table([['T1', 3], ['T2', 4]]));
    expect(s(find(a.root, 'T').score)).toBe('6');
    expect(s(find(a.root, 'T').max)).toBe('8');
  });
  it('min takes the worst', () => {
    const m = v2(group('R', [group('T', [lv('T1'), lv('T2')], { aggregate: 'min' })]));
    const a = scoreAgency(loaded(m), table([['T1', 3], ['T2', 1]]));
    expect(s(find(a.root, 'T').score)).toBe('1');
  });
});

describe('ratio', () => {
  // Open selections over senior posts: min(1, 6 / 8) × 10 = 7.5.
  const r = v2(group('R', [leaf('SEL', { kind: 'ratio', numerator: 'SEL.TERBUKA', denominator: 'SEL.JPT', points: 10 })]));
  it('reads two evidence rows by code (rows that are no leaf are not unknown codes)', () => {
    const a = scoreAgency(loaded(r), table([['SEL.TERBUKA', 6], ['SEL.JPT', 8]]));
    expect(s(a.score)).toBe('7.5');
    expect(a.diagnostics.map((d) => d.code)).not.toContain('SCORE_UNKNOWN_CODE');
  });
  it('or the fraction in its own cell; above 1 is capped; a zero denominator is an error', () => {
    expect(s(scoreAgency(loaded(r), table([['SEL', '9/8']])).score)).toBe('10');
    const bad = scoreAgency(loaded(r), table([['SEL', '3/0']]));
    expect(bad.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['SCORE_RATIO_INVALID']);
  });
});

describe('number', () => {
  it('maps [min, max] linearly onto [0, points]: 70 on 50–100 → 0.4 × 20 = 8', () => {
    const r = v2(group('R', [leaf('N', { kind: 'number', min: 50, max: 100, points: 20 })]));
    expect(s(scoreAgency(loaded(r), table([['N', 70]])).score)).toBe('8');
  });
  it('a 0–1 value may be written as 0–100 or with %, never outside', () => {
    const r = v2(group('R', [leaf('N', { kind: 'number', min: 0, max: 1, percentAccepted: true })]));
    expect(s(scoreAgency(loaded(r), table([['N', '0,8']], { decimalComma: true })).score)).toBe('0.8');
    expect(s(scoreAgency(loaded(r), table([['N', 80]])).score)).toBe('0.8');
    expect(s(scoreAgency(loaded(r), table([['N', '80 %']])).score)).toBe('0.8');
    expect(s(scoreAgency(loaded(r), table([['N', 1]])).score)).toBe('1');
    expect(scoreAgency(loaded(r), table([['N', 120]])).diagnostics.map((d) => d.code)).toContain('SCORE_NUMBER_OUT_OF_RANGE');
  });
});

describe('normalize and node rounding', () => {
  it('a sum normalised to 0–100: (3 + 2) / 8 × 100 = 62.5, rounded at the node to a step of 5 → 65', () => {
    const r = v2(group('R', [group('A', [lv('a1'), lv('a2')], { normalize: 100, rounding: { step: 5 } })]));
    const a = scoreAgency(loaded(r), table([['a1', 3], ['a2', 2]]));
    const n = find(a.root, 'A');
    expect(s(n.unrounded)).toBe('62.5');
    expect(s(n.score)).toBe('65');
    expect(s(n.max)).toBe('100');
  });
});

describe('criterion gates', () => {
  // 1.2 applies only when the yes/no question 1.1 is answered yes (any spelling of yes).
  const r = v2(group('R', [leaf('1.1', { kind: 'boolean', true: 0 }), lv('1.2', 4, undefined, { when: { criterion: '1.1', in: ['ya'] } })]));
  it.each([['Yes', 'scored'], ['✓', 'scored'], ['tidak', 'not-applicable']])('1.1 = %s → 1.2 %s', (answer, status) => {
    const a = scoreAgency(loaded(r), table([['1.1', answer], ['1.2', 3]]));
    expect(find(a.root, '1.2').status).toBe(status);
  });
});

describe('properties', () => {
  const r = v2(
    group('R', [group('A', [lv('a1'), lv('a2'), lv('a3', 4, undefined, { notApplicable: { allowed: true } })], { aggregate: 'mean', normalize: 1 }), group('B', [lv('b1'), lv('b2')], { aggregate: 'mean' })], {
      aggregate: 'mean',
    }),
  );
  const level = fc.integer({ min: 0, max: 4 });
  it('a not-applicable item never changes another item\'s points; normalised and mean values stay in [0, 1]', () => {
    fc.assert(
      fc.property(level, level, level, level, level, (a1, a2, a3, b1, b2) => {
        const rows = (x: number | string): RowSpec[] => [{ code: 'a1', level: a1 }, { code: 'a2', level: a2 }, { code: 'a3', level: x }, { code: 'b1', level: b1 }, { code: 'b2', level: b2 }];
        const scored = scoreAgency(loaded(r), table(rows(a3)));
        const na = scoreAgency(loaded(r), table(rows('N/A')));
        for (const code of ['a1', 'a2', 'b1', 'b2']) expect(s(find(na.root, code).score)).toBe(s(find(scored.root, code).score));
        expect(find(na.root, 'a3').status).toBe('not-applicable');
        for (const a of [scored, na])
          for (const code of ['A', 'B', 'R']) {
            const n = find(a.root, code);
            expect(n.score.lt(Dec.ZERO) || n.score.gt(Dec.ONE)).toBe(false);
          }
        // A's maturity is the mean of the applicable items only.
        expect(s(find(na.root, 'A').score)).toBe(s(Dec.int(a1 + a2).div(Dec.int(8))));
      }),
      { numRuns: 200 },
    );
  });
});

describe('v1 rubrics', () => {
  it('ignore the v2 machinery: N/A stays an invalid level and a `when` is still ignored with a warning', () => {
    const r = rubric(group('R', [lv('x'), lv('y', 4, undefined, { when: { column: 'jenis', in: ['a'] } })]));
    const a = scoreAgency(loaded(r), table([['x', 'N/A'], ['y', 2]]));
    expect(a.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['SCORE_CONDITION_IGNORED']));
    expect(find(a.root, 'x').status).toBe('error');
    expect(a.profile).toBeUndefined();
    expect(a.root.children?.every((c) => c.category === undefined)).toBe(true);
  });

  it('say that --profile is ignored, rather than ignoring it silently', () => {
    const r = rubric(group('R', [lv('x')]));
    const a = scoreAgency(loaded(r), table([['x', 2]]), { profile: [{ code: 'jenis', value: 'pusat' }] });
    expect(a.diagnostics.find((d) => d.code === 'SCORE_PROFILE_IGNORED')).toMatchObject({ severity: 'warning', args: { rubric: 'test-rubric@1.0.0' } });
    expect(a.score.toString()).toBe('2');
  });
});
