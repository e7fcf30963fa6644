import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/decimal.js';
import { type Diagnostic } from '../../src/diagnostics.js';
import { formatDiagnostic } from '../../src/i18n/index.js';
import type { GroupNode, LeafNode, Rubric } from '../../src/rubric/types.js';
import { catalogOf } from '../helpers/words.js';
import { baseName, evaluateTree, scoreAgency } from '../../src/scoring/score.js';
import type { Assessment } from '../../src/scoring/types.js';
import { find, group, KASN_BANDS, KASN_OUT_OF_RANGE, leaf, levels, loaded, lv, rubric, t, table } from './helpers.js';

const scoringMessages = catalogOf('scoring');

const d = (s: string): Dec => Dec.parse(s)!;
const str = (x: Dec | null): string | null => (x ? x.toString() : null);
const codes = (a: Assessment): string[] => a.diagnostics.map((x) => x.code);
const only = (a: Assessment, code: string): Diagnostic[] => a.diagnostics.filter((x) => x.code === code);

// ---------------------------------------------------------------------------------------------
// A KASN-like rubric: 8 aspects, maxima 40 40 130 40 80 40 20 20 = 410, levels 0..4 × weight.

function kasnLike(extra: Partial<Rubric> = {}): Rubric {
  const A = (code: string, weights: number[], more: LeafNode[] = []): GroupNode =>
    group(code, [...weights.map((w, i) => lv(`${code}.${i + 1}`, 4, w)), ...more]);
  return rubric(
    group('KASN', [
      A('A1', [2.5, 2.5, 2.5, 2.5]),
      A('A2', [2.5, 2.5, 2.5, 2.5]),
      A('A3', [7.5, 7.5, 7.5, 5, 5]),
      A('A4', [5, 5]),
      A('A5', [5, 5, 5, 5]),
      A('A6', [2.5, 2.5, 5]),
      A('A7', [2.5, 2.5]),
      A('A8', [2.5], [leaf('A8.2', { kind: 'linear', factor: 0.1, cap: 10 })]),
    ]),
    { id: 'kasn-like', bands: KASN_BANDS, outOfRange: KASN_OUT_OF_RANGE, rounding: { step: 0.5, mode: 'half-up' }, ...extra },
  );
}

/** [code, self, verified]: lands on 288.5 verified (A5.4 has no row), 298.5 self. */
const BAIK: [string, number, number][] = [
  ['A1.1', 3, 3],
  ['A1.2', 3, 3],
  ['A1.3', 4, 4],
  ['A1.4', 3, 3],
  ['A2.1', 4, 3],
  ['A2.2', 3, 3],
  ['A2.3', 3, 3],
  ['A2.4', 3, 3],
  ['A3.1', 3, 3],
  ['A3.2', 3, 3],
  ['A3.3', 3, 2],
  ['A3.4', 3, 3],
  ['A3.5', 3, 3],
  ['A4.1', 3, 3],
  ['A4.2', 2, 2],
  ['A5.1', 3, 3],
  ['A5.2', 3, 3],
  ['A5.3', 3, 3],
  ['A6.1', 4, 4],
  ['A6.2', 3, 3],
  ['A6.3', 3, 3],
  ['A7.1', 3, 3],
  ['A7.2', 3, 3],
  ['A8.1', 4, 4],
  ['A8.2', 85, 85],
];

