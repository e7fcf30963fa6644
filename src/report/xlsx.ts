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
 * - v2: `Langkah berikutnya` / `Next steps`: the items below each aspect's next category (only
 *   when there are some); the rubric's notice is a summary field under the provisional warning.
 * - `Diagnostik` / `Diagnostics`: one row per diagnostic.
 *
 * Values, never formulas. Text that a spreadsheet would run as a formula (starting with `=`, `+`,
 * `-`, `@`, tab or CR) is stored with a leading apostrophe. The workbook is deterministic: the same
 * Assessment gives the same bytes (document dates from `generatedAt`, else a fixed epoch, and the
 * zip entries' timestamps set to the same instant).
 *
 * Pure: no I/O; exceljs is imported lazily, only when this format is asked for.
 */
import type { Cell, Workbook } from 'exceljs';
import { Dec } from '../decimal.js';
import type { Lang, Severity } from '../diagnostics.js';
import { formatLocation, quoteSheet, sortDiagnostics } from '../diagnostics.js';
import type { Assessment, NodeResult, NodeStatus, Predicate, ValueTrace } from '../scoring/types.js';
import { aspects, assumptionsWithPrevious, neutraliseFormula, nodes, predicateText, previousValue, text } from './format.js';
import { hintText, localDateTime, messageText, ui, type UiWords } from '../i18n/index.js';
import { populationSheet } from './population/xlsx.js';
import { BAD_FILL, INFO_FILL, neutralise as safe, paintPredicate, SCORE_FMT, scoreFmt, setRow, styleHeader, THIN, WARN_FILL, WRAP_TOP, fitHeight, SOFT_FILL, PCT_FMT, type CellValue } from './xlsx/style.js';
import { documentDate, setZipTimes } from './xlsx/zip-times.js';
import { compositeRows, detailCells, detailHeads, nextStepsSheet, notApplicableRows, paintCategory } from './xlsx/v2.js';
import { noticeText } from './next-steps.js';
import { cappedText, categorisedRows, categoryText, compositeNodes, hasCategories, isV2, nominalLabel, profileLines, totalIncompleteText } from './v2.js';

// The evidence template's workbook uses the same styles and the same determinism.
export { fitHeight, neutralise, SOFT_FILL, solid, styleHeader, THIN, WARN_FILL, WRAP_TOP } from './xlsx/style.js';
export { FIXED_EPOCH, setZipTimes } from './xlsx/zip-times.js';

export interface XlsxOptions {
  lang: Lang;
}

/** Sheet names per language (also used by tests and by anyone reading the workbook back). */
export function xlsxSheetNames(lang: Lang): { summary: string; detail: string; diagnostics: string } {
  const w = ui(lang);
  return { summary: w.summarySheet, detail: w.detailSheet, diagnostics: w.diagnostics };
}

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
  nextStepsSheet(wb, a, o.lang);
  if (a.population) populationSheet(wb, a, w, o.lang);
  diagnosticsSheet(wb, a, w, o.lang);

  const out = await wb.xlsx.writeBuffer();
  const buf = Buffer.from(out as ArrayBuffer);
  setZipTimes(buf, when);
  return buf;
}

// ---------------------------------------------------------------------------------------------
// Sheets

