/**
 * What readers produce and scoring consumes. Readers know nothing of scoring: they find the header,
 * map columns to fields, and hand over every value with its provenance (file, sheet, cell, row,
 * raw value). Parsing a value into a level or a number is scoring's job (src/scoring/values.ts).
 */
import type { Diagnostic } from '../diagnostics.js';
import type { EvidenceField } from '../rubric/types.js';

export type InputFormat = 'xlsx' | 'csv' | 'xls' | 'xlsb' | 'ods';

/** A raw value as the file held it: a number cell stays a number, CSV text stays text. */
export type RawValue = string | number | boolean | null;

/** Where a value came from. `cell`/`sheet` for workbooks; `line` (physical, 1-based) for CSV. */
export interface CellRef {
  sheet?: string;
  /** A1-style cell as Excel names it (`D14`). CSV: the spreadsheet-equivalent cell too. */
  cell: string;
  /** Row number as the file shows it (Excel row; CSV record's first line). */
  row: number;
  /** 1-based column index. */
  column: number;
  /** CSV only: 1-based physical line of the record's start. */
  line?: number;
}

export interface EvidenceValue {
  raw: RawValue;
  /** Trimmed display text of the raw value (numbers in shortest decimal form, '' when empty). */
  text: string;
  ref: CellRef;
}

/** One evidence row of an agency sheet; fields absent from the sheet are absent here. */
export interface EvidenceRow {
  /** Row number as the file shows it. */
  row: number;
  code: EvidenceValue;
  level?: EvidenceValue;
  verified?: EvidenceValue;
  evidence?: EvidenceValue;
  notes?: EvidenceValue;
  name?: EvidenceValue;
  verifierNotes?: EvidenceValue;
  /** The row is hidden in the workbook. */
  hidden?: boolean;
}

export interface HeaderColumn {
  field: EvidenceField;
  /** Header text as written. */
  header: string;
  column: number;
  /** Column letter (`D`). */
  letter: string;
}

/** A labelled value found above the header (`Instansi: Kab. Agam`, `Tahun: 2024`). */
export interface MetaValue {
  value: string;
  ref: CellRef;
}

/** The `_merit` sheet written by `merit template`. */
export interface RubricStamp {
  id: string;
  version: string;
  sha256?: string;
}

export interface EvidenceTable {
  /** Path as the user gave it. */
  file: string;
  sha256: string;
  format: InputFormat;
  /** Sheet the evidence was read from (xlsx). */
  sheet?: string;
  /** Row of the header as the file shows it. */
  headerRow: number;
  columns: HeaderColumn[];
  rows: EvidenceRow[];
  meta: {
    subject?: MetaValue;
    period?: MetaValue;
    stamp?: RubricStamp;
  };
  /** CSV: the delimiter found; whether numbers use a decimal comma; the text encoding. */
  csv?: { delimiter: string; decimalComma: boolean; encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be'; bom: boolean };
  /** Warnings and errors found while reading (hidden rows, formula errors, ...). */
  diagnostics: Diagnostic[];
  /**
   * CSV: the rows the header was looked for in (at most 30), so that a rubric's column aliases can
   * be tried on a table read without them instead of reading the file again (header.ts
   * `sameHeaderWith`).
   */
  headerScan?: readonly { row: number; line?: number; texts: readonly (string | undefined)[] }[];
}

export interface ReadOptions {
  /** `--sheet NAME|NUMBER` (1-based number). */
  sheet?: string;
  /** Extra header aliases from the rubric. */
  aliases?: Partial<Record<EvidenceField, string[]>>;
  /** Safety limits (see docs/security.md). */
  limits?: Partial<ReadLimits>;
}

export interface ReadLimits {
  /** Bytes of the input file. */
  maxFileBytes: number;
  /** XLSX: bytes of all zip entries once inflated (zip-bomb guard). */
  maxInflatedBytes: number;
  /** Rows read from a sheet or CSV. */
  maxRows: number;
  /** Characters in one cell. */
  maxCellChars: number;
  /**
   * Cells in a workbook (every sheet; a merged range or a defined name counts every cell it
   * covers) or fields in a CSV, checked before the file is parsed. Optional: the streamed record
   * readers, whose memory does not grow with the file, have none.
   */
  maxCells?: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxInflatedBytes: 100 * 1024 * 1024,
  maxRows: 100_000,
  maxCellChars: 32_767,
  maxCells: 1_000_000,
};
