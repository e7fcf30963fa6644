/**
 * XLSX report, record rubrics: the `Kelompok` / `Groups` sheet — the population summary, the
 * distribution over bands, and one table per group-by column with count, mean, rounded score,
 * predicate and the mean of each dimension. Numbers are numbers (means with their decimals), so
 * the tables can be sorted and charted in the spreadsheet. Pure: no I/O.
 */
import type { Workbook } from 'exceljs';
import { Dec } from '../../decimal.js';
import type { Lang } from '../../diagnostics.js';
import type { Assessment } from '../../scoring/types.js';
import { predicateText, text } from '../format.js';
import type { UiWords } from '../../i18n/index.js';
import { populationLine } from './common.js';
import { fitHeight, paintPredicate, PCT_FMT, SCORE_FMT, scoreFmt, setRow, SOFT_FILL, styleHeader, THIN, type CellValue } from '../xlsx/style.js';

const num = (d: Dec | null | undefined): number | null => (d ? d.toNumber() : null);

export function populationSheet(wb: Workbook, a: Assessment, w: UiWords, lang: Lang): void {
  const p = a.population;
  if (!p) return;
  const x = w.population;
  const ws = wb.addWorksheet(x.breakdownSheet, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 0, topLeftCell: 'B1', activeCell: 'A1' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const dims = p.dimensions;
  ws.columns = [{ width: 40 }, { width: 11 }, { width: 11 }, { width: 12 }, { width: 22 }, ...dims.map(() => ({ width: 12 }))];

  let r = 1;
  const title = ws.getCell('A1');
  title.value = x.heading;
  title.font = { bold: true, size: 14 };
  r = 2;
  setRow(ws.getRow(r++), [populationLine(p, w, lang)]);
  setRow(ws.getRow(r++), [x.method]);
  fitHeight(ws.getRow(r - 1), [[1, 40]]);
  r++;

  const numberRow = (values: CellValue[], fmts: (string | undefined)[]): void => {
    const row = setRow(ws.getRow(r++), values);
    values.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      const fmt = fmts[i];
      if (fmt && typeof v === 'number') cell.numFmt = fmt === SCORE_FMT ? scoreFmt(v) : fmt;
      cell.border = THIN;
    });
  };

  // The population as a whole.
  styleHeader(setRow(ws.getRow(r++), [w.field, w.value]), 2);
  const pair = (label: string, value: number | string | null, fmt?: string): void => numberRow([label, value], [undefined, fmt]);
  pair(x.records, p.scored, '0');
  pair(w.population.row, p.rows, '0');
  if (p.skipped > 0) pair(x.status.skipped, p.skipped, '0');
  if (p.duplicates.count > 0) pair(x.duplicates(p.duplicates.count, p.recordId ? text(p.recordId.header, lang) : 'id', p.duplicates.estimated), p.duplicates.count, '0');
  pair(x.mean, num(p.mean), '0.0#####');
  pair(w.score, num(a.score), SCORE_FMT);
  const predRow = ws.getRow(r);
  pair(w.predicate, predicateText(a.predicate, lang));
  paintPredicate(predRow.getCell(2), a.predicate, true);
  pair(x.lowest, num(p.min), SCORE_FMT);
  pair(x.highest, num(p.max), SCORE_FMT);
  r++;

  // Distribution over bands.
  styleHeader(setRow(ws.getRow(r++), [x.distribution, x.count, x.share]), 3);
  for (const d of p.distribution) {
    const row = ws.getRow(r);
    numberRow([predicateText({ code: d.code, label: d.label, kind: d.kind }, lang), d.count, num(d.share)], [undefined, '0', PCT_FMT]);
    paintPredicate(row.getCell(1), { code: d.code, label: d.label, kind: d.kind, ...(d.color ? { color: d.color } : {}) }, false);
  }

  // One table per group-by column.
  const heads = (title: string): string[] => [title, x.count, x.mean, w.score, w.predicate, ...dims.map((d) => `${text(d.name, lang)} (${d.code})`)];
  for (const b of p.breakdowns) {
    r++;
    const title = x.by(text(b.header, lang)) + (b.by !== 'value' ? ` (${b.by === 'lookup' ? x.byCase : x.byPath})` : '');
    const head = setRow(ws.getRow(r++), heads(title));
    styleHeader(head, 5 + dims.length);
    fitHeight(head, [[1, 40]]);
    for (const g of b.groups) {
      const row = ws.getRow(r);
      numberRow(
        [text(g.label, lang), g.count, num(g.mean), num(g.score), predicateText(g.predicate, lang), ...g.dimensions.map((m) => num(m.mean))],
        [undefined, '0', '0.0#####', SCORE_FMT, undefined, ...dims.map(() => '0.0####')],
      );
      paintPredicate(row.getCell(5), g.predicate, false);
      if (g.kind === 'empty' || g.kind === 'other') row.getCell(1).fill = SOFT_FILL;
    }
  }
}
