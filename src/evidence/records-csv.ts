/**
 * Streaming CSV reader for record files.
 *
 * The first chunk (256 KiB, more if the first rows are longer) decides what the agency reader
 * decides from the whole file (csv.ts, same code): the encoding (BOM, UTF-16, else UTF-8, else
 * Windows-1252 with a warning), the delimiter (`sep=` or the most consistent of `,` `;` tab), the
 * decimal comma, and the header. Then the file streams through csv-parse's incremental parser in
 * 256 KiB chunks, and each row goes to the consumer as soon as it is parsed (one row object,
 * reused): memory stays flat whatever the row count.
 *
 * csv-parse's parser is driven directly (`parser.api.parse(chunk, end, push)`) rather than through
 * its object-mode stream: measured on one million rows, the stream with per-record `info` costs
 * 60% more than the whole bare parse, and without `info` the stream loses the line numbers. Line
 * numbers are counted here: csv-parse counts a CRLF inside a quoted field as two lines.
 *
 * - A row's number is the physical line its record starts on (what an editor shows).
 * - Blank rows (every field empty) are skipped; rows with fewer or more fields than the header are
 *   read (missing fields are empty) with one EVIDENCE_RAGGED_ROWS warning for all of them.
 * - Invalid UTF-8 after the first chunk (a file assembled from two exports) is a warning; the bad
 *   bytes read as U+FFFD.
 * - A structural error (a quote never closed, a record over 16 MiB) ends the reading there with
 *   EVIDENCE_CSV_MALFORMED: the rows before it are scored, the report says the file was cut.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { error, InputError, warning, type Diagnostic } from '../diagnostics.js';
import { decodeWindows1252, detectDecimalComma, detectDelimiter, type Delimiter } from './csv.js';
import { toUtf8 } from './csv-bytes.js';
import { HEADER_SCAN_ROWS, type ScanRow } from './header.js';
import { findRecordHeader, recordHeaderNotFound, type RecordCellProblem, type RecordContext, type RecordInput, type RecordLayout, type RecordReader } from './records-header.js';
import { LIMIT_FLAGS } from './table.js';
import type { RawValue } from './types.js';

/** Bytes read at a time. */
const CHUNK = 256 * 1024;
const MAX_HEAD = 8 * 1024 * 1024;
const MAX_RECORD_BYTES = 16 * 1024 * 1024;
/** Data records parsed in the head for the decimal-comma guess. */
const SAMPLE_RECORDS = 500;

type Encoding = NonNullable<RecordLayout['csv']>['encoding'];

/** csv-parse's incremental parser (the `api` behind its stream). */
interface CsvApi {
  parse(chunk: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): (Error & { code?: string; lines?: number }) | undefined;
  info: { lines: number };
}

/**
 * What `restart` replaces: the parser's whole state (csv-parse 7: see its lib/api/index.js). The
 * options given at creation count too: after a BOM the parser normalises them again.
 */
interface CsvApiState {
  state: object;
  info: object;
  options: { record_delimiter?: unknown };
  original_options: object;
}

/**
 * The record delimiters a parser looks for. A record ends at CRLF, LF or a lone CR (`any`), but
 * csv-parse tests every delimiter at every byte: on a file with one kind of line end, looking for
 * that one only (`crlf`, `lf`) parses a million rows 8% faster (3.5 → 3.2 CPU s). The two read
 * alike as long as no other line end occurs (a lone LF or CR in a CRLF file, a CR in an LF file);
 * the stream checks every chunk before the parser sees it, and at the first other line end widens
 * the parser to `any` (`widen`), before any byte it could read differently has been parsed.
 */
type LineEnds = 'any' | 'crlf' | 'lf';

const CRLF = Buffer.from('\r\n');
const LF = Buffer.from('\n');
const CR = Buffer.from('\r');

/** The line ends a buffer uses ('any' when it mixes them or has none). */
function lineEndsOf(bytes: Buffer): LineEnds {
  if (bytes.indexOf(13) < 0) return bytes.indexOf(10) < 0 ? 'any' : 'lf';
  return onlyCrlf(bytes, -1) === 0 ? 'crlf' : 'any';
}

/**
 * Whether every CR and LF of `bytes` is part of a CRLF: 0 if so, 1 if not; 2 when all are but
 * the last byte is a CR (the next chunk must start with its LF). `before`: the byte before `bytes`.
 */
