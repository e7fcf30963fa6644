// The streaming record readers: what the CSV reader decides from the first chunk (encoding,
// delimiter, decimal comma, header below title rows), line numbers across quoted line breaks,
// a broken tail, and the XLSX reader's sheet choice, cell values, formula errors and refusals.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/diagnostics.js';
import { openRecordFile, type RecordInput } from '../../src/evidence/records.js';
import { ipAsnRubric, scoreRows } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'merit-record-readers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HEAD = ['NIP', 'Nama', 'Unit Kerja', 'Jenis Jabatan', 'Jenis Kelamin', 'Pendidikan Terakhir', 'Diklat Kepemimpinan', 'Diklat Fungsional', 'Diklat Teknis (JP)', 'Seminar/Workshop (jumlah)', 'Predikat Kinerja (SKP)', 'Hukuman Disiplin'];
const ROW = ['001', 'Pegawai Fiktif', 'Dinas Contoh', 'Pelaksana', 'P', 'S-1', 'Tidak', 'Tidak', '12,5', '1', 'Baik', 'Tidak Ada'];

async function rowsOf(file: string, sheet?: string): Promise<{ layout: Awaited<ReturnType<typeof openRecordFile>>['layout']; rows: RecordInput[] }> {
  const loaded = await ipAsnRubric();
  const reader = await openRecordFile(file, loaded.rubric.columns!, sheet !== undefined ? { sheet } : {});
  const rows: RecordInput[] = [];
  await reader.read((r) => rows.push({ row: r.row, values: [...r.values], ...(r.problems ? { problems: [...r.problems] } : {}) }));
  return { layout: reader.layout, rows };
}

async function refused(file: string): Promise<string[]> {
  const loaded = await ipAsnRubric();
  try {
    await openRecordFile(file, loaded.rubric.columns!);
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics.map((d) => d.code);
    throw e;
  }
  return [];
}

