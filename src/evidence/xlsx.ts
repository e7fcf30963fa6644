/**
 * XLSX reader. exceljs is imported lazily, here only, and used through its in-memory reader
 * (`xlsx.load`): the streaming reader has a known race (exceljs#3064) and leaks temp files when a
 * read fails. The parts reaching this module have already been inflated and checked by sniff.ts
 * (a real xlsx package, within the size and inflated-size limits, no hostile XML), and only the
 * parts merit reads (xlsx-parts.ts): they go to exceljs's parsers as they are, without a second
 * unzip (`loadParts`).
 */
import { StringDecoder } from 'node:string_decoder';
import type { Cell, Row, Workbook, Worksheet } from 'exceljs';
import { error, InputError, type Diagnostic } from '../diagnostics.js';
import { dateText, numberText } from './cells.js';
import { HEADER_SCAN_ROWS, type ScanRow } from './header.js';
import { LIMIT_FLAGS, type SourceCell, type SourceRow } from './table.js';
import type { EvidenceTable } from './types.js';
import { readSheets, type SheetState, type SheetView, type WorkbookContext } from './workbook.js';
import { partName, SHEET_PART, SHEET_RELS_PART, type XlsxPart } from './xlsx-parts.js';
import { workbookRels, worksheetRels, type Relationship } from './opc.js';
import { trimSheet } from './sheet-trim.js';

export { STAMP_KEYS, STAMP_SHEET } from './workbook.js';

/** Worksheet parts merit never needs; skipping them keeps big templates fast (dropdowns on whole columns). */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'extLst', 'drawing', 'legacyDrawing', 'picture', 'tableParts'];

export type XlsxContext = WorkbookContext;

export async function readXlsx(parts: readonly XlsxPart[], ctx: XlsxContext): Promise<EvidenceTable> {
  const wb = await loadWorkbook(parts, ctx);
  return readSheets(wb.worksheets.map(sheetView), 'xlsx', ctx);
}

/** An exceljs worksheet as the shared workbook rules see it. */
function sheetView(ws: Worksheet): SheetView {
  return {
    name: ws.name,
    state: ws.state as SheetState,
    scan: () => scanRows(ws),
    rows: (headerRow) => dataRows(ws, headerRow),
    columnHidden: (column) => Boolean(ws.getColumn(column).hidden),
    text(row, column) {
      if (row > ws.rowCount) return undefined;
      const cell = ws.findRow(row)?.findCell(column);
      return cell ? cellValue(cell)?.text : undefined;
    },
  };
}

async function loadWorkbook(parts: readonly XlsxPart[], ctx: XlsxContext): Promise<Workbook> {
  // maxRows/maxCols are honoured by exceljs's worksheet parser (not in its typings): a hard stop
  // against a sheet with millions of rows, before it is all in memory.
  const loadOptions = { ignoreNodes: IGNORED_NODES, maxRows: ctx.limits.maxRows + 1_000, maxCols: 16_384 };
  // Outside the try: exceljs without the parsers merit uses is merit's bug (exit 3), not a bad file.
  const exceljs = await exceljsParsers();
  const progress: LoadProgress = {};
  try {
    return await loadParts(exceljs, parts, loadOptions, progress);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/^Max row count/.test(message)) {
      throw new InputError([error('EVIDENCE_TOO_MANY_ROWS', { limit: ctx.limits.maxRows, flag: LIMIT_FLAGS.maxRows }, { file: ctx.file })]);
    }
    throw new InputError([{ ...corruptPart(message, progress), location: { file: ctx.file } }], { cause: e });
  }
}

/** A JavaScript runtime error thrown inside a library: its words are no reason to give a user. */
export function isLibraryFault(e: unknown): boolean {
  return e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError;
}

/** Which part exceljs was reading when it failed (none: it was fitting the parts together). */
interface LoadProgress {
  part?: string;
}

