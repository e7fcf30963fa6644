/**
 * XLSX report: a scored workbook an analyst can filter, sort and attach.
 *
 * - `Ringkasan` / `Summary`: agency, period, rubric (id, version, status, sha256), input, score,
 *   maximum, percent, predicate (filled with its band colour), self-assessed score, coverage, the
 *   provisional warning, assumptions, generatedAt; then the aspects, the provisional parts and the
 *   assumed values as small tables.
 * - `Rincian` / `Detail`: one row per node (root first), depth-indented names, self and verified
 *   levels, points, maximum, percent (0.0%), status, evidence cell, evidence, notes, rule; frozen
 *   header, autofilter, column widths, number formats, status and predicate colours.
 * - `Diagnostik` / `Diagnostics`: one row per diagnostic.
 *
 * Values, never formulas. Text that a spreadsheet would run as a formula (starting with `=`, `+`,
 * `-`, `@`, tab or CR) is stored with a leading apostrophe. The workbook is deterministic: the same
 * Assessment gives the same bytes (document dates from `generatedAt`, else a fixed epoch, and the
 * zip entries' timestamps set to the same instant).
 *
 * Pure: no I/O; exceljs is imported lazily, only when this format is asked for.
 */
import type { Alignment, Borders, Cell, Fill, Font, Row, Workbook } from 'exceljs';
import { Dec } from '../decimal.js';
import type { Lang, Severity } from '../diagnostics.js';
import { formatLocation, quoteSheet, sortDiagnostics } from '../diagnostics.js';
import type { Assessment, NodeResult, NodeStatus, Predicate, ValueTrace } from '../scoring/types.js';
import { aspects, assumptionsWithPrevious, neutraliseFormula, nodes, predicateText, previousValue, text } from './format.js';
import { populationSheet } from './population-xlsx.js';
import { hintText, messageText, ui, type UiWords } from '../i18n/index.js';

export interface XlsxOptions {
  lang: Lang;
}

/** Sheet names per language (also used by tests and by anyone reading the workbook back). */
export function xlsxSheetNames(lang: Lang): { summary: string; detail: string; diagnostics: string } {
  const w = ui(lang);
  return { summary: w.summarySheet, detail: w.detailSheet, diagnostics: w.diagnostics };
}

/** Document dates when the Assessment carries no timestamp (deterministic output). */
export const FIXED_EPOCH = new Date('1980-01-01T00:00:00.000Z');

export async function renderXlsx(a: Assessment, o: XlsxOptions): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const w = ui(o.lang);
  const when = documentDate(a.generatedAt);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'merit';
  wb.lastModifiedBy = 'merit';
  wb.created = when;
  wb.modified = when;
  wb.title = safe(`${w.report} — ${a.subject.name}${a.subject.period ? ` ${a.subject.period}` : ''}`);
  wb.subject = safe(a.subject.name);
  wb.keywords = safe(`${a.rubric.id}@${a.rubric.version}`);
  wb.description = safe(`${a.tool.name} ${a.tool.version}`);
  wb.calcProperties.fullCalcOnLoad = false;

  summarySheet(wb, a, w, o.lang);
  detailSheet(wb, a, w, o.lang);
  if (a.population) populationSheet(wb, a, w, o.lang);
  diagnosticsSheet(wb, a, w, o.lang);

  const out = await wb.xlsx.writeBuffer();
  const buf = Buffer.from(out as ArrayBuffer);
  setZipTimes(buf, when);
  return buf;
}

// ---------------------------------------------------------------------------------------------
// Sheets

const HEAD_FILL: Fill = solid('1F2933');
const HEAD_FONT: Partial<Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
export const SOFT_FILL: Fill = solid('F4F6F8');
export const WARN_FILL: Fill = solid('FFF6E0');
const INFO_FILL: Fill = solid('EAF2FB');
const BAD_FILL: Fill = solid('FDECEA');
export const THIN: Partial<Borders> = { bottom: { style: 'thin', color: { argb: 'FFD9DEE4' } } };

/** Scores: integers plainly (410), others with their decimals (288.5, 5.625). */
export const SCORE_FMT = '0.0###';
const INT_FMT = '0';
export function scoreFmt(v: number): string {
  return Number.isInteger(v) ? INT_FMT : SCORE_FMT;
}
export const PCT_FMT = '0.0%';
export const WRAP_TOP: Partial<Alignment> = { wrapText: true, vertical: 'top' };