describe('CSV', () => {
  it('finds the header below title rows, takes Instansi/Tahun above it, and reads decimal commas', async () => {
    const file = join(tmp, 'titles.csv');
    writeFileSync(file, ['\ufeffDATA PEGAWAI;;', 'Instansi:;Kabupaten Contoh', 'Tahun:;2024', '', HEAD.join(';'), ROW.join(';')].join('\r\n') + '\r\n');
    const { layout, rows } = await rowsOf(file);
    expect(layout.headerRow).toBe(5);
    expect(layout.meta.subject?.value).toBe('Kabupaten Contoh');
    expect(layout.csv).toMatchObject({ delimiter: ';', decimalComma: true, encoding: 'utf-8', bom: true });
    expect(rows).toEqual([{ row: 6, values: ROW.map((v) => v) }]);
    const { assessment: a } = await scoreRows(file);
    expect(a.subject).toEqual({ name: 'Kabupaten Contoh', period: '2024', source: 'workbook' });
    // 12,5 JP on the pelaksana path: 12.5 × 1.125 = 14.0625, + 17.5 seminar.
    expect(a.population!.dimensions[1]!.mean!.toString()).toBe('31.5625');
  });

  it('counts physical lines across quoted line breaks (CRLF inside quotes), for every record after them', async () => {
    const file = join(tmp, 'multiline.csv');
    const note = (s: string) => `"${s}"`;
    writeFileSync(file, [HEAD.join(','), ['1', note('Nama\r\ndua baris'), 'U', 'Pelaksana', 'L', 'S-1', 'Tidak', 'Tidak', '20', '1', 'Baik', 'Tidak Ada'].join(','), ['2', 'B', 'U', 'Pelaksana', 'L', 'S-1', 'Tidak', 'Tidak', '20', '1', 'Baik', 'Tidak Ada'].join(','), '', ['3', 'C', 'U', 'Pelaksana', 'L', 'S-1', 'Tidak', 'Tidak', '20', '1', 'Baik', 'Tidak Ada'].join(',')].join('\r\n'));
    const { rows, layout } = await rowsOf(file);
    expect(layout.csv?.delimiter).toBe(',');
    expect(rows.map((r) => r.row)).toEqual([2, 4, 6]);
  });

  it('reads Windows-1252 with a warning, and UTF-16 with a BOM', async () => {
    const cp = join(tmp, 'cp1252.csv');
    writeFileSync(cp, Buffer.from([HEAD.join(';'), ['1', 'Pegawai Jos\xe9', 'U', 'Pelaksana', 'L', 'S-1', 'Tidak', 'Tidak', '20', '1', 'Baik', 'Tidak Ada'].join(';')].join('\r\n'), 'latin1'));
    const a = await rowsOf(cp);
    expect(a.layout.csv?.encoding).toBe('windows-1252');
    expect(a.layout.diagnostics.map((d) => d.code)).toContain('EVIDENCE_ENCODING');
    expect(a.rows[0]!.values[1]).toBe('Pegawai José');

    const u16 = join(tmp, 'utf16.csv');
    writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([HEAD.join('\t'), ROW.join('\t').replace('Fiktif', 'Fiktif é')].join('\r\n'), 'utf16le')]));
    const b = await rowsOf(u16);
    expect(b.layout.csv).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(b.rows[0]!.values[1]).toBe('Pegawai Fiktif é');
  });

  it('honours sep=, reads ragged rows with one warning and skips blank rows', async () => {
    const file = join(tmp, 'sep.csv');
    const row = ROW.map((v) => v.replace('12,5', '12.5'));
    writeFileSync(file, ['sep=,', HEAD.join(','), row.slice(0, 11).join(','), ',,,,', row.join(',')].join('\n'));
    const { rows, layout } = await rowsOf(file);
    expect(rows.map((r) => r.row)).toEqual([3, 5]);
    expect(rows[0]!.values[11]).toBeNull();
    expect(layout.diagnostics.find((d) => d.code === 'EVIDENCE_RAGGED_ROWS')?.args).toMatchObject({ count: 1, firstLine: 3 });
  });

  it('stops at a quote never closed, keeps the rows before it, and says where', async () => {
    const file = join(tmp, 'broken.csv');
    writeFileSync(file, [HEAD.join(';'), ROW.join(';'), ROW.join(';'), `3;"Nama tanpa tutup;U;Pelaksana`, ROW.join(';')].join('\n'));
    const { rows, layout } = await rowsOf(file);
    expect(rows).toHaveLength(2);
    expect(layout.diagnostics.find((d) => d.code === 'EVIDENCE_CSV_MALFORMED')).toMatchObject({ severity: 'error', args: { reason: 'CSV_QUOTE_NOT_CLOSED' } });
  });

  it('refuses a file without the required columns, naming them and the closest row', async () => {
    const file = join(tmp, 'noheader.csv');
    writeFileSync(file, 'NIP;Nama;Unit Kerja\n1;A;B\n');
    expect(await refused(file)).toEqual(['EVIDENCE_RECORD_HEADER_NOT_FOUND']);
    const loaded = await ipAsnRubric();
    const err = await openRecordFile(file, loaded.rubric.columns!).catch((e: InputError) => e);
    expect((err as InputError).diagnostics[0]!.args).toMatchObject({ bestRow: 1, bestMissing: ['Jenis Jabatan', 'Pendidikan Terakhir', 'Predikat Kinerja (SKP)', 'Hukuman Disiplin'] });
  });

  it('warns about a missing optional column a leaf reads (every row then counts it as empty)', async () => {
    const file = join(tmp, 'nojp.csv');
    const keep = HEAD.map((_, i) => i).filter((i) => i !== 8);
    writeFileSync(file, [keep.map((i) => HEAD[i]).join(';'), keep.map((i) => ROW[i]).join(';')].join('\n'));
    const { layout } = await rowsOf(file);
    expect(layout.columns[8]).toBeUndefined();
    expect(layout.diagnostics.find((d) => d.code === 'EVIDENCE_RECORD_COLUMN_MISSING')).toMatchObject({ severity: 'warning', args: { column: 'diklat_teknis_jp', used: true } });
  });

  it('refuses what is not a record file: a PDF, an empty file, a folder', async () => {
    writeFileSync(join(tmp, 'x.pdf'), '%PDF-1.4\n');
    writeFileSync(join(tmp, 'empty.csv'), '');
    expect(await refused(join(tmp, 'x.pdf'))).toEqual(['EVIDENCE_NOT_A_WORKBOOK']);
    expect(await refused(join(tmp, 'empty.csv'))).toEqual(['EVIDENCE_EMPTY_FILE']);
    expect(await refused(tmp)).toEqual(['EVIDENCE_UNREADABLE']);
  });
});

