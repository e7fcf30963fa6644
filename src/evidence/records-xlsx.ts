/**
 * Streaming XLSX reader for record files, built on exceljs's streaming parsers but NOT on its
 * WorkbookReader's zip handling.
 *
 * exceljs's `stream.xlsx.WorkbookReader` reads the zip front to back as a stream. When a sheet
 * comes before `xl/workbook.xml` or `xl/sharedStrings.xml` (exceljs itself writes them in that
 * order), it either crashes intermittently (`TypeError: Cannot read properties of undefined
 * (reading 'sheets')`, exceljs#3064) or spools the sheet to a temp file that a failed read leaves
 * behind. Here the zip's central directory is read first (sniff.ts), and each part is streamed
 * from its own offset in the file, in the order parsing needs: relationships, workbook, shared
 * strings, then the sheet. The WorkbookReader instance only parses (its `_parseRels`,
 * `_parseWorkbook`, `_parseSharedStrings` and `_parseWorksheet`, exceljs 4.4.0, pinned). There is
 * no temp file and no race; nothing is left behind whatever happens.
 *
 * Memory: rows stream; the shared-strings table is held (it is O(distinct strings), as in every
 * XLSX reader). An entry that inflates past the size its directory declares is refused (a zip
 * bomb), and the declared sizes must fit the inflated-size limit. XML nested deeper than
 * MAX_XML_DEPTH is refused as the bytes stream by (`DepthScan` in records-xlsx-depth.ts, the
 * streaming twin of xml-guard.ts's `tooDeep`): a sheet of a few KB nested a million deep otherwise
 * costs the streaming parser's tag stack seconds and gigabytes.
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import type { Row } from 'exceljs';
import { error, InputError, warning, type Diagnostic } from '../diagnostics.js';
import { HEADER_SCAN_ROWS, type ScanRow } from './header.js';
import { findRecordHeader, recordHeaderNotFound, type RecordCellProblem, type RecordContext, type RecordHeaderFound, type RecordInput, type RecordLayout, type RecordReader } from './records-header.js';
import { resolveTarget as resolvePart } from './opc.js';
import { unreadable } from './read.js';
import { entryDataOffset, zipDirectory, zipKind, type ZipEntry, type ZipRead } from './sniff.js';
import { LIMIT_FLAGS } from './table.js';
import type { RawValue } from './types.js';
import { cellValue, isLibraryFault } from './xlsx.js';
import { DepthScan } from './records-xlsx-depth.js';
import { MAX_XML_DEPTH } from './xml-guard.js';

/** What merit uses of exceljs's WorkbookReader (4.4.0): parsers fed with our own entry streams. */
interface WorkbookParsers {
  workbookRels?: { Id: string; Target: string; Type?: string }[];
  model?: { sheets?: { id: number; name: string; rId: string; state?: string }[] };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: Readable, sheetNo: string): Generator<{ eventType: string; value: SheetRows }>;
}

type SheetRows = AsyncIterable<Row> & { name: string; state?: string };

interface SheetInfo {
  name: string;
  state: string;
  path: string;
  /** 1-based position in the workbook. */
  position: number;
}

const CHUNK = 16 * 1024;

