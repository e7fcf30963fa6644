/**
 * What every record reader shares: the shapes of a row, a layout and a reader, and finding the
 * header among the first rows. records.ts opens a file and hands it to records-csv.ts or
 * records-xlsx.ts; both import from here, never from records.ts, so no import runs in a circle.
 */
import { error, InputError, warning, info, type Args, type Diagnostic } from '../diagnostics.js';
import type { ColumnDef } from '../rubric/types.js';
import { columnLetter, makeRef, normaliseKey } from './cells.js';
import { findMeta, locationOf, type ScanRow } from './header.js';
import type { MetaValue, RawValue, ReadLimits } from './types.js';

/** Where a declared column is in the file. */
export interface RecordColumnRef {
  /** 1-based column number. */
  column: number;
  /** Column letter (`F`). */
  letter: string;
  /** The header as the file writes it. */
  header: string;
}

/** A cell a reader could not read as a value. */
export interface RecordCellProblem {
  /** Index into the declared columns. */
  index: number;
  code: 'EVIDENCE_FORMULA_ERROR' | 'EVIDENCE_FORMULA_NO_CACHED_VALUE' | 'EVIDENCE_CELL_TOO_LONG';
  args: Args;
}

/** One data row. */
export interface RecordInput {
  /** Row number as the file shows it (Excel row; CSV: the record's first line). */
  row: number;
  /** One value per declared column, in the rubric's order; null for an empty cell or an absent column. */
  values: RawValue[];
  problems?: RecordCellProblem[];
}

