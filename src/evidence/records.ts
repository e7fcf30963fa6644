/**
 * Record files (one row per employee) for record rubrics: STREAMING readers. Unlike the agency
 * reader, which holds a small sheet in memory, these hand each row over as it is read, so a
 * national file of millions of rows needs no more memory than a few.
 *
 * - The header is the row, among the first non-empty rows, that names the most of the rubric's
 *   declared columns (header in Indonesian or English, an alias, or the key; case-, space-,
 *   accent- and punctuation-insensitive, and also without a bracketed part: `Diklat Teknis` for
 *   `Diklat Teknis (JP)`). It must name every `required` column. Labels above it (`Instansi:`,
 *   `Tahun:`) give the agency and period, as on an agency sheet.
 * - Each row becomes a RecordInput: the row number as the file shows it and one raw value per
 *   declared column (null when empty or absent). Cells that cannot be read as values (formula
 *   errors, over-long text) travel with the row as problems; scoring decides what they mean.
 * - CSV: records-csv.ts (csv-parse, encoding and delimiter from the first chunk). XLSX:
 *   records-xlsx.ts (exceljs's streaming parsers fed in the right order from the zip's central
 *   directory: no temp files, none of the streaming reader's races).
 * - Limits: streaming needs no row or size limit for memory's sake, so record files are limited
 *   only by the flags given explicitly (`--max-rows`, `--max-file-size`, ...), with generous
 *   defaults against runaway input.
 */
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { error, InputError } from '../diagnostics.js';
import type { ColumnDef } from '../rubric/types.js';
import { HEADER_SCAN_ROWS } from './header.js';
import { inputSize, resolveLimits, unreadable } from './read.js';
import type { RecordContext, RecordReader, RecordReadOptions } from './records-header.js';
import { sniff } from './sniff.js';
import { DEFAULT_LIMITS, type ReadLimits } from './types.js';

// The shapes every record reader shares, and the header search, are in records-header.ts.
export type { RecordCellProblem, RecordColumnRef, RecordContext, RecordHeaderFound, RecordHeaderMissing, RecordInput, RecordLayout, RecordReader, RecordReadOptions } from './records-header.js';

/** Defaults for streamed record files: only against runaway input (memory does not grow with rows). */
export const RECORD_LIMITS: ReadLimits = {
  maxFileBytes: 8 * 1024 ** 3,
  maxInflatedBytes: 32 * 1024 ** 3,
  maxRows: 50_000_000,
  maxCellChars: DEFAULT_LIMITS.maxCellChars,
};

export function recordLimits(given?: Partial<ReadLimits>): ReadLimits {
  return resolveLimits(given, RECORD_LIMITS);
}

/** Opens a record file: checks it, finds the sheet and header, and returns a streaming reader. */
export async function openRecordFile(path: string, columns: readonly ColumnDef[], options: RecordReadOptions = {}): Promise<RecordReader> {
  const limits = recordLimits(options.limits);
  const size = await inputSize(path, limits);
  if (size === 0) throw new InputError([error('EVIDENCE_EMPTY_FILE', {}, { file: path })]);
  const fh = await open(path, 'r');
  let head: Buffer;
  try {
    const buf = Buffer.alloc(Math.min(size, 4096));
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  const ext = extname(path).toLowerCase();
  const ctx: RecordContext = { file: path, size, limits, columns, options };
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return (await import('./records-xlsx.js')).openXlsxRecords(ctx);
  // Not a zip: what sniff says of the first bytes (a CSV, or a format merit names in its error).
  const what = sniff(head, ext, limits.maxInflatedBytes);
  if (what.kind === 'csv') return (await import('./records-csv.js')).openCsvRecords(ctx);
  if (what.kind === 'xlsx') throw new Error('unreachable: a zip is read above');
  // OLE2 and the like: read in full (within the size limit) so sniff can tell xls from an encrypted file.
  const whole = await readSmall(path, Math.min(size, 64 * 1024 * 1024));
  const full = sniff(whole, ext, limits.maxInflatedBytes);
  if (full.kind === 'csv' || full.kind === 'xlsx') return (await import('./records-csv.js')).openCsvRecords(ctx);
  throw unreadable(full, path, ext, limits, true);
}

async function readSmall(path: string, n: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

export { HEADER_SCAN_ROWS };
