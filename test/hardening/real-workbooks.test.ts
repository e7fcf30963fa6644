/**
 * Issue 15, items 1 and 2, on the built CLI: real workbooks once refused. The evidence of
 * examples/kab-contoh-baik.xlsx (288.5) with the sheet renamed and the workbook parts written
 * the ways producers write them. The producer matrix itself (files written by exceljs, SheetJS,
 * openpyxl, XlsxWriter and LibreOffice) is test/cli/producers.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { error } from '../../src/diagnostics.js';
import { formatDiagnostic } from '../../src/i18n/index.js';
import { merit, ROOT } from '../helpers/cli.js';
import { unzip } from '../helpers/unzip.js';
import { zip, type ZipItem } from '../helpers/zip.mjs';
import { STACK } from './cli-contract.js';
import { perCellBomb } from './per-cell-bomb.mjs';

const BASE = unzip(readFileSync(join(ROOT, 'examples/kab-contoh-baik.xlsx')));
const dir = mkdtempSync(join(tmpdir(), 'merit-real-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The example with its parts changed by `edit` (name → new text), written to a temp file. */
function variant(name: string, edit: Record<string, (xml: string) => string>, extra: ZipItem[] = []): string {
  const items = BASE.map((it) => (edit[it.name] ? { ...it, data: Buffer.from(edit[it.name]!(it.data.toString('utf8'))) } : it));
  const path = join(dir, name);
  writeFileSync(path, zip([...items, ...extra]));
  return path;
}

function scores(path: string, extra: string[] = []): { code: number; score?: number; stderr: string } {
  const r = merit(['score', path, '-f', 'json', '-q', '--lang', 'en', ...extra]);
  expect(r.stderr).not.toMatch(STACK);
  return { code: r.code, score: r.code === 0 ? (JSON.parse(r.stdout) as { score: number }).score : undefined, stderr: r.stderr };
}