/** What the reader found before the data: the sheet, the header and where each column is. */
export interface RecordLayout {
  file: string;
  format: 'csv' | 'xlsx';
  sheet?: string;
  headerRow: number;
  /** Per declared column (rubric order): where it is, or undefined when the file lacks it. */
  columns: (RecordColumnRef | undefined)[];
  meta: { subject?: MetaValue; period?: MetaValue };
  csv?: { delimiter: string; decimalComma: boolean; encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be'; bom: boolean };
  /** About how many data rows the file has (from its size); 0 when unknown. */
  estimatedRows: number;
  /** Reader diagnostics; rows read later may add to it (ragged rows, a malformed tail, the row limit). */
  diagnostics: Diagnostic[];
}

export interface RecordReader {
  layout: RecordLayout;
  /**
   * Reads the data rows, once, calling `onRow` for each as soon as it is read. The row object and
   * its `values` are reused for the next row: copy what you keep. Stops early (with a diagnostic
   * in `layout`) on a fatal problem.
   */
  read(onRow: (row: RecordInput) => void): Promise<void>;
  /** sha256 of the file's bytes (complete once `read` has finished). */
  sha256(): Promise<string>;
}

export interface RecordReadOptions {
  /** `--sheet NAME|NUMBER`. */
  sheet?: string;
  /** Limits given explicitly on the command line; the rest are RECORD_LIMITS. */
  limits?: Partial<ReadLimits>;
  /** The columns a leaf, a condition or a group-by reads: a missing one is a warning, any other an info. */
  used?: ReadonlySet<string>;
}

/** What every record reader gets. */
export interface RecordContext {
  file: string;
  size: number;
  limits: ReadLimits;
  columns: readonly ColumnDef[];
  options: RecordReadOptions;
}

// ---------------------------------------------------------------------------------------------
// Header

export interface RecordHeaderFound {
  ok: true;
  /** Index into the scanned rows of the header row. */
  index: number;
  headerRow: number;
  columns: (RecordColumnRef | undefined)[];
  meta: RecordLayout['meta'];
  diagnostics: Diagnostic[];
}

export interface RecordHeaderMissing {
  ok: false;
  firstRow?: number;
  lastRow?: number;
  /** The closest row: its number and the declared required columns it lacks. */
  best?: { row: number; line?: number; missing: string[] };
  /** Required headers (Indonesian) nobody wrote. */
  required: string[];
}

/** Header spelling -> declared column index; the first column to claim a spelling keeps it. */
function spellings(columns: readonly ColumnDef[]): Map<string, number> {
  const map = new Map<string, number>();
  const add = (text: string, i: number): void => {
    for (const t of [text, text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')]) {
      const k = normaliseKey(t);
      if (k && !map.has(k)) map.set(k, i);
    }
  };
  // Exact headers first, then aliases, then keys: an alias never takes another column's header.
  columns.forEach((c, i) => (add(c.header.id, i), add(c.header.en, i)));
  columns.forEach((c, i) => c.aliases?.forEach((a) => add(a, i)));
  columns.forEach((c, i) => add(c.key, i));
  return map;
}

function matchHeader(text: string | undefined, map: Map<string, number>): number | undefined {
  if (!text) return undefined;
  const direct = map.get(normaliseKey(text));
  if (direct !== undefined) return direct;
  const bare = text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  return bare !== text ? map.get(normaliseKey(bare)) : undefined;
}

/** Finds the header among the first rows (pass at most HEADER_SCAN_ROWS non-empty rows). */
export function findRecordHeader(
  rows: readonly ScanRow[],
  columns: readonly ColumnDef[],
  o: { file: string; sheet?: string; used?: ReadonlySet<string> },
): RecordHeaderFound | RecordHeaderMissing {
  const map = spellings(columns);
  const required = columns.flatMap((c, i) => (c.required ? [i] : []));
  let best: { index: number; found: Map<number, { column: number; header: string }>; dups: { i: number; column: number; header: string }[] } | undefined;
  let closest: { index: number; missing: number[]; score: number } | undefined;
  rows.forEach((r, index) => {
    const found = new Map<number, { column: number; header: string }>();
    const dups: { i: number; column: number; header: string }[] = [];
    r.texts.forEach((text, c) => {
      const i = matchHeader(text, map);
      if (i === undefined) return;
      if (found.has(i)) dups.push({ i, column: c + 1, header: text!.trim() });
      else found.set(i, { column: c + 1, header: text!.trim() });
    });
    const missing = required.filter((i) => !found.has(i));
    const scoresSomething = columns.some((c, i) => found.has(i) && (o.used?.has(c.key) ?? true));
    if (missing.length === 0 && scoresSomething) {
      if (!best || found.size > best.found.size) best = { index, found, dups };
    } else if (found.size > 0 && (!closest || found.size > closest.score)) {
      closest = { index, missing, score: found.size };
    }
  });

  if (!best) {
    const missing: RecordHeaderMissing = { ok: false, required: required.map((i) => columns[i]!.header.id) };
    if (rows.length) {
      missing.firstRow = rows[0]!.row;
      missing.lastRow = rows[rows.length - 1]!.row;
    }
    if (closest) {
      const r = rows[closest.index]!;
      missing.best = { row: r.row, missing: closest.missing.map((i) => columns[i]!.header.id) };
      if (r.line !== undefined) missing.best.line = r.line;
    }
    return missing;
  }

  const found = best;
  const headerScan = rows[found.index]!;
  const where = (r: ScanRow): { sheet?: string; line?: number } => ({
    ...(o.sheet !== undefined ? { sheet: o.sheet } : {}),
    ...(r.line !== undefined ? { line: r.line } : {}),
  });
  const refs = columns.map((_, i) => {
    const f = found.found.get(i);
    return f ? { column: f.column, letter: columnLetter(f.column), header: f.header } : undefined;
  });
  const diagnostics: Diagnostic[] = found.dups.map((d) => {
    const ref = makeRef(d.column, headerScan.row, where(headerScan));
    const first = refs[d.i]!;
    return warning(
      'EVIDENCE_RECORD_DUPLICATE_HEADER',
      { header: d.header, column: columns[d.i]!.key, first: `${first.letter}${headerScan.row}`, cell: ref.cell },
      locationOf(o.file, ref),
    );
  });
  columns.forEach((c, i) => {
    if (refs[i]) return;
    const used = o.used?.has(c.key) ?? true;
    const loc = locationOf(o.file, { ...where(headerScan), row: headerScan.row });
    diagnostics.push((used ? warning : info)('EVIDENCE_RECORD_COLUMN_MISSING', { header: c.header.id, column: c.key, used }, loc));
  });
  return {
    ok: true,
    index: found.index,
    headerRow: headerScan.row,
    columns: refs,
    meta: findMeta(rows.slice(0, found.index), where),
    diagnostics,
  };
}

/** EVIDENCE_RECORD_HEADER_NOT_FOUND, naming the required headers and the closest row. */
export function recordHeaderNotFound(file: string, missing: RecordHeaderMissing, where: { sheet?: string; sheets?: readonly string[]; csv?: boolean }): InputError {
  const args: Record<string, string | number | readonly string[] | undefined> = {
    required: missing.required,
    rows: missing.firstRow === undefined ? '' : `${missing.firstRow}–${missing.lastRow}`,
    sheet: where.sheet,
    sheets: where.sheets,
  };
  const loc: NonNullable<Diagnostic['location']> = { file };
  if (where.sheet !== undefined) loc.sheet = where.sheet;
  if (missing.best) {
    args.bestRow = missing.best.row;
    args.bestMissing = missing.best.missing;
    if (where.csv && missing.best.line !== undefined) loc.line = missing.best.line;
    else loc.row = missing.best.row;
  }
  return new InputError([error('EVIDENCE_RECORD_HEADER_NOT_FOUND', args, loc)]);
}