export async function openXlsxRecords(ctx: RecordContext): Promise<RecordReader> {
  const file = ctx.file;
  const zip = readZip(ctx);
  const ExcelJS = (await import('exceljs')).default;
  const newParsers = (): WorkbookParsers =>
    new ExcelJS.stream.xlsx.WorkbookReader(file, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      entries: 'ignore',
    }) as unknown as WorkbookParsers;
  const wb = newParsers();
  // The part being read, named when exceljs fails with a TypeError of its own (issue 15).
  let part = 'xl/_rels/workbook.xml.rels';
  const corrupt = (e: unknown): InputError =>
    e instanceof InputError ? e : new InputError([error('EVIDENCE_CORRUPT', failure(e, part), { file })], { cause: e });

  try {
    const rels = zip.find(part);
    if (rels) await wb._parseRels(zip.stream(rels));
    part = 'xl/workbook.xml';
    await wb._parseWorkbook(zip.stream(zip.find(part)!));
    const sheets = sheetList(wb, zip);
    if (sheets.length === 0) throw new InputError([error('EVIDENCE_NO_SHEETS', {}, { file })]);
    const strings = zip.find(sharedStringsPath(wb));
    part = strings?.name ?? part;
    if (strings) for await (const _ of wb._parseSharedStrings(zip.stream(strings)));
    part = 'xl/worksheets';

    const chosen = await chooseSheet(ctx, wb, zip, sheets);
    const layout: RecordLayout = {
      file,
      format: 'xlsx',
      sheet: chosen.sheet.name,
      headerRow: chosen.header.headerRow,
      columns: chosen.header.columns,
      meta: chosen.header.meta,
      // A row of a dozen cells takes about 400 bytes of sheet XML.
      estimatedRows: Math.ceil(zip.entry(chosen.sheet.path).size / 400),
      diagnostics: [...chosen.header.diagnostics],
    };
    if (chosen.sheet.state !== 'visible') {
      layout.diagnostics.unshift(warning('EVIDENCE_HIDDEN_SHEET', { sheet: chosen.sheet.name, state: chosen.sheet.state }, { file, sheet: chosen.sheet.name, row: layout.headerRow }));
    }
    const hashing = hashFile(file);
    hashing.catch(() => undefined);
    let started = false;

    async function read(onRow: (row: RecordInput) => void): Promise<void> {
      if (started) throw new Error('records can be read once');
      started = true;
      const { limits } = ctx;
      const cols = layout.columns;
      const count = cols.length;
      const maxChars = limits.maxCellChars;
      let rows = 0;
      const input: RecordInput = { row: 0, values: new Array<RawValue>(count).fill(null) };
      const values = input.values;
      const stream = zip.stream(zip.entry(chosen.sheet.path));
      try {
        for await (const row of rowsOf(wb, stream, chosen.sheet)) {
          const r = row.number;
          if (r <= layout.headerRow) continue;
          let any = false;
          let problems: RecordCellProblem[] | undefined;
          for (let i = 0; i < count; i++) {
            const ref = cols[i];
            const cell = ref ? row.findCell(ref.column) : undefined;
            const v = cell ? cellValue(cell) : undefined;
            if (!v) {
              values[i] = null;
              continue;
            }
            any = true;
            const field = ref!.header;
            // A formula's cached error reads as NaN through the streaming parser (it parses the value as a number).
            const error = v.error ?? (typeof v.raw === 'number' && Number.isNaN(v.raw) ? '#NUM!' : undefined);
            if (error !== undefined) (problems ??= []).push({ index: i, code: 'EVIDENCE_FORMULA_ERROR', args: { error, formula: v.formula, field } });
            else if (v.noCachedValue) (problems ??= []).push({ index: i, code: 'EVIDENCE_FORMULA_NO_CACHED_VALUE', args: { formula: v.formula, field } });
            let raw = error !== undefined ? null : v.raw;
            if (typeof raw === 'string' && raw.length > maxChars) {
              (problems ??= []).push({ index: i, code: 'EVIDENCE_CELL_TOO_LONG', args: { length: raw.length, limit: maxChars, flag: LIMIT_FLAGS.maxCellChars, field } });
              raw = raw.slice(0, maxChars);
            }
            values[i] = raw;
          }
          if (!any) continue;
          if (++rows > limits.maxRows) {
            layout.diagnostics.push(error('EVIDENCE_TOO_MANY_ROWS', { limit: limits.maxRows, flag: LIMIT_FLAGS.maxRows, row: r }, { file, sheet: chosen.sheet.name, row: r }));
            break;
          }
          input.row = r;
          if (problems) input.problems = problems;
          else if (input.problems) delete input.problems;
          onRow(input);
        }
      } catch (e) {
        if (e instanceof InputError) throw e;
        // The sheet broke off (a truncated or corrupt part): score what was read, say where it stopped.
        layout.diagnostics.push(error('EVIDENCE_CORRUPT', failure(e, chosen.sheet.path), { file, sheet: chosen.sheet.name, ...(input.row ? { row: input.row } : {}) }));
      } finally {
        stream.destroy();
      }
    }

    return { layout, read, sha256: () => hashing };
  } catch (e) {
    throw corrupt(e);
  }
}

// ---------------------------------------------------------------------------------------------
// The zip

interface Zip {
  find(name: string): ZipEntry | undefined;
  entry(name: string): ZipEntry;
  /** The entry's bytes, inflated, as a stream; fails when they exceed the declared size. */
  stream(e: ZipEntry): Readable;
}

