/**
 * Guards for the XML inside an xlsx package, run by sniff.ts on every inflated part before exceljs
 * sees the file. A package can be small on disk and within the inflated-size limit and still make
 * exceljs loop or allocate without bound, because exceljs materialises what the XML only names:
 *
 * - every cell of a merged range (`<mergeCell ref="C1:XFD1048576"/>`: 17 billion cells) and of a
 *   defined name's range (`<definedName>S!$A$1:$XFD$1048576</definedName>`);
 * - a row index (`<row r="1000000000">`: the reader walks rows by number) and a column range
 *   (`<col min="1" max="1000000000"/>`: a column object each);
 * - a tag stack as deep as the XML nests (a few KB of `<x><x><x>...` cost gigabytes).
 *
 * So: references beyond Excel's sheet (XFD1048576) are a corrupt file; XML nested deeper than
 * MAX_XML_DEPTH is a corrupt file; and the cells exceljs would create (cells written, plus every
 * cell merged ranges and defined names cover) are counted against the `maxCells` limit, with one
 * for each other per-cell entry it keeps an object for: hyperlinks, page breaks, column
 * definitions, shared strings, styles (issue 15: 1.5 million of any of them cost up to 0.9 GB).
 * Cell notes are not counted because they are never parsed (xlsx-parts.ts).
 */

