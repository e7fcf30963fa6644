/**
 * `merit rubric import criteria.xlsx [-o rubric.json]` and `merit rubric export RUBRIC -o
 * criteria.xlsx`: the criteria-sheet layout (src/rubric/sheet.ts, docs/rubric-sheet.md) read from
 * and written to a workbook with exceljs. An imported rubric is validated as `merit rubric
 * validate` does, and every diagnostic is reported at the cell its value came from
 * (`Kriteria!D14`). The workbook is checked by the evidence reader's guards (sniff) before exceljs
 * opens it.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { ExitCode, InputError, error, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { inputSize, unreadable } from '../evidence/read.js';
import { sniff } from '../evidence/sniff.js';
import { DEFAULT_LIMITS } from '../evidence/types.js';
import { checkRubric, decodeRubric } from '../rubric/load.js';
import { FIXED_EPOCH, setZipTimes } from '../report/xlsx.js';
import { HEADERS, SHEET, rubricToSheets, sheetsToRubric, type CellValue, type Sheets } from '../rubric/sheet.js';
import type { Rubric } from '../rubric/types.js';
import { formatDiagnostic } from '../i18n/index.js';
import { writeDocument, type CliContext } from './context.js';
import { writeFileAtomic } from './atomic.js';
import { colourDiagnostic } from './run.js';
import type { RubricExportOptions, RubricImportOptions } from './rubric-toolkit-types.js';

export async function exportRubric(ctx: CliContext, ref: string, opts: RubricExportOptions): Promise<void> {
  const check = await checkRubric(ref);
  const diagnostics = sortDiagnostics(check.validation.diagnostics);
  if (!check.source || hasErrors(diagnostics)) throw new InputError(diagnostics);
  // The file as written (an `extends` rubric stays one), not the merged rubric.
  const text = decodeRubric(check.source.bytes, check.source.file).text!;
  const rubric = JSON.parse(text) as Rubric;
  const bytes = await sheetsToXlsx(rubricToSheets(rubric));
  writeFileAtomic(opts.output, bytes);
  for (const d of diagnostics) ctx.stderr(colourDiagnostic(ctx, formatDiagnostic(d, ctx.lang), d.severity) + '\n');
}

export async function importRubric(ctx: CliContext, file: string, opts: RubricImportOptions): Promise<void> {
  const sheets = await readSheets(file);
  const imported = sheetsToRubric(sheets, file);
  let diagnostics: Diagnostic[] = imported.diagnostics;
  let text: string | undefined;
  if (!hasErrors(diagnostics) && imported.value) {
    text = JSON.stringify(imported.value, null, 2) + '\n';
    const { validateRubricText } = await import('../rubric/validate.js');
    const validation = await validateRubricText(text, file);
    // At the cell the value came from; the pointer stays, for the JSON that was made.
    diagnostics = validation.diagnostics.map((d) => {
      const pointer = d.location?.pointer;
      const cell = pointer !== undefined ? imported.cellOf(pointer) : undefined;
      return { ...d, location: { file, ...(cell ?? {}), ...(pointer !== undefined ? { pointer } : {}) } };
    });
  }
  for (const d of sortDiagnostics(diagnostics)) ctx.stderr(colourDiagnostic(ctx, formatDiagnostic(d, ctx.lang), d.severity) + '\n');
  if (hasErrors(diagnostics) || text === undefined) {
    ctx.exitCode = Math.max(ctx.exitCode, ExitCode.INPUT);
    return;
  }
  if (opts.output) writeFileAtomic(opts.output, text);
  else writeDocument(ctx, text);
}

// ---------------------------------------------------------------------------------------------
// Workbook I/O

const WIDTHS: Record<string, number[]> = {
  [SHEET.meta]: [24, 100],
  [SHEET.criteria]: [10, 10, 40, 40, 50, 50, 12, 8, 12, 10, 36, 40, 12, 30, 40, 40],
  [SHEET.levels]: [14, 10, 6, 6, 24, 24, 50, 50, 50, 50],
  [SHEET.bands]: [18, 12, 20, 20, 8, 10, 8, 10, 10, 24, 40, 12, 30],
};

async function sheetsToXlsx(sheets: Sheets): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  // Fixed dates (document and zip entries): the same rubric gives the same bytes.
  wb.creator = 'merit';
  wb.lastModifiedBy = 'merit';
  wb.created = FIXED_EPOCH;
  wb.modified = FIXED_EPOCH;
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of rows) ws.addRow(row.map((v) => (v === null ? undefined : v)));
    ws.getRow(1).font = { bold: true };
    (WIDTHS[name] ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
    ws.eachRow((r) => r.eachCell((c) => void (c.alignment = { vertical: 'top', wrapText: true })));
  }
  const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  setZipTimes(buf, FIXED_EPOCH);
  return buf;
}

async function readSheets(file: string): Promise<Sheets> {
  // The evidence reader's size check (EVIDENCE_NOT_FOUND, EVIDENCE_UNREADABLE, the size limit).
  await inputSize(file, DEFAULT_LIMITS);
  const bytes = readFileSync(file);
  const what = sniff(bytes, extname(file), DEFAULT_LIMITS.maxInflatedBytes, DEFAULT_LIMITS.maxCells);
  if (what.kind !== 'xlsx') throw what.kind === 'csv' ? new InputError([error('IMPORT_NO_SHEET', { sheet: SHEET.criteria }, { file })]) : unreadable(what, file, extname(file), DEFAULT_LIMITS);
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Sheets = {};
  for (const [key, name] of Object.entries(SHEET)) {
    const ws = wb.getWorksheet(name);
    if (!ws) continue;
    const width = HEADERS[key as keyof typeof HEADERS].length;
    const rows: (CellValue | undefined)[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: CellValue[] = [];
      for (let c = 1; c <= width; c++) cells.push(plain(row.getCell(c).value));
      rows[n - 1] = cells;
    });
    out[name] = Array.from(rows, (r) => (r ?? []) as CellValue[]);
  }
  return out;
}

/** A cell's value as the sheet layout reads it: rich text, links and formulas by their text or result. */
function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
  if (o.richText) return o.richText.map((t) => t.text).join('');
  if (o.result !== undefined) return plain(o.result);
  if (o.text !== undefined) return plain(o.text);
  return o.error ?? null;
}