describe('a KASN-like assessment', () => {
  const a = scoreAgency(loaded(kasnLike()), table(BAIK), { subject: 'Kab. Uji', period: '2024' });

  it('lands exactly on 288.5 of 410: Baik', () => {
    expect(a.score.toString()).toBe('288.5');
    expect(a.unroundedScore.toString()).toBe('288.5');
    expect(a.max.toString()).toBe('410');
    expect(a.predicate).toMatchObject({ code: 'III', kind: 'band' });
    expect(str(a.percent)).toBe(d('288.5').div(d('410')).mul(d('100')).toString());
  });

  it('keeps the self-assessed total apart: 298.5', () => {
    expect(a.selfScore.toString()).toBe('298.5');
    expect(a.selfPredicate.code).toBe('III');
  });

  it('aspect scores and maxima', () => {
    const got = a.root.children!.map((n) => [n.code, n.score.toString(), n.max.toString()]);
    expect(got).toEqual([
      ['A1', '32.5', '40'],
      ['A2', '30', '40'],
      ['A3', '90', '130'],
      ['A4', '25', '40'],
      ['A5', '45', '80'],
      ['A6', '32.5', '40'],
      ['A7', '15', '20'],
      ['A8', '18.5', '20'],
    ]);
  });

  it('coverage is the share of the maximum that had evidence (A5.4 = 20 of 410 missing)', () => {
    expect(a.coverage.eq(d('390').div(d('410')))).toBe(true);
    expect(find(a.root, 'A5').coverage.toString()).toBe('0.75');
    expect(find(a.root, 'A5.4').status).toBe('missing');
  });

  it('shares: node max over the rubric max, through every parent', () => {
    expect(find(a.root, 'A3').share.eq(d('130').div(d('410')))).toBe(true);
    expect(find(a.root, 'A3.1').share.eq(d('30').div(d('410')))).toBe(true);
    expect(a.root.share.toString()).toBe('1');
    expect(Dec.sum(a.root.children!.map((c) => c.share)).toString()).toBe('1');
  });

  it('traces every leaf: cell, raw, parsed, points, rule', () => {
    const l = find(a.root, 'A3.3');
    expect(l.trace).toEqual({
      kind: 'levels',
      used: 'verified',
      rule: 'level 2 × 7.5 = 15',
      self: { ref: { sheet: 'Penilaian', cell: 'C16', row: 16, column: 3 }, raw: 3, parsed: 3, points: d('22.5') },
      verified: { ref: { sheet: 'Penilaian', cell: 'D16', row: 16, column: 4 }, raw: 2, parsed: 2, points: d('15') },
    });
    expect(find(a.root, 'A8.2').trace?.rule).toBe('85 × 0.1 = 8.5');
    expect(find(a.root, 'A5.4').trace).toEqual({ kind: 'levels', used: 'none', rule: 'missing: zero → 0' });
  });

  it('diagnostics: verified differs (info, at the verified cell) and the missing row (warning)', () => {
    const differs = only(a, 'SCORE_VERIFIED_DIFFERS');
    expect(differs.map((x) => x.location?.code)).toEqual(['A2.1', 'A3.3']);
    expect(differs[1]).toEqual({
      code: 'SCORE_VERIFIED_DIFFERS',
      severity: 'info',
      args: { code: 'A3.3', self: '3', verified: '2', selfPoints: '22.5', verifiedPoints: '15' },
      location: { file: 'data/kab-uji.xlsx', sheet: 'Penilaian', cell: 'D16', row: 16, code: 'A3.3' },
    });
    expect(only(a, 'SCORE_MISSING_EVIDENCE')).toEqual([
      { code: 'SCORE_MISSING_EVIDENCE', severity: 'warning', args: { code: 'A5.4', policy: 'zero', hasRow: false }, location: { file: 'data/kab-uji.xlsx', code: 'A5.4' } },
    ]);
    expect(a.diagnostics.every((x) => x.severity !== 'error')).toBe(true);
  });

  it('header facts', () => {
    expect(a.tool.name).toBe('merit');
    expect(a.rubric).toEqual({ id: 'kasn-like', version: '1.0.0', sha256: 'a'.repeat(64), title: t('Rubrik uji', 'Test rubric'), status: 'official', subject: 'agency', source: 'test-rubric.json' });
    expect(a.input).toEqual({ path: 'data/kab-uji.xlsx', sha256: 'b'.repeat(64), format: 'xlsx', sheet: 'Penilaian' });
    expect(a.subject).toEqual({ name: 'Kab. Uji', period: '2024', source: 'option' });
    expect(a.generatedAt).toBeUndefined();
    expect(a.assumptions).toEqual([]);
  });

  it('327 with the ideal 410 is Sangat Baik; 65.5 is below Kategori I', () => {
    const rows = BAIK.map(([c, s, v]): [string, number, number] => [c, s, v]);
    const set = (code: string, val: number): void => {
      const r = rows.find((x) => x[0] === code)!;
      r[1] = val;
      r[2] = val;
    };
    set('A3.1', 4); // +7.5
    set('A3.2', 4); // +7.5
    set('A3.3', 4); // +15
    set('A8.2', 96); // +1.1 -> 9.6
    set('A4.2', 3); // +5
    rows.push(['A5.4', 0, 0]); // still 0
    const high = scoreAgency(loaded(kasnLike()), table(rows));
    // 288.5 + 7.5 + 7.5 + 15 + 1.1 + 5 = 324.6 -> rounds to 324.5 (III)
    expect(high.unroundedScore.toString()).toBe('324.6');
    expect(high.score.toString()).toBe('324.5');
    expect(high.predicate.code).toBe('III');
    set('A7.1', 4); // +2.5 -> 327.1 -> 327
    const iv = scoreAgency(loaded(kasnLike()), table(rows));
    expect(iv.score.toString()).toBe('327');
    expect(iv.predicate.code).toBe('IV');

    const low = scoreAgency(loaded(kasnLike()), table([['A3.1', 4, 4], ['A3.2', 4], ['A5.1', 2], ['A8.2', '0,5']]));
    // 30 + 30 + 10 + 0.05 = 70.05 -> 70
    expect(low.score.toString()).toBe('70');
    expect(low.predicate).toMatchObject({ code: 'BELOW', kind: 'below' });
  });
});

// ---------------------------------------------------------------------------------------------