describe('XLSX', () => {
  async function workbook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    build(wb);
    const file = join(tmp, name);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('reads the first sheet with the header, cell types as they are, and formula errors as row problems', async () => {
    const file = await workbook('pegawai.xlsx', (wb) => {
      wb.addWorksheet('Petunjuk').addRow(['Isi lembar Pegawai']);
      const ws = wb.addWorksheet('Pegawai');
      ws.addRow(['Data pegawai 2024']);
      ws.addRow([]);
      ws.addRow(HEAD);
      ws.addRow(['000000000000000007', 'A', 'U', 'Fungsional', 'L', 'S-2', 'Tidak', 'Ya', 16, 2, 'Sangat Baik', 'Tidak Ada']);
      const r = ws.addRow(['000000000000000008', 'B', 'U', 'Fungsional', 'L', 'S-2', 'Tidak', 'Ya', null, 2, 'Sangat Baik', 'Tidak Ada']);
      r.getCell(9).value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    });
    const { layout, rows } = await rowsOf(file);
    expect(layout).toMatchObject({ format: 'xlsx', sheet: 'Pegawai', headerRow: 3 });
    expect(rows[0]).toEqual({ row: 4, values: ['000000000000000007', 'A', 'U', 'Fungsional', 'L', 'S-2', 'Tidak', 'Ya', 16, 2, 'Sangat Baik', 'Tidak Ada'] });
    expect(rows[1]!.problems).toHaveLength(1);
    expect(rows[1]!.problems![0]).toMatchObject({ index: 8, args: { formula: '=1/0', field: 'Diklat Teknis (JP)' } });
    expect(rows[1]!.problems![0]!.code).toMatch(/^EVIDENCE_FORMULA_(ERROR|NO_CACHED_VALUE)$/);
    const { assessment: a } = await scoreRows(file);
    expect(a.input).toMatchObject({ format: 'xlsx', sheet: 'Pegawai' });
    expect(a.population).toMatchObject({ scored: 1, skipped: 1 });
    expect(a.score.toString()).toBe('92'); // 20 + (15 + 16 × 0.75 + 10) + 30 + 5
    expect(a.diagnostics.find((d) => d.code.startsWith('EVIDENCE_FORMULA_'))?.location).toMatchObject({ sheet: 'Pegawai', cell: 'I5', row: 5 });
  });

  it('takes --sheet by name or number, and names the sheets when it is not there', async () => {
    const file = await workbook('two.xlsx', (wb) => {
      for (const name of ['Satu', 'Dua']) {
        const ws = wb.addWorksheet(name);
        ws.addRow(HEAD);
        ws.addRow([name === 'Satu' ? '1' : '2', ...ROW.slice(1)]);
      }
    });
    expect((await rowsOf(file)).layout.diagnostics.map((d) => d.code)).toContain('EVIDENCE_MULTIPLE_SHEETS');
    expect((await rowsOf(file, '2')).rows[0]!.values[0]).toBe('2');
    expect((await rowsOf(file, 'satu')).rows[0]!.values[0]).toBe('1');
    const loaded = await ipAsnRubric();
    const err = await openRecordFile(file, loaded.rubric.columns!, { sheet: 'Tiga' }).catch((e: InputError) => e);
    expect((err as InputError).diagnostics[0]).toMatchObject({ code: 'EVIDENCE_SHEET_NOT_FOUND', args: { sheets: ['1: Satu', '2: Dua'] } });
  });

  it('refuses a zip that is no workbook, and a broken one', async () => {
    const notXlsx = join(tmp, 'doc.xlsx');
    // A bare zip of one text entry (stored): local header, central directory, end record.
    const name = Buffer.from('a.txt');
    const data = Buffer.from('hello');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(46 + name.length, 12);
    end.writeUInt32LE(30 + name.length + data.length, 16);
    writeFileSync(notXlsx, Buffer.concat([local, name, data, central, name, end]));
    expect(await refused(notXlsx)).toEqual(['EVIDENCE_NOT_A_WORKBOOK']);
    const truncated = join(tmp, 'truncated.xlsx');
    writeFileSync(truncated, Buffer.concat([local, name, data]));
    expect(await refused(truncated)).toEqual(['EVIDENCE_CORRUPT']);
  });
});
