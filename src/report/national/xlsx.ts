/**
 * The ranking workbook (`merit score DIR -o ringkasan.xlsx`), for the analysts who live in Excel:
 *
 * - `Peringkat` / `Ranking`: one row per scored agency in rank order: rank, agency, period, group,
 *   total, category (filled with its band colour), each aspect's score and category (v2) or
 *   percent of maximum (v1), coverage, file.
 * - `Per aspek` / `Per aspect`: one row per aspect: agencies, mean, mean %, lowest, highest, and
 *   the agencies per category (v2) or per 20 % bin (v1).
 * - `Sebaran` / `Distribution`: agencies per category, for all agencies and for each group.
 * - `Populasi` / `Population` (record rubrics): each agency's records scored, mean, lowest,
 *   highest and records per band.
 * - `Gagal dibaca` / `Failures`: every file that could not be read, with its first diagnostic.
 *
 * Frozen headers, autofilter, numbers as numbers (exact decimals as JSON numbers), identifiers and
 * names as text (neutralised against formula injection), values never formulas. Deterministic as
 * the agency workbook is: document dates from `generatedAt`, else a fixed epoch, and every zip
 * entry stamped with it. Pure; exceljs is imported lazily.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { Dec } from '../../decimal.js';
import type { Lang } from '../../diagnostics.js';
import { formatLocation } from '../../diagnostics.js';
import { messageText, nationalWords, type NationalWords } from '../../i18n/index.js';
import type { BatchResult } from '../../scoring/batch.js';
import type { Predicate } from '../../scoring/types.js';
import { argb, categoryColour, inkOn, predicateColour } from '../band-colours.js';
import { predicateText, text } from '../format.js';
import { categoryText } from '../v2.js';
import { neutralise as safe, PCT_FMT, scoreFmt, setRow, styleHeader, type CellValue } from '../xlsx/style.js';
import { documentDate, setZipTimes } from '../xlsx/zip-times.js';
import { groupText, nationalModel, type NationalModel } from './model.js';
import { populationSheet } from './population.js';
import { PERCENT_RAMP } from './style.js';

export interface NationalXlsxOptions {
  lang: Lang;
  groupBy?: string;
}

export async function renderNationalXlsx(r: BatchResult, o: NationalXlsxOptions): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const w = nationalWords(o.lang);
  const m = nationalModel(r, o.groupBy);
  const when = documentDate(r.generatedAt);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'merit';
  wb.lastModifiedBy = 'merit';
  wb.created = when;
  wb.modified = when;
  wb.title = safe(`${w.title} — ${r.rubric.id}@${r.rubric.version}`);
  wb.keywords = safe(`${r.rubric.id}@${r.rubric.version}`);
  wb.description = safe(`${r.tool.name} ${r.tool.version}`);
  wb.calcProperties.fullCalcOnLoad = false;

  rankingSheet(wb, m, w, o.lang);
  aspectSheet(wb, m, w, o.lang);
  distributionSheet(wb, r, m, w, o.lang);
  populationSheet(wb, m, w, o.lang);
  failureSheet(wb, m, w, o.lang);

  const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  setZipTimes(buf, when);
  return buf;
}

const num = (d: Dec | null | undefined): number | null => (d ? d.toNumber() : null);
/** A 0..100 percentage as the 0..1 fraction a `0.0%` cell shows. */
const frac = (p: Dec | null | undefined): number | null => (p ? p.div(Dec.int(100)).toNumber() : null);

function sheet(wb: Workbook, name: string, heads: string[], widths: number[], xSplit: number): Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit, ySplit: 1, topLeftCell: `${String.fromCharCode(65 + xSplit)}2`, activeCell: `${String.fromCharCode(65 + xSplit)}2` }] });
  ws.columns = widths.map((width) => ({ width }));
  styleHeader(setRow(ws.getRow(1), heads), heads.length);
  ws.getRow(1).height = 30;
  return ws;
}

function filter(ws: Worksheet, rows: number, cols: number): void {
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows + 1), column: cols } };
}

function paint(cell: import('exceljs').Cell, hex: string, bold = false): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } };
  cell.font = { bold, color: { argb: argb(inkOn(hex)) } };
}

function rankingSheet(wb: Workbook, m: NationalModel, w: NationalWords, lang: Lang): void {
  const grouped = m.groupBy !== undefined;
  const byCategory = m.colourBy === 'category';
  const heads = [w.rank, w.agency, w.period, ...(grouped ? [w.group] : []), w.total, w.category, ...m.columns.flatMap((c) => [c.code, `${c.code} ${byCategory ? w.category : '%'}`]), w.coverage, w.file];
  const widths = [6, 36, 10, ...(grouped ? [18] : []), 10, 20, ...m.columns.flatMap(() => [9, byCategory ? 14 : 9]), 11, 44];
  const ws = sheet(wb, w.sheets.ranking, heads, widths, 2);
  const base = grouped ? 5 : 4; // the total's column
  m.rows.forEach((x, k) => {
    const a = x.a;
    const values: CellValue[] = [x.rank, a.subject.name, a.subject.period ?? '', ...(grouped ? [groupText(m, x.group, lang, w.noGroup)] : []), num(a.score), predicateText(a.predicate, lang)];
    for (const c of x.cells) {
      if (!c) values.push(null, '');
      else if (c.status === 'not-applicable') values.push(null, w.notApplicable);
      else values.push(num(c.score), byCategory ? (c.category ? categoryText(c.category, lang) : '') : frac(c.percent));
    }
    values.push(num(a.coverage), x.item.input);
    const row = setRow(ws.getRow(k + 2), values);
    row.getCell(1).numFmt = '0';
    const total = row.getCell(base);
    if (typeof total.value === 'number') total.numFmt = scoreFmt(total.value);
    paint(row.getCell(base + 1), predicateColour(a.predicate, m.scale), true);
    x.cells.forEach((c, i) => {
      const scoreCell = row.getCell(base + 2 + 2 * i);
      if (typeof scoreCell.value === 'number') scoreCell.numFmt = scoreFmt(scoreCell.value);
      const second = row.getCell(base + 3 + 2 * i);
      if (!c || c.status === 'not-applicable') return;
      if (byCategory && c.category) paint(second, categoryColour(c.category, m.scale));
      else if (!byCategory && c.percent) {
        second.numFmt = PCT_FMT;
        paint(second, PERCENT_RAMP[Math.min(PERCENT_RAMP.length - 1, Math.max(0, Math.floor(c.percent.toNumber() / 20)))]!);
      }
    });
    row.getCell(base + 2 + 2 * m.columns.length).numFmt = PCT_FMT;
  });
  filter(ws, m.rows.length, heads.length);
}