function onlyCrlf(bytes: Buffer, before: number): 0 | 1 | 2 {
  const n = bytes.length;
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) if ((i > 0 ? bytes[i - 1] : before) !== 13) return 1;
  for (let i = bytes.indexOf(13); i >= 0; i = bytes.indexOf(13, i + 1)) {
    if (i + 1 === n) return 2;
    if (bytes[i + 1] !== 10) return 1;
  }
  return 0;
}

/**
 * Makes a parser start again from nothing, as a new one would: its state, counters and options
 * taken from a new parser that has never parsed.
 *
 * Why not simply a new parser: csv-parse's methods are functions created per parser object, so
 * once a second parser has run, every call inside the parse loop (`this.__isDelimiter(...)` and
 * the like) has seen two targets and is no longer inlined: the whole parse of a million rows took
 * 10% longer (3.5 → 3.9 CPU s) when the head had been parsed by another parser object first. So a
 * record file has one parser object: the head's, restarted for the stream.
 */
function restart(api: CsvApi, delimiter: Delimiter, ends: LineEnds = 'any'): CsvApi {
  const fresh = csvApi(delimiter, ends);
  const a = api as unknown as Partial<CsvApiState>;
  const f = fresh as unknown as Partial<CsvApiState>;
  if (!a.state || !a.options || !a.original_options || !f.state || !f.info || !f.options || !f.original_options) return fresh; // another csv-parse: a new parser, slower but right
  a.state = f.state;
  a.info = f.info;
  a.options = f.options;
  a.original_options = f.original_options;
  return api;
}

function csvApi(delimiter: Delimiter, ends: LineEnds = 'any'): CsvApi {
  const parser = parse({
    delimiter,
    record_delimiter: ends === 'crlf' ? ['\r\n'] : ends === 'lf' ? ['\n'] : ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
    max_record_size: MAX_RECORD_BYTES,
  }) as unknown as { api?: CsvApi };
  const api = parser.api;
  if (!api || typeof api.parse !== 'function') throw new Error('csv-parse: the incremental parser (parser.api) is missing; check the csv-parse version');
  return api;
}

/** csv-parse's `push` for one parser, and where it sends each record. */
interface LineTracker {
  push: (record: string[]) => void;
  /** Called with every record and the physical line it starts on. */
  to: (fields: string[], start: number) => void;
  /** Back to line 1 (with a restarted parser). */
  reset(): void;
}

/**
 * Counts physical lines for the records of `parser.api`. csv-parse's own count is right for
 * records on one line; a record with line breaks in quoted fields is counted here from its
 * fields. One tracker per parser object, like the parser (one `push` function for csv-parse to call).
 */
function lineTracker(parser: { api: CsvApi }): LineTracker {
  let seen = 0;
  let line = 0;
  const t: LineTracker = {
    to: () => {},
    push: (record) => {
      const lines = parser.api.info.lines;
      const start = line + 1;
      const end = lines - seen === 1 ? start : start + breaksIn(record);
      seen = lines;
      line = end;
      t.to(record, start);
    },
    reset: () => {
      seen = 0;
      line = 0;
    },
  };
  return t;
}

function breaksIn(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) {
    if (f.indexOf('\n') < 0 && f.indexOf('\r') < 0) continue;
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c === 10 || (c === 13 && f.charCodeAt(i + 1) !== 10)) n++;
    }
  }
  return n;
}

/** Bytes -> UTF-8 bytes for csv-parse, chunk by chunk (multi-byte sequences may span chunks). */
function transcoder(encoding: Encoding): (chunk: Buffer | undefined) => Buffer {
  if (encoding === 'windows-1252') return (chunk) => (chunk ? Buffer.from(decodeWindows1252(chunk), 'utf8') : Buffer.alloc(0));
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const decoder = new TextDecoder(encoding);
    return (chunk) => Buffer.from(chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode(), 'utf8');
  }
  return (chunk) => chunk ?? Buffer.alloc(0);
}

/** The length of `bytes` without a UTF-8 sequence cut at its end. */
function utf8Boundary(bytes: Buffer): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/** The file's one parser object and its line tracker (see `restart`). */
interface Parser {
  api: CsvApi;
  tracker: LineTracker;
}

