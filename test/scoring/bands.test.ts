import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/decimal.js';
import type { Band, Rubric } from '../../src/rubric/types.js';
import { bandRank, classify, compareBandCodes, findPredicateCode, knownPredicateCodes, orderedBands } from '../../src/scoring/bands.js';
import { KASN_BANDS, KASN_OUT_OF_RANGE, t } from './helpers.js';

type BandRubric = Pick<Rubric, 'bands' | 'outOfRange'>;
const kasn: BandRubric = { bands: KASN_BANDS, outOfRange: KASN_OUT_OF_RANGE };
const d = (s: string): Dec => Dec.parse(s)!;

describe('KASN-like bands [100,175) [175,250) [250,325) [325,∞) with a below label', () => {
  it.each([
    ['65.5', 'BELOW', 'below'],
    ['99.5', 'BELOW', 'below'],
    ['100', 'I', 'band'],
    ['174.5', 'I', 'band'],
    ['175', 'II', 'band'],
    ['249.5', 'II', 'band'],
    ['250', 'III', 'band'],
    ['288.5', 'III', 'band'],
    ['324.5', 'III', 'band'],
    ['325', 'IV', 'band'],
    ['327', 'IV', 'band'],
    ['410', 'IV', 'band'],
  ])('%s -> %s', (score, code, kind) => {
    const p = classify(d(score), kasn);
    expect(p.code).toBe(code);
    expect(p.kind).toBe(kind);
  });

  it('carries labels and colours', () => {
    expect(classify(d('330.5'), kasn)).toEqual({ code: 'IV', label: t('Sangat Baik', 'Very Good'), color: '#1565c0', kind: 'band' });
    expect(classify(d('250'), kasn)).toEqual({ code: 'III', label: t('Baik', 'Good'), kind: 'band' });
  });

  it('below with no below label is `none`', () => {
    expect(classify(d('65.5'), { bands: KASN_BANDS })).toMatchObject({ code: 'none', kind: 'none' });
  });
});

describe('exclusive lower edges, inclusive upper edges: (90,100] (80,90] ...', () => {
  const ipAsn: BandRubric = {
    bands: [
      { code: 'SR', label: t('Sangat Rendah'), max: 60, maxInclusive: true },
      { code: 'R', label: t('Rendah'), min: 60, minInclusive: false, max: 70, maxInclusive: true },
      { code: 'S', label: t('Sedang'), min: 70, minInclusive: false, max: 80, maxInclusive: true },
      { code: 'T', label: t('Tinggi'), min: 80, minInclusive: false, max: 90, maxInclusive: true },
      { code: 'ST', label: t('Sangat Tinggi'), min: 90, minInclusive: false, max: 100, maxInclusive: true },
    ],
    outOfRange: { above: { code: 'ABOVE', label: t('Di atas rentang', 'Above range') } },
  };

  it.each([
    ['-5', 'SR'],
    ['60', 'SR'],
    ['60.01', 'R'],
    ['70', 'R'],
    ['90', 'T'],
    ['90.000001', 'ST'],
    ['100', 'ST'],
    ['100.5', 'ABOVE'],
  ])('%s -> %s', (score, code) => {
    expect(classify(d(score), ipAsn).code).toBe(code);
  });

  it('the above label has kind above', () => {
    expect(classify(d('101'), ipAsn).kind).toBe('above');
  });
});

describe('gaps, empty band sets and order', () => {
  const gappy: BandRubric = {
    bands: [
      { code: 'HIGH', label: t('Tinggi'), min: 80 },
      { code: 'LOW', label: t('Rendah'), min: 0, max: 50 },
    ],
    outOfRange: { below: { code: 'NEG', label: t('Negatif') } },
  };

  it('a score in a gap gets `none`', () => {
    expect(classify(d('60'), gappy)).toMatchObject({ code: 'none', kind: 'none', label: { id: 'tanpa predikat', en: 'no predicate' } });
    expect(classify(d('-1'), gappy).code).toBe('NEG');
  });

  it('no bands at all: `none`', () => {
    expect(classify(d('1'), { bands: [] }).kind).toBe('none');
  });

  it('bands are ordered by score, whatever order the file lists them in', () => {
    expect(orderedBands(gappy).map((b) => b.code)).toEqual(['LOW', 'HIGH']);
    const unbounded: Band[] = [
      { code: 'B', label: t('b'), min: 10 },
      { code: 'A', label: t('a'), max: 10 },
      { code: 'C', label: t('c'), min: 10, minInclusive: false, max: 20 },
    ];
    expect(orderedBands({ bands: unbounded }).map((b) => b.code)).toEqual(['A', 'B', 'C']);
  });

  it('bandRank and compareBandCodes follow ascending score order, out-of-range labels at the ends', () => {
    expect(bandRank(kasn, 'BELOW')).toBe(-1);
    expect(bandRank(kasn, 'I')).toBe(0);
    expect(bandRank(kasn, 'iv')).toBe(3);
    expect(bandRank(kasn, 'V')).toBeUndefined();
    expect(compareBandCodes(kasn, 'II', 'III')).toBe(-1);
    expect(compareBandCodes(kasn, 'IV', ' iii ')).toBe(1);
    expect(compareBandCodes(kasn, 'III', 'III')).toBe(0);
    expect(compareBandCodes(kasn, 'BELOW', 'I')).toBe(-1);
    expect(compareBandCodes(kasn, 'X', 'I')).toBeUndefined();
    expect(knownPredicateCodes(kasn)).toEqual(['BELOW', 'I', 'II', 'III', 'IV']);
    expect(findPredicateCode(kasn, 'below')?.kind).toBe('below');
  });
});
