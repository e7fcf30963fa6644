/**
 * The batch summaries with rubric language v2 results: each file's nominal figure, categories and
 * incomplete total, in text, Markdown, CSV (columns appended at the end), JSON (optional outcome
 * keys, valid against merit-batch/1) and JUnit (system-out).
 */
import { Chalk } from 'chalk';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderBatchCsv } from '../../../src/report/batch-csv.js';
import { renderBatchJson } from '../../../src/report/batch-json.js';
import { renderBatchJunit } from '../../../src/report/batch-junit.js';
import { renderBatchMarkdown } from '../../../src/report/batch-markdown.js';
import { renderBatchText } from '../../../src/report/batch-text.js';
import { displayWidth } from '../../../src/report/layout.js';
import { expectValidBatch, parseJunit } from '../../batch/helpers.js';
import { batch } from './fixtures.js';

const plain = new Chalk({ level: 0 });

describe('batch summaries: v2 results', () => {
  it('text: a section with each file nominal figure and categories, and its incomplete total; within the width', () => {
    for (const width of [60, 120]) {
      const out = renderBatchText(batch(), { lang: 'en', color: plain, width, verbose: false });
      expect(out.split('\n').filter((l) => displayWidth(l) > width)).toEqual([]);
    }
    const out = renderBatchText(batch(), { lang: 'en', color: plain, width: 120, verbose: false });
    expect(out).toContain(
      [
        'Categories per file',
        '  1 Pemerintah Kota Uji: 85 % · MAT Intermediate · A1 High · A2 Developing',
        '  2 Pemerintah Provinsi Uji: 73 % · MAT Intermediate · A1 High · A2 Developing',
        '    ! incomplete: SUR Satisfaction and engagement survey',
        '  3 Pemerintah Kabupaten Uji: 70 % · MAT Intermediate · A1 High · A2 Developing',
      ].join('\n'),
    );
  });

  it('Markdown: a second table, one row per file', () => {
    const out = renderBatchMarkdown(batch(), { lang: 'id' });
    expect(out).toContain(
      [
        '### Kategori per berkas',
        '',
        '| # | Instansi | Nominal | MAT | A1 | A2 | Belum lengkap |',
        '|--:|---|--:|---|---|---|---|',
        '| 1 | Pemerintah Kota Uji | 85 % | Menengah | Tinggi | Lanjutan |  |',
        '| 2 | Pemerintah Provinsi Uji | 73 % | Menengah | Tinggi | Lanjutan | **SUR** |',
      ].join('\n'),
    );
  });

  it('CSV: nominal, incomplete, capped-from and one category column per categorised node, after the v1 columns', () => {
    const rows = parse(renderBatchCsv(batch(), { lang: 'en', delimiter: ';' }).slice(1), { delimiter: ';' }) as string[][];
    expect(rows[0]!.slice(-6)).toEqual(['Nominal', 'Incomplete', 'Capped from', 'Category MAT', 'Category A1', 'Category A2']);
    expect(rows[0]!.slice(0, 2)).toEqual(['#', 'File']);
    for (const r of rows) expect(r.length).toBe(rows[0]!.length);
    expect(rows[1]!.slice(-6)).toEqual(['85', '', 'TINGGI', 'MENENGAH', 'TINGGI', 'LANJUTAN']);
    expect(rows[2]!.slice(-6)).toEqual(['73', 'SUR', '', 'MENENGAH', 'TINGGI', 'LANJUTAN']);
    expect(rows[3]![4]).toBe('0,7');
  });

  it('JSON: optional outcome keys, valid against merit-batch/1 and the reports against merit-report/1', () => {
    const json = JSON.parse(renderBatchJson(batch(), { deterministic: true })) as { outcomes: Record<string, unknown>[]; results: Record<string, unknown>[] };
    expectValidBatch(json);
    expect(json.outcomes[0]).toMatchObject({ input: 'uji/a-kabkota.csv', score: 0.7, predicate: 'MENENGAH', nominal: 70, categories: [{ code: 'MAT', category: 'MENENGAH' }, { code: 'A1', category: 'TINGGI' }, { code: 'A2', category: 'LANJUTAN' }] });
    expect(json.outcomes[0]).not.toHaveProperty('incomplete');
    expect(json.outcomes[2]).toMatchObject({ incomplete: { missing: ['SUR'], fallback: 'MAT' } });
    expect(json.results[1]).toMatchObject({ predicate: { capped: { from: 'TINGGI' } } });
  });

  it('JUnit: the nominal figure and an incomplete total in each file system-out', () => {
    const xml = renderBatchJunit(batch(), { lang: 'en', deterministic: true });
    const cases = parseJunit(xml).suites[0]!.testcase;
    expect(cases.map((c) => c['system-out'])).toEqual([
      'Pemerintah Kabupaten Uji · 2026: 0.7 of 1 · 70 % · MENENGAH Intermediate · Evidence coverage 100.0% · 0 errors, 0 warnings',
      'Pemerintah Kota Uji · 2026: 0.85 of 1 · 85 % · MENENGAH Intermediate · Evidence coverage 100.0% · 0 errors, 0 warnings',
      'Pemerintah Provinsi Uji · 2026: 0.73 of 1 · 73 % · incomplete: SUR Satisfaction and engagement survey · MENENGAH Intermediate · Evidence coverage 100.0% · 0 errors, 1 warning',
    ]);
  });
});