function newParser(delimiter: Delimiter): Parser {
  const parser = { api: csvApi(delimiter) } as Parser;
  parser.tracker = lineTracker(parser);
  return parser;
}

function restartParser(parser: Parser, delimiter: Delimiter, ends: LineEnds = 'any'): void {
  parser.api = restart(parser.api, delimiter, ends);
  parser.tracker.reset();
}

/**
 * Makes a parser look for every line end (see LineEnds), from the next byte it reads on; false
 * when this csv-parse keeps its delimiters elsewhere (the caller must then not narrow them).
 */
function widen(api: CsvApi): boolean {
  const list = (api as unknown as Partial<CsvApiState>).options?.record_delimiter;
  if (!Array.isArray(list) || !list.every((b) => Buffer.isBuffer(b))) return false;
  // In place: the parser reads the list at each call. CRLF before CR, as csv-parse matches in order.
  list.length = 0;
  list.push(CRLF, LF, CR);
  // And the longest delimiter, as a parser made with all three has it (an LF parser has 1).
  const state = (api as unknown as Partial<CsvApiState>).state as { recordDelimiterMaxLength?: number } | undefined;
  if (state && typeof state.recordDelimiterMaxLength === 'number') state.recordDelimiterMaxLength = 2;
  return true;
}

interface Head {
  encoding: Encoding;
  bom: boolean;
  delimiter: Delimiter;
  diagnostics: Diagnostic[];
  /** Records (blank ones included) up to and including the header: skipped by the stream. */
  skip: number;
  /** Fields of the header record. */
  width: number;
  /** Data rows the whole file probably has (from the head's bytes per row). */
  estimatedRows: number;
  layout: Omit<RecordLayout, 'csv' | 'diagnostics' | 'format' | 'file' | 'estimatedRows'>;
  decimalComma: boolean;
  parser: Parser;
  /** The line ends of the head (what the stream's parser looks for until a chunk has others). */
  ends: LineEnds;
}

