import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/i18n/index.js';
import { readEvidence } from '../../src/evidence/read.js';
import { codes, evidenceSheet, inputErrorOf, TempDir } from './helpers.js';

/** A value as JSON writes it (a cell's place spells out its A1 name there: cells.ts `Place`). */
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

const tmp = new TempDir();
afterAll(() => tmp.remove());

describe('xlsx reader', () => {
  it('finds the header below title rows and a merged title, and reads meta cells', async () => {
    const file = await tmp.workbook('titled.xlsx', (wb) => {
      const ws = wb.addWorksheet('Penilaian');
      ws.mergeCells('A1:F1');
      ws.getCell('A1').value = 'PENILAIAN MANDIRI SISTEM MERIT';
      ws.getCell('A2').value = 'Instansi:';
      ws.getCell('C2').value = 'Pemerintah Kabupaten Agam';
      ws.getCell('A3').value = 'Tahun: 2024';
      evidenceSheet(ws, [
        ['A1.1', 'Rencana kebutuhan', 3, 2, 'https://drive/a', 'ok'],
        ['A1.2', 'Analisis jabatan', 4, null, 'SK 12/2024', null],
      ], 5);
    });
    const t = await readEvidence(file);
    expect(t.format).toBe('xlsx');
    expect(t.sheet).toBe('Penilaian');
    expect(t.headerRow).toBe(5);
    expect(t.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(t.columns.map((c) => `${c.field}:${c.letter}`)).toEqual(['code:A', 'name:B', 'level:C', 'verified:D', 'evidence:E', 'notes:F']);
    expect(plain(t.meta.subject)).toEqual({ value: 'Pemerintah Kabupaten Agam', ref: { sheet: 'Penilaian', cell: 'C2', row: 2, column: 3 } });
    expect(t.meta.period?.value).toBe('2024');
    expect(t.meta.period?.ref.cell).toBe('A3');
    expect(t.rows).toHaveLength(2);
    const r = t.rows[0]!;
    expect(r.row).toBe(6);
    expect(plain(r.code)).toEqual({ raw: 'A1.1', text: 'A1.1', ref: { sheet: 'Penilaian', cell: 'A6', row: 6, column: 1 } });
    expect(r.level).toMatchObject({ raw: 3, text: '3', ref: { cell: 'C6' } });
    expect(r.verified).toMatchObject({ raw: 2, text: '2' });
    expect(t.rows[1]!.verified).toMatchObject({ raw: null, text: '', ref: { cell: 'D7' } });
    expect(t.diagnostics).toEqual([]);
  });

  it('uses cached formula results and reports error values and missing results with their cell', async () => {
    const file = await tmp.workbook('formulas.xlsx', (wb) => {
      const ws = wb.addWorksheet('Penilaian');
      evidenceSheet(ws, [
        ['A1', 'x', { formula: '1+2', result: 3 }],
        ['A2', 'x', { formula: '1/0', result: { error: '#DIV/0!' } }],
        ['A3', 'x', { formula: 'Sheet9!A1', result: { error: '#REF!' } }],
        ['A4', 'x', { error: '#N/A' }],
        ['A5', 'x', { formula: '2+2' }],
        ['A6', 'x', 2, { formula: 'VLOOKUP(A6,X,2)', result: { error: '#VALUE!' } }],
      ]);
    });
    const t = await readEvidence(file);
    expect(t.rows.map((r) => r.level?.text)).toEqual(['3', '', '', '', '', '2']);
    expect(t.rows[0]!.level?.raw).toBe(3);
    const d = t.diagnostics.map((x) => `${x.code}@${x.location?.cell}:${x.args.error ?? ''}`);
    expect(d).toEqual([
      'EVIDENCE_FORMULA_ERROR@C3:#DIV/0!',
      'EVIDENCE_FORMULA_ERROR@C4:#REF!',
      'EVIDENCE_FORMULA_ERROR@C5:#N/A',
      'EVIDENCE_FORMULA_NO_CACHED_VALUE@C6:',
      'EVIDENCE_FORMULA_ERROR@D7:#VALUE!',
    ]);
    expect(t.diagnostics.every((x) => x.severity === 'error' && x.location?.sheet === 'Penilaian')).toBe(true);
    expect(t.diagnostics[1]!.args.formula).toBe('=Sheet9!A1');
    expect(formatDiagnostic(t.diagnostics[0]!, 'en')).toMatch(/^.*formulas\.xlsx Penilaian!C3: error: .*#DIV\/0!.*=1\/0/);
    expect(formatDiagnostic(t.diagnostics[3]!, 'id')).toMatch(/Penilaian!C6: galat: Rumus =2\+2/);
  });

  it('keeps numbers stored as text as text, flattens rich text and hyperlinks, writes dates as ISO text', async () => {
    const file = await tmp.workbook('values.xlsx', (wb) => {
      const ws = wb.addWorksheet('Data');
      evidenceSheet(ws, [
        [{ richText: [{ text: 'A', font: { bold: true } }, { text: '1.1' }] }, 'x', '3', ' 2 ', { text: 'Folder bukti', hyperlink: 'https://drive.example/f' }, new Date(Date.UTC(2024, 0, 5))],
        ['A1.2', 'x', 2.5, 0.30000000000000004, { text: { richText: [{ text: 'SK ' }, { text: 'Bupati' }] }, hyperlink: 'https://x' }, true],
      ]);
    });
    const t = await readEvidence(file);
    const [a, b] = t.rows;
    expect(a!.code).toMatchObject({ raw: 'A1.1', text: 'A1.1' });
    expect(a!.level).toMatchObject({ raw: '3', text: '3' });
    expect(a!.verified).toMatchObject({ raw: ' 2 ', text: '2' });
    expect(a!.evidence).toMatchObject({ raw: 'Folder bukti', text: 'Folder bukti' });
    expect(a!.notes).toMatchObject({ raw: '2024-01-05', text: '2024-01-05' });
    expect(b!.level).toMatchObject({ raw: 2.5, text: '2.5' });
    expect(b!.verified).toMatchObject({ raw: 0.30000000000000004, text: '0.3' });
    expect(b!.evidence?.text).toBe('SK Bupati');
    expect(b!.notes).toMatchObject({ raw: true, text: 'TRUE' });
  });

  it('takes the URL of a hyperlink with no text', async () => {
    const file = await tmp.workbook('link.xlsx', (wb) => {
      const ws = wb.addWorksheet('Data');
      evidenceSheet(ws, [['A1', 'x', 1, null, 'placeholder']]);
    });
    // exceljs cannot write an empty-text hyperlink, so patch the cell value in memory via the reader's converter.
    const { cellValue } = await import('../../src/evidence/xlsx.js');
    const fake = { value: { text: '', hyperlink: 'https://drive.example/x' }, isMerged: false } as unknown as Parameters<typeof cellValue>[0];
    expect(cellValue(fake)).toEqual({ raw: 'https://drive.example/x', text: 'https://drive.example/x' });
    expect((await readEvidence(file)).rows[0]!.evidence?.text).toBe('placeholder');
  });

  it('warns about hidden rows with evidence and hidden mapped columns, and skips empty rows', async () => {
    const file = await tmp.workbook('hidden-rows.xlsx', (wb) => {
      const ws = wb.addWorksheet('Penilaian');
      evidenceSheet(ws, [
        ['A1', 'x', 1],
        [],
        ['A2', 'x', 2],
        ['A3', 'x', 3],
      ]);
      ws.getRow(4).hidden = true;
      ws.getRow(8).values = [null, 'Catatan kaki tanpa kode'];
      ws.getColumn(6).hidden = true;
    });
    const t = await readEvidence(file);
    expect(t.rows.map((r) => [r.code.text, r.row, r.hidden ?? false])).toEqual([
      ['A1', 2, false],
      ['A2', 4, true],
      ['A3', 5, false],
    ]);
    expect(t.diagnostics.map((d) => `${d.code}@${d.location?.cell}`)).toEqual(['EVIDENCE_HIDDEN_COLUMN@F1', 'EVIDENCE_HIDDEN_ROW@A4']);
    expect(t.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('chooses the first sheet whose header matches, preferring visible sheets, and warns about others', async () => {
    const file = await tmp.workbook('multi.xlsx', (wb) => {
      wb.addWorksheet('Petunjuk').getCell('A1').value = 'Petunjuk pengisian';
      const hidden = wb.addWorksheet('Lama', { state: 'hidden' });
      evidenceSheet(hidden, [['OLD', 'x', 1]]);
      evidenceSheet(wb.addWorksheet('Penilaian 2024'), [['A1', 'x', 4]], 3);
      evidenceSheet(wb.addWorksheet('Penilaian 2023'), [['A1', 'x', 2]]);
    });
    const t = await readEvidence(file);
    expect(t.sheet).toBe('Penilaian 2024');
    expect(t.rows[0]!.level?.raw).toBe(4);
    expect(t.diagnostics.map((d) => d.code)).toEqual(['EVIDENCE_MULTIPLE_SHEETS']);
    expect(t.diagnostics[0]!.args.others).toEqual(['Penilaian 2023', 'Lama']);
  });

  it('reads a hidden sheet when it is the only match, with a warning', async () => {
    const file = await tmp.workbook('hidden-sheet.xlsx', (wb) => {
      wb.addWorksheet('Cover').getCell('A1').value = 'Sampul';
      evidenceSheet(wb.addWorksheet('Data', { state: 'hidden' }), [['A1', 'x', 1]]);
    });
    const t = await readEvidence(file);
    expect(t.sheet).toBe('Data');
    expect(codes(t.diagnostics)).toEqual(['EVIDENCE_HIDDEN_SHEET']);
    expect(t.diagnostics[0]!.location).toEqual({ file, sheet: 'Data', row: 1 });
    expect(formatDiagnostic(t.diagnostics[0]!, 'en')).toMatch(/hidden-sheet\.xlsx Data!1:1: warning: Evidence was read from the hidden sheet 'Data'/);
  });

  it('honours --sheet by name (any case) and by 1-based number, and lists sheets when it is unknown', async () => {
    const file = await tmp.workbook('sheets.xlsx', (wb) => {
      evidenceSheet(wb.addWorksheet('Satu'), [['S1', 'x', 1]]);
      evidenceSheet(wb.addWorksheet('Dua'), [['D1', 'x', 2]]);
      wb.addWorksheet('Tiga').getCell('A1').value = 'no header here';
    });
    expect((await readEvidence(file, { sheet: 'Dua' })).rows[0]!.code.text).toBe('D1');
    expect((await readEvidence(file, { sheet: 'dua ' })).sheet).toBe('Dua');
    expect((await readEvidence(file, { sheet: '2' })).sheet).toBe('Dua');
    expect((await readEvidence(file, { sheet: '1' })).sheet).toBe('Satu');
    const nf = await inputErrorOf(readEvidence(file, { sheet: 'Empat' }));
    expect(codes(nf)).toEqual(['EVIDENCE_SHEET_NOT_FOUND']);
    expect(nf[0]!.args.sheets).toEqual(['1: Satu', '2: Dua', '3: Tiga']);
    expect(codes(await inputErrorOf(readEvidence(file, { sheet: '9' })))).toEqual(['EVIDENCE_SHEET_NOT_FOUND']);
    const nh = await inputErrorOf(readEvidence(file, { sheet: 'Tiga' }));
    expect(codes(nh)).toEqual(['EVIDENCE_HEADER_NOT_FOUND']);
    expect(nh[0]!.args.sheet).toBe('Tiga');
  });

  it('reports EVIDENCE_HEADER_NOT_FOUND naming what it looked for, the rows and sheets searched, and the closest row', async () => {
    const file = await tmp.workbook('noheader.xlsx', (wb) => {
      const ws = wb.addWorksheet('Lembar1');
      ws.getCell('A1').value = 'Daftar';
      ws.getRow(3).values = ['No', 'Kode', 'Uraian', 'Skor'];
      ws.getRow(4).values = [1, 'A1', 'x', 3];
      wb.addWorksheet('Lembar2').getCell('B2').value = 'kosong';
    });
    const d = await inputErrorOf(readEvidence(file));
    expect(codes(d)).toEqual(['EVIDENCE_HEADER_NOT_FOUND']);
    expect(d[0]!.args).toMatchObject({ rows: '1–4', sheet: 'Lembar1', sheets: ['Lembar1', 'Lembar2'], bestRow: 3, bestHeaders: ['Kode', 'Uraian'] });
    const en = formatDiagnostic(d[0]!, 'en');
    expect(en).toContain("looked for a code column ('Kode' or 'Code') and a level column ('Level', 'Nilai' or 'Self', or 'Level Verifikasi' or 'Verified') in rows 1–4 of sheets 'Lembar1', 'Lembar2'");
    expect(en).toContain("Closest: row 3 of sheet 'Lembar1', which only has 'Kode', 'Uraian'");
    expect(formatDiagnostic(d[0]!, 'id')).toContain('Baris judul kolom tidak ditemukan');
  });

  it('uses rubric aliases for headers', async () => {
    const file = await tmp.workbook('aliases.xlsx', (wb) => {
      evidenceSheet(wb.addWorksheet('S'), [['A1', 3]], 1, ['ID Indikator', 'Skor Akhir']);
    });
    expect(codes(await inputErrorOf(readEvidence(file)))).toEqual(['EVIDENCE_HEADER_NOT_FOUND']);
    const t = await readEvidence(file, { aliases: { code: ['ID Indikator'], level: ['Skor akhir'] } });
    expect(t.rows[0]).toMatchObject({ code: { text: 'A1' }, level: { raw: 3 } });
  });

  it('gives a merged value to its master cell only', async () => {
    const file = await tmp.workbook('merged.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      evidenceSheet(ws, [
        ['A1', 'x', 2, null, 'Bukti bersama'],
        ['A2', 'y', 3],
      ]);
      ws.mergeCells('E2:E3');
    });
    const t = await readEvidence(file);
    expect(t.rows.map((r) => r.evidence?.text)).toEqual(['Bukti bersama', '']);
  });

  it('reads a two-row header with a merged parent (Nilai over Mandiri | Verifikasi)', async () => {
    const file = await tmp.workbook('tworow.xlsx', (wb) => {
      const ws = wb.addWorksheet('Penilaian');
      ws.getCell('A1').value = 'FORMULIR PENILAIAN';
      ws.getRow(3).values = ['No', 'Kode', 'Sub Aspek', 'Nilai', null, 'Bukti Dukung'];
      ws.getRow(4).values = [null, null, null, 'Mandiri', 'Verifikasi', null];
      ws.mergeCells('A3:A4');
      ws.mergeCells('B3:B4');
      ws.mergeCells('C3:C4');
      ws.mergeCells('D3:E3');
      ws.mergeCells('F3:F4');
      ws.getRow(5).values = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'];
      ws.getRow(6).values = [1, 'A1', 'Perencanaan', 3, 2, 'link'];
    });
    const t = await readEvidence(file);
    expect(t.headerRow).toBe(4);
    expect(t.columns.map((c) => `${c.field}:${c.letter}:${c.header}`)).toEqual([
      'code:B:Kode',
      'name:C:Sub Aspek',
      'level:D:Nilai Mandiri',
      'verified:E:Nilai Verifikasi',
      'evidence:F:Bukti Dukung',
    ]);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]).toMatchObject({ row: 6, code: { text: 'A1' }, level: { raw: 3 }, verified: { raw: 2 } });
  });

  it('reads the _merit stamp sheet', async () => {
    const file = await tmp.workbook('stamp.xlsx', (wb) => {
      evidenceSheet(wb.addWorksheet('Penilaian'), [['A1', 'x', 1]]);
      const st = wb.addWorksheet('_merit', { state: 'veryHidden' });
      st.addRow(['rubric_id', 'kasn-2019']);
      st.addRow(['rubric_version', '1.0.0']);
      st.addRow(['rubric_sha256', 'ab'.repeat(32)]);
    });
    const t = await readEvidence(file);
    expect(t.meta.stamp).toEqual({ id: 'kasn-2019', version: '1.0.0', sha256: 'ab'.repeat(32) });
    expect(t.diagnostics).toEqual([]);
    const bad = await tmp.workbook('stamp-bad.xlsx', (wb) => {
      evidenceSheet(wb.addWorksheet('Penilaian'), [['A1', 'x', 1]]);
      wb.addWorksheet('_merit', { state: 'hidden' }).addRow(['rubric_id', 'kasn-2019']);
    });
    const tb = await readEvidence(bad);
    expect(tb.meta.stamp).toBeUndefined();
    expect(codes(tb.diagnostics)).toEqual(['EVIDENCE_STAMP_INVALID']);
  });

  it('warns about a duplicate header and keeps the first column', async () => {
    const file = await tmp.workbook('dup.xlsx', (wb) => {
      evidenceSheet(wb.addWorksheet('S'), [['A1', 2, 3]], 1, ['Kode', 'Level', 'Nilai']);
    });
    const t = await readEvidence(file);
    expect(t.rows[0]!.level?.raw).toBe(2);
    expect(t.diagnostics.map((d) => `${d.code}@${d.location?.cell}`)).toEqual(['EVIDENCE_DUPLICATE_HEADER@C1']);
  });

  it('stops at the row limit and cuts over-long cells, with located errors', async () => {
    const file = await tmp.workbook('limits.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      evidenceSheet(ws, Array.from({ length: 12 }, (_, i) => [`A${i + 1}`, 'x', 1, null, 'y'.repeat(i === 0 ? 50 : 5)]));
    });
    const t = await readEvidence(file, { limits: { maxRows: 10, maxCellChars: 20 } });
    expect(t.rows).toHaveLength(10);
    expect(t.rows[0]!.evidence?.text).toHaveLength(20);
    expect(t.diagnostics.map((d) => `${d.code}@${d.location?.cell ?? d.location?.row}`)).toEqual(['EVIDENCE_CELL_TOO_LONG@E2', 'EVIDENCE_TOO_MANY_ROWS@12']);
    // Far over the limit (1,000 rows more): exceljs itself stops, and the file is refused.
    const big = await tmp.workbook('limits-big.xlsx', (wb) => {
      evidenceSheet(wb.addWorksheet('S'), Array.from({ length: 1_100 }, (_, i) => [`A${i + 1}`, 'x', 1]));
    });
    const d = await inputErrorOf(readEvidence(big, { limits: { maxRows: 50 } }));
    expect(codes(d)).toEqual(['EVIDENCE_TOO_MANY_ROWS']);
  });

  it('refuses a workbook with no worksheet', async () => {
    const file = await tmp.workbook('nosheets.xlsx', () => {});
    const d = await inputErrorOf(readEvidence(file));
    expect(codes(d)).toEqual(['EVIDENCE_NO_SHEETS']);
  });
});
