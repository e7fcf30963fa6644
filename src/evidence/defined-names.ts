/**
 * The cell ranges in a defined name's formula (`<definedName>` in xl/workbook.xml): print areas,
 * print titles, named ranges. A defined name is a formula, not a list of ranges, so it is read
 * token by token the way Excel writes it (ECMA-376 part 1, §18.17 formulas):
 *
 * - sheet prefixes, plain (`Sheet1!`, `Lembar1!`), quoted (`'Data Instansi'!`, `'It''s'!`),
 *   three-dimensional (`Sheet1:Sheet3!`) and external (`[1]Sheet1!`, `'[Book.xlsx]Data'!`): a
 *   sheet called `SHEET1` is a name, never column SHEET of row 1;
 * - cell and area references, absolute or relative (`$A$1`, `A1:F40`), whole rows (`$1:$3`) and
 *   whole columns (`$A:$B`), which cover no cell exceljs would create;
 * - table structured references (`Tabel1[#All]`, `Tabel1[[#Headers],[Kode]]`), function calls
 *   (`OFFSET(…)`, `LOG10(2)`), strings, numbers, booleans and errors (`#REF!`, `#N/A`).
 *
 * A reference is real when it is prefixed by a sheet or written with `$`; a real one beyond
 * XFD1048576 is a corrupt file. A bare word that only looks like a cell beyond the sheet
 * (`SHEET1`, `DATA2024`) is another defined name.
 */

/** The last row and column of an Excel sheet (XFD1048576). */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/** Thrown for a reference beyond the last cell of a sheet. */
export class BeyondSheet extends Error {}

const IDENT = /[A-Za-z0-9_.\\$?\u00c0-\uffff]/;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d+)$/;

/** Cells that the real area references in a defined name's formula cover; throws BeyondSheet. */
export function definedNameCells(formula: string): number {
  let cells = 0;
  let i = 0;
  const n = formula.length;
  let prefixed = false;
  // After `[1]` or `'[Book.xlsx]Sheet'!`: a range of another workbook, which adds no cell here.
  let external = false;
  while (i < n) {
    const ch = formula[i]!;
    if (ch === '"') {
      i = closing(formula, i, '"');
      prefixed = false;
    } else if (ch === "'") {
      // A quoted sheet name (maybe with a [book] inside): what follows `!` is a reference.
      external = formula[i + 1] === '[';
      i = closing(formula, i, "'");
      if (formula[i] === '!') (prefixed = true), i++;
    } else if (ch === '[') {
      // `[1]Sheet1!A1`: an external book (a table's brackets are skipped with its name).
      i = bracketEnd(formula, i);
      external = true;
    } else if (ch === '#') {
      // An error literal: #REF!, #N/A, #NAME?, #DIV/0!, #NULL!, #NUM!, #VALUE!
      const m = /^#(?:REF!|N\/A|NAME\?|DIV\/0!|NULL!|NUM!|VALUE!|GETTING_DATA|SPILL!|CALC!)/i.exec(formula.slice(i));
      i += m ? m[0].length : 1;
      prefixed = false;
      external = false;
    } else if (IDENT.test(ch)) {
      let j = i;
      while (j < n && IDENT.test(formula[j]!)) j++;
      const word = formula.slice(i, j);
      const next = formula[j];
      if (next === '!') {
        prefixed = true;
        i = j + 1;
        continue;
      }
      if (next === '(' || next === '[') {
        // A function call (its arguments are read on) or a table's structured reference.
        i = next === '[' ? bracketEnd(formula, j) : j;
        prefixed = false;
        external = false;
        continue;
      }
      // `Sheet1:Sheet3!A1` (a 3D prefix), or an area `A1:B2` / `$A:$B` / `$1:$3`.
      let k = j;
      let second: string | undefined;
      if (next === ':') {
        k = j + 1;
        while (k < n && IDENT.test(formula[k]!)) k++;
        second = formula.slice(j + 1, k);
        if (formula[k] === '!') {
          prefixed = true;
          i = k + 1;
          continue;
        }
      }
      const area = areaCells(word, second, prefixed);
      if (!external) cells += area;
      prefixed = false;
      external = false;
      i = second === undefined ? j : k;
    } else {
      // Operators, commas (unions), spaces (intersections), parentheses, braces.
      i++;
      prefixed = false;
      external = false;
    }
  }
  return cells;
}

/** Cells of `first[:second]` when it is a real reference; 0 for names, numbers and whole rows or columns. */
function areaCells(first: string, second: string | undefined, prefixed: boolean): number {
  const real = (t: string) => prefixed || t.includes('$');
  const a = CELL.exec(first);
  const b = second === undefined ? a : CELL.exec(second);
  if (a && b) {
    if (!real(first) && !(second !== undefined && real(second))) {
      // A bare `A1` or `A1:B2` is a relative reference; `SHEET1` is another defined name.
      if (!within(a) || !within(b)) return 0;
    }
    const text = second === undefined ? first : `${first}:${second}`;
    const [c1, r1] = corner(a, text);
    const [c2, r2] = corner(b, text);
    return (Math.abs(r1 - r2) + 1) * (Math.abs(c1 - c2) + 1);
  }
  if (second !== undefined) {
    // Whole columns or whole rows: nothing exceljs creates, but still inside the sheet.
    for (const [t, max, re] of [[first, EXCEL_MAX_COLUMNS, COLUMN], [second, EXCEL_MAX_COLUMNS, COLUMN], [first, EXCEL_MAX_ROWS, ROW], [second, EXCEL_MAX_ROWS, ROW]] as const) {
      const m = re.exec(t);
      if (m && real(t) && (re === COLUMN ? columnNumber(m[2]!) : Number(m[2])) > max) throw new BeyondSheet(`reference ${first}:${second} is beyond the last cell of a sheet (XFD${EXCEL_MAX_ROWS})`);
    }
  }
  return 0;
}

function within(m: RegExpExecArray): boolean {
  const row = Number(m[4]);
  return columnNumber(m[2]!) <= EXCEL_MAX_COLUMNS && row >= 1 && row <= EXCEL_MAX_ROWS;
}

function corner(m: RegExpExecArray, text: string): [number, number] {
  if (!within(m)) throw new BeyondSheet(`reference ${text} is beyond the last cell of a sheet (XFD${EXCEL_MAX_ROWS})`);
  return [columnNumber(m[2]!), Number(m[4])];
}

export function columnNumber(letters: string): number {
  if (letters.length > 3) return Number.POSITIVE_INFINITY;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The index after the quote closing the one at `start` (a doubled quote is a quote inside). */
function closing(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

/** The index after the `]` matching the `[` at `start` (nested, `'` escapes the next character). */
function bracketEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === "'") i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i + 1;
  }
  return text.length;
}