async function readHead(ctx: RecordContext, size: number): Promise<{ bytes: Buffer; eof: boolean }> {
  const fh = await open(ctx.file, 'r');
  try {
    const n = Math.min(ctx.size, size);
    const buf = Buffer.alloc(n);
    let got = 0;
    while (got < n) {
      const { bytesRead } = await fh.read(buf, got, n - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return { bytes: buf.subarray(0, got), eof: got >= ctx.size };
  } finally {
    await fh.close();
  }
}

/** Encoding, delimiter, header and decimal comma from the head of the file. */
async function analyseHead(ctx: RecordContext): Promise<Head> {
  const file = ctx.file;
  let parser: Parser | undefined;
  for (let size = CHUNK; ; size *= 4) {
    const { bytes, eof } = await readHead(ctx, size);
    const cut = eof ? bytes : bytes.subarray(0, utf8Boundary(bytes));
    const decoded = toUtf8(cut, file);
    const text = decoded.utf8.toString('utf8');
    if (text.trim() === '' && eof) throw new InputError([error('EVIDENCE_EMPTY_FILE', {}, { file })]);
    const sep = /^\ufeff?sep=(.)(\r\n|\n|\r|$)/i.exec(text);
    const delimiter: Delimiter = sep && (sep[1] === ',' || sep[1] === ';' || sep[1] === '\t') ? sep[1] : detectDelimiter(text.replace(/^\ufeff/, ''));

    // Parse the head's complete lines (a record cut at the end is dropped, unless at EOF).
    if (parser) restartParser(parser, delimiter);
    else parser = newParser(delimiter);
    const api = parser.api;
    const records: { fields: string[]; line: number; index: number }[] = [];
    let index = 0;
    parser.tracker.to = (fields, start) => void records.push({ fields, line: start, index: index++ });
    const push = parser.tracker.push;
    const utf8 = decoded.utf8;
    const lastBreak = eof ? utf8.length : Math.max(utf8.lastIndexOf(10), utf8.lastIndexOf(13)) + 1;
    const err = api.parse(utf8.subarray(0, lastBreak), false, push, () => {});
    if (eof && !err) api.parse(undefined, true, push, () => {});
    const nonBlank = records.filter((r) => r.fields.some((f) => f.trim() !== '') && !(sep && r.line === 1));
    if (!eof && (err || nonBlank.length < HEADER_SCAN_ROWS + SAMPLE_RECORDS) && size < MAX_HEAD) continue;
    if (err && eof && nonBlank.length === 0) {
      throw new InputError([error('EVIDENCE_CSV_MALFORMED', { reason: err.code ?? 'CSV_ERROR', detail: (err.message ?? '').split('\n')[0] }, { file, ...(err.lines ? { line: err.lines } : {}) })]);
    }

    const scan: ScanRow[] = nonBlank.slice(0, HEADER_SCAN_ROWS).map((r) => ({ row: r.line, line: r.line, texts: r.fields.map((f) => f.trim()) }));
    const header = findRecordHeader(scan, ctx.columns, { file, used: ctx.options.used });
    if (!header.ok) throw recordHeaderNotFound(file, header, { csv: true });
    const headerRecord = nonBlank[header.index]!;
    const sample = nonBlank.filter((r) => r.index > headerRecord.index).slice(0, SAMPLE_RECORDS);
    return {
      encoding: decoded.encoding,
      bom: decoded.bom,
      delimiter,
      diagnostics: [...decoded.diagnostics, ...header.diagnostics],
      skip: headerRecord.index + 1,
      width: headerRecord.fields.length,
      estimatedRows: sample.length > 0 ? Math.ceil((ctx.size * records.length) / Math.max(1, lastBreak)) : 0,
      decimalComma: detectDecimalComma(sample, delimiter),
      layout: { headerRow: header.headerRow, columns: header.columns, meta: header.meta },
      parser,
      ends: lineEndsOf(utf8.subarray(0, lastBreak)),
    };
  }
}

export async function openCsvRecords(ctx: RecordContext): Promise<RecordReader> {
  const head = await analyseHead(ctx);
  const file = ctx.file;
  const layout: RecordLayout = {
    file,
    format: 'csv',
    ...head.layout,
    csv: { delimiter: head.delimiter, decimalComma: head.decimalComma, encoding: head.encoding, bom: head.bom },
    estimatedRows: head.estimatedRows,
    diagnostics: head.diagnostics,
  };
  const hash = createHash('sha256');
  let digest: string | undefined;
  let started = false;

  async function read(onRow: (row: RecordInput) => void): Promise<void> {
    if (started) throw new Error('records can be read once');
    started = true;
    const { limits } = ctx;
    const positions = layout.columns.map((c) => (c ? c.column - 1 : -1));
    const count = positions.length;
    const headerWidth = head.width;
    const maxChars = limits.maxCellChars;
    let records = 0;
    let rows = 0;
    let stop = false;
    let ragged = 0;
    let raggedFirst: { line: number; fields: number } | undefined;
    // One row object, reused: the consumer handles each row before the next is parsed.
    const row: RecordInput = { row: 0, values: new Array<RawValue>(count).fill(null) };
    const values = row.values;

    // The head's parser object, from byte 0 again (see `restart`).
    const parser = head.parser;
    // Narrowed line ends only where the parser can be widened again (see LineEnds).
    let ends: LineEnds = widen(csvApi(head.delimiter, 'crlf')) ? head.ends : 'any';
    restartParser(parser, head.delimiter, ends);
    const api = parser.api;
    let lastByte = -1;
    let crAtEnd = false;
    /** Widens the parser at the first line end it does not look for, before it reads `bytes`. */
    const check = (bytes: Buffer): void => {
      if (ends === 'any' || bytes.length === 0) return;
      const other =
        (crAtEnd && bytes[0] !== 10) || (ends === 'lf' ? bytes.indexOf(13) >= 0 : onlyCrlf(bytes, lastByte) === 1);
      crAtEnd = ends === 'crlf' && bytes[bytes.length - 1] === 13;
      lastByte = bytes[bytes.length - 1]!;
      if (other) {
        widen(api);
        ends = 'any';
      }
    };
    const onRecord = (fields: string[], start: number): void => {
      if (stop || records++ < head.skip) return;
      let any = false;
      let problems: RecordCellProblem[] | undefined;
      for (let i = 0; i < count; i++) {
        const p = positions[i]!;
        let f = p >= 0 ? fields[p] : undefined;
        if (f === undefined || f === '') {
          values[i] = null;
          continue;
        }
        any = true;
        if (f.length > maxChars) {
          (problems ??= []).push({
            index: i,
            code: 'EVIDENCE_CELL_TOO_LONG',
            args: { length: f.length, limit: maxChars, flag: LIMIT_FLAGS.maxCellChars, field: layout.columns[i]!.header },
          });
          f = f.slice(0, maxChars);
        }
        values[i] = f;
      }
      if (!any && fields.every((f) => f.trim() === '')) return;
      if (fields.length < headerWidth || (fields.length > headerWidth && fields.slice(headerWidth).some((f) => f.trim() !== ''))) {
        ragged++;
        raggedFirst ??= { line: start, fields: fields.length };
      }
      if (++rows > limits.maxRows) {
        stop = true;
        layout.diagnostics.push(error('EVIDENCE_TOO_MANY_ROWS', { limit: limits.maxRows, flag: LIMIT_FLAGS.maxRows, row: start }, { file, line: start }));
        return;
      }
      row.row = start;
      if (problems) row.problems = problems;
      else if (row.problems) delete row.problems;
      onRow(row);
    };
    parser.tracker.to = onRecord;
    const push = parser.tracker.push;
    const transcode = transcoder(head.encoding);
    const checkUtf8 = head.encoding === 'utf-8' ? utf8Checker() : undefined;
    let badUtf8 = false;
    const fail = (err: Error & { code?: string; lines?: number }): void => {
      stop = true;
      const loc: NonNullable<Diagnostic['location']> = { file };
      if (typeof err.lines === 'number') loc.line = err.lines;
      layout.diagnostics.push(error('EVIDENCE_CSV_MALFORMED', { reason: err.code ?? 'CSV_ERROR', detail: (err.message ?? '').split('\n')[0] }, loc));
    };

    // Synchronous reads (a trip through the thread pool per chunk costs more than the read), with
    // a turn of the event loop every few MiB so that Ctrl-C is heard. Two buffers in turn:
    // csv-parse keeps a view of the last bytes it was given (a record cut at the end), which the
    // read after next may overwrite, never the next one.
    const fd = openSync(file, 'r');
    const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
    let turn = 0;
    try {
      for (;;) {
        const chunk = buffers[turn++ & 1]!;
        const n = readSync(fd, chunk, 0, CHUNK, null);
        if (n === 0) break;
        const bytes = chunk.subarray(0, n);
        hash.update(bytes);
        if (turn % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
        if (stop) continue; // keep hashing the rest of the file
        if (checkUtf8 && !badUtf8 && !checkUtf8(bytes)) {
          badUtf8 = true;
          layout.diagnostics.push(warning('EVIDENCE_RECORD_ENCODING', { afterRow: row.row }, { file }));
        }
        const utf8 = transcode(bytes);
        check(utf8);
        const err = api.parse(utf8, false, push, () => {});
        if (err) fail(err);
      }
      if (!stop) {
        const tail = transcode(undefined);
        check(tail);
        if (crAtEnd && ends !== 'any') {
          // The file ends in a CR: a line end of its own.
          widen(api);
          ends = 'any';
        }
        const err = tail.length ? api.parse(tail, false, push, () => {}) : undefined;
        if (err) fail(err);
        else {
          const end = api.parse(undefined, true, push, () => {});
          if (end) fail(end);
        }
      }
      digest = hash.digest('hex');
      if (ragged > 0 && raggedFirst) {
        layout.diagnostics.push(
          warning('EVIDENCE_RAGGED_ROWS', { count: ragged, fields: raggedFirst.fields, expected: headerWidth, firstLine: raggedFirst.line }, { file, line: raggedFirst.line }),
        );
      }
    } finally {
      closeSync(fd);
    }
  }

  return {
    layout,
    read,
    async sha256() {
      if (digest === undefined) throw new Error('sha256 is known once every row has been read');
      return digest;
    },
  };
}

/** Checks UTF-8 chunk by chunk; a sequence cut at a chunk's end is completed by the next. */
function utf8Checker(): (chunk: Buffer) => boolean {
  let carry: Buffer | undefined;
  return (chunk) => {
    const data = carry ? Buffer.concat([carry, chunk]) : chunk;
    const end = utf8Boundary(data);
    carry = end < data.length ? Buffer.from(data.subarray(end)) : undefined;
    return isUtf8(data.subarray(0, end));
  };
}
