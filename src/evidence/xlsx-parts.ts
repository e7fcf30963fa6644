/**
 * The parts of an xlsx package that merit's reader needs.
 *
 * sniff.ts inflates these parts (natively, with a hard cap) and checks their XML before exceljs
 * sees them; xlsx.ts then hands exactly these checked parts to exceljs's parsers. exceljs's own
 * `xlsx.load` would unzip the file again in JavaScript (JSZip and pako) and parse every part it
 * knows, including those merit never reads: the theme, pictures, drawings, document properties.
 * Skipping both made reading 600 evidence workbooks markedly cheaper (docs/performance.md), and a
 * picture in a workbook costs nothing.
 *
 * Kept parts are named with exceljs's own patterns (unanchored, as there), so exceljs makes of
 * them what its `xlsx.load` would.
 */

/** A part of the package, inflated and checked. */
export interface XlsxPart {
  /** The entry's name as the zip has it (exceljs drops a leading `/`). */
  name: string;
  data: Buffer;
}

/**
 * Parts exceljs's `xlsx.load` (4.4.0) parses that merit's reader needs: sheet names and states
 * (workbook and its relationships), shared strings, number formats (styles: which numbers are
 * dates), and the sheets with their relationships (hyperlink targets).
 * Left out: `[Content_Types].xml` (exceljs ignores it), docProps (title, author), themes, media,
 * drawings and tables (the worksheet parser skips the elements that refer to them: xlsx.ts), and
 * cell notes (comments, threaded comments and their VML): merit never reads a note, so a million
 * of them cost nothing (issue 15), and xlsx.ts drops the sheet relationships that name them
 * (opc.ts), which is also where exceljs failed on notes written by openpyxl (exceljs#2797).
 */
export const WORKBOOK_PARTS = new Set(['_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml']);
export const SHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
export const SHEET_RELS_PART = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/;

/** The name exceljs uses for a part: without a leading `/`. */
export function partName(rawName: string): string {
  return rawName[0] === '/' ? rawName.slice(1) : rawName;
}

/** Whether merit's reader needs the part `rawName`. */
export function wantedPart(rawName: string): boolean {
  if (rawName.endsWith('/')) return false;
  const name = partName(rawName);
  if (WORKBOOK_PARTS.has(name)) return true;
  return SHEET_PART.test(name) || SHEET_RELS_PART.test(name);
}