/**
 * The diagnostic for a part exceljs could not read. An XML syntax error (saxes: `line:column:
 * what`) says where, in the part's name; anything else (a TypeError deep in exceljs) names only
 * the part: the library's own words are no reason to give a user, and `--debug` shows them.
 */
function corruptPart(message: string, progress: LoadProgress): Diagnostic {
  const xml = /^\d+:\d+: /.test(message);
  if (xml && progress.part) return error('EVIDENCE_CORRUPT', { detail: `${progress.part} ${firstLine(message)}` });
  if (xml) return error('EVIDENCE_CORRUPT', { detail: firstLine(message) });
  return error('EVIDENCE_CORRUPT', progress.part ? { part: progress.part } : {});
}

/** What merit uses of exceljs's `XLSX` class (4.4.0, pinned): the parsers behind `xlsx.load`. */
interface XlsxParsers {
  parseRels(stream: Iterable<string>): Promise<unknown>;
  parseWorkbook(stream: Iterable<string>): Promise<Record<string, unknown>>;
  _processWorksheetEntry(stream: Iterable<string>, model: WorkbookModel, sheetNo: string, options: object, path: string): Promise<void>;
  _processWorksheetRelsEntry(stream: Iterable<string>, model: WorkbookModel, sheetNo: string): Promise<void>;
  reconcile(model: WorkbookModel, options: object): void;
}
type WorkbookModel = Record<string, unknown>;
interface ParsedPart {
  parseStream(stream: Iterable<string>): Promise<unknown>;
}

interface ExceljsParsers {
  workbook: () => { wb: Workbook; xlsx: XlsxParsers };
  SharedStringsXform: new () => ParsedPart;
  StylesXform: new () => ParsedPart;
}

const PARSER_METHODS = ['parseRels', 'parseWorkbook', '_processWorksheetEntry', '_processWorksheetRelsEntry', 'reconcile'] as const;

let parsers: Promise<ExceljsParsers> | undefined;

/** exceljs and the two parsers `xlsx.load` makes itself, checked once per process. */
function exceljsParsers(): Promise<ExceljsParsers> {
  return (parsers ??= importParsers());
}

async function importParsers(): Promise<ExceljsParsers> {
  const [{ default: ExcelJS }, { default: SharedStringsXform }, { default: StylesXform }] = await Promise.all([
    import('exceljs'),
    import('exceljs/lib/xlsx/xform/strings/shared-strings-xform.js' as string) as Promise<{ default: new () => ParsedPart }>,
    import('exceljs/lib/xlsx/xform/style/styles-xform.js' as string) as Promise<{ default: new () => ParsedPart }>,
  ]);
  const workbook = () => {
    const wb = new ExcelJS.Workbook();
    return { wb, xlsx: wb.xlsx as unknown as XlsxParsers };
  };
  const missing = PARSER_METHODS.filter((m) => typeof workbook().xlsx[m] !== 'function');
  if (missing.length || typeof SharedStringsXform !== 'function' || typeof StylesXform !== 'function') {
    throw new Error(`exceljs: the parsers merit reads workbooks with are missing (${missing.join(', ') || 'xforms'}); merit needs exceljs 4.4.0`);
  }
  return { workbook, SharedStringsXform, StylesXform };
}

/**
 * exceljs's `xlsx.load` (4.4.0) from parts already unzipped: the same parsers, fed the same text
 * in 16 KiB pieces, part by part in zip order, then the same reconcile. Only the unzip (JSZip) is
 * gone, and what merit does not read: the parts xlsx-parts.ts leaves out, the relationships that
 * name notes (opc.ts), the defined names, and a sheet's validations and conditional formats
 * (sheet-trim.ts).
 */
