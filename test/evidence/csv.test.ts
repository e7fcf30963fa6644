import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/i18n/index.js';
import { decodeWindows1252, detectDelimiter, firstInvalidUtf8 } from '../../src/evidence/csv.js';
import { readEvidence } from '../../src/evidence/read.js';
import { codes, inputErrorOf, TempDir } from './helpers.js';

/** A value as JSON writes it (a cell's place spells out its A1 name there: cells.ts `Place`). */
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

const tmp = new TempDir();
afterAll(() => tmp.remove());

describe('csv reader', () => {
  it('reads a comma-separated file with provenance in spreadsheet terms', async () => {
    const file = tmp.file('comma.csv', 'Kode,Sub Aspek,Level,Level Verifikasi,Bukti Dukung,Catatan\nA1.1,Perencanaan,3,2,https://x,"ok, lengkap"\nA1.2,Pengadaan,4,,,\n');
    const t = await readEvidence(file);
    expect(t.format).toBe('csv');
    expect(t.csv).toEqual({ delimiter: ',', decimalComma: false, encoding: 'utf-8', bom: false });
    expect(t.headerRow).toBe(1);
    expect(t.columns.map((c) => c.field)).toEqual(['code', 'name', 'level', 'verified', 'evidence', 'notes']);
    expect(plain(t.rows[0]!.code)).toEqual({ raw: 'A1.1', text: 'A1.1', ref: { cell: 'A2', row: 2, column: 1, line: 2 } });
    expect(t.rows[0]!.level).toMatchObject({ raw: '3', text: '3', ref: { cell: 'C2' } });
    expect(t.rows[0]!.notes?.text).toBe('ok, lengkap');
    expect(t.rows[1]!.verified).toMatchObject({ raw: null, text: '', ref: { cell: 'D3', line: 3 } });
    expect(t.diagnostics).toEqual([]);
  });

  it('detects semicolons with decimal commas (Indonesian Excel), BOM and CRLF', async () => {
    const file = tmp.file('semi.csv', '\ufeffKode;Level;Catatan\r\nA1;3,5;"a; b"\r\nA2;2;x\r\n');
    const t = await readEvidence(file);
    expect(t.csv).toEqual({ delimiter: ';', decimalComma: true, encoding: 'utf-8', bom: true });
    expect(t.columns[0]!.header).toBe('Kode');
    expect(t.rows.map((r) => [r.code.text, r.level?.text, r.notes?.text, r.row])).toEqual([
      ['A1', '3,5', 'a; b', 2],
      ['A2', '2', 'x', 3],
    ]);
  });

  it('reads tab-separated files and honours a sep= line', async () => {
    const t = await readEvidence(tmp.file('tab.tsv', 'Code\tSelf level\tVerified\tEvidence\nB2\t1\t1\tdoc.pdf\n'));
    expect(t.csv?.delimiter).toBe('\t');
    expect(t.rows[0]).toMatchObject({ code: { text: 'B2' }, level: { text: '1' }, verified: { text: '1' }, evidence: { text: 'doc.pdf' } });
    const s = await readEvidence(tmp.file('sep.csv', 'sep=;\nKode;Level\nA1;1,5\n'));
    expect(s.csv?.delimiter).toBe(';');
    expect(s.headerRow).toBe(2);
    expect(s.rows[0]!.code.ref.cell).toBe('A3');
  });

  it('decides decimal comma by the numbers it sees', async () => {
    expect((await readEvidence(tmp.file('dot-semi.csv', 'Kode;Level\nA1;3.5\nA2;2.5\n'))).csv?.decimalComma).toBe(false);
    expect((await readEvidence(tmp.file('comma-quoted.csv', 'Kode,Level\nA1,"3,5"\n'))).csv?.decimalComma).toBe(true);
    expect((await readEvidence(tmp.file('int-semi.csv', 'Kode;Level\nA1;3\n'))).csv?.decimalComma).toBe(true);
    expect((await readEvidence(tmp.file('int-comma.csv', 'Kode,Level\nA1,3\n'))).csv?.decimalComma).toBe(false);
  });

  it('numbers a record by its first physical line when a quoted field spans lines', async () => {
    const file = tmp.file('multiline.csv', 'Judul laporan\n\nKode,Level,Catatan\r\nA1,1,"baris satu\r\nbaris dua"\r\nA2,2,x\r\n');
    const t = await readEvidence(file);
    expect(t.headerRow).toBe(3);
    expect(t.rows.map((r) => [r.code.text, r.row, r.code.ref.line, r.notes?.ref.cell])).toEqual([
      ['A1', 4, 4, 'C4'],
      ['A2', 6, 6, 'C6'],
    ]);
    expect(t.rows[0]!.notes?.text).toBe('baris satu\r\nbaris dua');
  });

  it('skips title rows and reads Instansi/Tahun labels', async () => {
    const file = tmp.file('meta.csv', 'PENILAIAN MANDIRI;;;\nInstansi:;Kabupaten Agam;;\nTahun;:;2024;\n;;;\nKode;Level;Verifikasi;Bukti\nA1;2;2;x\n');
    const t = await readEvidence(file);
    expect(t.csv?.delimiter).toBe(';');
    expect(t.headerRow).toBe(5);
    expect(plain(t.meta.subject)).toEqual({ value: 'Kabupaten Agam', ref: { cell: 'B2', row: 2, column: 2, line: 2 } });
    expect(t.meta.period).toMatchObject({ value: '2024', ref: { cell: 'C3' } });
  });

  it('decodes Windows-1252 with a located warning', async () => {
    const bytes = Buffer.concat([Buffer.from('Kode;Level;Keterangan\nA1;2;Keterangan lengkap '), Buffer.from([0xe9, 0x20, 0x80]), Buffer.from('\n')]);
    const file = tmp.file('cp1252.csv', bytes);
    const t = await readEvidence(file);
    expect(t.csv?.encoding).toBe('windows-1252');
    expect(t.rows[0]!.notes?.text).toBe('Keterangan lengkap é €');
    expect(t.diagnostics.map((d) => [d.code, d.severity, d.location?.line, d.location?.column])).toEqual([['EVIDENCE_ENCODING', 'warning', 2, 25]]);
    expect(formatDiagnostic(t.diagnostics[0]!, 'en')).toMatch(/cp1252\.csv:2:25: warning: .*Windows-1252/);
  });

  it('warns about text garbled by a past wrong decoding (Ã©)', async () => {
    const t = await readEvidence(tmp.file('moji.csv', 'Kode,Level,Catatan\nA1,1,CafÃ©\n'));
    expect(codes(t.diagnostics)).toEqual(['EVIDENCE_MOJIBAKE']);
    expect(t.diagnostics[0]!.location).toMatchObject({ line: 2 });
  });

  it('decodes UTF-16 with and without BOM', async () => {
    const text = 'Kode\tLevel\nA1\t3\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const t = await readEvidence(tmp.file('u16le.csv', le));
    expect(t.csv).toMatchObject({ encoding: 'utf-16le', bom: true, delimiter: '\t' });
    expect(t.rows[0]!.level?.text).toBe('3');
    const be = Buffer.from(text, 'utf16le');
    be.swap16();
    const tb = await readEvidence(tmp.file('u16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be])));
    expect(tb.csv?.encoding).toBe('utf-16be');
    expect(tb.rows[0]!.code.text).toBe('A1');
    const nobom = await readEvidence(tmp.file('u16-nobom.csv', Buffer.from(text, 'utf16le')));
    expect(nobom.csv).toMatchObject({ encoding: 'utf-16le', bom: false });
  });

  it('refuses NUL bytes with their line and column', async () => {
    const d = await inputErrorOf(readEvidence(tmp.file('nul.csv', Buffer.from('Kode,Level\nA1,\u00002\n', 'latin1'))));
    expect(codes(d)).toEqual(['EVIDENCE_NUL_BYTE']);
    expect(d[0]!.location).toEqual({ file: expect.stringMatching(/nul\.csv$/), line: 2, column: 4 });
  });

  it('reads ragged rows with one warning', async () => {
    const t = await readEvidence(tmp.file('ragged.csv', 'Kode,Level,Catatan\nA1,1\nA2,2,x,extra\nA3,3,y,\n'));
    expect(t.rows.map((r) => [r.code.text, r.level?.text, r.notes?.text])).toEqual([
      ['A1', '1', ''],
      ['A2', '2', 'x'],
      ['A3', '3', 'y'],
    ]);
    expect(t.diagnostics.map((d) => [d.code, d.location?.line, d.args.count])).toEqual([['EVIDENCE_RAGGED_ROWS', 2, 2]]);
  });

  it('takes stray quotes literally and refuses an unclosed quote', async () => {
    const t = await readEvidence(tmp.file('quotes.csv', 'Kode,Level,Catatan\nA1,1,pipa 5" panjang\n'));
    expect(t.rows[0]!.notes?.text).toBe('pipa 5" panjang');
    const d = await inputErrorOf(readEvidence(tmp.file('unclosed.csv', 'Kode,Level,Catatan\nA1,1,"tidak ditutup\nA2,2,x\n')));
    expect(codes(d)).toEqual(['EVIDENCE_CSV_MALFORMED']);
    expect(d[0]!.args.reason).toBe('CSV_QUOTE_NOT_CLOSED');
  });

  it('reports EVIDENCE_HEADER_NOT_FOUND with file:line of the closest row', async () => {
    const d = await inputErrorOf(readEvidence(tmp.file('nohdr.csv', 'judul\nKode,Skor\nA1,2\n')));
    expect(codes(d)).toEqual(['EVIDENCE_HEADER_NOT_FOUND']);
    expect(d[0]!.args).toMatchObject({ rows: '1–3', bestRow: 2, bestHeaders: ['Kode'] });
    expect(d[0]!.location).toMatchObject({ line: 2 });
    expect(formatDiagnostic(d[0]!, 'en')).toMatch(/nohdr\.csv:2: error: No header row found/);
  });

  it('refuses a file with only blanks or a BOM as empty', async () => {
    expect(codes(await inputErrorOf(readEvidence(tmp.file('blank.csv', '\ufeff\r\n  \r\n'))))).toEqual(['EVIDENCE_EMPTY_FILE']);
  });

  it('stops at the row limit and cuts over-long cells', async () => {
    const lines = ['Kode,Level,Bukti'];
    for (let i = 1; i <= 100; i++) lines.push(`A${i},1,${i === 1 ? 'z'.repeat(100) : 'x'}`);
    const t = await readEvidence(tmp.file('many.csv', lines.join('\n')), { limits: { maxRows: 20, maxCellChars: 10 } });
    expect(t.rows).toHaveLength(20);
    expect(t.rows[0]!.evidence?.text).toBe('z'.repeat(10));
    expect(t.diagnostics.map((d) => `${d.code}@${d.location?.line}`)).toEqual(['EVIDENCE_CELL_TOO_LONG@2', 'EVIDENCE_TOO_MANY_ROWS@22']);
  });
});

describe('csv reader: hostile input', () => {
  it('a 10 MB single field is cut to the cell limit with an error', async () => {
    const file = tmp.file('huge-field.csv', `Kode,Level,Bukti\nA1,2,"${'x'.repeat(10 * 1024 * 1024)}"\n`);
    const t = await readEvidence(file);
    expect(t.rows[0]!.evidence?.text).toHaveLength(32_767);
    expect(t.diagnostics.map((d) => [d.code, d.location?.line, d.location?.cell])).toEqual([['EVIDENCE_CELL_TOO_LONG', 2, 'C2']]);
  });

  it('mixed delimiters: the consistent one wins and the odd rows are flagged', async () => {
    const t = await readEvidence(tmp.file('mixed.csv', 'Kode;Level;Bukti\nA1;1;x\nA2,2,y\nA3;3;z\n'));
    expect(t.csv?.delimiter).toBe(';');
    expect(t.rows.map((r) => r.code.text)).toEqual(['A1', 'A2,2,y', 'A3']);
    expect(t.diagnostics.map((d) => [d.code, d.location?.line])).toEqual([['EVIDENCE_RAGGED_ROWS', 3]]);
  });
});

describe('csv helpers', () => {
  it('detects the delimiter by consistent counts outside quotes', () => {
    expect(detectDelimiter('a;b;c\n1;"x, y, z";3\n')).toBe(';');
    expect(detectDelimiter('Judul\na,b,c\n1,2,3\n4,5,6\n')).toBe(',');
    expect(detectDelimiter('Kode;Level\nA1;3,5\nA2;1,5\n')).toBe(';');
    expect(detectDelimiter('a\tb\n1\t"2\t3"\n')).toBe('\t');
    expect(detectDelimiter('single column\nvalue\n')).toBe(',');
  });

  it('finds the first invalid UTF-8 byte and decodes Windows-1252', () => {
    expect(firstInvalidUtf8(Buffer.from('héllo €', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xe9, 0x41]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0x80]))).toBe(0); // overlong
    expect(decodeWindows1252(Buffer.from([0x93, 0x41, 0x94, 0xe9, 0x96]))).toBe('\u201cA\u201dé\u2013');
  });
});

describe('column-numbering row', () => {
  it('is skipped when parenthesised or in step with every column, kept otherwise', async () => {
    const a = await readEvidence(tmp.file('num1.csv', 'Kode;Sub Aspek;Level;Bukti\n(1);(2);(3);(4)\nA1;x;2;y\n'));
    expect(a.rows.map((r) => r.code.text)).toEqual(['A1']);
    const b = await readEvidence(tmp.file('num2.csv', 'No;Kode;Sub Aspek;Level;Bukti\n1;2;3;4;5\n1;A1;x;2;y\n'));
    expect(b.rows.map((r) => r.code.text)).toEqual(['A1']);
    const c = await readEvidence(tmp.file('num3.csv', 'Kode;Level;Verifikasi\n1;2;3\n2;3;3\n'));
    expect(c.rows.map((r) => r.code.text)).toEqual(['1', '2']);
  });
});
