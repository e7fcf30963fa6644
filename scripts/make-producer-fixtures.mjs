#!/usr/bin/env node
// The producer matrix (issue 15, items 1 and 2): the evidence of examples/kab-contoh-baik.xlsx
// (288.5 on kasn-2019) written by the programs agencies' workbooks come from, each with one
// workbook feature that once made merit refuse a real file — a print area on a sheet called
// Sheet1 or Lembar1, print titles, named ranges (quoted sheet names, #REF!), a table with its
// autofilter (and a structured reference Tabel1[#All]), notes, data validation, frozen panes —
// and `all` of them at once. Every file has the merged title of the example.
//
//   exceljs, SheetJS (@e965/xlsx)   in this process
//   openpyxl, XlsxWriter            scripts/make-producer-fixtures.py under /usr/bin/python3
//                                   (Debian's python3-openpyxl, python3-xlsxwriter)
//   LibreOffice                     each openpyxl file opened and saved again by
//                                   `soffice --headless --convert-to xlsx`
//
// CI has neither Python's packages nor LibreOffice, so the files are committed under
// test/fixtures/producers/ and test/cli/producers.test.ts scores each one on the built CLI.
// exceljs, openpyxl and LibreOffice stamp the time into the zip or docProps, so a rerun changes
// those files' bytes, never their cells.
// A producer without a feature (SheetJS writes no tables, validations or panes; headless
// LibreOffice writes no panes) has no file for it.
//
//   node scripts/make-producer-fixtures.mjs            (all producers it finds)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test/fixtures/producers');
const LAST = 29;
const FEATURES = ['print-area-sheet1', 'print-area-lembar1', 'print-titles', 'named-range', 'table-autofilter', 'notes', 'data-validation', 'frozen-panes', 'all'];
const has = (feature, want) => feature === want || (feature === 'all' && want !== 'print-area-lembar1');
const sheetName = (feature) => (feature === 'print-area-lembar1' ? 'Lembar1' : 'Sheet1');

/** Rows 1–29 of the example as plain values (a hyperlink as its text). */
async function exampleRows() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(ROOT, 'examples/kab-contoh-baik.xlsx'));
  const ws = wb.getWorksheet('Penilaian');
  const rows = [];
  for (let r = 1; r <= LAST; r++) {
    const row = [];
    for (let c = 1; c <= 6; c++) {
      const v = ws.getRow(r).getCell(c).value;
      row.push(v === null || v === undefined ? null : typeof v === 'object' && 'text' in v ? String(v.text) : v);
    }
    rows.push(row);
  }
  return rows;
}

async function exceljsBook(rows, feature, path) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'merit fixtures';
  wb.created = wb.modified = new Date(Date.UTC(2024, 0, 31));
  const name = sheetName(feature);
  const ws = wb.addWorksheet(name, has(feature, 'frozen-panes') ? { views: [{ state: 'frozen', ySplit: 5 }] } : {});
  const table = has(feature, 'table-autofilter');
  rows.forEach((row, i) => {
    if (table && i >= 4) return; // the table writes its header and rows itself
    row.forEach((v, j) => {
      if (v !== null) ws.getCell(i + 1, j + 1).value = v;
    });
  });
  ws.mergeCells('A1:F1');
  if (has(feature, 'print-area-sheet1') || has(feature, 'print-area-lembar1')) ws.pageSetup.printArea = `A1:F${LAST}`;
  if (has(feature, 'print-titles')) ws.pageSetup.printTitlesRow = '5:5';
  if (has(feature, 'named-range')) {
    const other = wb.addWorksheet('Data Instansi');
    other.getCell('A1').value = 'Kontak';
    other.getCell('B1').value = 'bkpsdm@kab-contoh.example';
    wb.definedNames.add(`${name}!$A$5:$F$${LAST}`, 'DataPenilaian');
    wb.definedNames.add("'Data Instansi'!$A$1:$B$1", 'Kontak');
    wb.definedNames.add(`${name}!$B$3`, 'Tahun');
  }
  if (table) {
    ws.addTable({
      name: 'Tabel1',
      ref: 'A5',
      headerRow: true,
      style: { theme: 'TableStyleMedium9', showRowStripes: true },
      columns: rows[4].map((h) => ({ name: String(h), filterButton: true })),
      rows: rows.slice(5).map((r) => r.map((v) => v ?? '')),
    });
  }
  if (has(feature, 'notes')) {
    ws.getCell('C5').note = 'Level 0 sampai 4';
    ws.getCell('D6').note = 'Diverifikasi tim BKN';
  }
  if (has(feature, 'data-validation')) {
    for (let r = 6; r <= LAST; r++) for (const c of ['C', 'D']) ws.getCell(`${c}${r}`).dataValidation = { type: 'whole', operator: 'between', allowBlank: true, formulae: [0, 4] };
  }
  await wb.xlsx.writeFile(path);
}

