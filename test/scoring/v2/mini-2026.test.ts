/**
 * Rubric language v2 scored end to end on a small rubric of our own (test/fixtures/v2/
 * mini-2026.json): profile questions, a variant pair, a gate, a declared not-applicable item,
 * maturity means, percent weights, node rounding, a composite with a survey and a correction,
 * per-aspect categories, a band cap and a nominal figure. Every expected number is worked by hand
 * in the comments.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/decimal.js';
import type { Rubric } from '../../../src/rubric/types.js';
import { scoreAgency } from '../../../src/scoring/score.js';
import { find, loaded, table, type RowSpec } from '../helpers.js';

const RUBRIC = JSON.parse(readFileSync(new URL('../../fixtures/v2/mini-2026.json', import.meta.url), 'utf8')) as Rubric;
const L = loaded(RUBRIC);

/** The regency's evidence (the same as test/fixtures/v2/mini-2026-kabkota.csv). */
const KABKOTA: RowSpec[] = [
  { code: 'jenis', level: 'Pemerintah Kabupaten/Kota' },
  { code: 'kecelakaan', level: 'Tidak' },
  { code: '1.1', level: 3 },
  { code: '1.2b', level: 4 },
  { code: '2.1', level: 2 },
  { code: '2.3', level: 'TB', notes: 'tidak ada perkara' },
  { code: 'SUR', level: 80 },
  { code: 'KOR', level: '0,05', notes: 'temuan pelanggaran netralitas' },
];

const with_ = (rows: RowSpec[], changes: Record<string, RowSpec | null>): RowSpec[] => {
  const out = rows.filter((r) => !(String(r.code) in changes)).concat(Object.values(changes).filter((r): r is RowSpec => r !== null));
  return out;
};
const s = (d: Dec | null | undefined): string | undefined => d?.toString();
const errors = (a: ReturnType<typeof scoreAgency>) => a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);

describe('mini-2026: the regency (kab/kota, no accident, survey 80, correction 0.05)', () => {
  const a = scoreAgency(L, table(KABKOTA, { decimalComma: true }));

  it('answers the profile from the rows, by label', () => {
    expect(a.profile?.map((p) => [p.code, p.value, p.source])).toEqual([
      ['jenis', 'kabkota', 'evidence'],
      ['kecelakaan', 'tidak', 'evidence'],
    ]);
    expect(errors(a)).toEqual([]);
  });

  it('A1 = mean(3/4, 4/4) = 0.875 → TINGGI; the pusat variant does not apply', () => {
    const a1 = find(a.root, 'A1');
    expect(s(a1.score)).toBe('0.875');
    expect(s(a1.max)).toBe('1');
    expect(a1.category?.code).toBe('TINGGI');
    const v = find(a.root, '1.2a');
    expect(v.status).toBe('not-applicable');
    expect(v.notApplicable).toMatchObject({ reason: 'condition', condition: { profile: 'jenis', in: ['pusat'] }, value: 'Pemerintah Kabupaten/Kota' });
    expect(s(v.max)).toBe('0');
  });

  it('A2 = mean(2/4) = 0.5 → LANJUTAN: the gated 2.2 and the declared 2.3 leave the count', () => {
    const a2 = find(a.root, 'A2');
    expect(s(a2.score)).toBe('0.5');
    expect(a2.category?.code).toBe('LANJUTAN');
    expect(find(a.root, '2.2').notApplicable).toMatchObject({ reason: 'condition', value: 'Tidak' });
    expect(find(a.root, '2.3').notApplicable).toMatchObject({ reason: 'declared', value: 'TB' });
    expect(find(a.root, '2.3').notApplicable?.ref?.cell).toBe('C11');
  });

  it('MAT = 60% × 0.875 + 40% × 0.5 = 0.725, rounded once at the node to 0.73 → MENENGAH', () => {
    const mat = find(a.root, 'MAT');
    expect(s(mat.unrounded)).toBe('0.725');
    expect(s(mat.score)).toBe('0.73');
    expect(mat.category?.code).toBe('MENENGAH');
  });

  it('NI = 0.75 × 0.73 + 0.25 × 0.80 − 0.05 = 0.6975 → 0.70 MENENGAH; nominal 70 %', () => {
    expect(s(find(a.root, 'SUR').score)).toBe('0.8');
    expect(s(find(a.root, 'KOR').score)).toBe('-0.05');
    expect(find(a.root, 'KOR').trace?.notes).toBe('temuan pelanggaran netralitas');
    expect(s(a.unroundedScore)).toBe('0.6975');
    expect(s(a.score)).toBe('0.7');
    expect(a.predicate.code).toBe('MENENGAH');
    expect(a.predicate.capped).toBeUndefined();
    expect(s(a.nominal?.value)).toBe('70');
    expect(a.nominal?.unit).toBe('%');
    expect(find(a.root, 'MAT').coefficient?.toString()).toBe('0.75');
    expect(a.incomplete).toBeUndefined();
  });
});

