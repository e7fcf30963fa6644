import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/i18n/index.js';
import { readEvidence, readEvidenceBytes } from '../../src/evidence/read.js';
import { centralDirectory, entryData } from '../../src/evidence/sniff.js';
import { codes, evidenceSheet, inputErrorOf, TempDir, unzip, workbookBytes, zip } from './helpers.js';

const tmp = new TempDir();
afterAll(() => tmp.remove());
const FOREIGN = new URL('../fixtures/evidence/foreign/', import.meta.url);
const foreign = (name: string): Buffer => readFileSync(new URL(name, FOREIGN));

let good: Buffer;
beforeAll(async () => {
  good = await workbookBytes((wb) => evidenceSheet(wb.addWorksheet('Penilaian'), [['A1', 'x', 2]]));
});

async function failsWith(bytes: Buffer | string, name: string, options = {}): Promise<{ code: string; args: Record<string, unknown>; en: string }> {
  const file = tmp.file(name, bytes);
  const d = await inputErrorOf(readEvidence(file, options));
  expect(d).toHaveLength(1);
  expect(d[0]!.location?.file).toBe(file);
  return { code: d[0]!.code, args: d[0]!.args as Record<string, unknown>, en: formatDiagnostic(d[0]!, 'en') };
}

describe('readEvidence: files', () => {
  it('hashes the bytes and dispatches by content, not by name', async () => {
    const t = await readEvidence(tmp.file('really-xlsx.csv', good));
    expect(t.format).toBe('xlsx');
    expect(t.sha256).toBe((await import('node:crypto')).createHash('sha256').update(good).digest('hex'));
    const c = await readEvidence(tmp.file('data.txt', 'Kode,Level\nA1,1\n'));
    expect(c.format).toBe('csv');
    const noext = await readEvidence(tmp.file('evidence', good));
    expect(noext.format).toBe('xlsx');
  });

  it('refuses a missing file, a folder, an empty file and a file over the size limit', async () => {
    expect(codes(await inputErrorOf(readEvidence(`${tmp.path}/nope.xlsx`)))).toEqual(['EVIDENCE_NOT_FOUND']);
    const dir = await inputErrorOf(readEvidence(tmp.path));
    expect(dir.map((d) => [d.code, d.args.reason])).toEqual([['EVIDENCE_UNREADABLE', 'directory']]);
    expect((await failsWith('', 'empty.xlsx')).code).toBe('EVIDENCE_EMPTY_FILE');
    expect((await failsWith('', 'empty.csv')).code).toBe('EVIDENCE_EMPTY_FILE');
    const big = await failsWith(good, 'big.xlsx', { limits: { maxFileBytes: 1000 } });
    expect(big.code).toBe('EVIDENCE_FILE_TOO_LARGE');
    expect(big.args).toMatchObject({ size: good.length, limit: 1000, flag: '--max-file-size' });
    expect(big.en).toContain('--max-file-size');
  });

  it('answers a text file named .xlsx with "not a workbook" and a rename hint', async () => {
    const r = await failsWith('Kode,Level\nA1,1\n', 'renamed-csv.xlsx');
    expect(r.code).toBe('EVIDENCE_NOT_A_WORKBOOK');
    expect(r.args).toMatchObject({ detected: 'text', extension: '.xlsx' });
    expect(r.en).toContain('rename the file to .csv');
  });

  it('answers a truncated or damaged package with EVIDENCE_CORRUPT', async () => {
    expect((await failsWith(good.subarray(0, Math.floor(good.length / 2)), 'truncated.xlsx')).code).toBe('EVIDENCE_CORRUPT');
    expect((await failsWith(good.subarray(0, good.length - 10), 'cut-end.xlsx')).code).toBe('EVIDENCE_CORRUPT');
    // Damage inside the sheet's compressed data.
    const sheet = centralDirectory(good).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const start = good.indexOf(entryData(good, sheet)!);
    const flipped = Buffer.from(good);
    for (let i = start + 20; i < start + 80; i++) flipped[i] = flipped[i]! ^ 0x5a;
    expect((await failsWith(flipped, 'flipped.xlsx')).code).toBe('EVIDENCE_CORRUPT');
    const items = unzip(good);
    const noWorkbook = zip(items.filter((i) => i.name !== 'xl/workbook.xml'));
    expect((await failsWith(noWorkbook, 'no-workbook.xlsx')).code).toBe('EVIDENCE_CORRUPT');
    const badXml = zip(items.map((i) => (i.name === 'xl/workbook.xml' ? { ...i, data: Buffer.from('<workbook><sheets><sheet name="x" sheetId=') } : i)));
    const r = await failsWith(badXml, 'bad-xml.xlsx');
    expect(r.code).toBe('EVIDENCE_CORRUPT');
    // The part that failed is named; exceljs's own TypeError text is not the reason given (issue 15).
    expect(r.en).toContain('could not read its part xl/workbook.xml');
    expect(r.en).not.toMatch(/Cannot read|undefined/);
  });

  it('damage in a part merit never reads (document properties, theme, pictures) does not stop the read', async () => {
    const items = unzip(good);
    const damaged = zip([
      ...items.map((i) => (i.name === 'docProps/app.xml' || i.name.startsWith('xl/theme/') ? { ...i, data: Buffer.from('<Properties><unclosed') } : i)),
      { name: 'xl/media/image1.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) },
    ]);
    const t = await readEvidenceBytes(damaged, 'damaged-extras.xlsx');
    expect(t.rows[0]!.code.text).toBe('A1');
  });

  it('re-zipping an exceljs workbook with our own writer keeps it readable', async () => {
    const t = await readEvidenceBytes(zip(unzip(good)), 'rezipped.xlsx');
    expect(t.rows[0]!.code.text).toBe('A1');
  });

  it('reads .xls and .ods by their content, real or renamed (SheetJS)', async () => {
    const xls = foreign('libreoffice.xls');
    const ods = foreign('libreoffice.ods');
    for (const [bytes, name, format] of [
      [xls, 'real.xls', 'xls'],
      [xls, 'renamed-xls.xlsx', 'xls'],
      [xls, 'renamed-xls.csv', 'xls'],
      [ods, 'real.ods', 'ods'],
      [ods, 'renamed-ods.xlsx', 'ods'],
    ] as const) {
      const t = await readEvidenceBytes(bytes, name);
      expect([name, t.format, t.rows.map((r) => r.code.text)]).toEqual([name, format, ['A1.1', 'A1.2']]);
    }
  });

  it('an .xlsb SheetJS cannot parse is EVIDENCE_FORMAT_UNREADABLE, in merit\'s words, never the library\'s', async () => {
    const xlsb = zip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.bin', data: Buffer.from([1, 2, 3]) },
    ]);
    for (const name of ['book.xlsb', 'renamed-xlsb.xlsx']) {
      const r = await failsWith(xlsb, name);
      expect([r.code, r.args]).toEqual(['EVIDENCE_FORMAT_UNREADABLE', { format: 'xlsb' }]);
      expect(r.en).toContain('Excel Binary (.xlsb) workbook cannot be read');
      expect(r.en).toContain('Save As → Excel Workbook (.xlsx)');
    }
  });

  it('recognises HTML, XML Spreadsheet 2003 and flat ODS saved under a workbook name', async () => {
    expect((await failsWith('<html><body><table><tr><td>Kode</td></tr></table></body></html>', 'export.xls')).args.format).toBe('html');
    expect((await failsWith('<table border=1><tr><td>Kode</td></tr></table>', 'export2.xlsx')).args.format).toBe('html');
    const x2003 = '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>';
    expect((await failsWith(x2003, 'old.xml')).args.format).toBe('xml2003');
    const fods = '<?xml version="1.0"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"></office:document>';
    expect((await failsWith(fods, 'flat.fods')).args.format).toBe('fods');
  });

  it('recognises encrypted workbooks (OLE2 EncryptedPackage, or encrypted zip entries)', async () => {
    // The start of an OLE2 compound file whose directory names the OOXML encryption streams.
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole, 0);
    Buffer.from('EncryptionInfo', 'utf16le').copy(ole, 1024);
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1152);
    const r = await failsWith(ole, 'secret.xlsx');
    expect(r.code).toBe('EVIDENCE_ENCRYPTED');
    expect(r.en).toContain('password');
    const zipped = zip(unzip(good).map((i) => ({ ...i, flags: 1 })));
    expect((await failsWith(zipped, 'zipcrypto.xlsx')).code).toBe('EVIDENCE_ENCRYPTED');
  });

  it('says what a non-workbook is: PDF, Word document, plain zip, image, other OLE2', async () => {
    expect((await failsWith('%PDF-1.7\n%âãÏÓ\n', 'scan.xlsx')).args.detected).toBe('pdf');
    const docx = zip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
    ]);
    expect((await failsWith(docx, 'letter.xlsx')).args.detected).toBe('docx');
    expect((await failsWith(zip([{ name: 'a.txt', data: Buffer.from('hi') }]), 'archive.xlsx')).args.detected).toBe('zip');
    expect((await failsWith(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), 'photo.xlsx')).args.detected).toBe('image');
    const doc = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(doc, 0);
    Buffer.from('WordDocument', 'utf16le').copy(doc, 600);
    expect((await failsWith(doc, 'old.doc')).args.detected).toBe('ole2');
    expect((await failsWith(Buffer.from([1, 2, 3, 0, 0, 0, 9, 9]), 'blob.xlsx')).args.detected).toBe('binary');
  });

  it('stops zip bombs, declared or hidden, before exceljs inflates them', async () => {
    const items = unzip(good);
    // 8 MiB of white space after a part's XML: valid, and tiny when deflated.
    const padded = Buffer.concat([Buffer.from('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'), Buffer.alloc(8 * 1024 * 1024, 0x20)]);
    const part = 'xl/worksheets/_rels/sheet9.xml.rels';
    const declared = zip([...items, { name: part, data: padded }]);
    expect(declared.length).toBeLessThan(good.length + 20_000);
    const r = await failsWith(declared, 'bomb.xlsx', { limits: { maxInflatedBytes: 4 * 1024 * 1024 } });
    expect(r.code).toBe('EVIDENCE_INFLATED_TOO_LARGE');
    expect(r.args.flag).toBe('--max-inflated-size');
    // The headers claim 100 bytes, the data inflates to 8 MiB.
    const lying = zip([...items, { name: part, data: padded, declaredSize: 100 }]);
    const l = await failsWith(lying, 'lying-bomb.xlsx');
    expect(l.code).toBe('EVIDENCE_CORRUPT');
    expect(l.args.detail).toBe(`entry ${part} inflates to more than its declared 100 bytes`);
    // A part merit never reads is never inflated: an 8 MiB picture costs nothing, whatever it claims.
    const picture = zip([...items, { name: 'xl/media/image1.png', data: Buffer.alloc(8 * 1024 * 1024), declaredSize: 100 }]);
    expect((await readEvidenceBytes(picture, 'picture.xlsx', { limits: { maxInflatedBytes: 4 * 1024 * 1024 } })).rows).toHaveLength(1);
    // Within the limit it reads.
    const ok = await readEvidenceBytes(declared, 'padded.xlsx');
    expect(ok.rows).toHaveLength(1);
  });
});

