/**
 * What every workbook reader shares once its cells are in memory: which sheet holds the evidence
 * (`--sheet`, else the first visible sheet whose header is found), the header, the rows below it,
 * and the `_merit` stamp sheet. A reader (xlsx.ts through exceljs, sheetjs.ts through SheetJS for
 * .xls, .xlsb and .ods) hands over its sheets as `SheetView`s, so every format is read by the same
 * rules and yields the same EvidenceTable.
 */
import { error, InputError, warning, type Diagnostic } from '../diagnostics.js';
import { findHeader, headerNotFound, locationOf, type HeaderFound, type HeaderMissing, type ScanRow } from './header.js';
import { buildRows, type SourceRow } from './table.js';
import type { EvidenceTable, InputFormat, ReadLimits, ReadOptions, RubricStamp } from './types.js';

/** The hidden sheet `merit template` writes: key/value rows rubric_id, rubric_version, rubric_sha256. */
export const STAMP_SHEET = '_merit';
/** The keys of the `_merit` sheet (column A; the value in column B). */
export const STAMP_KEYS = { id: 'rubric_id', version: 'rubric_version', sha256: 'rubric_sha256' } as const;

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** One worksheet as the shared rules need it. */
export interface SheetView {
  name: string;
  state: SheetState;
  /** The first non-empty rows (at most HEADER_SCAN_ROWS), as text, merged cells inherited. */
  scan(): ScanRow[];
  /** The rows below the header row, as the table builder reads them. */
  rows(headerRow: number): Iterable<SourceRow>;
  columnHidden(column: number): boolean;
  /** Display text of one cell (1-based), for the stamp sheet. */
  text(row: number, column: number): string | undefined;
}

export interface WorkbookContext {
  file: string;
  sha256: string;
  options: ReadOptions;
  limits: ReadLimits;
}

