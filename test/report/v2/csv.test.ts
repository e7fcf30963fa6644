/**
 * The CSV report with rubric language v2 results: the v1 columns unchanged and first, the v2
 * columns appended at the end, the profile answers as the first rows, every row as long as the
 * header, decimal commas with `;`, and text from outside merit neutralised.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../../src/report/csv.js';
import type { Assessment } from '../../../src/scoring/types.js';
import { sampleAssessment } from '../../helpers/sample-assessment.js';
import { capped, extended, incomplete, kabkota, pusat } from './fixtures.js';

const rows = (a: Assessment, lang: 'id' | 'en' = 'en', delimiter: ',' | ';' = ','): string[][] =>
  parse(renderCsv(a, { lang, delimiter }).slice(1), { delimiter, relaxColumnCount: false }) as string[][];

const byCode = (table: string[][], code: string): Record<string, string> => {
  const head = table[0]!;
  const row = table.find((r) => r[0] === code)!;
  return Object.fromEntries(head.map((h, i) => [h, row[i]!]));
};

const V2_HEADER = ['Category code', 'Category', 'Capped from', 'Coefficient', 'Before rounding', 'Not applicable because', 'Incomplete', 'Nominal (%)', 'Profile answer'];
/** The next steps per aspect (the scorer's list), last. */
const NEXT_HEADER = ['Next category', 'Next level', 'Requirement of the next level'];

describe('CSV report: v2 results', () => {
  it('keeps the v1 columns in their order and appends the v2 columns at the end', () => {
    const v1 = rows(sampleAssessment())[0]!;
    for (const make of [kabkota, capped, incomplete, pusat, extended]) {
      const table = rows(make());
      expect(table[0]).toEqual([...v1, ...V2_HEADER, ...NEXT_HEADER]);
      for (const r of table) expect(r.length).toBe(v1.length + V2_HEADER.length + NEXT_HEADER.length);
    }
    expect(rows(kabkota(), 'id')[0]!.slice(-12, -3)).toEqual(['Kode kategori', 'Kategori', 'Dibatasi dari', 'Koefisien', 'Sebelum pembulatan', 'Tidak berlaku karena', 'Belum lengkap', 'Nominal (%)', 'Jawaban profil']);
  });

  it('lists the profile answers first: code, question, what was written, where, and the answer', () => {
    const table = rows(kabkota());
    expect(table[1]!.slice(0, 5)).toEqual(['jenis', '', 'Jenis instansi', 'Agency type', 'Pemerintah Kabupaten/Kota']);
    expect(byCode(table, 'jenis')).toMatchObject({ Status: 'profile', 'Evidence cell': 'C6', 'Profile answer': 'Regency/city' });
    expect(byCode(table, 'kecelakaan')).toMatchObject({ 'Evidence cell': 'C7', 'Profile answer': 'No' });
    expect(table[3]![0]).toBe('NI');
    expect(byCode(rows(pusat()), 'jenis')).toMatchObject({ 'Evidence cell': '(--profile)', 'Profile answer': 'Central agency' });
  });

  it('carries categories, coefficients, node rounding, the nominal figure and the cap', () => {
    const table = rows(kabkota());
    expect(byCode(table, 'NI')).toMatchObject({ Score: '0.6975', 'Category code': 'MENENGAH', Category: 'Intermediate', 'Nominal (%)': '70', 'Capped from': '' });
    expect(byCode(table, 'MAT')).toMatchObject({ Score: '0.73', 'Category code': 'MENENGAH', Coefficient: '0.75', 'Before rounding': '0.725' });
    expect(byCode(table, 'A1')).toMatchObject({ 'Category code': 'TINGGI', Category: 'High' });
    expect(byCode(table, 'KOR')).toMatchObject({ Score: '-0.05', Coefficient: '1', Notes: 'temuan pelanggaran netralitas' });
    expect(byCode(rows(capped()), 'NI')).toMatchObject({ 'Category code': 'MENENGAH', 'Capped from': 'TINGGI' });
  });

  it('says why an item does not apply, and which input an incomplete composite misses', () => {
    const table = rows(kabkota());
    expect(byCode(table, '1.2a')).toMatchObject({ Status: 'not applicable', 'Not applicable because': 'applies when Agency type: Central agency; here: Regency/city (C6)' });
    expect(byCode(table, '2.3')['Not applicable because']).toBe('declared not applicable: "TB" in C11 (tidak ada perkara)');
    expect(byCode(rows(incomplete()), 'NI')).toMatchObject({ Status: 'incomplete', Incomplete: 'SUR', Score: '0.73' });
  });

  it('uses decimal commas with the semicolon in the new number columns too', () => {
    const table = rows(kabkota(), 'id', ';');
    expect(byCode(table, 'MAT')).toMatchObject({ Koefisien: '0,75', 'Sebelum pembulatan': '0,725', Nilai: '0,73' });
  });

  it('neutralises text from the rubric or the evidence that a spreadsheet would run', () => {
    const a = kabkota();
    a.profile![0]!.raw = '=HYPERLINK("http://x")';
    a.profile![0]!.answer = { id: '+1', en: '@SUM(A1)' };
    const r = byCode(rows(a), 'jenis');
    expect(r.Self).toBe(`'=HYPERLINK("http://x")`);
    expect(r['Profile answer']).toBe(`'@SUM(A1)`);
  });
});