describe('mini-2026: the other constructs', () => {
  it('the band cap: 0.85 would be TINGGI, but A2 is below MENENGAH → MENENGAH, saying why', () => {
    // A1 = 1, A2 = 0.5, MAT = 0.6 + 0.2 = 0.8; NI = 0.75 × 0.8 + 0.25 × 1 − 0 (no KOR row: default 0) = 0.85.
    const rows = with_(KABKOTA, { '1.1': { code: '1.1', level: 4 }, SUR: { code: 'SUR', level: '100%' }, KOR: null });
    const a = scoreAgency(L, table(rows, { decimalComma: true }));
    expect(s(a.score)).toBe('0.85');
    expect(a.predicate.code).toBe('MENENGAH');
    expect(a.predicate.capped).toEqual({ from: 'TINGGI', atLeast: 'MENENGAH', of: 'MAT', children: ['A2'] });
    expect(find(a.root, 'KOR').status).toBe('scored');
    expect(s(find(a.root, 'KOR').score)).toBe('0');
  });

  it('no survey row: the composite is incomplete and stands in with MAT (0.73), never a silent 0', () => {
    const a = scoreAgency(L, table(with_(KABKOTA, { SUR: null }), { decimalComma: true }));
    expect(a.incomplete).toEqual({ code: 'NI', missing: ['SUR'], fallback: 'MAT' });
    expect(a.root.status).toBe('incomplete');
    expect(s(a.score)).toBe('0.73');
    expect(a.predicate.code).toBe('MENENGAH');
  });

  it('a central agency: the pusat variant applies instead (A1 = mean(3/4, 2/4) = 0.625)', () => {
    const a = scoreAgency(L, table(with_(KABKOTA, { jenis: { code: 'jenis', level: 'pusat' }, '1.2a': { code: '1.2a', level: 2 } }), { decimalComma: true }));
    expect(s(find(a.root, 'A1').score)).toBe('0.625');
    expect(find(a.root, '1.2b').status).toBe('not-applicable');
    expect(find(a.root, '1.2a').status).toBe('scored');
  });

  it('the gate answered ya switches on exactly 2.2 (A2 = mean(2/4, 4/4) = 0.75)', () => {
    const a = scoreAgency(L, table(with_(KABKOTA, { kecelakaan: { code: 'kecelakaan', level: 'Ya' }, '2.2': { code: '2.2', level: 4 } }), { decimalComma: true }));
    expect(s(find(a.root, 'A2').score)).toBe('0.75');
    const b = scoreAgency(L, table(KABKOTA, { decimalComma: true }));
    for (const code of ['1.1', '1.2a', '1.2b', '2.1', '2.3', 'SUR', 'KOR']) expect(find(a.root, code).status, code).toBe(find(b.root, code).status);
  });

  it('--profile wins over the file, with an info diagnostic; --assume answers a question too', () => {
    const a = scoreAgency(L, table(KABKOTA, { decimalComma: true }), { profile: [{ code: 'jenis', value: 'pusat' }] });
    expect(a.profile?.[0]).toMatchObject({ value: 'pusat', source: 'option' });
    expect(a.diagnostics.map((d) => d.code)).toContain('SCORE_PROFILE_OVERRIDDEN');
    const b = scoreAgency(L, table(KABKOTA, { decimalComma: true }), { assume: [{ code: 'kecelakaan', value: 'ya' }] });
    expect(b.profile?.[1]).toMatchObject({ value: 'ya', source: 'assume' });
    expect(find(b.root, '2.2').status).toBe('missing');
  });

  it('a missing or unknown answer is a located error naming the allowed answers', () => {
    const a = scoreAgency(L, table(with_(KABKOTA, { jenis: null }), { decimalComma: true }));
    const missing = a.diagnostics.find((d) => d.code === 'SCORE_PROFILE_MISSING');
    expect(missing?.severity).toBe('error');
    expect(missing?.args.allowed).toContain('kabkota');
    const b = scoreAgency(L, table(with_(KABKOTA, { jenis: { code: 'jenis', level: 'provinsi' } }), { decimalComma: true }));
    const unknown = b.diagnostics.find((d) => d.code === 'SCORE_PROFILE_UNKNOWN');
    expect(unknown?.location?.cell).toMatch(/^C\d+$/);
    expect(unknown?.args.allowed).toContain('pusat');
  });

  it('not-applicable words are refused where the rubric does not allow them', () => {
    const a = scoreAgency(L, table(with_(KABKOTA, { '2.1': { code: '2.1', level: 'Tidak Berlaku' } }), { decimalComma: true }));
    expect(errors(a)).toEqual(['SCORE_NOT_APPLICABLE_REFUSED']);
    expect(find(a.root, '2.1').status).toBe('error');
  });

  it('a correction above its maximum is an error, not a clamp', () => {
    const a = scoreAgency(L, table(with_(KABKOTA, { KOR: { code: 'KOR', level: '0,5' } }), { decimalComma: true }));
    expect(errors(a)).toEqual(['SCORE_NUMBER_OUT_OF_RANGE']);
  });
});