describe('exact arithmetic', () => {
  it('0.1 + 0.2 = 0.3 exactly', () => {
    const r = rubric(group('R', [lv('X', 4, 0.1), lv('Y', 4, 0.2)]));
    const a = scoreAgency(loaded(r), table([['X', 1], ['Y', 1]]));
    expect(a.score.eq(d('0.3'))).toBe(true);
    expect(a.score.toString()).toBe('0.3');
    expect(a.max.toString()).toBe('1.2');
    expect(str(a.percent)).toBe('25');
  });

  it('rounding happens once, to the total: 0.25 + 0.25 -> 0.5, not 0 + 0', () => {
    const r = rubric(group('R', [lv('X', 4, 0.25), lv('Y', 4, 0.25)]), { rounding: { step: 0.5 } });
    const a = scoreAgency(loaded(r), table([['X', 1], ['Y', 1]]));
    expect(a.unroundedScore.toString()).toBe('0.5');
    expect(a.score.toString()).toBe('0.5');
    expect(find(a.root, 'X').score.toString()).toBe('0.25'); // nodes are not rounded
    const one = scoreAgency(loaded(r), table([['X', 1]]));
    expect(one.unroundedScore.toString()).toBe('0.25');
    expect(one.score.toString()).toBe('0.5'); // half-up
  });

  it('rounding modes and decimals', () => {
    const mk = (rounding: Rubric['rounding']) => rubric(group('R', [lv('X', 4, 0.125)]), { rounding });
    const ev = table([['X', 1]]);
    expect(scoreAgency(loaded(mk({ step: 0.5, mode: 'down' })), ev).score.toString()).toBe('0');
    expect(scoreAgency(loaded(mk({ step: 0.5, mode: 'up' })), ev).score.toString()).toBe('0.5');
    expect(scoreAgency(loaded(mk({ decimals: 2 })), ev).score.toString()).toBe('0.13');
    expect(scoreAgency(loaded(mk({ decimals: 2, mode: 'half-even' })), ev).score.toString()).toBe('0.12');
    expect(scoreAgency(loaded(mk(undefined)), ev).score.toString()).toBe('0.125');
  });

  it('the self-assessed total is rounded the same way', () => {
    const r = rubric(group('R', [lv('X', 4, 0.25)]), { rounding: { step: 0.5 } });
    const a = scoreAgency(loaded(r), table([['X', 1, 2]]));
    expect(a.score.toString()).toBe('0.5');
    expect(a.selfScore.toString()).toBe('0.5');
  });
});

describe('every leaf kind in one rubric', () => {
  const r = rubric(
    group('R', [
      leaf('LV', { kind: 'levels', levels: levels(4), weight: 2.5 }),
      leaf('LK', { kind: 'lookup', cases: [{ match: ['S-3'], points: 25 }, { match: ['S-2'], points: 20 }, { match: ['S-1', 'D-IV'], points: 15 }] }),
      leaf('TH', { kind: 'thresholds', steps: [{ min: 20, points: 10 }, { min: 10, points: 5 }] }),
      leaf('LN', { kind: 'linear', factor: 0.5, cap: 40 }),
      leaf('BO', { kind: 'boolean', true: 5 }),
    ]),
  );
  const a = scoreAgency(loaded(r), table([['LV', 'Level 3'], ['LK', 's 2'], ['TH', '12,5'], ['LN', 90], ['BO', 'Ya']]));

  it('scores each and sums', () => {
    expect(a.root.children!.map((n) => [n.code, n.score.toString(), n.max.toString()])).toEqual([
      ['LV', '7.5', '10'],
      ['LK', '20', '25'],
      ['TH', '5', '10'],
      ['LN', '40', '40'],
      ['BO', '5', '5'],
    ]);
    expect(a.score.toString()).toBe('77.5');
    expect(a.max.toString()).toBe('90');
  });

  it('rules', () => {
    expect(a.root.children!.map((n) => n.trace?.rule)).toEqual([
      'level 3 × 2.5 = 7.5',
      'lookup "s 2" → 20',
      'thresholds 12.5 ≥ 10 → 5',
      'min(40, 90 × 0.5) = 40',
      'boolean "Ya" → 5',
    ]);
    expect(a.root.children!.map((n) => n.trace?.self?.parsed)).toEqual([3, 'S-2', 12.5, 90, true]);
  });
});

