/**
 * Every safety limit (issue 8) has a safe default and a flag, and a breach is a diagnostic that
 * names the limit and the flag: checked on the built CLI. Then the XML guards (xml-guard.ts) in
 * process: what they count, what they refuse, and what they must not refuse.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/evidence/types.js';
import { readEvidenceBytes } from '../../src/evidence/read.js';
import { LIMIT_FLAGS } from '../../src/evidence/table.js';
import { MAX_XML_DEPTH, checkPart, rangeArea, tooDeep } from '../../src/evidence/xml-guard.js';
import { merit, ROOT } from '../helpers/cli.js';
import { unzip } from '../helpers/unzip.js';
import { zip } from '../helpers/zip.mjs';
import { codes, inputErrorOf } from '../evidence/helpers.js';
import { STACK } from './cli-contract.js';

const XLSX = 'examples/kab-contoh-baik.xlsx';
const CSV = 'examples/kota-contoh.csv';

/** [flag value that breaches, file, code, location the line starts with]. */
const BREACHES: Record<keyof typeof LIMIT_FLAGS, [string, string, string, string][]> = {
  maxFileBytes: [['1KB', XLSX, 'EVIDENCE_FILE_TOO_LARGE', XLSX]],
  maxInflatedBytes: [['10KB', XLSX, 'EVIDENCE_INFLATED_TOO_LARGE', XLSX]],
  maxRows: [
    ['5', CSV, 'EVIDENCE_TOO_MANY_ROWS', `${CSV}:11`],
    ['5', XLSX, 'EVIDENCE_TOO_MANY_ROWS', `${XLSX} Penilaian!11:11`],
  ],
  maxCellChars: [['20', CSV, 'EVIDENCE_CELL_TOO_LONG', `${CSV}:6 B6`]],
  maxCells: [
    ['100', XLSX, 'EVIDENCE_TOO_MANY_CELLS', XLSX],
    ['100', CSV, 'EVIDENCE_TOO_MANY_CELLS', `${CSV}:17`],
  ],
};

