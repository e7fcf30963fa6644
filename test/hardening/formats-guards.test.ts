/**
 * .xls, .xlsb and .ods under the limits and guards of an .xlsx (issue 15, item 3), on the built
 * CLI: the cell limit counted before SheetJS parses (an ODS cell repeated over a whole sheet
 * would be 17 billion cells), the inflated-size limit and forged sizes for the zip formats, the
 * file-size limit, a broken file in merit's words, and record mode saying it reads .xlsx and .csv.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { merit } from '../helpers/cli.js';
import { zip } from '../helpers/zip.mjs';
import { odsCells, xlsbCells, xlsCells } from '../../src/evidence/sheetjs-guard.js';

const tmp = mkdtempSync(join(tmpdir(), 'merit-format-guards-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const FIX = 'test/fixtures/formats';

function ods(content: string, extra: { declaredSize?: number } = {}): Buffer {
  const body = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Penilaian">${content}</table:table></office:spreadsheet></office:body></office:document-content>`;
  return zip([
    { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet'), store: true },
    { name: 'content.xml', data: Buffer.from(body), ...extra },
    { name: 'styles.xml', data: Buffer.from('<?xml version="1.0" encoding="UTF-8"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>') },
    {
      name: 'META-INF/manifest.xml',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
      ),
    },
  ]);
}

const ROWS = '<table:table-row><table:table-cell office:value-type="string"><text:p>Kode</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Level</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell office:value-type="string"><text:p>A1.1</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell></table:table-row>';

function run(file: string, extra: string[] = []): { code: number; stderr: string; stdout: string } {
  return merit(['score', file, '--lang', 'en', '-f', 'json', '--rubric', 'kasn-2019', ...extra], { cwd: process.cwd() });
}

function refused(r: { code: number; stderr: string; stdout: string }, code: string, words: string[] = []): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.match(/\[[A-Z_]+\]/g)).toEqual([`[${code}]`]);
  for (const w of words) expect(r.stderr).toContain(w);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('limits and guards of the SheetJS formats, on the CLI', () => {
  it('a hand-made .ods scores (the fixture below is a real workbook)', () => {
    writeFileSync(join(tmp, 'small.ods'), ods(ROWS));
    const r = run(join(tmp, 'small.ods'));
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { input: { format: string } }).input.format).toBe('ods');
  });

  it('an ODS cell repeated over the whole sheet is refused before parsing: EVIDENCE_TOO_MANY_CELLS', () => {
    const bomb = '<table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>';
    writeFileSync(join(tmp, 'repeat-bomb.ods'), ods(ROWS + bomb));
    const started = Date.now();
    refused(run(join(tmp, 'repeat-bomb.ods')), 'EVIDENCE_TOO_MANY_CELLS', ['--max-cells']);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('an ODS merged range over the whole sheet counts its area', () => {
    const merge = '<table:table-row><table:table-cell table:number-columns-spanned="16384" table:number-rows-spanned="1048000" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>';
    writeFileSync(join(tmp, 'merge-bomb.ods'), ods(ROWS + merge));
    refused(run(join(tmp, 'merge-bomb.ods')), 'EVIDENCE_TOO_MANY_CELLS', ['--max-cells']);
  });

  it('an .ods over the inflated-size limit, and one with a forged size', () => {
    writeFileSync(join(tmp, 'big.ods'), ods(ROWS + `<table:table-row>${'<table:table-cell/>'.repeat(100_000)}</table:table-row>`));
    refused(run(join(tmp, 'big.ods'), ['--max-inflated-size', '1MB']), 'EVIDENCE_INFLATED_TOO_LARGE', ['--max-inflated-size']);
    writeFileSync(join(tmp, 'forged.ods'), ods(ROWS, { declaredSize: 100 }));
    refused(run(join(tmp, 'forged.ods')), 'EVIDENCE_CORRUPT', ['inflates to more than its declared 100 bytes']);
  });

  for (const format of ['xls', 'xlsb', 'ods']) {
    it(`.${format}: --max-cells and --max-file-size hold`, () => {
      refused(run(`${FIX}/kab-contoh-baik.${format}`, ['--max-cells', '50']), 'EVIDENCE_TOO_MANY_CELLS', ['--max-cells']);
      refused(run(`${FIX}/kab-contoh-baik.${format}`, ['--max-file-size', '1KB']), 'EVIDENCE_FILE_TOO_LARGE', ['--max-file-size']);
    });
  }

  it('a damaged .xls is a located diagnostic in merit\'s words, exit 2', () => {
    const good = readFileSync(`${FIX}/kab-contoh-baik.xls`);
    // Keep the container, scramble the Workbook stream's records.
    const bad = Buffer.from(good);
    for (let i = 0x1000; i < 0x1200; i++) bad[i] = (i * 131) & 0xff;
    writeFileSync(join(tmp, 'damaged.xls'), bad);
    const r = run(join(tmp, 'damaged.xls'));
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^.*damaged\.xls: error: .*\[EVIDENCE_FORMAT_UNREADABLE\]/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).not.toContain('internal error');
  });

  it('record mode reads .xlsx and .csv only, and says so', () => {
    const r = merit(['score', `${FIX}/kab-contoh-baik.xls`, '--rubric', 'ip-asn-2019', '--lang', 'en']);
    refused(r, 'EVIDENCE_UNSUPPORTED_FORMAT', ['Record files (one row per employee) are read from .xlsx and .csv only', 'Save As → Excel Workbook (.xlsx)']);
  });
});

describe('cell counts before parsing', () => {
  it('ODS: repeats multiply only cells with content; spans count their area', () => {
    const xml = (s: string) => Buffer.from(s);
    expect(odsCells(xml('<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="4"><text:p>1</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1000"/></table:table-row>'))).toBe(12);
    expect(odsCells(xml('<table:table-row><table:table-cell table:number-columns-spanned="10" table:number-rows-spanned="10"><text:p>x</text:p></table:table-cell></table:table-row>'))).toBe(100);
  });

  it('XLSB: one per cell record, merged areas', () => {
    // BrtCellReal (5, 16 bytes), BrtCellIsst (7, 12 bytes), BrtMergeCell (176: two-byte type, rows 0-9, cols 0-9).
    const merge = Buffer.alloc(16);
    merge.writeUInt32LE(9, 4);
    merge.writeUInt32LE(9, 12);
    const bin = Buffer.concat([Buffer.from([5, 16]), Buffer.alloc(16), Buffer.from([7, 12]), Buffer.alloc(12), Buffer.from([0xb0, 0x01, 16]), merge]);
    expect(xlsbCells(bin)).toBe(2 + 99);
  });

  it('XLS: NUMBER, MULRK cells, MERGECELLS areas; FILEPASS means encrypted', () => {
    const rec = (type: number, body: Buffer) => Buffer.concat([Buffer.from([type & 0xff, type >> 8, body.length & 0xff, body.length >> 8]), body]);
    const mulrk = rec(0x00bd, Buffer.alloc(6 + 3 * 6));
    const merge = Buffer.alloc(2 + 8);
    merge.writeUInt16LE(1, 0);
    merge.writeUInt16LE(4, 4); // rows 0-4
    merge.writeUInt16LE(1, 8); // cols 0-1
    expect(xlsCells(Buffer.concat([rec(0x0203, Buffer.alloc(14)), mulrk, rec(0x00e5, merge)]))).toBe(1 + 3 + 9);
    expect(xlsCells(Buffer.concat([rec(0x002f, Buffer.alloc(4)), rec(0x0203, Buffer.alloc(14))]))).toBe('encrypted');
  });
});
