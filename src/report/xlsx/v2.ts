/**
 * The rubric language v2 parts of the XLSX report (xlsx.ts): category cells painted in their band
 * colours, the detail sheet's appended columns, the rows of the summary's composite and
 * not-applicable tables, and the next-steps sheet. Only used for an assessment with v2 results, so a v1 workbook is as it was.
 */
import type { Cell, Workbook } from 'exceljs';
import type { Lang } from '../../diagnostics.js';
import type { Assessment, NodeResult, Predicate } from '../../scoring/types.js';
import { argb, categoryColour, inkOn } from '../band-colours.js';
import { num, text } from '../format.js';
import { ui, type UiWords } from '../../i18n/index.js';
import { aggregateText, categoryText, compositeNodes, compositeSum, compositeTerms, nodeLabel, notApplicableNodes, notApplicableText } from '../v2.js';
import { nextStepViews } from '../next-steps.js';
import { fitHeight, scoreFmt, setRow, styleHeader, THIN, WRAP_TOP, type CellValue } from './style.js';

/** A category's cell in its band's colour (its own, else its rank in the rubric's scale), with ink that reads on it. */
export function paintCategory(cell: Cell, p: Predicate, a: Assessment, bold = true): void {
  const hex = categoryColour(p, a.scale);
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } };
  cell.font = { bold, color: { argb: argb(inkOn(hex)) } };
}

/** The detail sheet's appended heads and widths (the last: how a mean, best-of or worst-of group combined its children). */
export function detailHeads(w: UiWords): { heads: string[]; widths: number[] } {
  const v = w.v2;
  return { heads: [v.category, v.cappedFrom, v.coefficient, v.unrounded, v.notApplicableReason, v.incompleteHead, w.rule], widths: [16, 12, 11, 12, 46, 14, 30] };
}

/** A node's appended detail cells; the root carries the predicate (its category). */
export function detailCells(n: NodeResult, a: Assessment, lang: Lang): { values: CellValue[]; category?: Predicate } {
  const category = n.category ?? (n === a.root ? a.predicate : undefined);
  const values: CellValue[] = [
    category ? categoryText(category, lang) : null,
    category?.capped ? category.capped.from : null,
    n.coefficient ? n.coefficient.toNumber() : null,
    n.unrounded ? n.unrounded.toNumber() : null,
    notApplicableText(n, a, lang) ?? null,
    n.incomplete ? n.incomplete.missing.join(' ') : null,
    aggregateText(n, a, lang) ?? null,
  ];
  return category ? { values, category } : { values };
}

/** The summary's composite parts: code, name, coefficient, score, product (a sum row last). */
export function compositeRows(a: Assessment, lang: Lang): { heads: string[]; rows: CellValue[][] } {
  const u = ui(lang);
  const rows: CellValue[][] = [];
  for (const n of compositeNodes(a)) {
    rows.push([n.code, u.v2.composite(nodeLabel(a, n.code, lang)), null, null, null]);
    for (const t of compositeTerms(n, lang)) {
      const counted = t.applies && !t.missing;
      const name = text(t.node.name, lang) + (t.reason ? ` — ${t.reason}` : '');
      rows.push([t.node.code, name, t.coefficient.toNumber(), counted ? t.node.score.toNumber() : null, counted ? t.product.toNumber() : t.text]);
    }
    const sum = n.incomplete ? `${num(n.score)} (${nodeLabel(a, n.incomplete.fallback, lang)})` : compositeSum(n).toNumber();
    rows.push(['', 'Σ', null, null, sum]);
  }
  return { heads: [u.code, u.name, u.v2.coefficient, u.score, u.v2.product], rows };
}

/** The summary's not-applicable items: code, then name and why. */
export function notApplicableRows(a: Assessment, lang: Lang): { heads: string[]; rows: CellValue[][] } {
  const u = ui(lang);
  return {
    heads: [u.code, u.v2.notApplicableReason],
    rows: notApplicableNodes(a).map((n) => [n.code, `${text(n.name, lang)}: ${notApplicableText(n, a, lang) ?? ''}`]),
  };
}

const NEXT_WIDTHS = [9, 16, 18, 9, 40, 12, 10, 10, 16, 60, 9];

/**
 * The next steps per aspect as a sheet of its own (after the detail sheet), one row per item:
 * aspect, its category and the band above, item, name, cell, level now, next level, its label and
 * requirement, gap. Categories painted in their band colours. Nothing without next steps.
 */
export function nextStepsSheet(wb: Workbook, a: Assessment, lang: Lang): void {
  const views = nextStepViews(a, lang);
  if (views.length === 0) return;
  const u = ui(lang);
  const w = u.v2.nextSteps;
  const ws = wb.addWorksheet(w.sheet, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const heads = [w.aspect, u.v2.category, w.nextCategory, w.item, u.name, u.cell, w.levelNow, w.nextLevel, w.levelLabel, w.requirement, w.gap];
  ws.columns = NEXT_WIDTHS.map((width) => ({ width }));
  styleHeader(setRow(ws.getRow(1), heads), heads.length);
  ws.getRow(1).height = 30;
  let r = 2;
  for (const v of views) {
    for (const i of v.items) {
      const row = setRow(ws.getRow(r++), [
        v.code,
        `${categoryText(v.category, lang)} (${num(v.step.score)})`,
        `${categoryText(v.target, lang)} (≥ ${num(v.step.target.min)})`,
        i.code,
        i.name,
        i.cell,
        i.item.level,
        i.item.next.value,
        i.nextLabel,
        i.requirement,
        i.item.gap.toNumber(),
      ]);
      for (let c = 1; c <= heads.length; c++) {
        row.getCell(c).alignment = WRAP_TOP;
        row.getCell(c).border = THIN;
      }
      row.getCell(11).numFmt = scoreFmt(i.item.gap.toNumber());
      paintCategory(row.getCell(2), v.category, a, false);
      paintCategory(row.getCell(3), v.target, a, false);
      fitHeight(row, [[5, NEXT_WIDTHS[4]!], [10, NEXT_WIDTHS[9]!]]);
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: r - 1, column: heads.length } };
}