describe('weights, caps and weighted means', () => {
  it('a sum parent multiplies each child score (and max) by its weight', () => {
    const r = rubric(group('R', [group('A', [lv('A.1', 4)], { weight: 3 }), lv('B', 4, undefined, { weight: 0.5 })]));
    const a = scoreAgency(loaded(r), table([['A.1', 2], ['B', 3]]));
    expect(find(a.root, 'A').score.toString()).toBe('2'); // own units
    expect(find(a.root, 'A').weight.toString()).toBe('3');
    expect(a.score.toString()).toBe('7.5'); // 3×2 + 0.5×3
    expect(a.max.toString()).toBe('14'); // 3×4 + 0.5×4
    expect(find(a.root, 'A').share.eq(d('12').div(d('14')))).toBe(true);
  });

  it('caps bound a group score and its max', () => {
    const r = rubric(group('R', [group('A', [lv('A.1', 4, 10), lv('A.2', 4, 10)], { cap: 50 }), lv('B', 4)]));
    const a = scoreAgency(loaded(r), table([['A.1', 4, 3], ['A.2', 3], ['B', 4]]));
    const A = find(a.root, 'A');
    expect(A.score.toString()).toBe('50'); // 30 + 30 = 60, capped
    expect(A.selfScore.toString()).toBe('50'); // 40 + 30 = 70, capped
    expect(A.max.toString()).toBe('50');
    expect(A.cap?.toString()).toBe('50');
    expect(a.score.toString()).toBe('54');
    expect(a.max.toString()).toBe('54');
    expect(str(a.percent)).toBe('100');
  });

  it('weightedMean: Σ wᵢ·(scoreᵢ/maxᵢ) / Σ wᵢ × scale', () => {
    const r = rubric(
      group(
        'IDX',
        [
          group('K', [lv('K.1', 4)], { weight: 2 }),
          group('P', [lv('P.1', 4), lv('P.2', 4)], { weight: 1 }),
          leaf('D', { kind: 'boolean', true: 1 }, { weight: 1 }),
        ],
        { aggregate: 'weightedMean', scale: 100 },
      ),
    );
    const a = scoreAgency(loaded(r), table([['K.1', 3], ['P.1', 4], ['P.2', 2], ['D', 'tidak']]));
    // (2·0.75 + 1·0.75 + 1·0) / 4 × 100 = 56.25
    expect(a.score.toString()).toBe('56.25');
    expect(a.max.toString()).toBe('100');
    expect(a.root.aggregate).toBe('weightedMean');
    expect(find(a.root, 'K').share.toString()).toBe('0.5');
    expect(find(a.root, 'P.1').share.toString()).toBe('0.125');
  });

  it('a 75/25 composite of two sub-indices', () => {
    const r = rubric(
      group(
        'COMP',
        [
          group('SM', [lv('SM.1', 4, 10), lv('SM.2', 4, 10)], { weight: 75 }),
          group('IP', [leaf('IP.1', { kind: 'linear', factor: 1, cap: 100 })], { weight: 25 }),
        ],
        { aggregate: 'weightedMean', scale: 100 },
      ),
      { rounding: { decimals: 2 } },
    );
    const a = scoreAgency(loaded(r), table([['SM.1', 3], ['SM.2', 2], ['IP.1', '81,3']]));
    // SM: 50/80 = 0.625; IP: 0.813 -> (75·0.625 + 25·0.813) / 100 × 100 = 46.875 + 20.325 = 67.2
    expect(a.unroundedScore.toString()).toBe('67.2');
    expect(a.score.toString()).toBe('67.2');
  });

  it('weightedMean leaves out excluded children (their weight too)', () => {
    const r = rubric(
      group('IDX', [group('A', [lv('A.1', 4)], { weight: 3 }), group('B', [lv('B.1', 4)], { weight: 1, missing: 'exclude' })], {
        aggregate: 'weightedMean',
        scale: 10,
      }),
    );
    const a = scoreAgency(loaded(r), table([['A.1', 2]]));
    expect(find(a.root, 'B').status).toBe('excluded');
    expect(a.score.toString()).toBe('5'); // only A counts: 0.5 × 10
    expect(a.coverage.toString()).toBe('1');
    expect(find(a.root, 'B').share.toString()).toBe('0');
  });
});

describe('missing-evidence policy', () => {
  const mk = (missing?: Rubric['missing'], node: Partial<GroupNode> = {}) => rubric(group('R', [lv('X', 4, 5), group('G', [lv('Y', 4, 5)], node)]), missing ? { missing } : {});

  it('zero (the default): scores 0 and counts in the max', () => {
    const a = scoreAgency(loaded(mk()), table([['X', 4]]));
    expect(a.score.toString()).toBe('20');
    expect(a.max.toString()).toBe('40');
    expect(str(a.percent)).toBe('50');
    expect(a.coverage.toString()).toBe('0.5');
    expect(find(a.root, 'Y')).toMatchObject({ status: 'missing', missingPolicy: 'zero' });
    expect(find(a.root, 'G').status).toBe('missing');
  });

  it('exclude: neither in the score nor in the max', () => {
    const a = scoreAgency(loaded(mk('exclude')), table([['X', 4]]));
    expect(a.score.toString()).toBe('20');
    expect(a.max.toString()).toBe('20');
    expect(str(a.percent)).toBe('100');
    expect(a.coverage.toString()).toBe('1');
    expect(find(a.root, 'Y')).toMatchObject({ status: 'excluded', missingPolicy: 'exclude' });
    expect(find(a.root, 'G').status).toBe('excluded');
    expect(find(a.root, 'Y').trace?.rule).toBe('missing: exclude');
    expect(only(a, 'SCORE_MISSING_EVIDENCE')[0]).toMatchObject({ severity: 'warning', args: { policy: 'exclude' } });
  });

  it('error: an error diagnostic, status error, scored as 0', () => {
    const a = scoreAgency(loaded(mk('error')), table([['X', 4]]));
    expect(find(a.root, 'Y').status).toBe('error');
    expect(find(a.root, 'G').status).toBe('error');
    expect(a.root.status).toBe('error');
    expect(only(a, 'SCORE_MISSING_EVIDENCE')[0]).toMatchObject({ severity: 'error', args: { code: 'Y', policy: 'error', hasRow: false } });
  });

  it('a node overrides the rubric policy for its subtree', () => {
    const a = scoreAgency(loaded(mk('error', { missing: 'exclude' })), table([['X', 4]]));
    expect(find(a.root, 'Y').status).toBe('excluded');
    expect(a.diagnostics.some((x) => x.severity === 'error')).toBe(false);
  });

  it('a row left empty is info (the row is there), a missing row a warning', () => {
    const a = scoreAgency(loaded(mk()), table([['X', 4], { code: 'Y', level: '' }]));
    expect(only(a, 'SCORE_MISSING_EVIDENCE')[0]).toMatchObject({
      severity: 'info',
      args: { code: 'Y', hasRow: true },
      location: { cell: 'C7', row: 7 },
    });
    const dash = scoreAgency(loaded(mk()), table([['X', 4], ['Y', '-']]));
    expect(find(dash.root, 'Y').status).toBe('missing');
    expect(find(dash.root, 'Y').trace?.self).toEqual({ ref: expect.anything(), raw: '-', parsed: null, points: null });
  });

  it('a file with no rows says so once', () => {
    const a = scoreAgency(loaded(mk()), table([]));
    expect(codes(a)).toEqual(['SCORE_NO_ROWS']);
    expect(a.score.toString()).toBe('0');
    expect(a.coverage.toString()).toBe('0');
  });
});