export function readSheets(sheets: readonly SheetView[], format: InputFormat, ctx: WorkbookContext): EvidenceTable {
  const { file, limits, options } = ctx;
  if (sheets.length === 0) throw new InputError([error('EVIDENCE_NO_SHEETS', {}, { file })]);

  const diagnostics: Diagnostic[] = [];
  const stampSheet = sheets.find((s) => s.name.trim().toLowerCase() === STAMP_SHEET);
  const evidenceSheets = sheets.filter((s) => s !== stampSheet);
  const aliases = options.aliases;

  let chosen: { ws: SheetView; header: HeaderFound } | undefined;
  if (options.sheet !== undefined && options.sheet.trim() !== '') {
    const ws = pickSheet(sheets, options.sheet);
    if (!ws) {
      throw new InputError([
        error('EVIDENCE_SHEET_NOT_FOUND', { sheet: options.sheet, sheets: sheets.map((s, i) => `${i + 1}: ${s.name}${s.state !== 'visible' ? ` (${s.state})` : ''}`) }, { file }),
      ]);
    }
    const header = findHeader(ws.scan(), { file, sheet: ws.name, aliases });
    if (!header.ok) throw new InputError([headerNotFound(file, header, { sheet: ws.name, aliases })]);
    chosen = { ws, header };
  } else {
    // Visible sheets first, in workbook order; a hidden sheet only when no visible one matches.
    const ordered = [...evidenceSheets.filter((s) => s.state === 'visible'), ...evidenceSheets.filter((s) => s.state !== 'visible')];
    const others: string[] = [];
    let closest: { sheet: string; missing: HeaderMissing } | undefined;
    let firstRow: number | undefined;
    let lastRow: number | undefined;
    for (const ws of ordered) {
      const header = findHeader(ws.scan(), { file, sheet: ws.name, aliases });
      if (header.ok) {
        if (!chosen) chosen = { ws, header };
        else others.push(ws.name);
        continue;
      }
      if (header.firstRow !== undefined) firstRow = Math.min(firstRow ?? header.firstRow, header.firstRow);
      if (header.lastRow !== undefined) lastRow = Math.max(lastRow ?? header.lastRow, header.lastRow);
      if (header.best && (!closest || header.best.headers.length > (closest.missing.best?.headers.length ?? 0))) {
        closest = { sheet: ws.name, missing: header };
      }
    }
    if (!chosen) {
      const names = evidenceSheets.map((s) => s.name);
      // Name the rows searched over all sheets (each sheet: its first HEADER_SCAN_ROWS non-empty rows).
      const missing: HeaderMissing = { ok: false };
      if (firstRow !== undefined) missing.firstRow = firstRow;
      if (lastRow !== undefined) missing.lastRow = lastRow;
      if (closest?.missing.best) missing.best = closest.missing.best;
      const d = headerNotFound(file, missing, { sheet: closest?.sheet, sheets: names, aliases });
      throw new InputError([d]);
    }
    if (others.length) {
      diagnostics.push(warning('EVIDENCE_MULTIPLE_SHEETS', { sheet: chosen.ws.name, others }, { file, sheet: chosen.ws.name, row: chosen.header.headerRow }));
    }
  }

  const { ws, header } = chosen;
  if (ws.state !== 'visible') {
    diagnostics.push(warning('EVIDENCE_HIDDEN_SHEET', { sheet: ws.name, state: ws.state }, { file, sheet: ws.name, row: header.headerRow }));
  }
  diagnostics.push(...header.diagnostics);
  for (const col of header.columns) {
    if (ws.columnHidden(col.column)) {
      diagnostics.push(warning('EVIDENCE_HIDDEN_COLUMN', { column: col.letter, header: col.header, field: col.field }, locationOf(file, { sheet: ws.name, cell: `${col.letter}${header.headerRow}`, row: header.headerRow })));
    }
  }

  const built = buildRows(ws.rows(header.headerRow), { file, sheet: ws.name, columns: header.columns, limits });
  for (const d of built.diagnostics) diagnostics.push(d); // a loop: a spread of 10^5 arguments overflows the stack

  const table: EvidenceTable = {
    file,
    sha256: ctx.sha256,
    format,
    sheet: ws.name,
    headerRow: header.headerRow,
    columns: header.columns,
    rows: built.rows,
    meta: { ...header.meta },
    diagnostics,
  };
  if (stampSheet) {
    const stamp = readStamp(stampSheet);
    if (stamp) table.meta.stamp = stamp;
    else diagnostics.push(warning('EVIDENCE_STAMP_INVALID', { sheet: stampSheet.name }, { file, sheet: stampSheet.name, cell: 'A1', row: 1 }));
  }
  return table;
}

/** `--sheet NAME|NUMBER`: exact name, then name ignoring case and spaces, then 1-based position. */
function pickSheet(sheets: readonly SheetView[], wanted: string): SheetView | undefined {
  const exact = sheets.find((s) => s.name === wanted);
  if (exact) return exact;
  const loose = wanted.trim().toLowerCase();
  const byName = sheets.find((s) => s.name.trim().toLowerCase() === loose);
  if (byName) return byName;
  if (/^\d+$/.test(wanted.trim())) return sheets[Number(wanted.trim()) - 1];
  return undefined;
}

function readStamp(ws: SheetView): RubricStamp | undefined {
  const values = new Map<string, string>();
  for (let r = 1; r <= 100; r++) {
    const k = ws.text(r, 1)?.toLowerCase();
    const v = ws.text(r, 2);
    if (k && v && !values.has(k)) values.set(k, v);
  }
  const id = values.get(STAMP_KEYS.id);
  const version = values.get(STAMP_KEYS.version);
  if (!id || !version) return undefined;
  const stamp: RubricStamp = { id, version };
  const sha = values.get(STAMP_KEYS.sha256);
  if (sha) stamp.sha256 = sha;
  return stamp;
}