function summarySheet(wb: Workbook, a: Assessment, w: UiWords, lang: Lang): void {
  const ws = wb.addWorksheet(w.summarySheet, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const v2 = isV2(a) && !a.population;
  const withCategory = v2 && hasCategories(a);
  ws.columns = [{ width: 26 }, { width: 62 }, { width: 12 }, { width: 10 }, { width: 10 }, ...(withCategory ? [{ width: 16 }] : [])];

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
  if (a.rubric.base) pair(w.v2.baseRubric, `${a.rubric.base.id}@${a.rubric.base.version} (${a.rubric.base.sha256})`);
  pair(w.file, a.input.path);
  if (a.input.sheet !== undefined) pair(w.sheet, a.input.sheet);
  pair(w.inputSha, a.input.sha256);
  // v2: the profile answers before the totals.
  for (const l of profileLines(a, lang)) {
    const answer = pair(l.question, l.where ? `${l.answer} (${l.where})` : l.answer);
    if (!l.ok) answer.fill = BAD_FILL;
  }
  const total = pair(w.total, dec(a.score), SCORE_FMT);
  total.font = { bold: true, size: 13 };
  if (a.nominal) {
    const value = dec(a.nominal.value);
    const unit = a.nominal.unit ? `" ${a.nominal.unit.replace(/"/g, '')}"` : '';
    pair(nominalLabel(a, lang), value).numFmt = scoreFmt(value) + unit;
  }
  const incomplete = totalIncompleteText(a, lang);
  if (incomplete) {
    const warn = pair(w.v2.incompleteHead, incomplete);
    warn.fill = WARN_FILL;
    warn.font = { bold: true, color: { argb: 'FF7A4B00' } };
  }
  pair(w.max, dec(a.max), SCORE_FMT);
  pair(w.percent, ratio(a.percent), PCT_FMT);
  const pred = pair(w.predicate, predicateText(a.predicate, lang));
  paintPredicateOf(a, pred, a.predicate, true);
  const capped = cappedText(a.predicate, a, lang);
  if (capped) pair(w.v2.cappedFrom, capped);
  pair(w.selfTotal, dec(a.selfScore), SCORE_FMT);
  const selfPred = pair(w.selfPredicate, predicateText(a.selfPredicate, lang));
  paintPredicateOf(a, selfPred, a.selfPredicate, false);
  pair(w.coverage, dec(a.coverage), PCT_FMT);
  const parts = a.provisional.parts;
  if (a.provisional.rubric || parts.length > 0) {
    const warn = pair(w.provisional, a.provisional.rubric ? w.provisionalWarning(parts.length) : w.provisionalPartsWarning(parts.length));
    warn.fill = WARN_FILL;
    warn.font = { bold: true, color: { argb: 'FF7A4B00' } };
  }
  // v2: the rubric's notice, under the provisional warning.
  const notice = noticeText(a, lang);
  if (notice) pair(w.v2.nextSteps.notice, notice).fill = INFO_FILL;
  if (a.assumptions.length > 0) {
    const as = pair(w.assumptions, w.assumptionsWarning(a.assumptions.length));
    as.fill = INFO_FILL;
  }
  pair(w.generatedAt, a.generatedAt ? localDateTime(a.generatedAt, lang) : '');
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
    // v2: categorised groups below the aspects too, and a category column painted in band colours.
    const shown = [...(v2 ? categorisedRows(a) : list), a.root];
    const first = r + 1;
    table(
      [w.code, w.aspect, w.score, w.max, w.percent, ...(withCategory ? [w.v2.category] : [])],
      shown.map((n) => [
        n === a.root ? w.total_row : n.code,
        n === a.root ? '' : text(n.name, lang),
        dec(n.score),
        dec(n.max),
        ratio(n.percent),
        ...(withCategory ? [n === a.root ? categoryText(a.predicate, lang) : n.category ? categoryText(n.category, lang) : null] : []),
      ]),
      [undefined, undefined, SCORE_FMT, SCORE_FMT, PCT_FMT],
    );
    ws.getRow(r - 1).font = { bold: true };
    shown.forEach((n, i) => {
      const row = ws.getRow(first + i);
      if (v2 && n.depth > 1) row.getCell(2).alignment = { ...WRAP_TOP, indent: n.depth - 1 };
      const p = n === a.root ? a.predicate : n.category;
      if (withCategory && p) paintCategory(row.getCell(6), p, a);
    });
  }
  if (v2 && compositeNodes(a).length > 0) {
    r++;
    const c = compositeRows(a, lang);
    table(c.heads, c.rows, [undefined, undefined, SCORE_FMT, SCORE_FMT, SCORE_FMT]);
  }
  const na = v2 ? notApplicableRows(a, lang) : undefined;
  if (na && na.rows.length > 0) {
    r++;
    table(na.heads, na.rows);
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
  // v2: columns appended at the end (category, capped from, coefficient, before rounding, not applicable because, incomplete).
  const v2 = isV2(a) && !a.population;
  const extra = v2 ? detailHeads(w) : undefined;
  if (extra) heads.push(...extra.heads);
  ws.columns = [...DETAIL_WIDTHS, ...(extra?.widths ?? [])].map((width) => ({ width }));
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
    const more = extra ? detailCells(n, a, lang) : undefined;
    if (more) {
      more.values.forEach((v, k) => {
        const cell = row.getCell(DETAIL_WIDTHS.length + 1 + k);
        cell.value = typeof v === 'string' ? safe(v) : v;
        cell.alignment = WRAP_TOP;
      });
    }
    row.getCell(2).numFmt = '0';
    row.getCell(6).numFmt = scoreFmt(dec(n.score));
    row.getCell(7).numFmt = scoreFmt(dec(n.max));
    row.getCell(8).numFmt = PCT_FMT;
    for (const c of [3, 11, 12, 13]) row.getCell(c).alignment = WRAP_TOP;
    for (const c of [1, 4, 5, 6, 7, 8, 10]) row.getCell(c).alignment = { vertical: 'top' };
    for (const c of [2, 9]) row.getCell(c).alignment = { vertical: 'top', horizontal: 'center' };
    row.getCell(3).alignment = { ...WRAP_TOP, indent: Math.max(0, n.depth - 1) };
    for (let c = 1; c <= heads.length; c++) row.getCell(c).border = THIN;
    fitHeight(row, [3, 11, 12, 13].map((c) => [c, DETAIL_WIDTHS[c - 1]! - Math.max(0, c === 3 ? n.depth - 1 : 0) * 2] as [number, number]).concat(extra ? [[DETAIL_WIDTHS.length + 5, 46]] : []));

    if (n.depth === 0) {
      row.font = { bold: true };
      for (let c = 1; c <= heads.length; c++) row.getCell(c).fill = SOFT_FILL;
      paintPredicateOf(a, row.getCell(6), a.predicate, true);
    } else if (n.kind === 'group') {
      row.font = { bold: true };
      for (let c = 1; c <= heads.length; c++) row.getCell(c).fill = SOFT_FILL;
    }
    paintStatus(row.getCell(9), n.status);
    if (more?.category) paintCategory(row.getCell(DETAIL_WIDTHS.length + 1), more.category, a);
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

function dec(d: Dec): number {
  return d.toNumber();
}

/** A 0..100 percentage as the 0..1 fraction a `0.0%` cell shows. */
function ratio(percent: Dec | null): number | null {
  return percent ? percent.div(HUNDRED).toNumber() : null;
}
const HUNDRED = Dec.int(100);

function paintStatus(cell: Cell, s: NodeStatus): void {
  if (s === 'missing' || s === 'incomplete') cell.fill = WARN_FILL;
  else if (s === 'error') {
    cell.fill = BAD_FILL;
    cell.font = { bold: true, color: { argb: 'FF8E2B20' } };
  } else if (s === 'excluded' || s === 'not-applicable') cell.font = { italic: true, color: { argb: 'FF5F6B7A' } };
}

/** A predicate's cell: v1 by its roman code (as always); v2 by its rank in the rubric's scale, as categories are. */
function paintPredicateOf(a: Assessment, cell: Cell, p: Predicate, bold: boolean): void {
  if (isV2(a) && !a.population) paintCategory(cell, p, a, bold);
  else paintPredicate(cell, p, bold);
}

function severityLabel(s: Severity, w: UiWords): string {
  return w.count(1, s).replace(/^1 /, '');
}