describe('self-assessed and verified values', () => {
  const r = rubric(group('R', [lv('X', 4, 10), lv('Y', 4, 10), lv('Z', 4, 10)]), { bands: [{ code: 'LO', label: t('lo'), max: 50 }, { code: 'HI', label: t('hi'), min: 50 }] });

  it('the verified value wins; both totals and predicates are kept', () => {
    const a = scoreAgency(loaded(r), table([['X', 4, 2], ['Y', 3], ['Z', null, 1]]));
    expect(a.score.toString()).toBe('60'); // 20 + 30 + 10
    expect(a.selfScore.toString()).toBe('70'); // 40 + 30 + 0
    expect(find(a.root, 'X').trace?.used).toBe('verified');
    expect(find(a.root, 'Y').trace?.used).toBe('self');
    expect(find(a.root, 'Z').trace?.used).toBe('verified');
    expect(find(a.root, 'Z').selfScore.toString()).toBe('0');
  });

  it('an invalid verified value is an error, never a fallback to the self value', () => {
    const a = scoreAgency(loaded(r), table([['X', 4, 9]]));
    expect(find(a.root, 'X')).toMatchObject({ status: 'error', score: Dec.ZERO });
    expect(find(a.root, 'X').selfScore.toString()).toBe('40');
    expect(only(a, 'SCORE_LEVEL_OUT_OF_RANGE')).toEqual([
      {
        code: 'SCORE_LEVEL_OUT_OF_RANGE',
        severity: 'error',
        args: { value: '9', level: '9', allowed: ['0', '1', '2', '3', '4'], code: 'X', column: 'verified' },
        location: { file: 'data/kab-uji.xlsx', sheet: 'Penilaian', cell: 'D6', row: 6, code: 'X' },
      },
    ]);
    expect(formatDiagnostic(only(a, 'SCORE_LEVEL_OUT_OF_RANGE')[0]!, 'en')).toBe(
      'data/kab-uji.xlsx Penilaian!D6: error: verified level "9" (X) is out of range; allowed levels: 0, 1, 2, 3, 4 [SCORE_LEVEL_OUT_OF_RANGE]',
    );
  });

  it('an invalid self value next to a valid verified one is only a warning', () => {
    const a = scoreAgency(loaded(r), table([['X', '2.5', 3]]));
    expect(find(a.root, 'X').status).toBe('scored');
    expect(only(a, 'SCORE_LEVEL_NOT_INTEGER')).toMatchObject([{ severity: 'warning', args: { column: 'level' }, location: { cell: 'C6' } }]);
  });

  it('an invalid self value that counts is an error', () => {
    const a = scoreAgency(loaded(r), table([['X', 'tiga']]));
    expect(only(a, 'SCORE_LEVEL_NOT_A_NUMBER')).toMatchObject([{ severity: 'error', args: { value: 'tiga', column: 'level', code: 'X' } }]);
    expect(find(a.root, 'X').trace?.rule).toBe('level "tiga" → SCORE_LEVEL_NOT_A_NUMBER');
  });

  it('a paragraph typed into the level column is quoted cut to 60 characters, in the message and the rule', () => {
    const paragraph = `Sudah ada SK tim seleksi dan dokumen pendukung lengkap ${'x'.repeat(400)} tahun 2024`;
    const a = scoreAgency(loaded(r), table([['X', paragraph]]));
    const d = only(a, 'SCORE_LEVEL_NOT_A_NUMBER')[0]!;
    expect(d.args.value).toBe(paragraph); // the data keeps the whole value
    const cut = JSON.stringify(`${paragraph.slice(0, 59)}…`);
    expect(formatDiagnostic(d, 'en')).toContain(`self-assessed level ${cut} (X) is not a level number`);
    expect(formatDiagnostic(d, 'en').length).toBeLessThan(220);
    expect(find(a.root, 'X').trace?.rule).toBe(`level ${cut} → SCORE_LEVEL_NOT_A_NUMBER`);
    // Exactly 60 characters are quoted whole.
    const sixty = 'a'.repeat(60);
    expect(formatDiagnostic(only(scoreAgency(loaded(r), table([['X', sixty]])), 'SCORE_LEVEL_NOT_A_NUMBER')[0]!, 'en')).toContain(JSON.stringify(sixty));
  });

  it('with no verified column selfScore equals score', () => {
    const a = scoreAgency(loaded(r), table([['X', 1], ['Y', 2], ['Z', 4]]));
    expect(a.selfScore.eq(a.score)).toBe(true);
    expect(a.selfPredicate).toEqual(a.predicate);
  });
});

