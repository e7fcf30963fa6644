/**
 * The v2 words every renderer shares (src/report/v2.ts): conditions in words over a profile
 * question, a criterion or a record column, with `in` and `notIn`; how a mean, best-of or
 * worst-of group combined its children; composite terms; the capped predicate; isV2.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/decimal.js';
import { aggregateText, cappedText, compositeTerms, isV2, notApplicableText, profileLines } from '../../../src/report/v2.js';
import type { NodeResult } from '../../../src/scoring/types.js';
import { sampleAssessment } from '../../helpers/sample-assessment.js';
import { find } from '../../scoring/helpers.js';
import { capped, kabkota, pusat } from './fixtures.js';

describe('v2 words', () => {
  it('isV2: only an assessment with v2 results', () => {
    expect(isV2(sampleAssessment())).toBe(false);
    expect(isV2(kabkota())).toBe(true);
  });

  it('words a condition with notIn, over several values, and over a record column', () => {
    const a = kabkota();
    const n: NodeResult = find(a.root, '1.2a');
    n.notApplicable = { reason: 'condition', condition: { profile: 'jenis', notIn: ['kabkota'] }, value: 'kab/kota' };
    expect(notApplicableText(n, a, 'en')).toBe('applies unless Agency type: Regency/city; here: Regency/city');
    n.notApplicable = { reason: 'condition', condition: { criterion: '2.1', in: ['1', '2', '3'] } };
    expect(notApplicableText(n, a, 'id')).toBe('berlaku bila 2.1 Jaminan pensiun: 1, 2, 3; di sini: tidak dijawab');
    n.notApplicable = { reason: 'condition', condition: { column: 'jenis_jabatan', in: ['JPT'] }, value: 'JFT' };
    expect(notApplicableText(n, a, 'en')).toBe('applies when column jenis_jabatan: JPT; here: JFT');
    expect(notApplicableText(find(a.root, '1.1'), a, 'en')).toBeUndefined();
  });

  it('says how a mean, best-of or worst-of group combined its children', () => {
    const a = kabkota();
    const a1: NodeResult = find(a.root, 'A1');
    expect(aggregateText(a1, a, 'en')).toBe('mean of the 2 applicable items');
    expect(aggregateText(find(a.root, 'A2'), a, 'en')).toBe('mean of the 1 applicable item');
    a1.aggregate = 'max';
    expect(aggregateText(a1, a, 'en')).toBe('best of: 1.2b Competency standard (regency/city)');
    a1.aggregate = 'min';
    expect(aggregateText(a1, a, 'id')).toBe('yang terendah: 1.1 Rencana kebutuhan');
    expect(aggregateText(find(a.root, 'MAT'), a, 'en')).toBeUndefined();
  });

  it('composite terms: coefficient × score, a deduction as a minus, a negative coefficient as a product', () => {
    const a = kabkota();
    const terms = compositeTerms(a.root, 'en');
    expect(terms.map((t) => t.text)).toEqual(['0.75 × 0.73 = 0.5475', '0.25 × 0.8 = 0.2', '− 0.05']);
    expect(terms[2]).toMatchObject({ deduction: true, reason: 'temuan pelanggaran netralitas' });
    a.root.children![1]!.coefficient = Dec.parse('-0.5')!;
    expect(compositeTerms(a.root, 'en')[1]!.text).toBe('-0.5 × 0.8 = -0.4');
  });

  it('the capped predicate names the bands by their labels and the children that held it back', () => {
    expect(cappedText(capped().predicate, capped(), 'id')).toBe('semestinya TINGGI Tinggi, tetapi A2 Perlindungan di bawah MENENGAH Menengah');
    expect(cappedText(kabkota().predicate, kabkota(), 'id')).toBeUndefined();
  });

  it('profile lines: an unknown or missing answer says so', () => {
    const a = pusat();
    const q = a.profile![1]!;
    a.profile![1] = { code: q.code, label: q.label, value: null, raw: 'mungkin', source: 'evidence', ...(q.ref ? { ref: q.ref } : {}) };
    expect(profileLines(a, 'en')[1]).toMatchObject({ answer: '"mungkin" (not an allowed answer)', ok: false, where: 'C7' });
    a.profile![1] = { code: q.code, label: q.label, value: null, source: 'none' };
    expect(profileLines(a, 'id')[1]).toMatchObject({ answer: 'tidak dijawab', ok: false, where: '' });
  });
});
