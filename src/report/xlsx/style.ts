/**
 * Fills, fonts, number formats and cell writers shared by the XLSX report sheets (and the
 * evidence template's workbook). Pure; exceljs types only.
 */
import type { Alignment, Borders, Cell, Fill, Font, Row } from 'exceljs';
import type { Predicate } from '../../scoring/types.js';
import { argb, inkOn, predicateColourByCode } from '../band-colours.js';
import { neutraliseFormula } from '../format.js';

export const HEAD_FILL: Fill = solid('1F2933');
export const HEAD_FONT: Partial<Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
export const SOFT_FILL: Fill = solid('F4F6F8');
export const WARN_FILL: Fill = solid('FFF6E0');
export const INFO_FILL: Fill = solid('EAF2FB');
export const BAD_FILL: Fill = solid('FDECEA');
export const THIN: Partial<Borders> = { bottom: { style: 'thin', color: { argb: 'FFD9DEE4' } } };

/** Scores: integers plainly (410), others with their decimals (288.5, 5.625). */
export const SCORE_FMT = '0.0###';
const INT_FMT = '0';
export function scoreFmt(v: number): string {
  return Number.isInteger(v) ? INT_FMT : SCORE_FMT;
}
export const PCT_FMT = '0.0%';
export const WRAP_TOP: Partial<Alignment> = { wrapText: true, vertical: 'top' };

export type CellValue = string | number | null;

/** Writes values into a row: text neutralised, numbers as numbers, null as an empty cell. */
export function setRow(row: Row, values: CellValue[]): Row {
  values.forEach((v, i) => {
    row.getCell(i + 1).value = v === '' ? null : typeof v === 'string' ? neutralise(v) : v;
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

const MAX_CELL_CHARS = 32_767;

/**
 * Text a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection);
 * text longer than a cell can hold is cut.
 */
export function neutralise(s: string): string {
  const t = neutraliseFormula(s);
  return t.length > MAX_CELL_CHARS ? t.slice(0, MAX_CELL_CHARS) : t;
}

export function solid(rgb: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } };
}

/** A predicate's cell in its band colour (band-colours.ts: by code, as the terminal), with ink that reads on it. */
export function paintPredicate(cell: Cell, p: Predicate, bold: boolean): void {
  const hex = predicateColourByCode(p);
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } };
  cell.font = { bold, color: { argb: argb(inkOn(hex)) } };
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