describe('--assume (what-if)', () => {
  const r = rubric(group('R', [lv('X', 4, 10), lv('Y', 4, 10)]));

  it('replaces the value that counts, marks it, keeps the file value in `replaced`', () => {
    const a = scoreAgency(loaded(r), table([['X', 2, 1], ['Y', 3]]), { assume: [{ code: 'x', value: '4' }, { code: 'Y', value: 'Level 1' }] });
    expect(a.score.toString()).toBe('50'); // 40 + 10
    expect(a.selfScore.toString()).toBe('50'); // self values untouched: 20 + 30
    expect(a.assumptions).toEqual([
      { code: 'X', value: '4' },
      { code: 'Y', value: 'Level 1' },
    ]);
    const x = find(a.root, 'X').trace!;
    expect(x.used).toBe('verified');
    expect(x.verified).toEqual({ raw: '4', parsed: 4, points: d('40'), assumed: true });
    expect(x.replaced).toMatchObject({ raw: 1, parsed: 1, points: d('10'), ref: { cell: 'D6' } });
    expect(find(a.root, 'Y').trace?.verified?.assumed).toBe(true);
    expect(codes(a)).not.toContain('SCORE_VERIFIED_DIFFERS');
  });

  it('can fill a missing criterion, and an empty value takes one away', () => {
    const a = scoreAgency(loaded(r), table([['X', 2]]), { assume: [{ code: 'Y', value: '4' }, { code: 'X', value: '' }] });
    expect(find(a.root, 'Y').status).toBe('scored');
    expect(find(a.root, 'X').status).toBe('missing');
    expect(a.score.toString()).toBe('40');
  });

  it('unknown, group and duplicate codes; invalid assumed values', () => {
    const a = scoreAgency(loaded(r), table([['X', 2]]), {
      assume: [
        { code: 'Z', value: '1' },
        { code: 'R', value: '1' },
        { code: 'X', value: '3' },
        { code: 'X', value: '4' },
        { code: 'Y', value: '9' },
      ],
    });
    expect(only(a, 'SCORE_ASSUME_UNKNOWN_CODE').map((x) => [x.severity, x.args.value, x.args.group])).toEqual([
      ['error', 'Z', false],
      ['error', 'R', true],
    ]);
    expect(only(a, 'SCORE_ASSUME_DUPLICATE')).toMatchObject([{ severity: 'warning', args: { code: 'X', value: '4', previous: '3' } }]);
    expect(find(a.root, 'X').score.toString()).toBe('40'); // the last one wins
    expect(only(a, 'SCORE_LEVEL_OUT_OF_RANGE')).toEqual([
      { code: 'SCORE_LEVEL_OUT_OF_RANGE', severity: 'error', args: { value: '9', level: '9', allowed: ['0', '1', '2', '3', '4'], code: 'Y', column: 'assume' }, location: { code: 'Y' } },
    ]);
  });
});

describe('evidence rows that do not fit', () => {
  const r = rubric(group('R', [group('A1', [lv('A1.1', 4), lv('A1.2', 4)]), group('A2', [lv('A2.1', 4)])]));

  it('codes match trimmed and case-insensitively', () => {
    const a = scoreAgency(loaded(r), table([[' a1.1 ', 4], ['A1.2', 1], ['a2.1', 2]]));
    expect(a.score.toString()).toBe('7');
    expect(a.diagnostics).toEqual([]);
  });

  it('duplicate codes: the first row wins; differing values are an error naming both cells', () => {
    const a = scoreAgency(loaded(r), table([['A1.1', 4], ['A1.2', 1], ['a1.1', 2], ['A1.2', 1]]));
    expect(find(a.root, 'A1.1').score.toString()).toBe('4');
    expect(only(a, 'SCORE_DUPLICATE_CODE')).toEqual([
      {
        code: 'SCORE_DUPLICATE_CODE',
        severity: 'error',
        args: { value: 'a1.1', first: 'Penilaian!A6', firstRow: 6, same: false },
        location: { file: 'data/kab-uji.xlsx', sheet: 'Penilaian', cell: 'A8', row: 8, code: 'A1.1' },
      },
      {
        code: 'SCORE_DUPLICATE_CODE',
        severity: 'warning',
        args: { value: 'A1.2', first: 'Penilaian!A7', firstRow: 7, same: true },
        location: { file: 'data/kab-uji.xlsx', sheet: 'Penilaian', cell: 'A9', row: 9, code: 'A1.2' },
      },
    ]);
  });

  it('unknown codes: a warning with a suggestion; group codes say so; heading rows pass', () => {
    const a = scoreAgency(loaded(r), table([['A1', null], ['A1.3', 2], ['A2', 3], ['Z9', 1], ['CATATAN', null], { code: '', level: 3 }, ['A1.1', 1]]));
    expect(a.diagnostics.map((x) => [x.code, x.severity, x.args.value ?? '', x.args.group ?? '', x.args.suggestion ?? ''])).toEqual([
      ['SCORE_UNKNOWN_CODE', 'warning', 'A1.3', false, 'A1.1'],
      ['SCORE_UNKNOWN_CODE', 'warning', 'A2', true, ''],
      ['SCORE_UNKNOWN_CODE', 'warning', 'Z9', false, ''],
      ['SCORE_UNKNOWN_CODE', 'info', 'CATATAN', false, ''],
      ['SCORE_ROW_WITHOUT_CODE', 'warning', '', '', ''],
      ['SCORE_MISSING_EVIDENCE', 'warning', '', '', ''],
      ['SCORE_MISSING_EVIDENCE', 'warning', '', '', ''],
    ]);
    expect(formatDiagnostic(a.diagnostics[0]!, 'id')).toContain('maksudnya A1.1?');
    expect(formatDiagnostic(a.diagnostics[1]!, 'en')).toContain('is an aspect/group code');
  });
});