describe('readEvidence: hostile workbooks', () => {
  function patchSheet(bytes: Buffer, edit: (xml: string) => string): Buffer {
    return zip(unzip(bytes).map((i) => (i.name === 'xl/worksheets/sheet1.xml' ? { ...i, data: Buffer.from(edit(i.data.toString('utf8'))) } : i)));
  }

  it('a 1,048,576-row dimension with no data is refused quickly, not expanded', async () => {
    const empty = await workbookBytes((wb) => {
      wb.addWorksheet('S').getCell('A1').value = 'judul';
    });
    const huge = patchSheet(empty, (xml) =>
      xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>').replace('</sheetData>', '<row r="1048576" ht="20" customHeight="1"/></sheetData>'),
    );
    const started = Date.now();
    const d = await inputErrorOf(readEvidenceBytes(huge, 'huge-dimension.xlsx'));
    expect(codes(d)).toEqual(['EVIDENCE_HEADER_NOT_FOUND']);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('the last row of the sheet is read', async () => {
    const far = patchSheet(good, (xml) => xml.replace('</sheetData>', '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>Z9</t></is></c><c r="C1048576"><v>4</v></c></row></sheetData>'));
    const t = await readEvidenceBytes(far, 'far.xlsx');
    expect(t.rows.map((r) => [r.code.text, r.code.ref.cell])).toEqual([
      ['A1', 'A2'],
      ['Z9', 'A1048576'],
    ]);
  });

  it('deeply nested sheet XML is refused or read, never a crash', async () => {
    const deep = patchSheet(good, (xml) => xml.replace('</sheetData>', `</sheetData>${'<extra>'.repeat(50_000)}${'</extra>'.repeat(50_000)}`));
    try {
      const t = await readEvidenceBytes(deep, 'deep.xlsx');
      expect(t.rows).toHaveLength(1);
    } catch (e) {
      expect(e).toBeInstanceOf((await import('../../src/diagnostics.js')).InputError);
    }
  });
});
