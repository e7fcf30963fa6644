/**
 * CSV reader (csv-parse).
 *
 * - Encoding: a UTF-8 BOM is dropped; UTF-16 (with a BOM, or recognisable by its zero bytes) is
 *   decoded; otherwise the bytes must be valid UTF-8, and when they are not they are decoded as
 *   Windows-1252 (what Excel on Indonesian Windows writes for "CSV") with an EVIDENCE_ENCODING
 *   warning. NUL bytes in a UTF-8/Windows-1252 file are an error (it is not text).
 * - Delimiter: `sep=X` on the first line (Excel's convention) wins; otherwise the one of `,` `;`
 *   tab whose count per record, outside quoted text, is the most consistent over the first lines.
 * - Records: CRLF, LF and CR line ends, quoted fields with the delimiter, quotes (`""`) and line
 *   breaks inside; stray quotes in unquoted fields are taken literally; ragged rows are read
 *   (with one EVIDENCE_RAGGED_ROWS warning).
 * - Provenance: `line` is the record's first physical line. `row` is that line too, and `cell`
 *   is column letter + row (`C14`), so CSV and XLSX locations look alike. A spreadsheet that opens
 *   the file shows the same row numbers unless a quoted field spans lines; then the line is the
 *   number an editor shows, which is the one a person can go to.
 * - Decimal comma: reported in `table.csv.decimalComma`, for scoring to parse `3,5` as 3.5.
 */
import { CP1252_HIGH, firstInvalidUtf8, isBlank, toUtf8, type Encoding } from './csv-bytes.js';
import { parse } from 'csv-parse/sync';
import { error, InputError, warning, type Diagnostic } from '../diagnostics.js';
import { findHeader, headerNotFound, HEADER_SCAN_ROWS, type ScanRow } from './header.js';
import { buildRows, LIMIT_FLAGS, type SourceRow } from './table.js';
import type { EvidenceTable, ReadLimits, ReadOptions } from './types.js';

export { firstInvalidUtf8 };
export type Delimiter = ',' | ';' | '\t';

export interface CsvContext {
  file: string;
  sha256: string;
  options: ReadOptions;
  limits: ReadLimits;
}

interface CsvRecord {
  fields: string[];
  line: number;
}

/**
 * The longest CSV record read at all (16 Mi characters, or twice --max-cell-chars when raised past
 * that): a longer one is refused instead of being held whole and then cut. Longer cells up to it
 * are still cut to --max-cell-chars and scored, as in Excel.
 */
export function maxRecordChars(maxCellChars: number): number {
  return Math.max(16 * 1024 * 1024, 2 * maxCellChars);
}

/** What on_record hands csv-parse instead of the record (the reader keeps its own list). */
const HANDED_ON: string[] = [];

/** What a record's place holds once its row is built. */
const RELEASED: CsvRecord = { fields: [], line: 0 };

/**
 * The file's bytes, handed over: the reader takes them out of the box, so that once they are
 * parsed nothing holds them while the rows are built (a 45 MB file is 45 MB less at the peak).
 */
export interface ByteBox {
  bytes: Buffer | undefined;
}

export function readCsv(box: ByteBox, ctx: CsvContext): EvidenceTable {
  const diagnostics: Diagnostic[] = [];
  const { records, ...parsed } = parseRecords(box, ctx, diagnostics);
  return tableOf(records, parsed, ctx, diagnostics);
}

interface Parsed {
  records: CsvRecord[];
  /** More records followed the last one read (`--max-rows`). */
  truncated: boolean;
  /** The physical line after the last record read. */
  line: number;
  delimiter: Delimiter;
  encoding: Encoding;
  bom: boolean;
}