/** The sheet renamed, and `names` as the workbook's defined names. */
const renamed = (sheet: string, names: string) => ({
  'xl/workbook.xml': (x: string) => x.replace('name="Penilaian"', `name="${sheet}"`).replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`),
});

describe('item 1: defined names are formulas, not cells beyond the sheet', () => {
  it.each([
    ['a print area', 'Sheet1', '<definedName name="_xlnm.Print_Area" localSheetId="0">Sheet1!$A$1:$F$40</definedName>'],
    ['a print area', 'Lembar1', '<definedName name="_xlnm.Print_Area" localSheetId="0">Lembar1!$A$1:$F$40</definedName>'],
    ['a print area (quoted) and print titles', 'Sheet1', '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Sheet1&apos;!$A$1:$F$29</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">Sheet1!$5:$5</definedName>'],
    ['a print area (quoted sheet name)', 'Data Instansi', '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Data Instansi&apos;!$A$1:$F$40</definedName>'],
    ['table structured references', 'Sheet1', '<definedName name="Semua">Tabel1[#All]</definedName><definedName name="Kepala">Tabel1[[#Headers],[Kode]]</definedName>'],
    ['#REF! names', 'Sheet1', '<definedName name="Rusak">#REF!</definedName><definedName name="Hilang">Sheet1!#REF!</definedName>'],
    ['an external-workbook name and a formula', 'Sheet1', '<definedName name="Luar">[1]Sheet1!$A$1:$F$40</definedName><definedName name="Rumus">OFFSET(Sheet1!$A$5,0,0,COUNTA(Sheet1!$A:$A),6)</definedName>'],
    ['an autofilter range and a function name', 'Sheet1', '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Sheet1!$A$5:$F$29</definedName><definedName name="Angka">LOG10(2)</definedName>'],
  ])('%s on a sheet named %s scores 288.5', (_label, sheet, names) => {
    const path = variant(`names-${sheet}-${names.length}.xlsx`, renamed(sheet, names));
    expect(scores(path)).toMatchObject({ code: 0, score: 288.5 });
  });

  it('a real range beyond XFD1048576 is still refused, naming the defined name (exit 2)', () => {
    const path = variant('names-beyond.xlsx', renamed('Sheet1', '<definedName name="Semua">Sheet1!$A$1:$A$1048577</definedName>'));
    const r = scores(path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[EVIDENCE_CORRUPT]');
    expect(r.stderr).toContain('defined name "Semua": reference $A$1:$A$1048577 is beyond the last cell');
  });
});

describe('item 2: relationship targets as producers write them; no library text as the reason', () => {
  it("notes written by openpyxl (absolute target /xl/comments/comment1.xml, exceljs#2797) score 288.5", () => {
    const path = join(dir, 'openpyxl-notes.xlsx');
    writeFileSync(path, perCellBomb('notes', 3, { target: 'absolute' }));
    expect(scores(path)).toMatchObject({ code: 0, score: 288.5 });
  });

  it.each(['/xl/worksheets/sheet1.xml', './worksheets/../worksheets/sheet1.xml', 'worksheets/sheet%31.xml'])('a worksheet target %s in the workbook relationships scores 288.5', (target) => {
    const path = variant(`target-${target.length}.xlsx`, {
      'xl/_rels/workbook.xml.rels': (x) => x.replace('Target="worksheets/sheet1.xml"', `Target="${target}"`),
    });
    expect(scores(path)).toMatchObject({ code: 0, score: 288.5 });
  });

  it('a hyperlink whose relationship is missing is no hyperlink: scores 288.5', () => {
    const path = variant('dangling-hyperlink.xlsx', { 'xl/worksheets/_rels/sheet1.xml.rels': (x) => x.replace('Id="rId1"', 'Id="rId91"') });
    expect(scores(path)).toMatchObject({ code: 0, score: 288.5 });
  });

  it('a part exceljs fails on is named; its TypeError text only with --debug', () => {
    const path = variant('cut-workbook.xlsx', { 'xl/workbook.xml': () => '<workbook><sheets><sheet name="x" sheetId=' });
    const r = scores(path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[EVIDENCE_CORRUPT]');
    expect(r.stderr).toContain('merit could not read its part xl/workbook.xml');
    expect(r.stderr).not.toMatch(/Cannot read|TypeError|undefined/);
    const debug = merit(['score', path, '-f', 'json', '-q', '--lang', 'en', '--debug']);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/cause: TypeError: Cannot read properties of undefined/);
    const id = merit(['score', path, '-f', 'json', '-q', '--lang', 'id']);
    expect(id.stderr).toContain('merit tidak dapat membaca bagian xl/workbook.xml');
  });

  it('EVIDENCE_CORRUPT says what failed in both languages: a detail, a part, or the parts together', () => {
    const say = (args: Record<string, string>) => (['id', 'en'] as const).map((lang) => formatDiagnostic(error('EVIDENCE_CORRUPT', args), lang).split('\n')[0]);
    expect(say({ detail: 'xl/worksheets/sheet1.xml 1:9: unmatched closing tag: c' })).toEqual([
      'galat: Workbook rusak atau terpotong: xl/worksheets/sheet1.xml 1:9: unmatched closing tag: c. [EVIDENCE_CORRUPT]',
      'error: The workbook is damaged or truncated: xl/worksheets/sheet1.xml 1:9: unmatched closing tag: c. [EVIDENCE_CORRUPT]',
    ]);
    const [id, en] = say({ part: 'xl/styles.xml' });
    expect(id).toContain('merit tidak dapat membaca bagian xl/styles.xml');
    expect(en).toContain('merit could not read its part xl/styles.xml');
    const [idAll, enAll] = say({});
    expect(idAll).toContain('tidak dapat menyatukan bagian-bagiannya');
    expect(enAll).toContain('could not put its parts together');
  });

  it('an XML syntax error names the part and the position', () => {
    const path = variant('broken-sheet.xlsx', { 'xl/worksheets/sheet1.xml': (x) => x.replace('</row>', '</c></row>') });
    const r = scores(path);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/damaged or truncated: xl\/worksheets\/sheet1\.xml \d+:\d+: unmatched closing tag/);
  });
});