function summarySheet(wb: Workbook, a: Assessment, w: UiWords, lang: Lang): void {
  const ws = wb.addWorksheet(w.summarySheet, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [{ width: 26 }, { width: 62 }, { width: 12 }, { width: 10 }, { width: 10 }];

  const title = ws.getCell('A1');
  title.value = safe(w.report);
  title.font = { bold: true, size: 14 };

  let r = 3;
  const head = ws.getRow(r);
  head.values = [w.field, w.value];
  styleHeader(head, 2);
  r++;

  const pair = (label: string, value: string | number | null, fmt?: string): Cell => {
    const row = ws.getRow(r++);
    row.getCell(1).value = safe(label);
    row.getCell(1).font = { bold: true };
    const cell = row.getCell(2);
    cell.value = value === '' ? null : typeof value === 'string' ? safe(value) : value;
    cell.alignment = { ...WRAP_TOP, horizontal: 'left' };
    if (fmt) cell.numFmt = fmt === SCORE_FMT && typeof value === 'number' ? scoreFmt(value) : fmt;
    row.getCell(1).alignment = { vertical: 'top' };
    fitHeight(row, [[2, 62]]);
    return cell;
  };

  pair(w.agency, a.subject.name);
  pair(w.period, a.subject.period ?? '');
  pair(w.rubric, a.rubric.id);
  pair(w.version, a.rubric.version);
  pair(w.rubricTitle, text(a.rubric.title, lang));
  const status = pair(w.status, w.rubricStatus[a.rubric.status]);
  if (a.rubric.status === 'provisional') status.fill = WARN_FILL;
  pair(w.rubricSha, a.rubric.sha256);
  pair(w.file, a.input.path);
  if (a.input.sheet !== undefined) pair(w.sheet, a.input.sheet);
  pair(w.inputSha, a.input.sha256);
  const total = pair(w.total, dec(a.score), SCORE_FMT);
  total.font = { bold: true, size: 13 };
  pair(w.max, dec(a.max), SCORE_FMT);
  pair(w.percent, ratio(a.percent), PCT_FMT);
  const pred = pair(w.predicate, predicateText(a.predicate, lang));
  paintPredicate(pred, a.predicate, true);
  pair(w.selfTotal, dec(a.selfScore), SCORE_FMT);
  const selfPred = pair(w.selfPredicate, predicateText(a.selfPredicate, lang));
  paintPredicate(selfPred, a.selfPredicate, false);
  pair(w.coverage, dec(a.coverage), PCT_FMT);
  const parts = a.provisional.parts;
  if (a.provisional.rubric || parts.length > 0) {
    const warn = pair(w.provisional, a.provisional.rubric ? w.provisionalWarning(parts.length) : w.provisionalPartsWarning(parts.length));
    warn.fill = WARN_FILL;
    warn.font = { bold: true, color: { argb: 'FF7A4B00' } };
  }
  if (a.assumptions.length > 0) {
    const as = pair(w.assumptions, w.assumptionsWarning(a.assumptions.length));
    as.fill = INFO_FILL;
  }
  pair(w.generatedAt, a.generatedAt ?? '');
  pair(w.tool, `${a.tool.name} ${a.tool.version}`);

  // Aspects
  r++;
  const table = (heads: string[], rows: (string | number | null)[][], fmts: (string | undefined)[] = []): void => {
    styleHeader(setRow(ws.getRow(r++), heads), heads.length);
    for (const values of rows) {
      const row = setRow(ws.getRow(r++), values);
      values.forEach((_, i) => {
        const cell = row.getCell(i + 1);
        const fmt = fmts[i];
        if (fmt) cell.numFmt = fmt === SCORE_FMT && typeof cell.value === 'number' ? scoreFmt(cell.value) : fmt;
        cell.alignment = WRAP_TOP;
        cell.border = THIN;
      });
      fitHeight(row, [[2, 62]]);
    }
  };
  const list = aspects(a);
  if (list.length > 0) {
    table(
      [w.code, w.aspect, w.score, w.max, w.percent],
      [...list, a.root].map((n) => [
        n === a.root ? w.total_row : n.code,
        n === a.root ? '' : text(n.name, lang),
        dec(n.score),
        dec(n.max),
        ratio(n.percent),
      ]),
      [undefined, undefined, SCORE_FMT, SCORE_FMT, PCT_FMT],
    );
    ws.getRow(r - 1).font = { bold: true };
  }
  if (parts.length > 0) {
    r++;
    table(
      [w.code, w.source, w.part, w.confidenceHead],
      parts.map((p) => [p.code, p.source, w.provisionalPart[p.kind], w.confidence[p.confidence]]),
    );
  }
  if (a.assumptions.length > 0) {
    r++;
    table(
      [w.code, w.assumedValue, w.valueInFile],
      assumptionsWithPrevious(a).map((x) => [x.code, x.value, x.previous ? previousText(x.previous, w) : '']),
    );
  }
}

const DETAIL_WIDTHS = [10, 8, 50, 11, 11, 10, 9, 9, 14, 15, 46, 40, 26];

function detailSheet(wb: Workbook, a: Assessment, w: UiWords, lang: Lang): void {
  const ws = wb.addWorksheet(w.detailSheet, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2', activeCell: 'B2' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const heads = [w.code, w.depth, w.name, w.selfLevel, w.verifiedLevel, w.points, w.max, w.percent, w.status, w.evidenceCell, w.evidence, w.notes, w.rule];
  ws.columns = DETAIL_WIDTHS.map((width) => ({ width }));
  styleHeader(setRow(ws.getRow(1), heads), heads.length);
  ws.getRow(1).height = 30;

  const all = [a.root, ...nodes(a.root)];
  all.forEach((n, i) => {
    const row = ws.getRow(i + 2);
    const t = n.trace;
    const used = t?.used === 'verified' ? t.verified : t?.used === 'self' ? t.self : undefined;
    const ref = used ?? t?.self ?? t?.verified;
    setRow(row, [
      n.code,
      n.depth,
      text(n.name, lang),
      levelValue(t?.self),
      levelValue(t?.verified),
      dec(n.score),
      dec(n.max),
      ratio(n.percent),
      w.nodeStatus[n.status],
      ref?.assumed ? `(${w.assumed})` : refName(ref),
      t?.evidence ?? '',
      t?.notes ?? '',
      t?.rule ?? '',
    ]);
    row.getCell(2).numFmt = '0';
    row.getCell(6).numFmt = scoreFmt(dec(n.score));
    row.getCell(7).numFmt = scoreFmt(dec(n.max));
    row.getCell(8).numFmt = PCT_FMT;
    for (const c of [3, 11, 12, 13]) row.getCell(c).alignment = WRAP_TOP;
    for (const c of [1, 4, 5, 6, 7, 8, 10]) row.getCell(c).alignment = { vertical: 'top' };
    for (const c of [2, 9]) row.getCell(c).alignment = { vertical: 'top', horizontal: 'center' };
    row.getCell(3).alignment = { ...WRAP_TOP, indent: Math.max(0, n.depth - 1) };
    for (let c = 1; c <= heads.length; c++) row.getCell(c).border = THIN;
    fitHeight(row, [3, 11, 12, 13].map((c) => [c, DETAIL_WIDTHS[c - 1]! - Math.max(0, c === 3 ? n.depth - 1 : 0) * 2] as [number, number]));

    if (n.depth === 0) {
      row.font = { bold: true };
      for (let c = 1; c <= heads.length; c++) row.getCell(c).fill = SOFT_FILL;
      paintPredicate(row.getCell(6), a.predicate, true);
    } else if (n.kind === 'group') {
      row.font = { bold: true };
      for (let c = 1; c <= heads.length; c++) row.getCell(c).fill = SOFT_FILL;
    }
    paintStatus(row.getCell(9), n.status);
    if (t?.self?.points === null) row.getCell(4).font = { color: { argb: 'FFB03A2E' }, strike: true };
    if (t?.verified?.points === null) row.getCell(5).font = { color: { argb: 'FFB03A2E' }, strike: true };
    if (t?.verified?.assumed) {
      row.getCell(5).fill = INFO_FILL;
      row.getCell(5).font = { italic: true, color: { argb: 'FF1B4F72' } };
      const previous = previousValue(n);
      row.getCell(5).note = `${w.assumed} (--assume)${previous ? `; ${previousText(previous, w)}` : ''}`;
    }
    if (t?.self && t.verified && String(t.self.parsed ?? t.self.raw) !== String(t.verified.parsed ?? t.verified.raw) && !t.verified.assumed) {
      row.getCell(5).fill = WARN_FILL;
    }
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: all.length + 1, column: heads.length } };
  ws.pageSetup.printTitlesRow = '1:1';
}

function diagnosticsSheet(wb: Workbook, a: Assessment, w: UiWords, lang: Lang): void {
  const ws = wb.addWorksheet(w.diagnostics, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const heads = [w.severity, w.code, w.location, w.message, w.hint];
  ws.columns = [{ width: 13 }, { width: 30 }, { width: 40 }, { width: 70 }, { width: 50 }];
  styleHeader(setRow(ws.getRow(1), heads), heads.length);
  const sorted = sortDiagnostics(a.diagnostics);
  if (sorted.length === 0) {
    setRow(ws.getRow(2), [w.noDiagnostics]);
    return;
  }
  sorted.forEach((d, i) => {
    const row = setRow(ws.getRow(i + 2), [severityLabel(d.severity, w), d.code, formatLocation(d.location), messageText(d, lang), hintText(d, lang) ?? '']);
    for (let c = 1; c <= heads.length; c++) {
      row.getCell(c).alignment = WRAP_TOP;
      row.getCell(c).border = THIN;
    }
    fitHeight(row, [[3, 40], [4, 70], [5, 50]]);
    row.getCell(1).fill = d.severity === 'error' ? BAD_FILL : d.severity === 'warning' ? WARN_FILL : INFO_FILL;
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: sorted.length + 1, column: heads.length } };
}

// ---------------------------------------------------------------------------------------------
// Cells

export type CellValue = string | number | null;

/** Writes values into a row: text neutralised, numbers as numbers, null as an empty cell. */
export function setRow(row: Row, values: CellValue[]): Row {
  values.forEach((v, i) => {
    row.getCell(i + 1).value = v === '' ? null : typeof v === 'string' ? safe(v) : v;
  });
  return row;
}

export function styleHeader(row: Row, n: number): Row {
  for (let c = 1; c <= n; c++) {
    const cell = row.getCell(c);
    cell.fill = HEAD_FILL;
    cell.font = HEAD_FONT;
    cell.alignment = { vertical: 'middle', wrapText: true };
  }
  return row;
}

/** `'Penilaian'!E13`, or '' for a value that came from no cell. */
function refName(v: ValueTrace | undefined): string {
  return v?.ref ? `${v.ref.sheet !== undefined ? `${quoteSheet(v.ref.sheet)}!` : ''}${v.ref.cell}` : '';
}

/** What-if: the file's value an assumed one took the place of, and its cell: `was 2 (Penilaian!E13)`. */
function previousText(v: ValueTrace, w: UiWords): string {
  const where = refName(v);
  return w.wasValue(String(levelValue(v) ?? '')) + (where ? ` (${where})` : '');
}

/** A level as the file gave it: a number stays a number, anything else is text. */
function levelValue(v: ValueTrace | undefined): CellValue {
  if (!v) return null;
  const value = v.parsed !== null && v.parsed !== undefined ? v.parsed : v.raw;
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  return String(value);
}

const MAX_CELL_CHARS = 32_767;

/**
 * Text a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection);
 * text longer than a cell can hold is cut.
 */
export function neutralise(s: string): string {
  const t = neutraliseFormula(s);
  return t.length > MAX_CELL_CHARS ? t.slice(0, MAX_CELL_CHARS) : t;
}
const safe = neutralise;

function dec(d: Dec): number {
  return d.toNumber();
}

/** A 0..100 percentage as the 0..1 fraction a `0.0%` cell shows. */
function ratio(percent: Dec | null): number | null {
  return percent ? percent.div(HUNDRED).toNumber() : null;
}
const HUNDRED = Dec.int(100);

export function solid(rgb: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } };
}

/** A Map: a band code is rubric text (`toString` must not find Object.prototype's). */
const RANK_COLORS: ReadonlyMap<string, string> = new Map([['I', 'C0392B'], ['II', 'E67E22'], ['III', '2E86C1'], ['IV', '1E8449'], ['V', '117A65']]);

function predicateRgb(p: Predicate): string {
  if (p.color && /^#[0-9a-fA-F]{6}$/.test(p.color)) return p.color.slice(1).toUpperCase();
  if (p.color && /^#[0-9a-fA-F]{3}$/.test(p.color)) return p.color.slice(1).replace(/./g, (c) => c + c).toUpperCase();
  if (p.kind === 'below') return '7B241C';
  if (p.kind === 'above') return '4A235A';
  if (p.kind === 'none') return '5D6D7E';
  return RANK_COLORS.get(p.code) ?? '5D6D7E';
}

export function paintPredicate(cell: Cell, p: Predicate, bold: boolean): void {
  const rgb = predicateRgb(p);
  cell.fill = solid(rgb);
  cell.font = { bold, color: { argb: contrastArgb(rgb) } };
}

function paintStatus(cell: Cell, s: NodeStatus): void {
  if (s === 'missing') cell.fill = WARN_FILL;
  else if (s === 'error') {
    cell.fill = BAD_FILL;
    cell.font = { bold: true, color: { argb: 'FF8E2B20' } };
  } else if (s === 'excluded' || s === 'not-applicable') cell.font = { italic: true, color: { argb: 'FF5F6B7A' } };
}

function contrastArgb(rgb: string): string {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(rgb.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (lum + 0.05) / 0.05 > 1.05 / (lum + 0.05) ? 'FF111827' : 'FFFFFFFF';
}

function severityLabel(s: Severity, w: UiWords): string {
  return w.count(1, s).replace(/^1 /, '');
}

/**
 * Sets a row's height from the longest wrapped text in the given columns (index, width in
 * characters). Excel fits rows itself when it opens a file, but LibreOffice and most viewers use
 * the stored height, so a long note would otherwise spill over the next row.
 */
export function fitHeight(row: Row, cols: [number, number][]): void {
  let lines = 1;
  for (const [c, width] of cols) {
    const v = row.getCell(c).value;
    if (typeof v !== 'string' || v === '') continue;
    const perLine = Math.max(8, Math.floor(width * 1.2));
    const n = v.split(/\r\n|\r|\n/).reduce((sum, part) => sum + Math.max(1, Math.ceil([...part].length / perLine)), 0);
    lines = Math.max(lines, n);
  }
  if (lines > 1) row.height = Math.min(409, lines * 15 + 2);
}

// ---------------------------------------------------------------------------------------------
// Determinism

function documentDate(generatedAt: string | undefined): Date {
  if (generatedAt) {
    const d = new Date(generatedAt);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return FIXED_EPOCH;
}

/**
 * Sets every zip entry's modification time (local header and central directory) to `when`, so
 * that two renders of the same Assessment are byte-identical. The zip writer stamps entries with
 * the current time otherwise. A buffer that is not a well-formed zip is left as it is.
 */
export function setZipTimes(buf: Buffer, when: Date): void {
  const eocd = findEocd(buf);
  if (eocd < 0) return;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const [time, date] = dosDateTime(when);
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return;
    buf.writeUInt16LE(time, p + 12);
    buf.writeUInt16LE(date, p + 14);
    const local = buf.readUInt32LE(p + 42);
    if (local + 30 <= buf.length && buf.readUInt32LE(local) === 0x04034b50) {
      buf.writeUInt16LE(time, local + 10);
      buf.writeUInt16LE(date, local + 12);
    }
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
}

function findEocd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let p = buf.length - 22; p >= min; p--) if (buf.readUInt32LE(p) === 0x06054b50) return p;
  return -1;
}

/** MS-DOS time and date (UTC, two-second resolution, 1980..2107). */
function dosDateTime(d: Date): [number, number] {
  const year = Math.min(2107, Math.max(1980, d.getUTCFullYear()));
  const clamped = year !== d.getUTCFullYear();
  const time = clamped ? 0 : (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2);
  const date = clamped ? ((year - 1980) << 9) | (1 << 5) | 1 : ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return [time, date];
}