describe('where the subject and period come from', () => {
  const r = rubric(group('R', [lv('X')]));
  it('the workbook first, then the options, then the file name', () => {
    expect(scoreAgency(loaded(r), table([], { subject: ' Kab. Agam ', period: '2024' }), { subject: 'X', period: '2023' }).subject).toEqual({
      name: 'Kab. Agam',
      period: '2024',
      source: 'workbook',
    });
    expect(scoreAgency(loaded(r), table([]), { subject: 'Kota Padang', period: 'Semester 2 2023' }).subject).toEqual({
      name: 'Kota Padang',
      period: 'Semester 2 2023',
      source: 'option',
    });
    expect(scoreAgency(loaded(r), table([], { file: 'C:\\bukti\\kab-agam.2024.xlsx' })).subject).toEqual({ name: 'kab-agam.2024', source: 'filename' });
  });
  it('baseName', () => {
    expect(baseName('a/b/c.csv')).toBe('c');
    expect(baseName('noext')).toBe('noext');
    expect(baseName('.hidden')).toBe('.hidden');
  });
});

describe('rubric facts carried into the assessment', () => {
  it('a workbook made for another rubric or version warns, naming both', () => {
    const r = rubric(group('R', [lv('X')]));
    const a = scoreAgency(loaded(r), table([['X', 1]], { stamp: { id: 'kasn-2019', version: '2.0.0' } }));
    expect(only(a, 'SCORE_STAMP_MISMATCH')).toEqual([
      {
        code: 'SCORE_STAMP_MISMATCH',
        severity: 'warning',
        args: { stampId: 'kasn-2019', stampVersion: '2.0.0', rubricId: 'test-rubric', rubricVersion: '1.0.0' },
        location: { file: 'data/kab-uji.xlsx' },
      },
    ]);
    expect(formatDiagnostic(only(a, 'SCORE_STAMP_MISMATCH')[0]!, 'en')).toContain('made for rubric kasn-2019@2.0.0, but is scored with test-rubric@1.0.0');
    const same = scoreAgency(loaded(r), table([['X', 1]], { stamp: { id: 'test-rubric', version: '1.0.0', sha256: 'A'.repeat(64) } }));
    expect(same.diagnostics).toEqual([]);
    const changed = scoreAgency(loaded(r), table([['X', 1]], { stamp: { id: 'test-rubric', version: '1.0.0', sha256: 'c'.repeat(64) } }));
    expect(codes(changed)).toEqual(['SCORE_STAMP_HASH_MISMATCH']);
  });

  it('a record rubric gets an error and no score', () => {
    const r = rubric(group('IP', [leaf('KUAL', { kind: 'lookup', cases: [{ match: ['S-3'], points: 25 }] }, { column: 'pendidikan' })]), { subject: 'record' });
    const a = scoreAgency(loaded(r), table([['KUAL', 'S-3']]));
    expect(a.diagnostics).toEqual([{ code: 'SCORE_RECORD_RUBRIC', severity: 'error', args: { rubric: 'test-rubric@1.0.0' }, location: { file: 'data/kab-uji.xlsx' } }]);
    expect(a.score.toString()).toBe('0');
    expect(a.max.toString()).toBe('0');
    expect(a.percent).toBeNull();
    expect(a.predicate.kind).toBe('none');
    expect(a.root.status).toBe('error');
    expect(find(a.root, 'KUAL').status).toBe('error');
  });

  it('`when` conditions are ignored in agency rubrics, with a warning', () => {
    const r = rubric(group('R', [lv('X', 4, 1, { when: { column: 'jenis', in: ['struktural'] } })]));
    const a = scoreAgency(loaded(r), table([['X', 2]]));
    expect(a.score.toString()).toBe('2');
    expect(a.diagnostics).toEqual([
      { code: 'SCORE_CONDITION_IGNORED', severity: 'warning', args: { code: 'X', column: 'jenis' }, location: { pointer: '/root/children/0', code: 'X' } },
    ]);
  });

  it('provisional parts: rubric status, nodes and bands not confirmed', () => {
    const r = rubric(
      group('R', [lv('X', 4, 1, { provenance: { source: 'inferred from total', confidence: 'inferred' } }), lv('Y', 4, 1, { provenance: { source: 'Lampiran I', confidence: 'confirmed' } })], {
        provenance: { source: 'guess', confidence: 'uncertain' },
      }),
      {
        status: 'provisional',
        legalBasis: [{ ref: 'Peraturan KASN 9/2019' }],
        bands: [{ code: 'B', label: t('b'), min: 0, provenance: { source: 'published examples', confidence: 'inferred' } }],
      },
    );
    const a = scoreAgency(loaded(r), table([['X', 1], ['Y', 1]]));
    expect(a.provisional).toEqual({
      rubric: true,
      parts: [
        { kind: 'rubric', code: 'test-rubric', confidence: 'inferred', source: 'Peraturan KASN 9/2019' },
        { kind: 'node', code: 'R', confidence: 'uncertain', source: 'guess' },
        { kind: 'node', code: 'X', confidence: 'inferred', source: 'inferred from total' },
        { kind: 'band', code: 'B', confidence: 'inferred', source: 'published examples' },
      ],
    });
    expect(find(a.root, 'X').provenance?.confidence).toBe('inferred');
  });

  it('an official rubric with confirmed parts has no provisional parts', () => {
    const a = scoreAgency(loaded(rubric(group('R', [lv('X')]))), table([['X', 1]]));
    expect(a.provisional).toEqual({ rubric: false, parts: [] });
  });

  it('rubric load warnings and reader diagnostics come first', () => {
    const rw: Diagnostic = { code: 'RUBRIC_SOMETHING', severity: 'warning', args: {} };
    const ev = table([['X', 1]]);
    ev.diagnostics.push({ code: 'EVIDENCE_HIDDEN_ROW', severity: 'warning', args: {} });
    const a = scoreAgency(loaded(rubric(group('R', [lv('X'), lv('Y')])), { diagnostics: [rw] }), ev);
    expect(codes(a)).toEqual(['RUBRIC_SOMETHING', 'EVIDENCE_HIDDEN_ROW', 'SCORE_MISSING_EVIDENCE']);
  });

  it('timestamp and tool version only when given', () => {
    const a = scoreAgency(loaded(rubric(group('R', [lv('X')]))), table([['X', 1]]), { now: new Date('2025-01-02T03:04:05Z'), toolVersion: '9.9.9' });
    expect(a.generatedAt).toBe('2025-01-02T03:04:05.000Z');
    expect(a.tool).toEqual({ name: 'merit', version: '9.9.9' });
  });
});