/** Decodes and parses the bytes (taken out of the box) into records; the bytes are not referenced once it returns. */
function parseRecords(box: ByteBox, ctx: CsvContext, diagnostics: Diagnostic[]): Parsed {
  const { file, limits } = ctx;
  // csv-parse reports byte offsets and reads bytes: it is given UTF-8 bytes (the file itself when
  // it is UTF-8), never the whole file as a string.
  const decoded = toUtf8(box.bytes!, file);
  box.bytes = undefined;
  diagnostics.push(...decoded.diagnostics);
  const utf8 = decoded.utf8;
  if (isBlank(utf8)) throw new InputError([error('EVIDENCE_EMPTY_FILE', {}, { file })]);
  const head = utf8.subarray(0, 65_536).toString('utf8');

  let delimiter: Delimiter | undefined;
  let skipFirstLine = false;
  const sep = /^sep=(.)(\r\n|\n|\r|$)/i.exec(head);
  if (sep && (sep[1] === ',' || sep[1] === ';' || sep[1] === '\t')) {
    delimiter = sep[1];
    skipFirstLine = true;
  }
  delimiter ??= detectDelimiter(head);

  const cap = limits.maxRows + HEADER_SCAN_ROWS + 2;
  // csv-parse holds every field it reads: bound them before parsing (one line of 50 MB of commas
  // is 50 million fields).
  const over = fieldsOverLimit(utf8, delimiter, cap, limits.maxCells ?? Number.POSITIVE_INFINITY);
  if (over) {
    throw new InputError([error('EVIDENCE_TOO_MANY_CELLS', { cells: over.fields, limit: limits.maxCells, flag: LIMIT_FLAGS.maxCells, csv: true }, { file, line: over.line })]);
  }
  // Each record as it is read becomes its fields and its first physical line (counted from the
  // byte offsets csv-parse gives); csv-parse's per-record info is not kept.
  const records: CsvRecord[] = [];
  let parsedCount = 0;
  let offset = 0;
  let line = 1;
  // It returns a marker, not null: csv-parse counts only records handed on (bytes_records, which
  // locates an unclosed quote).
  const onRecord = (record: string[], info: { bytes: number }): string[] => {
    parsedCount++;
    const start = offset;
    offset = info.bytes;
    const recordLine = line;
    line += lineBreaks(utf8, start, offset);
    if (skipFirstLine && recordLine === 1) return HANDED_ON;
    if (record.every((f) => f.trim() === '')) return HANDED_ON;
    records.push({ fields: record, line: recordLine });
    return HANDED_ON;
  };
  // With relax_column_count csv-parse still builds a CsvError for every record whose field count
  // differs from the first one's (every row after a `Instansi:;…` title row) and drops it: the
  // stack traces were 40% of the parse. Its errors are turned into diagnostics without a stack.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    parse(utf8, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: false,
      to: cap,
      // A record is never held past this: a 49 MB field no longer costs half a gigabyte before it is cut.
      max_record_size: maxRecordChars(limits.maxCellChars),
      on_record: onRecord,
    });
  } catch (e) {
    const err = e as { code?: string; lines?: number; bytes_records?: number; message?: string };
    const loc: NonNullable<Diagnostic['location']> = { file };
    if (err.code === 'CSV_MAX_RECORD_SIZE') {
      if (typeof err.lines === 'number') loc.line = err.lines;
      throw new InputError([error('EVIDENCE_RECORD_TOO_LONG', { limit: maxRecordChars(limits.maxCellChars), flag: LIMIT_FLAGS.maxCellChars }, loc)]);
    }
    // An unclosed quote is found at the end of the file: point at the record where it opened.
    if (err.code === 'CSV_QUOTE_NOT_CLOSED' && typeof err.bytes_records === 'number') loc.line = 1 + lineBreaks(utf8, 0, err.bytes_records);
    else if (typeof err.lines === 'number') loc.line = err.lines;
    throw new InputError([error('EVIDENCE_CSV_MALFORMED', { reason: err.code ?? 'CSV_ERROR', detail: (err.message ?? '').split('\n')[0] }, loc)]);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const truncated = parsedCount >= cap && !isBlank(utf8.subarray(offset));
  return { records, truncated, line, delimiter, encoding: decoded.encoding, bom: decoded.bom };
}

/** The table of parsed records: the header found, the rows built, the CSV's facts. */
function tableOf(records: CsvRecord[], p: Omit<Parsed, 'records'>, ctx: CsvContext, diagnostics: Diagnostic[]): EvidenceTable {
  const { file, limits, options } = ctx;
  const { truncated, line, delimiter } = p;
  const scan: ScanRow[] = records.slice(0, HEADER_SCAN_ROWS).map((r) => ({ row: r.line, line: r.line, texts: r.fields.map((f) => f.trim()) }));
  const header = findHeader(scan, { file, aliases: options.aliases });
  if (!header.ok) throw new InputError([headerNotFound(file, header, { aliases: options.aliases, csv: true })]);
  diagnostics.push(...header.diagnostics);

  const headerRecord = records[header.index]!;
  const data = records.slice(header.index + 1);
  const width = headerRecord.fields.length;
  let ragged = 0;
  let first: CsvRecord | undefined;
  for (const r of data) {
    if (r.fields.length >= width && !r.fields.slice(width).some((f) => f.trim() !== '')) continue;
    ragged++;
    first ??= r;
  }
  if (first) diagnostics.push(warning('EVIDENCE_RAGGED_ROWS', { count: ragged, fields: first.fields.length, expected: width, firstLine: first.line }, { file, line: first.line }));

  const decimalComma = detectDecimalComma(data, delimiter);
  // One source row at a time (not an array of 100,000 of them beside the rows being built); a
  // record is let go once its row is built.
  records.length = 0;
  function* source(): Generator<SourceRow> {
    for (let i = 0; i < data.length; i++) {
      const r = data[i]!;
      data[i] = RELEASED;
      yield {
        row: r.line,
        line: r.line,
        cell(column: number) {
          const f = r.fields[column - 1];
          return f === undefined || f === '' ? undefined : { raw: f, text: f.trim() };
        },
      };
    }
  }
  const built = buildRows(source(), { file, columns: header.columns, limits });
  for (const d of built.diagnostics) diagnostics.push(d); // a loop: a spread of 10^5 arguments overflows the stack
  if (truncated && !built.diagnostics.some((d) => d.code === 'EVIDENCE_TOO_MANY_ROWS')) {
    diagnostics.push(error('EVIDENCE_TOO_MANY_ROWS', { limit: limits.maxRows, flag: LIMIT_FLAGS.maxRows }, { file, line }));
  }

  return {
    file,
    sha256: ctx.sha256,
    format: 'csv',
    headerRow: header.headerRow,
    columns: header.columns,
    rows: built.rows,
    meta: { ...header.meta },
    csv: { delimiter, decimalComma, encoding: p.encoding, bom: p.bom },
    diagnostics,
    headerScan: scan,
  };
}