import { BeyondSheet, columnNumber, definedNameCells, EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from './defined-names.js';
import { SHEET_PART } from './xlsx-parts.js';

export { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS };
/** Real spreadsheet XML nests about 10 deep; nothing legitimate comes near this. */
export const MAX_XML_DEPTH = 256;

const XML_PART = /\.(xml|rels|vml)$/i;
const STYLE_ENTRIES = ['xf', 'dxf', 'font', 'fill', 'border', 'numFmt'];

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

/** What one part adds: cells exceljs would create, or why the package is corrupt. */
export type PartCheck = { cells: number } | { corrupt: string };

export function checkPart(rawName: string, xml: Buffer): PartCheck {
  const name = rawName.replace(/^\//, '');
  if (!XML_PART.test(name)) return { cells: 0 };
  if (tooDeep(xml)) return { corrupt: `${name} nests XML more than ${MAX_XML_DEPTH} levels deep` };
  try {
    if (SHEET_PART.test(name)) return { cells: worksheetCells(xml) };
    if (name === 'xl/workbook.xml') return { cells: namedCells(xml) };
    // One entry per string or style, each an object in exceljs (millions of unused ones cost as much as cells).
    if (name === 'xl/sharedStrings.xml') return { cells: eachTag(xml, 'si') };
    if (name === 'xl/styles.xml') return { cells: STYLE_ENTRIES.reduce((n, tag) => n + eachTag(xml, tag), 0) };
  } catch (e) {
    return { corrupt: `${name}: ${(e as Error).message}` };
  }
  return { cells: 0 };
}

/**
 * Cells written, plus the cells merged ranges cover, plus one for each other per-cell entry
 * exceljs keeps an object for (a hyperlink, a page break, a column definition); throws on
 * references beyond the sheet. Notes are not parsed at all (xlsx-parts.ts); data validations and
 * conditional formats are skipped by the worksheet parser (xlsx.ts).
 */
function worksheetCells(xml: Buffer): number {
  let cells = eachTag(xml, 'c') + eachTag(xml, 'hyperlink') + eachTag(xml, 'brk');
  eachTag(xml, 'row', (tag) => {
    const r = attribute(tag, 'r');
    if (r !== undefined && (!/^\d+$/.test(r) || Number(r) > EXCEL_MAX_ROWS)) throw new Error(`row ${r} is beyond the last row of a sheet (${EXCEL_MAX_ROWS})`);
  });
  cells += eachTag(xml, 'col', (tag) => {
    for (const a of ['min', 'max']) {
      const v = attribute(tag, a);
      if (v !== undefined && (!/^\d+$/.test(v) || Number(v) > EXCEL_MAX_COLUMNS)) throw new Error(`column ${v} is beyond the last column of a sheet (${EXCEL_MAX_COLUMNS})`);
    }
  });
  eachTag(xml, 'mergeCell', (tag) => {
    const ref = attribute(tag, 'ref');
    cells += ref === undefined ? 1 : Math.max(1, rangeArea(ref) - 1);
  });
  return cells;
}

/**
 * Cells covered by the ranges of defined names (defined-names.ts reads each formula): a print
 * area on a sheet called `Sheet1` is one range, not column SHEET. merit does not hand defined
 * names to exceljs (xlsx.ts), but a name over billions of cells is refused like a merged range.
 */
function namedCells(xml: Buffer): number {
  let cells = 0;
  const text = xml.toString('utf8');
  const re = /<definedName\b[^>]*>([^<]*)<\/definedName>/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    try {
      cells += definedNameCells(unescapeXml(m[1]!));
    } catch (e) {
      if (e instanceof BeyondSheet) throw new Error(`defined name ${JSON.stringify(attribute(m[0], 'name') ?? '')}: ${e.message}`);
      throw e;
    }
  }
  return cells;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()] ?? '';
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** Cells in `A1` or `A1:C3` (with or without `$`); throws beyond XFD1048576. */
export function rangeArea(ref: string): number {
  const parts = ref.split(':');
  const corners = parts.map((p) => {
    const m = /^\s*\$?([A-Za-z]+)\$?(\d+)\s*$/.exec(p);
    if (!m) return undefined;
    const col = columnNumber(m[1]!);
    const row = Number(m[2]);
    if (col > EXCEL_MAX_COLUMNS || row > EXCEL_MAX_ROWS || row < 1) throw new Error(`reference ${ref} is beyond the last cell of a sheet (XFD${EXCEL_MAX_ROWS})`);
    return { col, row };
  });
  if (corners.length > 2 || corners.some((c) => c === undefined)) return 1;
  const [a, b = a] = corners as { col: number; row: number }[];
  return (Math.abs(a!.row - b!.row) + 1) * (Math.abs(a!.col - b!.col) + 1);
}

/**
 * Counts the start tags `<name ...>` / `<name/>` (no namespace prefix, as exceljs reads them) and
 * calls `fn`, when given, with the text of each.
 */
function eachTag(xml: Buffer, name: string, fn?: (tag: string) => void): number {
  const open = Buffer.from(`<${name}`, 'latin1');
  let count = 0;
  for (let i = xml.indexOf(open); i >= 0; i = xml.indexOf(open, i + open.length)) {
    const next = xml[i + open.length];
    if (next !== GT && next !== SLASH && next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d) continue;
    count++;
    if (!fn) continue;
    const end = tagEnd(xml, i);
    fn(xml.subarray(i, end < 0 ? xml.length : end).toString('latin1'));
    if (end < 0) break;
  }
  return count;
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The index of the `>` closing the tag that starts at `start` (a `>` inside quotes does not count). */
function tagEnd(xml: Buffer, start: number): number {
  let quote = 0;
  for (let j = start + 1; j < xml.length; j++) {
    const x = xml[j]!;
    if (quote) {
      if (x === quote) quote = 0;
    } else if (x === 0x22 || x === 0x27) quote = x;
    else if (x === GT) return j;
  }
  return -1;
}

/** Whether elements nest deeper than MAX_XML_DEPTH anywhere in the part. */
export function tooDeep(xml: Buffer): boolean {
  let depth = 0;
  for (let i = xml.indexOf(LT); i >= 0; ) {
    const c = xml[i + 1];
    let end: number;
    if (c === 0x21) {
      // <!-- comment -->, <![CDATA[ ... ]]>, <!DOCTYPE ...>: skipped whole
      const close = xml[i + 2] === 0x2d ? '-->' : xml[i + 2] === 0x5b ? ']]>' : '>';
      const at = xml.indexOf(close, i + 2, 'latin1');
      end = at < 0 ? -1 : at + close.length - 1;
    } else if (c === 0x3f) {
      const at = xml.indexOf('?>', i + 2, 'latin1');
      end = at < 0 ? -1 : at + 1;
    } else {
      end = tagEnd(xml, i);
      if (end >= 0) {
        if (c === SLASH) depth--;
        else if (xml[end - 1] !== SLASH && ++depth > MAX_XML_DEPTH) return true;
      }
    }
    // An unterminated tag or comment: the XML parser will call the file broken.
    if (end < 0) return false;
    i = xml.indexOf(LT, end + 1);
  }
  return false;
}
