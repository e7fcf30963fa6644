import { describe, expect, it } from 'vitest';
import { columnLetter, numberText, normaliseKey, plainDecimal, dateText } from '../../src/evidence/cells.js';
import { findHeader, HEADER_NAMES, matchField, aliasMap, sameHeaderWith, type ScanRow } from '../../src/evidence/header.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEvidence, readEvidenceBytes } from '../../src/evidence/read.js';
import type { EvidenceField } from '../../src/rubric/types.js';
import { ROOT } from '../helpers/cli.js';

/** A value as JSON writes it (a cell's place spells out its A1 name there: cells.ts `Place`). */
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

const rows = (...lines: (string | undefined)[][]): ScanRow[] => lines.map((texts, i) => ({ row: i + 1, texts }));

describe('header detection', () => {
  it('matches every built-in spelling, ignoring case, spaces, punctuation and accents', () => {
    const map = aliasMap();
    for (const [field, names] of Object.entries(HEADER_NAMES)) {
      for (const n of names) {
        expect(matchField(n, map)).toBe(field);
        expect(matchField(`  ${n.toUpperCase().replace(/ /g, '  ')}: `, map)).toBe(field);
      }
    }
    expect(matchField('No. Kode', map)).toBe('code');
    expect(matchField('NO KODE', map)).toBe('code');
    expect(matchField('Self-Assessed Level', map)).toBe('level');
    expect(matchField('Level\nVerifikasi', map)).toBe('verified');
    expect(matchField('Level (0-4)', map)).toBe('level');
    expect(matchField('Bukti Dukung [link]', map)).toBe('evidence');
    expect(matchField('Catatan Verifikator*', map)).toBe('verifierNotes');
    expect(matchField('No', map)).toBeUndefined();
    expect(matchField('Nama Instansi', map)).toBeUndefined();
  });

  it('needs a code and a level or verified column, and picks the row with most fields', () => {
    expect(findHeader(rows(['Kode', 'Catatan']), { file: 'f' }).ok).toBe(false);
    const onlyVerified = findHeader(rows(['Code', 'Verified']), { file: 'f' });
    expect(onlyVerified.ok && onlyVerified.columns.map((c) => c.field)).toEqual(['code', 'verified']);
    const h = findHeader(rows(['Kode', 'Level'], [], ['Kode', 'Level', 'Bukti']), { file: 'f' });
    expect(h.ok && h.headerRow).toBe(3);
  });

  it('skips title rows, reads labels in the cell or to its right', () => {
    const h = findHeader(
      rows(['Laporan Penilaian'], ['Agency: Kota Contoh'], ['Periode', ':', '2023/2024'], ['Instansi:', '', 'ignored, first wins'], ['Code', 'Level']),
      { file: 'f', sheet: 'S' },
    );
    expect(h.ok).toBe(true);
    if (!h.ok) return;
    expect(h.headerRow).toBe(5);
    expect(plain(h.meta.subject)).toEqual({ value: 'Kota Contoh', ref: { sheet: 'S', cell: 'A2', row: 2, column: 1 } });
    expect(plain(h.meta.period)).toEqual({ value: '2023/2024', ref: { sheet: 'S', cell: 'C3', row: 3, column: 3 } });
  });

  it('lets rubric aliases add and override spellings', () => {
    const h = findHeader(rows(['Nomor Indikator', 'Nilai', 'Skor']), { file: 'f', aliases: { code: ['Nomor Indikator'], level: ['Skor'], notes: ['Nilai'] } });
    expect(h.ok && h.columns.map((c) => `${c.field}:${c.letter}`)).toEqual(['code:A', 'notes:B', 'level:C']);
  });

  it('reports the closest row when none qualifies', () => {
    const h = findHeader(rows(['x'], ['No', 'Kode', 'Uraian'], ['1', 'A1', 'y']), { file: 'f' });
    expect(h).toEqual({ ok: false, firstRow: 1, lastRow: 3, best: { row: 2, headers: ['Kode', 'Uraian'] } });
  });

  it('combines a two-row header only when that matches more fields', () => {
    const two: ScanRow[] = [
      { row: 4, texts: ['Kode', 'Level', undefined], inherited: [undefined, undefined, 'Level'] },
      { row: 5, texts: [undefined, 'Mandiri', 'Verifikasi'] },
    ];
    const h = findHeader(two, { file: 'f' });
    expect(h.ok && [h.headerRow, h.columns.map((c) => `${c.field}:${c.header}`)]).toEqual([5, ['code:Kode', 'level:Level Mandiri', 'verified:Level Verifikasi']]);
    const single = findHeader(rows(['Kode', 'Level'], ['A1', '3']), { file: 'f' });
    expect(single.ok && single.headerRow).toBe(1);
  });
});

describe('cell text', () => {
  it('numbers as Excel shows them, without exponents', () => {
    expect(numberText(3)).toBe('3');
    expect(numberText(-0)).toBe('0');
    expect(numberText(288.49999999999997)).toBe('288.5');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(1e21)).toBe('1000000000000000000000');
    expect(numberText(1.5e-7)).toBe('0.00000015');
    expect(numberText(-2.5e-7)).toBe('-0.00000025');
    expect(plainDecimal('1.25e+3')).toBe('1250');
    expect(plainDecimal('12.5')).toBe('12.5');
  });

  it('column letters, keys and dates', () => {
    expect([1, 26, 27, 52, 703, 16384].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA', 'XFD']);
    expect(normaliseKey(' Kode Sub-Aspek ')).toBe('kodesubaspek');
    expect(normaliseKey('Catatan Verifikasí')).toBe('catatanverifikasi');
    expect(dateText(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
    expect(dateText(new Date(Date.UTC(2024, 1, 29, 8, 30)))).toBe('2024-02-29T08:30:00');
  });
});

describe('sameHeaderWith: a CSV read without aliases is used again when the aliases change nothing', () => {
  const kasn = JSON.parse(readFileSync(join(ROOT, 'rubrics/kasn-2019.json'), 'utf8')) as { evidence: { aliases: Partial<Record<EvidenceField, string[]>> } };
  const aliases = kasn.evidence.aliases;

  it('the example: same header row and columns with the KASN aliases', async () => {
    const t = await readEvidence(join(ROOT, 'examples/kota-contoh.csv'));
    expect(t.headerScan?.length).toBeGreaterThan(0);
    expect(sameHeaderWith(t, aliases)).toBe(true);
  });

  it('a column only an alias names (Level KASN): read again', async () => {
    const t = await readEvidenceBytes(Buffer.from('Kode;Level;Level KASN\nA1.1;3;2\n'), 'alias.csv');
    expect(t.columns.map((c) => c.field)).toEqual(['code', 'level']);
    expect(sameHeaderWith(t, aliases)).toBe(false);
  });

  it('a table without a header scan (a workbook): read again', async () => {
    const t = await readEvidence(join(ROOT, 'examples/kab-contoh-baik.xlsx'));
    expect(t.headerScan).toBeUndefined();
    expect(sameHeaderWith(t, aliases)).toBe(false);
  });
});