/** SheetJS Community Edition writes no tables, data validations or frozen panes: no file for those. */
const SHEETJS_FEATURES = new Set(['print-area-sheet1', 'print-area-lembar1', 'print-titles', 'named-range', 'table-autofilter', 'notes', 'all']);

function sheetjsBook(rows, feature, path) {
  const name = sheetName(feature);
  const ws = XLSX.utils.aoa_to_sheet(rows.map((r) => r.map((v) => (v === null ? undefined : v))));
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } }];
  const names = [];
  if (has(feature, 'print-area-sheet1') || has(feature, 'print-area-lembar1')) names.push({ Name: '_xlnm.Print_Area', Sheet: 0, Ref: `${name}!$A$1:$F$${LAST}` });
  if (has(feature, 'print-titles')) names.push({ Name: '_xlnm.Print_Titles', Sheet: 0, Ref: `${name}!$5:$5` });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, name);
  if (has(feature, 'named-range')) {
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Kontak', 'bkpsdm@kab-contoh.example']]), 'Data Instansi');
    names.push({ Name: 'DataPenilaian', Ref: `${name}!$A$5:$F$${LAST}` }, { Name: 'Kontak', Ref: "'Data Instansi'!$A$1:$B$1" }, { Name: 'Rusak', Ref: '#REF!' });
  }
  if (has(feature, 'table-autofilter')) ws['!autofilter'] = { ref: `A5:F${LAST}` };
  if (has(feature, 'notes')) {
    ws.C5.c = [{ a: 'merit', t: 'Level 0 sampai 4' }];
    ws.D6.c = [{ a: 'verifikator', t: 'Diverifikasi tim BKN' }];
    ws.C5.c.hidden = ws.D6.c.hidden = true;
  }
  wb.Workbook = { ...(wb.Workbook ?? {}), Names: names };
  wb.Props = { Author: 'merit fixtures', CreatedDate: new Date(Date.UTC(2024, 0, 31)) };
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
}

function python(rows, out) {
  const r = spawnSync('/usr/bin/python3', [join(ROOT, 'scripts/make-producer-fixtures.py')], { input: JSON.stringify({ rows, out }), encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`openpyxl/XlsxWriter skipped: ${(r.stderr || r.error?.message || '').trim().split('\n').pop()}`);
    return false;
  }
  return true;
}

/** Each openpyxl file opened and saved again by LibreOffice. */
function libreoffice(dir) {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  const converted = mkdtempSync(join(tmpdir(), 'lo-out-'));
  try {
    const inputs = FEATURES.map((f) => join(dir, `openpyxl-${f}.xlsx`));
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', converted, ...inputs], { encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0) {
      console.error(`LibreOffice skipped: ${(r.stderr || r.error?.message || '').trim()}`);
      return;
    }
    // A headless conversion keeps no view settings, so LibreOffice's files have no frozen panes
    // (not even from a .fods that has them): no libreoffice-frozen-panes.xlsx.
    for (const f of FEATURES) if (f !== 'frozen-panes') renameSync(join(converted, `openpyxl-${f}.xlsx`), join(dir, `libreoffice-${f}.xlsx`));
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(converted, { recursive: true, force: true });
  }
}

const rows = await exampleRows();
mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(OUT)) if (f.endsWith('.xlsx')) rmSync(join(OUT, f));
for (const feature of FEATURES) {
  await exceljsBook(rows, feature, join(OUT, `exceljs-${feature}.xlsx`));
  if (SHEETJS_FEATURES.has(feature)) sheetjsBook(rows, feature, join(OUT, `sheetjs-${feature}.xlsx`));
}
if (python(rows, OUT)) libreoffice(OUT);
console.log(readdirSync(OUT).filter((f) => f.endsWith('.xlsx')).sort().join('\n'));