describe('limits on the CLI', () => {
  it('every limit has a flag, and --help shows each with its default', () => {
    expect(Object.keys(LIMIT_FLAGS).sort()).toEqual(Object.keys(DEFAULT_LIMITS).sort());
    const help = merit(['score', '--help', '--lang', 'en']).stdout.replace(/\s+/g, ' ');
    for (const [key, flag] of Object.entries(LIMIT_FLAGS)) {
      const value = DEFAULT_LIMITS[key as keyof typeof DEFAULT_LIMITS]!;
      const shown = flag.endsWith('-size') ? `${value / 1024 ** 2} MB` : String(value);
      expect(help, flag).toMatch(new RegExp(`${flag} <[a-z]+> .*?\\(default: ${shown}\\)`));
    }
  });

  const cases = Object.entries(BREACHES).flatMap(([key, list]) => list.map((c) => [LIMIT_FLAGS[key as keyof typeof LIMIT_FLAGS], ...c] as const));
  it.each(cases)('%s %s on %s → %s, naming the flag', (flag, value, file, code, where) => {
    const r = merit(['score', file, flag, value, '--lang', 'en', '-f', 'json', '-q']);
    expect(r.code, r.stderr).toBe(2);
    const line = r.stderr.split('\n').findIndex((l) => l.includes(`[${code}]`));
    expect(line, r.stderr).toBeGreaterThanOrEqual(0);
    const lines = r.stderr.split('\n');
    expect(lines[line]!.startsWith(`${where}: error: `), lines[line]).toBe(true);
    // The hint under it says which flag raises the limit.
    expect(lines[line + 1], r.stderr).toContain(flag);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('raising a limit lets the same file through', () => {
    expect(merit(['score', CSV, '--max-rows', '50', '--max-cell-chars', '200', '--max-cells', '1000', '-q', '-f', 'json']).code).toBe(0);
    expect(merit(['score', XLSX, '--max-file-size', '1MB', '--max-inflated-size', '2MB', '--max-cells', '2000', '-q', '-f', 'json']).code).toBe(0);
  });

  it('a malformed limit is a usage error (exit 2), not a silent default', () => {
    for (const [flag, value] of [['--max-rows', '0'], ['--max-cells', 'many'], ['--max-file-size', '10XB'], ['--max-cell-chars', '-1']]) {
      const r = merit(['score', CSV, flag!, value!, '--lang', 'en']);
      expect(r.code, `${flag} ${value}`).toBe(2);
      expect(r.stderr, `${flag} ${value}`).toContain(flag!);
      expect(r.stderr).not.toMatch(STACK);
    }
  });

  it('docs/security.md lists every limit with its flag and default', () => {
    const doc = readFileSync(join(ROOT, 'docs/security.md'), 'utf8');
    for (const flag of Object.values(LIMIT_FLAGS)) expect(doc).toContain(`\`${flag}\``);
    expect(doc).toContain('1,000,000');
    expect(doc).toContain('100,000');
  });
});

describe('xml-guard', () => {
  const sheet = (body: string, extra = '') => Buffer.from(`<?xml version="1.0"?><worksheet><sheetData>${body}</sheetData>${extra}</worksheet>`);

  it('counts cells, and every cell a merged range covers', () => {
    const body = '<row r="1"><c r="A1"/><c r="B1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>';
    expect(checkPart('xl/worksheets/sheet1.xml', sheet(body))).toEqual({ cells: 3 });
    expect(checkPart('xl/worksheets/sheet1.xml', sheet(body, '<mergeCells><mergeCell ref="A1:C10"/></mergeCells>'))).toEqual({ cells: 3 + 29 });
    // <cols>, <cfRule> are not cells; a <col> is one entry (exceljs keeps an object each); other parts add none.
    expect(checkPart('xl/worksheets/sheet1.xml', sheet('', '<cols><col min="1" max="3"/></cols>'))).toEqual({ cells: 1 });
    // A shared string or a style is one entry each (exceljs keeps an object for every one).
    expect(checkPart('xl/sharedStrings.xml', Buffer.from('<sst><si><t>x</t></si><si><t>y</t></si></sst>'))).toEqual({ cells: 2 });
    expect(checkPart('xl/styles.xml', Buffer.from('<styleSheet><fonts><font/></fonts><cellXfs><xf/><xf/></cellXfs></styleSheet>'))).toEqual({ cells: 3 });
    expect(checkPart('xl/media/image1.png', Buffer.from([0x3c, 0x3c, 0x3c]))).toEqual({ cells: 0 });
  });

  it('counts named ranges; refuses references beyond XFD1048576', () => {
    const wb = (text: string) => Buffer.from(`<workbook><definedNames><definedName name="x">${text}</definedName></definedNames></workbook>`);
    expect(checkPart('xl/workbook.xml', wb("'Penilaian Mandiri'!$A$1:$B$10,Lain!$C$3"))).toEqual({ cells: 21 });
    expect(checkPart('xl/workbook.xml', wb('Penilaian!$A:$A'))).toEqual({ cells: 0 });
    expect(checkPart('xl/workbook.xml', wb('S!$A$1:$A$1048577'))).toMatchObject({ corrupt: expect.stringContaining('beyond the last cell') });
    expect(rangeArea('XFD1048576')).toBe(1);
    expect(rangeArea('$B$2:$A$1')).toBe(4);
    expect(() => rangeArea('XFE1')).toThrow(/beyond/);
  });

  it('refuses rows and column ranges beyond the sheet', () => {
    expect(checkPart('xl/worksheets/sheet1.xml', sheet('<row r="1048576"/>'))).toEqual({ cells: 0 });
    expect(checkPart('xl/worksheets/sheet1.xml', sheet('<row r="1048577"/>'))).toMatchObject({ corrupt: expect.stringContaining('row 1048577') });
    expect(checkPart('xl/worksheets/sheet1.xml', sheet('', '<cols><col min="1" max="16385"/></cols>'))).toMatchObject({ corrupt: expect.stringContaining('column 16385') });
  });

  it(`measures nesting depth (limit ${MAX_XML_DEPTH}) without being fooled by comments, CDATA or quoted ">"`, () => {
    const nest = (n: number) => Buffer.from(`<a>${'<b x="1>2" y=\'/>\'>'.repeat(n)}${'</b>'.repeat(n)}</a>`);
    expect(tooDeep(nest(MAX_XML_DEPTH - 1))).toBe(false);
    expect(tooDeep(nest(MAX_XML_DEPTH))).toBe(true);
    // Siblings, self-closing tags, comments, CDATA and processing instructions never add depth.
    const flat = `<?xml version="1.0"?><!DOCTYPE x><a>${'<b/><c></c><!-- <d> --><![CDATA[<e><f>]]><?pi <g>?>'.repeat(5000)}</a>`;
    expect(tooDeep(Buffer.from(flat))).toBe(false);
  });

  it('a column merged down the sheet is read when the cell limit allows it: merged cells are not data rows', async () => {
    const ws = (tail: string) =>
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Kode</t></is></c><c r="B1" t="inlineStr"><is><t>Level</t></is></c><c r="C1" t="inlineStr"><is><t>Catatan</t></is></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>A1.1</t></is></c><c r="B2"><v>3</v></c><c r="C2" t="inlineStr"><is><t>satu catatan</t></is></c></row>' +
      `</sheetData>${tail}</worksheet>`;
    const base = readFileSync(join(ROOT, 'test/fixtures/bad/merge-bomb.xlsx'));
    const items = unzip(base).map((it) => (it.name === 'xl/worksheets/sheet1.xml' ? { ...it, data: Buffer.from(ws('<mergeCells count="1"><mergeCell ref="C2:C20000"/></mergeCells>')) } : it));
    const t = await readEvidenceBytes(zip(items), 'merged.xlsx', { limits: { maxRows: 100 } });
    expect(t.rows.map((r) => [r.code.text, r.notes?.text])).toEqual([['A1.1', 'satu catatan']]);
    expect(codes(t.diagnostics)).toEqual([]);
    // Over the cell limit it is refused, naming the flag.
    const d = await inputErrorOf(readEvidenceBytes(zip(items), 'merged.xlsx', { limits: { maxCells: 10_000 } }));
    expect(d.map((x) => [x.code, x.args.flag])).toEqual([['EVIDENCE_TOO_MANY_CELLS', '--max-cells']]);
  });
});