async function loadParts({ workbook, SharedStringsXform, StylesXform }: ExceljsParsers, parts: readonly XlsxPart[], options: object, progress: LoadProgress): Promise<Workbook> {
  const { wb, xlsx } = workbook();
  const model: WorkbookModel = {
    worksheets: [],
    worksheetHash: {},
    worksheetRels: [],
    themes: {},
    media: [],
    mediaIndex: {},
    drawings: {},
    drawingRels: {},
    comments: {},
    tables: {},
    vmlDrawings: {},
  };
  // A name twice in a zip: exceljs (through JSZip) reads the last one, in the first one's place.
  const byName = new Map<string, XlsxPart>();
  for (const p of parts) byName.set(p.name, p);
  for (const part of byName.values()) {
    const name = partName(part.name);
    progress.part = name;
    const text = pieces(part.data);
    let m: RegExpExecArray | null;
    if (name === '_rels/.rels') model.globalRels = await xlsx.parseRels(text);
    else if (name === 'xl/workbook.xml') {
      const workbook = await xlsx.parseWorkbook(text);
      // Defined names (print areas, print titles, named ranges) are left out: merit never reads
      // them, and exceljs would index every cell of each range and choke on names it cannot parse.
      for (const key of ['sheets', 'views', 'properties', 'calcProperties']) model[key] = workbook[key];
      model.definedNames = [];
    } else if (name === 'xl/_rels/workbook.xml.rels') model.workbookRels = workbookRels(relationships(await xlsx.parseRels(text)));
    else if (name === 'xl/sharedStrings.xml') {
      const strings = new SharedStringsXform();
      model.sharedStrings = strings;
      await strings.parseStream(text);
    } else if (name === 'xl/styles.xml') {
      const styles = new StylesXform();
      model.styles = styles;
      await styles.parseStream(text);
    } else if ((m = SHEET_PART.exec(name))) await xlsx._processWorksheetEntry(pieces(trimSheet(part.data)), model, m[1]!, options, name);
    else if ((m = SHEET_RELS_PART.exec(name))) {
      await xlsx._processWorksheetRelsEntry(text, model, m[1]!);
      const rels = model.worksheetRels as Record<string, unknown>;
      rels[m[1]!] = worksheetRels(relationships(rels[m[1]!]));
    }
  }
  delete progress.part;
  dropDanglingHyperlinks(model);
  xlsx.reconcile(model, options);
  (wb as unknown as { model: WorkbookModel }).model = model;
  return wb;
}

/**
 * A hyperlink whose relationship is missing is no hyperlink (Excel repairs the file the same way);
 * exceljs's reconcile would stop on it with a TypeError.
 */
function dropDanglingHyperlinks(model: WorkbookModel): void {
  const rels = model.worksheetRels as Record<string, Relationship[] | undefined>;
  for (const ws of model.worksheets as { sheetNo?: string; hyperlinks?: { rId?: string }[] }[]) {
    if (!Array.isArray(ws.hyperlinks)) continue;
    const ids = new Set((rels[ws.sheetNo ?? ''] ?? []).map((r) => r.Id));
    ws.hyperlinks = ws.hyperlinks.filter((h) => !h.rId || ids.has(h.rId));
  }
}

/** exceljs's parsed relationships, as a list whatever the part held. */
function relationships(parsed: unknown): Relationship[] {
  return Array.isArray(parsed) ? parsed.filter((r): r is Relationship => r !== null && typeof r === 'object' && typeof r.Target === 'string' && typeof r.Type === 'string') : [];
}

/**
 * A part's text in 16 KiB pieces, as exceljs feeds its parsers, decoded piece by piece: a 100 MB
 * sheet is never one 100 MB string next to its bytes (a UTF-8 character cut by a piece boundary
 * is carried over whole by the decoder).
 */
