/**
 * The terminal report with rubric language v2 results (test/fixtures/v2/mini-2026.json scored for
 * real): profile answers first, categories as a column, not-applicable items with why, composite
 * terms, the incomplete warning, the nominal figure and a capped predicate; every line within the
 * width at 60 and 120 columns, with and without colour.
 */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../src/report/layout.js';
import { renderText } from '../../../src/report/text.js';
import type { Assessment } from '../../../src/scoring/types.js';
import { capped, extended, incomplete, kabkota, pusat } from './fixtures.js';

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 3 });
const text = (a: Assessment, lang: 'id' | 'en' = 'en', width = 120, verbose = false): string => renderText(a, { lang, color: plain, width, verbose });
const lines = (s: string): string[] => s.split('\n');

describe('text report: v2 results', () => {
  it('no line is wider than the terminal, at 60 and 120 columns, plain or coloured, in both languages', () => {
    for (const make of [kabkota, capped, incomplete, pusat, extended]) {
      const a = make();
      for (const lang of ['id', 'en'] as const) {
        for (const width of [60, 120]) {
          for (const verbose of [false, true]) {
            for (const color of [plain, colour]) {
              const long = lines(renderText(a, { lang, color, width, verbose })).filter((l) => displayWidth(l) > width);
              expect(long, `${make.name} ${lang} ${width}`).toEqual([]);
            }
          }
        }
      }
    }
  });

  it('lists the profile answers first (before the totals), with the answer label and its cell', () => {
    const out = text(kabkota(), 'id');
    expect(out.indexOf('Profil instansi')).toBeGreaterThan(out.indexOf('Rubrik'));
    expect(out.indexOf('Profil instansi')).toBeLessThan(out.indexOf('Nilai akhir'));
    expect(out).toMatch(/ {2}Jenis instansi {2,}Pemerintah Kabupaten\/Kota · C6\n/);
    expect(out).toMatch(/ {2}Ada kecelakaan kerja dalam 2 tahun terakhir {2}Tidak · C7\n/);
    // An answer given on the command line says so.
    expect(text(pusat())).toMatch(/Agency type {2,}Central agency · --profile\n/);
    // Too narrow for two columns: the answer goes under its question.
    expect(text(kabkota(), 'id', 60)).toContain('  Ada kecelakaan kerja dalam 2 tahun terakhir\n    Tidak · C7\n');
  });

  it('puts the nominal figure next to the total', () => {
    expect(text(kabkota())).toMatch(/Total {2,}0\.7 of 1 \(70\.0%\)\nIndex as a percentage {2}70 %\nPredicate {2,}MENENGAH Intermediate\n/);
    expect(text(kabkota(), 'id')).toContain('Indeks dalam persen  70 %');
  });

  it('shows every categorised node with its category in a column, the total row with the predicate', () => {
    const out = text(kabkota());
    expect(out).toMatch(/Code {2}Aspect {2,}Score {2}Max {5}% {2}Category\n/);
    expect(out).toMatch(/MAT {3}Maturity index {2,}0\.73 {4}1 {2}73\.0 {2}Intermediate/);
    expect(out).toMatch(/ {2}A1 {2}Planning {2,}0\.875 {4}1 {2}87\.5 {2}High/);
    expect(out).toMatch(/ {2}A2 {2}Protection {2,}0\.5 {4}1 {2}50\.0 {2}Developing/);
    expect(out).toMatch(/Sum before rounding {2,}0\.6975 {4}1 {2}69\.8 {2}Intermediate\n/);
    // --verbose: the leaves under their groups, indented by depth.
    expect(text(kabkota(), 'en', 120, true)).toMatch(/\n {4}1\.2b {2}Competency standard \(regency\/city\) {2,}4 {4}4 {2}100\.0 {2,}4 → – {2,}C9/);
  });

  it('paints a category in its band colour (its rank in the rubric scale)', () => {
    const out = renderText(kabkota(), { lang: 'en', color: colour, width: 120, verbose: false });
    // TINGGI is the fourth band: cyan; LANJUTAN the second: yellow.
    expect(out).toContain(`${colour.cyan('High')}`);
    expect(out).toContain(`${colour.yellow('Developing')}`);
  });

  it('says why each item does not apply: the condition in words with the value found, or the declared word and its cell', () => {
    const out = text(kabkota());
    expect(out).toContain('Not applicable (3)\n');
    expect(out).toContain('  1.2a Competency standard (central)\n    applies when Agency type: Central agency; here: Regency/city (C6)\n');
    expect(out).toContain('  2.2 Work-accident benefit\n    applies when A work accident in the last 2 years: Yes; here: No (C7)\n');
    expect(out).toContain('  2.3 Legal aid\n    declared not applicable: "TB" in C11 (tidak ada perkara)\n');
    expect(text(kabkota(), 'id')).toContain('berlaku bila Jenis instansi: Instansi Pusat; di sini: Pemerintah Kabupaten/Kota (C6)');
    // A condition over another criterion names it and its value.
    expect(text(extended())).toContain('applies when 2.1 Pension: 3 or 4; here: 2 (C10)');
    // The other variant for a central agency.
    expect(text(pusat())).toContain('  1.2b Competency standard (regency/city)\n    applies when Agency type: Regency/city; here: Central agency (--profile)\n');
  });

  it('lists a composite term by term: coefficient × score, the correction with its reason, the sum and the rounded total', () => {
    const out = text(kabkota());
    expect(out).toContain(
      [
        'Parts of NI Index',
        '  0.75 × 0.73 = 0.5475  MAT Maturity index',
        '  0.25 × 0.8 = 0.2      SUR Satisfaction and engagement survey',
        '  − 0.05                KOR Correction factor',
        '                        temuan pelanggaran netralitas',
        '  = 0.6975 → 0.7',
      ].join('\n'),
    );
  });

  it('warns when the composite is incomplete, and shows which part stands in', () => {
    const out = text(incomplete(), 'id');
    expect(out).toContain('\n! NI Indeks belum lengkap: memerlukan SUR Survei kepuasan dan keterikatan; yang ditampilkan MAT Indeks kematangan.\n');
    expect(text(incomplete(), 'id', 60)).toContain('\n! NI Indeks belum lengkap: memerlukan SUR Survei kepuasan\n  dan keterikatan; yang ditampilkan MAT Indeks kematangan.\n');
    expect(out).toContain('  tanpa bukti           SUR Survei kepuasan dan keterikatan\n');
    expect(out).toContain('  = 0.73 (MAT Indeks kematangan)\n');
    expect(text(incomplete())).toContain('! NI Index is incomplete: it needs SUR Satisfaction and engagement survey; showing MAT Maturity index instead.');
  });

  it('says why the predicate is capped, under it', () => {
    expect(text(capped())).toContain('Predicate              MENENGAH Intermediate\n                       would be TINGGI High, but A2 Protection is below MENENGAH Intermediate\n');
    expect(text(capped(), 'id')).toContain('semestinya TINGGI Tinggi, tetapi A2 Perlindungan di bawah MENENGAH Menengah');
    expect(text(kabkota())).not.toContain('would be');
  });

  it('names the base rubric of an extending rubric in the header', () => {
    expect(text(extended())).toContain('\nBase rubric  panrb-2026@1.0.0 · panrb-2026\n');
  });
});