/**
 * An upper bound on the fields of the first `maxLines` lines (delimiters + lines: a quoted
 * delimiter counts too), and the line where it passes `limit`; undefined when it never does.
 */
function fieldsOverLimit(buf: Buffer, delimiter: Delimiter, maxLines: number, limit: number): { fields: number; line: number } | undefined {
  const d = delimiter.charCodeAt(0);
  let fields = 1;
  let line = 1;
  for (let i = 0; i < buf.length && line <= maxLines; i++) {
    const b = buf[i];
    if (b === d) fields++;
    else if (b === 0x0a || (b === 0x0d && buf[i + 1] !== 0x0a)) {
      line++;
      fields++;
    } else continue;
    if (fields > limit) return { fields, line };
  }
  return undefined;
}

function lineBreaks(buf: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const b = buf[i];
    if (b === 0x0a) n++;
    else if (b === 0x0d && buf[i + 1] !== 0x0a) n++;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Encoding

export function decodeWindows1252(bytes: Buffer): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------
// Delimiter and decimal comma

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];

/**
 * Counts `,` `;` and tab per record over the first records (up to 64 KiB), outside quoted text,
 * and takes the delimiter whose count is most consistent (ties: the higher count, then `,` `;`
 * tab). A quote opens quoted text only at the start of a field.
 */
export function detectDelimiter(text: string): Delimiter {
  const limit = Math.min(text.length, 65_536);
  const counts: Record<Delimiter, number>[] = [];
  let cur: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  let fieldStart = true;
  let nonEmpty = false;
  for (let i = 0; i < limit && counts.length < 50; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === '"' && fieldStart) {
      inQuotes = true;
      fieldStart = false;
      nonEmpty = true;
      continue;
    }
    if (c === ',' || c === ';' || c === '\t') {
      cur[c]++;
      fieldStart = true;
      nonEmpty = true;
      continue;
    }
    if (c === '\n' || c === '\r') {
      if (nonEmpty) counts.push(cur);
      cur = { ',': 0, ';': 0, '\t': 0 };
      fieldStart = true;
      nonEmpty = false;
      continue;
    }
    if (c !== ' ') {
      fieldStart = false;
      nonEmpty = true;
    }
  }
  if (nonEmpty && counts.length < 50) counts.push(cur);

  let best: { d: Delimiter; consistency: number; mode: number } | undefined;
  for (const d of CANDIDATES) {
    const tally = new Map<number, number>();
    for (const c of counts) if (c[d] > 0) tally.set(c[d], (tally.get(c[d]) ?? 0) + 1);
    let mode = 0;
    let freq = 0;
    for (const [k, v] of tally) if (v > freq || (v === freq && k > mode)) (mode = k), (freq = v);
    if (mode === 0) continue;
    const consistency = freq / counts.length;
    if (!best || consistency > best.consistency || (consistency === best.consistency && mode > best.mode)) best = { d, consistency, mode };
  }
  return best?.d ?? ',';
}

/**
 * Whether numbers in the data use a decimal comma: cells like `3,5` or `1.234,5` against cells
 * like `3.5`. `1,000` and `1.000` are ambiguous and not counted. With no evidence either way a
 * `;`-delimited file is taken to use a decimal comma (that is why Excel chose `;` for it).
 */
export function detectDecimalComma(records: readonly CsvRecord[], delimiter: Delimiter): boolean {
  let comma = 0;
  let dot = 0;
  for (const r of records) {
    for (const f of r.fields) {
      const t = f.trim();
      if (!t || t.length > 30) continue;
      if (/^[+-]?\d+,\d+$/.test(t) && !/^[+-]?\d{1,3}(,\d{3})+$/.test(t)) comma++;
      else if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(t)) comma++;
      else if (/^[+-]?\d+\.\d+$/.test(t) && !/^[+-]?\d{1,3}(\.\d{3})+$/.test(t)) dot++;
      else if (/^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(t)) dot++;
    }
  }
  if (comma === 0 && dot === 0) return delimiter === ';';
  return comma > dot;
}
