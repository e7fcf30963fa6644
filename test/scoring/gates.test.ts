import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/decimal.js';
import { UsageError } from '../../src/diagnostics.js';
import { formatDiagnostic } from '../../src/i18n/index.js';
import { classify } from '../../src/scoring/bands.js';
import { checkGates, evaluateGates, GateError } from '../../src/scoring/gates.js';
import type { Rubric } from '../../src/rubric/types.js';
import type { Assessment } from '../../src/scoring/types.js';
import { KASN_BANDS, KASN_OUT_OF_RANGE, t } from './helpers.js';

const kasn = { bands: KASN_BANDS, outOfRange: KASN_OUT_OF_RANGE };
const d = (s: string): Dec => Dec.parse(s)!;

/** Only score and predicate matter to gates. */
function scored(score: string, r: Pick<Rubric, 'bands' | 'outOfRange'> = kasn): Assessment {
  const s = d(score);
  return { score: s, predicate: classify(s, r) } as Assessment;
}

describe('--fail-under', () => {
  it('passes at or above, fails below, with expected/found strings', () => {
    expect(evaluateGates(scored('288.5'), kasn, { failUnder: d('250') })).toEqual([
      { gate: 'fail-under', passed: true, expected: '>= 250', found: '288.5' },
    ]);
    expect(evaluateGates(scored('250'), kasn, { failUnder: d('250') })[0]!.passed).toBe(true);
    expect(evaluateGates(scored('249.5'), kasn, { failUnder: d('250') })).toEqual([
      { gate: 'fail-under', passed: false, expected: '>= 250', found: '249.5' },
    ]);
  });
});

describe('--min-predicate', () => {
  it.each([
    ['288.5', 'III', true, 'III'],
    ['250', 'III', true, 'III'],
    ['249.5', 'III', false, 'II'],
    ['410', 'III', true, 'IV'],
    ['324.5', 'IV', false, 'III'],
    ['65.5', 'I', false, 'BELOW'],
    ['65.5', 'BELOW', true, 'BELOW'],
    ['100', 'i', true, 'I'],
  ])('score %s, min %s -> passed %s (found %s)', (score, min, passed, found) => {
    const [g] = evaluateGates(scored(score), kasn, { minPredicate: min });
    expect(g).toEqual({ gate: 'min-predicate', passed, expected: `>= ${min.toUpperCase()}`, found });
  });

  it('above the range passes every band; the above label only above the range', () => {
    const r = { bands: KASN_BANDS.map((b) => (b.code === 'IV' ? { ...b, max: 410, maxInclusive: true } : b)), outOfRange: { ...KASN_OUT_OF_RANGE, above: { code: 'ABOVE', label: t('Di atas') } } };
    expect(evaluateGates(scored('420', r), r, { minPredicate: 'IV' })[0]).toMatchObject({ passed: true, found: 'ABOVE' });
    expect(evaluateGates(scored('420', r), r, { minPredicate: 'ABOVE' })[0]!.passed).toBe(true);
    expect(evaluateGates(scored('410', r), r, { minPredicate: 'ABOVE' })[0]!.passed).toBe(false);
  });

  it('a score in a gap passes the band below the gap and fails the one above', () => {
    const r = {
      bands: [
        { code: 'LOW', label: t('Rendah'), min: 0, max: 50 },
        { code: 'HIGH', label: t('Tinggi'), min: 80 },
      ],
    };
    expect(evaluateGates(scored('60', r), r, { minPredicate: 'LOW' })[0]).toMatchObject({ passed: true, found: 'none' });
    expect(evaluateGates(scored('60', r), r, { minPredicate: 'HIGH' })[0]!.passed).toBe(false);
  });

  it('both gates, in order', () => {
    expect(evaluateGates(scored('300'), kasn, { failUnder: d('310'), minPredicate: 'III' }).map((g) => [g.gate, g.passed])).toEqual([
      ['fail-under', false],
      ['min-predicate', true],
    ]);
    expect(evaluateGates(scored('300'), kasn, {})).toEqual([]);
  });

  it('an unknown code is a usage error naming the known codes', () => {
    expect(() => evaluateGates(scored('300'), kasn, { minPredicate: 'V' })).toThrow(GateError);
    try {
      evaluateGates(scored('300'), kasn, { minPredicate: 'V' });
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      const diag = (e as GateError).diagnostic;
      expect(diag).toEqual({ code: 'SCORE_GATE_UNKNOWN_BAND', severity: 'error', args: { value: 'V', known: ['BELOW', 'I', 'II', 'III', 'IV'] } });
      expect(formatDiagnostic(diag, 'en')).toContain('known codes: BELOW, I, II, III, IV');
    }
    expect(checkGates(kasn, { minPredicate: 'V' })).toHaveLength(1);
    expect(checkGates(kasn, { minPredicate: 'iii' })).toEqual([]);
    expect(checkGates(kasn, {})).toEqual([]);
  });
});