function readZip(ctx: RecordContext): Zip {
  const file = ctx.file;
  const fd = openSync(file, 'r');
  let entries: ZipEntry[];
  const offsets = new Map<ZipEntry, number>();
  try {
    const read: ZipRead = (offset, length) => {
      const buf = Buffer.alloc(Math.max(0, Math.min(length, ctx.size - offset)));
      let got = 0;
      while (got < buf.length) {
        const n = readSync(fd, buf, got, buf.length - got, offset + got);
        if (n === 0) break;
        got += n;
      }
      return buf.subarray(0, got);
    };
    try {
      entries = zipDirectory(read, ctx.size);
    } catch (e) {
      throw new InputError([error('EVIDENCE_CORRUPT', { detail: (e as Error).message }, { file })]);
    }
    const refused = zipKind(entries, (e) => {
      const start = entryDataOffset(read, e);
      return start === undefined ? undefined : read(start, e.compressedSize);
    });
    if (refused) throw unreadable(refused, file, '.xlsx', ctx.limits, true);
    const declared = entries.reduce((sum, e) => sum + e.size, 0);
    if (declared > ctx.limits.maxInflatedBytes) {
      throw new InputError([error('EVIDENCE_INFLATED_TOO_LARGE', { size: declared, limit: ctx.limits.maxInflatedBytes, flag: LIMIT_FLAGS.maxInflatedBytes }, { file })]);
    }
    for (const e of entries) {
      const start = entryDataOffset(read, e);
      if (start !== undefined && start + e.compressedSize <= ctx.size) offsets.set(e, start);
    }
  } finally {
    closeSync(fd);
  }
  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, ''), e]));
  const find = (name: string): ZipEntry | undefined => byName.get(name.replace(/^\//, ''));
  return {
    find,
    entry(name) {
      const e = find(name);
      if (!e) throw new InputError([error('EVIDENCE_CORRUPT', { detail: `no ${name} in the package` }, { file })]);
      return e;
    },
    stream(e) {
      const start = offsets.get(e);
      if (start === undefined) throw new InputError([error('EVIDENCE_CORRUPT', { detail: `entry ${e.name} lies outside the file` }, { file })]);
      if (e.method !== 0 && e.method !== 8) throw new InputError([error('EVIDENCE_CORRUPT', { detail: `entry ${e.name} uses compression method ${e.method}` }, { file })]);
      const raw = createReadStream(file, { start, end: start + e.compressedSize - 1, highWaterMark: CHUNK });
      const guard = new EntryGuard(e);
      const parts: Readable[] = [raw];
      if (e.compressedSize === 0) {
        raw.destroy();
        guard.end();
        return guard;
      }
      if (e.method === 8) {
        const inflate = createInflateRaw({ chunkSize: CHUNK });
        parts.push(inflate);
        raw.on('error', (err) => inflate.destroy(err));
        raw.pipe(inflate);
        inflate.on('error', (err) => guard.destroy(err));
        inflate.pipe(guard);
      } else {
        raw.on('error', (err) => guard.destroy(err));
        raw.pipe(guard);
      }
      // Closing the last stream (a read that stops early) closes the file too.
      guard.on('close', () => parts.forEach((p) => p.destroy()));
      return guard;
    },
  };
}

const XML_PART = /\.(xml|rels|vml)$/i;

/**
 * Passes an entry's inflated bytes through; fails once they exceed the declared size, and, for an
 * XML part, once its elements nest deeper than MAX_XML_DEPTH (with the words of the agency
 * reader's check, so both readers say the same of the same part).
 */
class EntryGuard extends Transform {
  private seen = 0;
  private readonly depth: DepthScan | undefined;
  private readonly name: string;
  constructor(private readonly entry: ZipEntry) {
    super();
    this.name = entry.name.replace(/^\//, '');
    this.depth = XML_PART.test(this.name) ? new DepthScan() : undefined;
  }
  override _transform(chunk: Buffer, _: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.entry.size) done(new Error(`entry ${this.entry.name} inflates to more than its declared ${this.entry.size} bytes`));
    else if (this.depth?.push(chunk)) done(new Error(`${this.name} nests XML more than ${MAX_XML_DEPTH} levels deep`));
    else done(null, chunk);
  }
}

/** EVIDENCE_CORRUPT's arguments: the part for a library's own TypeError, else what went wrong. */
function failure(e: unknown, part: string): { part: string } | { detail: string } {
  return isLibraryFault(e) ? { part } : { detail: firstLine(e instanceof Error ? e.message : String(e)) };
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest('hex');
}

// ---------------------------------------------------------------------------------------------
// Sheets

/** The workbook's sheets in order, with the zip path of each (from the relationships). */
function sheetList(wb: WorkbookParsers, zip: Zip): SheetInfo[] {
  const rels = new Map((wb.workbookRels ?? []).map((r) => [r.Id, r.Target]));
  const out: SheetInfo[] = [];
  (wb.model?.sheets ?? []).forEach((s, i) => {
    const target = rels.get(s.rId);
    if (!target) return;
    const path = resolveTarget(target);
    if (!zip.find(path)) return;
    out.push({ name: s.name, state: s.state ?? 'visible', path, position: i + 1 });
  });
  return out;
}

/** A target of the workbook's relationships as a zip path (opc.ts). */
function resolveTarget(target: string): string {
  return resolvePart('xl/workbook.xml', { Target: target }) ?? '';
}

function sharedStringsPath(wb: WorkbookParsers): string {
  const rel = (wb.workbookRels ?? []).find((r) => r.Type?.endsWith('/sharedStrings'));
  return rel ? resolveTarget(rel.Target) : 'xl/sharedStrings.xml';
}

async function* rowsOf(wb: WorkbookParsers, stream: Readable, sheet: SheetInfo): AsyncGenerator<Row> {
  for (const { eventType, value } of wb._parseWorksheet(stream, String(sheet.position))) {
    if (eventType !== 'worksheet') continue;
    value.name = sheet.name;
    yield* value;
  }
}

async function scanSheet(wb: WorkbookParsers, zip: Zip, sheet: SheetInfo): Promise<ScanRow[]> {
  const out: ScanRow[] = [];
  const stream = zip.stream(zip.entry(sheet.path));
  try {
    for await (const row of rowsOf(wb, stream, sheet)) {
      const texts: (string | undefined)[] = [];
      let any = false;
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const text = cellValue(cell)?.text;
        if (text) {
          texts[col - 1] = text;
          any = true;
        }
      });
      if (any) out.push({ row: row.number, texts });
      if (out.length >= HEADER_SCAN_ROWS) break;
    }
  } finally {
    stream.destroy();
  }
  return out;
}