describe('CSV with a decimal comma', () => {
  it('settles 1,250 as 1.25 and locates by line', () => {
    const r = rubric(group('R', [leaf('N', { kind: 'linear', factor: 1, cap: 10 }), leaf('M', { kind: 'linear', factor: 1, cap: 10 })]));
    const a = scoreAgency(loaded(r), table([['N', '1,250'], ['M', '1.000']], { decimalComma: true }));
    expect(find(a.root, 'N').score.toString()).toBe('1.25');
    expect(only(a, 'SCORE_NUMBER_AMBIGUOUS')).toEqual([
      {
        code: 'SCORE_NUMBER_AMBIGUOUS',
        severity: 'error',
        args: { value: '1.000', code: 'M', column: 'level' },
        location: { file: 'data/kab-uji.csv', line: 7, cell: 'C7', row: 7, code: 'M' },
      },
    ]);
    expect(formatDiagnostic(only(a, 'SCORE_NUMBER_AMBIGUOUS')[0]!, 'id')).toContain('pemisah ribuan');
  });
});

describe('evaluateTree is reusable on its own (record mode, what-if)', () => {
  it('scores from any per-leaf value source', () => {
    const r = rubric(group('R', [lv('X', 4, 2), lv('Y', 4, 2)]));
    const values: Record<string, number> = { X: 3, Y: 1 };
    const { root, diagnostics } = evaluateTree(r, { evidenceFor: (l) => ({ self: { raw: values[l.code]!, text: String(values[l.code]) } }) });
    expect(root.score.toString()).toBe('8');
    expect(diagnostics).toEqual([]);
  });
});

describe('the message catalog', () => {
  // Every file of src/scoring (scoring/record/ included) and of the leaf kinds, which read values.
  const sources = ['../../src/scoring/', '../../src/rubric/kinds/']
    .flatMap((dir) =>
      (readdirSync(new URL(dir, import.meta.url), { recursive: true }) as string[])
        .filter((f) => f.endsWith('.ts'))
        .map((f) => readFileSync(new URL(`${dir}${f}`, import.meta.url), 'utf8')),
    )
    .join('\n');
  const used = [...new Set(sources.match(/SCORE_[A-Z_]+/g))].sort();

  it('has words in both languages, and a hint where given, for every code scoring uses', () => {
    expect(used.length).toBeGreaterThan(15);
    const args = { code: 'A1.1', value: 'x', allowed: ['0', '1'], known: ['I'], column: 'verified', policy: 'zero', rubric: 'r@1', stampId: 'a', stampVersion: '1', rubricId: 'b', rubricVersion: '2', first: 'A1', self: '1', verified: '2', group: true, suggestion: 'A1.2', same: true, hasRow: true, previous: '1' };
    for (const code of used) {
      const m = scoringMessages[code];
      expect(m, code).toBeDefined();
      for (const lang of ['id', 'en'] as const) {
        expect(m![lang](args).length, `${code} ${lang}`).toBeGreaterThan(10);
        if (m!.hint) expect(m!.hint[lang](args).length).toBeGreaterThan(3);
      }
    }
    expect(Object.keys(scoringMessages).sort()).toEqual(used);
  });
});
