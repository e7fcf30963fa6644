// Record mode, one row at a time: every employee of examples/pegawai-contoh.csv scores what
// examples/README.md computes by hand (all 30, every lookup case and both competence paths),
// including the 40-point competence cap that a public IP ASN calculator breaks.
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/decimal.js';
import { EXAMPLE, readmeTable, scoreRows, type RowCopy } from './helpers.js';

const expected = readmeTable();
const BAND: Record<string, string> = { ST: 'ST', T: 'T', S: 'S', R: 'R', SR: 'SR' };

describe('pegawai-contoh.csv, row by row (examples/README.md)', async () => {
  const { rows } = await scoreRows(EXAMPLE);
  const byNo = (no: number): RowCopy => rows[no - 1]!;

  it('reads 30 rows, numbered as the file shows them (header on line 1)', () => {
    expect(expected).toHaveLength(30);
    expect(rows).toHaveLength(30);
    expect(rows.map((r) => r.row)).toEqual(Array.from({ length: 30 }, (_, i) => i + 2));
    expect(rows.every((r) => r.status === 'scored' && r.problems.length === 0)).toBe(true);
  });

  for (const e of expected) {
    it(`employee ${String(e.no).padStart(2, '0')} (${e.post}, ${e.education}): ${e.kual} + ${e.komp} + ${e.kin} + ${e.dis} = ${e.total} ${e.band}`, () => {
      const r = byNo(e.no);
      expect(r.values[0]).toBe(`0000000000000000${String(e.no).padStart(2, '0')}`); // NIP stays text, leading zeros kept
      expect(r.dimensions).toEqual([e.kual, e.komp, e.kin, e.dis]);
      expect(r.score).toBe(e.total);
      expect(r.predicate).toBe(BAND[e.band]);
    });
  }

  it('caps Kompetensi at 40 where the public calculator adds all six items to 95 (employees 01 and 26)', () => {
    for (const no of [1, 26]) {
      expect(byNo(no).dimensions![1]).toBe(40);
      // Both trainings, far more than 20 JP, several seminars: every item is present.
      const v = byNo(no).values;
      expect([v[6], v[7]]).toEqual(['Ya', 'Ya']);
      expect(Number(v[8])).toBeGreaterThan(40);
    }
  });

  it('scores the pelaksana path without the leadership training cell (27 has Ya, 09 has -)', () => {
    expect(byNo(27).dimensions![1]).toBe(40); // 22.5 + 17.5: the Ya earns nothing on this path
    expect(byNo(9).dimensions![1]).toBe(35.5); // min(22.5, 16 × 1.125) + 17.5
  });

  it('pro-rates technical training below 20 JP and caps it above (linear leaves)', () => {
    expect(byNo(22).dimensions![1]).toBe(15.75); // 15 + 1 × 0.75 + 0 seminars
    expect(byNo(19).dimensions![1]).toBe(34.75); // 15 + 13 × 0.75 + 10
    expect(byNo(15).dimensions![1]).toBe(6.75); // pelaksana: 6 × 1.125, no seminar
  });

  it('matches every education spelling to its case (S1 = S-1, Magister = S-2, SMK = SLTA)', () => {
    expect(byNo(9).dimensions![0]).toBe(15); // S1
    expect(byNo(10).dimensions![0]).toBe(20); // Magister
    expect(byNo(13).dimensions![0]).toBe(5); // SMK
    expect(byNo(30).dimensions![0]).toBe(1); // SD
  });

  it('maps old and new SKP predicates (Butuh Perbaikan = Cukup, Sangat Kurang = Buruk) and every sanction', () => {
    expect(byNo(3).dimensions!.slice(2)).toEqual([15, 2]); // Butuh Perbaikan, Sedang
    expect(byNo(8).dimensions![2]).toBe(15); // Cukup
    expect(byNo(15).dimensions!.slice(2)).toEqual([1, 3]); // Sangat Kurang, Ringan
    expect(byNo(21).dimensions![2]).toBe(1); // Buruk
    expect(byNo(12).dimensions!.slice(2)).toEqual([5, 1]); // Kurang, Berat
    expect(byNo(30).dimensions![3]).toBe(5); // Tidak Pernah
  });

  it('puts the band edges where the rubric says: 100 and 90 Tinggi-or-above, 80 Sedang, 70 Rendah, 60 Sangat Rendah, 60.75 Rendah', () => {
    expect([5, 7, 14, 6, 11, 20, 22].map((no) => `${byNo(no).score} ${byNo(no).predicate}`)).toEqual([
      '100 ST',
      '90 T',
      '90 T',
      '80 S',
      '70 R',
      '60 SR',
      '60.75 R',
    ]);
  });
});

describe('the fast path and the reference path agree', () => {
  it('on the example, row by row and in the whole Assessment', async () => {
    const fast = await scoreRows(EXAMPLE);
    const ref = await scoreRows(EXAMPLE, undefined, { reference: true });
    expect(fast.rows).toEqual(ref.rows);
    expect(JSON.stringify(fast.assessment)).toBe(JSON.stringify(ref.assessment));
    expect(fast.assessment.score.eq(Dec.parse('69.57')!)).toBe(true);
  });
});