async function chooseSheet(ctx: RecordContext, wb: WorkbookParsers, zip: Zip, sheets: SheetInfo[]): Promise<{ sheet: SheetInfo; header: RecordHeaderFound }> {
  const file = ctx.file;
  const wanted = ctx.options.sheet?.trim();
  const used = ctx.options.used;
  if (wanted) {
    const sheet =
      sheets.find((s) => s.name === wanted) ??
      sheets.find((s) => s.name.trim().toLowerCase() === wanted.toLowerCase()) ??
      (/^\d+$/.test(wanted) ? sheets[Number(wanted) - 1] : undefined);
    if (!sheet) {
      throw new InputError([
        error('EVIDENCE_SHEET_NOT_FOUND', { sheet: wanted, sheets: sheets.map((s, i) => `${i + 1}: ${s.name}${s.state !== 'visible' ? ` (${s.state})` : ''}`) }, { file }),
      ]);
    }
    const header = findRecordHeader(await scanSheet(wb, zip, sheet), ctx.columns, { file, sheet: sheet.name, used });
    if (!header.ok) throw recordHeaderNotFound(file, header, { sheet: sheet.name });
    return { sheet, header };
  }
  // Visible sheets first, in workbook order; a hidden one only when no visible sheet has the header.
  const ordered = [...sheets.filter((s) => s.state === 'visible'), ...sheets.filter((s) => s.state !== 'visible')];
  const found: { sheet: SheetInfo; header: RecordHeaderFound }[] = [];
  let closest: { sheet: SheetInfo; missing: Exclude<ReturnType<typeof findRecordHeader>, RecordHeaderFound> } | undefined;
  for (const sheet of ordered) {
    const header = findRecordHeader(await scanSheet(wb, zip, sheet), ctx.columns, { file, sheet: sheet.name, used });
    if (header.ok) {
      found.push({ sheet, header });
      if (found.length > 1) break;
    } else if (header.best && (!closest || (closest.missing.best?.missing.length ?? Infinity) > header.best.missing.length)) {
      closest = { sheet, missing: header };
    }
  }
  const first = found[0];
  if (!first) {
    const missing = closest?.missing ?? { ok: false as const, required: ctx.columns.filter((c) => c.required).map((c) => c.header.id) };
    throw recordHeaderNotFound(file, missing, { sheet: closest?.sheet.name, sheets: sheets.map((s) => s.name) });
  }
  if (found.length > 1) {
    const others = found.slice(1).map((f) => f.sheet.name);
    const d: Diagnostic = warning('EVIDENCE_MULTIPLE_SHEETS', { sheet: first.sheet.name, others }, { file, sheet: first.sheet.name, row: first.header.headerRow });
    first.header.diagnostics.unshift(d);
  }
  return first;
}
