/**
 * Shared by both readers: turns the rows below the header into EvidenceRows with provenance, and
 * reports what a person must look at (formula errors, hidden rows, over-long cells, the row limit).
 */
import { error, warning, type Diagnostic } from '../diagnostics.js';
import type { EvidenceField } from '../rubric/types.js';
import { makeRef } from './cells.js';
import { locationOf } from './header.js';
import type { CellRef, EvidenceRow, EvidenceValue, HeaderColumn, RawValue, ReadLimits } from './types.js';

/** A cell as a reader found it. */
export interface SourceCell {
  raw: RawValue;
  /** Trimmed display text. */
  text: string;
  /** Formula text, when the cell holds a formula. */
  formula?: string;
  /** Error value (`#REF!`, `#N/A`): the cell or its formula's cached result. */
  error?: string;
  /** A formula whose result was never calculated and saved. */
  noCachedValue?: boolean;
}

export interface SourceRow {
  /** Row number as the file shows it. */
  row: number;
  /** CSV: the record's first physical line. */
  line?: number;
  hidden?: boolean;
  cell(column: number): SourceCell | undefined;
}

export interface BuildContext {
  file: string;
  sheet?: string;
  columns: readonly HeaderColumn[];
  limits: ReadLimits;
}

/** Command-line flags that raise each limit (named in the limit diagnostics). */
export const LIMIT_FLAGS: Readonly<Record<keyof ReadLimits, string>> = {
  maxFileBytes: '--max-file-size',
  maxInflatedBytes: '--max-inflated-size',
  maxRows: '--max-rows',
  maxCellChars: '--max-cell-chars',
  maxCells: '--max-cells',
};

const PRIMARY: readonly EvidenceField[] = ['code', 'level', 'verified', 'evidence'];

/**
 * Rows below the header. A row is kept when its code, level, verified level or evidence cell has
 * something (or a formula problem); rows with nothing there (blank rows, section headings with
 * only a name, notes) are skipped. The column-numbering row some forms put under the header
 * (`(1) (2) (3)`) is skipped too.
 */
export function buildRows(source: Iterable<SourceRow>, ctx: BuildContext): { rows: EvidenceRow[]; diagnostics: Diagnostic[] } {
  const rows: EvidenceRow[] = [];
  const diagnostics: Diagnostic[] = [];
  const { file, sheet, columns, limits } = ctx;
  let seen = 0;
  let first = true;
  for (const src of source) {
    seen++;
    if (seen > limits.maxRows) {
      const ref = refFor(columns[0]?.column ?? 1, src);
      diagnostics.push(
        error('EVIDENCE_TOO_MANY_ROWS', { limit: limits.maxRows, flag: LIMIT_FLAGS.maxRows, row: src.row }, locationOf(file, { ...ref, cell: undefined })),
      );
      break;
    }
    const values = new Map<EvidenceField, EvidenceValue>();
    const problems: Diagnostic[] = [];
    let hasProblem = false;
    for (const col of columns) {
      const cell = src.cell(col.column);
      const ref = refFor(col.column, src);
      let raw: RawValue = cell?.raw ?? null;
      let text = cell?.text ?? '';
      if (cell?.error !== undefined) {
        hasProblem = true;
        problems.push(error('EVIDENCE_FORMULA_ERROR', { error: cell.error, formula: cell.formula, field: col.field, header: col.header }, locationOf(file, ref)));
        raw = null;
        text = '';
      } else if (cell?.noCachedValue) {
        hasProblem = true;
        problems.push(error('EVIDENCE_FORMULA_NO_CACHED_VALUE', { formula: cell.formula, field: col.field, header: col.header }, locationOf(file, ref)));
        raw = null;
        text = '';
      }
      if (text.length > limits.maxCellChars) {
        problems.push(error('EVIDENCE_CELL_TOO_LONG', { length: text.length, limit: limits.maxCellChars, flag: LIMIT_FLAGS.maxCellChars, field: col.field }, locationOf(file, ref)));
        // A copy, not a slice: V8 keeps a slice's whole parent string (a 49 MB field) alive.
        text = detach(text.slice(0, limits.maxCellChars));
        if (typeof raw === 'string') raw = detach(raw.slice(0, limits.maxCellChars));
      }
      values.set(col.field, { raw, text, ref });
    }
    const wasFirst: boolean = first;
    first = false;
    if (!hasProblem && !PRIMARY.some((f) => values.get(f)?.text)) {
      if (![...values.values()].some((v) => v.text)) first = wasFirst;
      continue;
    }
    if (wasFirst && isNumberingRow(columns, values)) continue;
    diagnostics.push(...problems);
    const code = values.get('code')!;
    const row: EvidenceRow = { row: src.row, code };
    for (const [field, value] of values) if (field !== 'code') row[field] = value;
    if (src.hidden) {
      row.hidden = true;
      diagnostics.push(warning('EVIDENCE_HIDDEN_ROW', { row: src.row, code: code.text }, locationOf(file, { sheet, row: src.row, cell: code.ref.cell, line: src.line })));
    }
    rows.push(row);
  }
  return { rows, diagnostics };

  function refFor(column: number, src: SourceRow): CellRef {
    const where: { sheet?: string; line?: number } = {};
    if (sheet !== undefined) where.sheet = sheet;
    if (src.line !== undefined) where.line = src.line;
    return makeRef(column, src.row, where);
  }
}

/** A string that shares no memory with the one it was cut from. */
function detach(s: string): string {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}

/** `(1) (2) (3)` under the header, or column numbers 1 2 3 4 ... in step with the columns, in every read column. */
function isNumberingRow(columns: readonly HeaderColumn[], values: ReadonlyMap<EvidenceField, EvidenceValue>): boolean {
  const filled = columns.map((c) => ({ column: c.column, text: values.get(c.field)?.text ?? '' })).filter((x) => x.text);
  if (filled.length < 2) return false;
  if (filled.every((x) => /^\(\s*\d+\s*\)$/.test(x.text))) return true;
  // Bare numbers only when every read column has one (a data row has text somewhere) and there are 4+.
  if (filled.length < 4 || filled.length < columns.length || !filled.every((x) => /^\d+$/.test(x.text))) return false;
  const offset = Number(filled[0]!.text) - filled[0]!.column;
  return filled.every((x) => Number(x.text) - x.column === offset);
}