function aspectSheet(wb: Workbook, m: NationalModel, w: NationalWords, lang: Lang): void {
  const byCategory = m.colourBy === 'category';
  const bands = m.scale?.bands ?? [];
  const bins = byCategory ? bands.map((b) => predicateText({ code: b.code, label: b.label, kind: 'band' }, lang)) : PERCENT_RAMP.map((_, i) => w.percentBin(i * 20, i * 20 + 20));
  const heads = [w.code, w.name, w.max, w.count, w.mean, w.meanPercent, w.lowest, w.highest, ...bins, w.notApplicable];
  const ws = sheet(wb, w.sheets.aspects, heads, [10, 44, 8, 10, 10, 10, 10, 10, ...bins.map(() => 14), 14], 2);
  m.columns.forEach((col, i) => {
    const cells = m.rows.map((x) => x.cells[i]).filter((c) => c !== undefined);
    const applicable = cells.filter((c) => c.status !== 'not-applicable');
    const scores = applicable.map((c) => c.score);
    const percents = applicable.map((c) => c.percent).filter((p): p is Dec => p !== null);
    const mean = (xs: Dec[]) => (xs.length ? Dec.sum(xs).div(Dec.int(xs.length)) : null);
    const sorted = [...scores].sort((x, y) => x.cmp(y));
    const counts = byCategory
      ? bands.map((b) => applicable.filter((c) => c.category?.code === b.code).length)
      : PERCENT_RAMP.map((_, k) => percents.filter((p) => Math.min(4, Math.floor(p.toNumber() / 20)) === k).length);
    const max = applicable[0]?.max;
    const row = setRow(ws.getRow(i + 2), [col.code, text(col.name, lang), num(max), applicable.length, num(mean(scores)), frac(mean(percents)), num(sorted[0]), num(sorted[sorted.length - 1]), ...counts, cells.length - applicable.length]);
    for (const c of [3, 5, 7, 8]) {
      const cell = row.getCell(c);
      if (typeof cell.value === 'number') cell.numFmt = scoreFmt(cell.value);
    }
    row.getCell(6).numFmt = PCT_FMT;
  });
  const colours = byCategory ? bands.map((b) => categoryColour({ code: b.code, label: b.label, kind: 'band', ...(b.color ? { color: b.color } : {}) }, m.scale)) : [...PERCENT_RAMP];
  colours.forEach((hex, k) => paint(ws.getRow(1).getCell(9 + k), hex, true));
  filter(ws, m.columns.length, heads.length);
}

function distributionSheet(wb: Workbook, r: BatchResult, m: NationalModel, w: NationalWords, lang: Lang): void {
  const preds = r.summary.byPredicate;
  const heads = [w.group, w.scored, w.failed, w.mean, w.median, ...preds.map((p) => predicateText({ ...p }, lang))];
  const ws = sheet(wb, w.sheets.distribution, heads, [28, 10, 10, 10, 10, ...preds.map(() => 16)], 1);
  const s = r.summary;
  const rows: CellValue[][] = [[w.all, s.scored, s.failed, num(s.mean), num(s.median), ...preds.map((p) => p.count)]];
  for (const g of m.groups) rows.push([groupText(m, g.key, lang, w.noGroup), g.scored, g.failed, num(g.mean), num(g.median), ...g.counts]);
  rows.forEach((values, k) => {
    const row = setRow(ws.getRow(k + 2), values);
    for (const c of [4, 5]) {
      const cell = row.getCell(c);
      if (typeof cell.value === 'number') cell.numFmt = scoreFmt(cell.value);
    }
    if (k === 0) row.font = { bold: true };
  });
  preds.forEach((p, k) => paint(ws.getRow(1).getCell(6 + k), predicateColour({ code: p.code, label: p.label, kind: p.kind, ...(p.color ? { color: p.color } : {}) } as Predicate, m.scale), true));
  filter(ws, rows.length, heads.length);
}

function failureSheet(wb: Workbook, m: NationalModel, w: NationalWords, lang: Lang): void {
  const heads = [w.file, w.exitCode, w.diagnosticCode, w.message, w.location];
  const ws = sheet(wb, w.sheets.failures, heads, [48, 10, 28, 80, 40], 1);
  m.failures.forEach((f, k) => {
    const d = f.first;
    const row = setRow(ws.getRow(k + 2), [f.item.input, f.item.exitCode, d?.code ?? '', d ? messageText(d, lang) : '', d ? formatLocation(d.location) : '']);
    row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
  });
  filter(ws, m.failures.length, heads.length);
}