function* pieces(data: Buffer): Generator<string> {
  const decoder = new StringDecoder('utf8');
  for (let i = 0; i < data.length; i += 16 * 1024) {
    const text = decoder.write(data.subarray(i, i + 16 * 1024));
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

function firstLine(message: string): string {
  // The message ends a sentence of its own: no closing period of the parser's (`tag..`).
  const line = (message.split('\n')[0] ?? '').replace(/[.\s]+$/, '');
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

function isMergeSlave(cell: Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

/** The first non-empty rows of a sheet, as text, for header detection. */
function scanRows(ws: Worksheet): ScanRow[] {
  const out: ScanRow[] = [];
  const last = ws.rowCount;
  for (let r = 1; r <= last && out.length < HEADER_SCAN_ROWS; r++) {
    const row = ws.findRow(r);
    if (!row || !row.hasValues) continue;
    const texts: (string | undefined)[] = [];
    const inherited: (string | undefined)[] = [];
    let any = false;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (isMergeSlave(cell)) {
        inherited[col - 1] = cellValue(cell.master)?.text;
        return;
      }
      const text = cellValue(cell)?.text;
      if (text) {
        texts[col - 1] = text;
        any = true;
      }
    });
    if (any) out.push({ row: r, texts, inherited });
  }
  return out;
}

function* dataRows(ws: Worksheet, headerRow: number): Generator<SourceRow> {
  const last = ws.rowCount;
  for (let r = headerRow + 1; r <= last; r++) {
    const row: Row | undefined = ws.findRow(r);
    if (!row || !row.hasValues || onlyMergedCells(row)) continue;
    yield {
      row: r,
      hidden: row.hidden,
      cell(column: number): SourceCell | undefined {
        const cell = row.findCell(column);
        if (!cell || isMergeSlave(cell)) return undefined;
        return cellValue(cell);
      },
    };
  }
}

/** A row whose only cells are the covered part of a merged range (a column merged down the sheet). */
function onlyMergedCells(row: Row): boolean {
  let own = false;
  row.eachCell({ includeEmpty: false }, (cell) => {
    if (!own && !isMergeSlave(cell)) own = true;
  });
  return !own;
}

type Plain = string | number | boolean | Date | null | undefined | Record<string, unknown>;

/** One cell's value as merit sees it; undefined for an empty cell. */
export function cellValue(cell: Cell): SourceCell | undefined {
  const v = cell.value as Plain;
  if (v !== null && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    const formula = safeFormula(cell, v);
    const result = v.result as Plain;
    if (result === undefined) return { raw: null, text: '', formula, noCachedValue: true };
    const value = plainValue(result);
    if (!value) return undefined;
    return { ...value, formula };
  }
  return plainValue(v);
}

function safeFormula(cell: Cell, v: Record<string, unknown>): string {
  try {
    const f = cell.formula;
    if (typeof f === 'string' && f) return `=${f}`;
  } catch {
    // A shared formula whose master is missing: fall back to what the cell holds.
  }
  const f = v.formula ?? v.sharedFormula;
  return typeof f === 'string' ? `=${f}` : '=';
}

function plainValue(v: Plain): SourceCell | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return { raw: v, text: numberText(v) };
  if (typeof v === 'string') return v === '' ? undefined : { raw: v, text: v.trim() };
  if (typeof v === 'boolean') return { raw: v, text: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) {
    const iso = dateText(v);
    return iso ? { raw: iso, text: iso } : undefined;
  }
  if ('error' in v) return { raw: null, text: '', error: String(v.error) };
  if ('richText' in v) {
    const text = richText(v.richText);
    return text === '' ? undefined : { raw: text, text: text.trim() };
  }
  if ('hyperlink' in v || 'text' in v) {
    const inner = v.text;
    let text = typeof inner === 'string' ? inner : inner && typeof inner === 'object' && 'richText' in inner ? richText((inner as { richText: unknown }).richText) : '';
    if (text.trim() === '' && typeof v.hyperlink === 'string') text = v.hyperlink;
    return text === '' ? undefined : { raw: text, text: text.trim() };
  }
  return undefined;
}

function richText(runs: unknown): string {
  return Array.isArray(runs) ? runs.map((r) => (r && typeof r === 'object' && typeof (r as { text?: unknown }).text === 'string' ? (r as { text: string }).text : '')).join('') : '';
}
