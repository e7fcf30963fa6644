/**
 * The checks an .xls, .xlsb or .ods passes before SheetJS parses it: the same limits as an xlsx
 * (docs/security.md). SheetJS inflates every zip entry and materialises every cell it reads
 * (an ODS cell repeated over rows and columns becomes that many cells), so:
 *
 * - .xlsb and .ods (zips): at most 10,000 entries (sniff.ts); every entry inside the file, with the
 *   sum of the declared sizes within --max-inflated-size and every entry really inflated with a
 *   hard cap at its declared size (a forged size is EVIDENCE_CORRUPT); encrypted entries, or an
 *   ODF manifest with encryption data, are EVIDENCE_ENCRYPTED.
 * - .xls (an OLE2 compound file): its streams (SheetJS's CFB reader, which stops at a sector chain
 *   that loops) within --max-inflated-size; a FILEPASS record is EVIDENCE_ENCRYPTED.
 * - every format: the cells SheetJS would create, plus every cell of a merged range, are counted
 *   on the raw records or XML, against --max-cells; ODS XML nested deeper than 256 levels is
 *   EVIDENCE_CORRUPT.
 */
import { centralDirectory, entryData, inflateEntry, type SheetjsFormat, type Sniffed } from './sniff.js';
import { tooDeep, MAX_XML_DEPTH } from './xml-guard.js';
import type { ReadLimits } from './types.js';

export type GuardProblem = Extract<Sniffed, { kind: 'encrypted' | 'corrupt' | 'too-large-inflated' | 'too-many-cells' }>;

/** What SheetJS's compound-file reader gives (`XLSX.CFB.read`). */
export interface CfbContainer {
  FileIndex: { name: string; type: number; size?: number; content?: ArrayLike<number> }[];
}

/** A problem with the file, or undefined when SheetJS may parse it. */
export function guardSheetjs(bytes: Buffer, format: SheetjsFormat, limits: ReadLimits, readCfb: (b: Buffer) => CfbContainer): GuardProblem | undefined {
  return format === 'xls' ? guardXls(bytes, limits, readCfb) : guardZip(bytes, format, limits);
}

function guardZip(bytes: Buffer, format: 'xlsb' | 'ods', limits: ReadLimits): GuardProblem | undefined {
  const entries = centralDirectory(bytes);
  if (entries.some((e) => e.flags & 1)) return { kind: 'encrypted' };
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limits.maxInflatedBytes) return { kind: 'too-large-inflated', size: declared };
  const maxCells = limits.maxCells ?? Number.POSITIVE_INFINITY;
  let cells = 0;
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const data = entryData(bytes, e);
    if (!data) return { kind: 'corrupt', detail: `entry ${e.name} lies outside the file` };
    const out = inflateEntry(e, data);
    if (!Buffer.isBuffer(out)) return out;
    if (format === 'ods') {
      if (e.name === 'META-INF/manifest.xml' && out.includes('encryption-data')) return { kind: 'encrypted' };
      if (e.name === 'content.xml' || e.name === 'styles.xml') {
        if (tooDeep(out)) return { kind: 'corrupt', detail: `${e.name} nests XML more than ${MAX_XML_DEPTH} levels deep` };
        if (e.name === 'content.xml') cells += odsCells(out);
      }
    } else if (/^xl\/worksheets\/sheet\d+\.bin$/i.test(e.name)) {
      cells += xlsbCells(out);
    }
    if (cells > maxCells) return { kind: 'too-many-cells', cells };
  }
  return undefined;
}

/**
 * Cells SheetJS creates from an ODS content.xml: a cell with content counts once per row and
 * column it repeats over (`number-rows-repeated` × `number-columns-repeated`); a merged range
 * (`number-*-spanned`) counts its area. An empty self-closing cell creates nothing.
 */
export function odsCells(xml: Buffer): number {
  const text = xml.toString('latin1');
  const tag = /<(\/?)table:(table-row|table-cell|covered-table-cell)\b([^>]*)>/g;
  let rows = 1;
  let cells = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(text))) {
    if (m[1] === '/') continue;
    const attrs = m[3] ?? '';
    if (m[2] === 'table-row') {
      rows = attr(attrs, 'number-rows-repeated');
      continue;
    }
    if (m[2] !== 'table-cell') continue;
    const columns = attr(attrs, 'number-columns-repeated');
    const selfClosing = attrs.endsWith('/');
    if (!selfClosing) cells += rows * columns;
    else if (/value-type="string"/.test(attrs)) cells += 1;
    cells += Math.max(0, attr(attrs, 'number-rows-spanned') * attr(attrs, 'number-columns-spanned') - 1);
  }
  return cells;
}

function attr(attrs: string, name: string): number {
  const m = new RegExp(`:${name}="(\\d+)"`).exec(attrs);
  const n = m ? Number(m[1]) : 1;
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

/** BIFF12 record types that are one cell (BrtCellBlank … BrtShortIsst, BrtCellRString, BrtShortRString). */
const XLSB_CELL = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 62, 63]);
const XLSB_MERGE = 176;

/** Cells of an .xlsb worksheet part: one per cell record, plus the area of every merged range. */
export function xlsbCells(bin: Buffer): number {
  let cells = 0;
  let p = 0;
  while (p < bin.length) {
    let type = bin[p++]!;
    if (type & 0x80) type = (type & 0x7f) | ((bin[p++]! & 0x7f) << 7);
    let size = 0;
    for (let i = 0, shift = 0; i < 4 && p < bin.length; i++, shift += 7) {
      const b = bin[p++]!;
      size += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) break;
    }
    if (XLSB_CELL.has(type)) cells++;
    else if (type === XLSB_MERGE && size >= 16 && p + 16 <= bin.length) {
      const rows = bin.readUInt32LE(p + 4) - bin.readUInt32LE(p) + 1;
      const cols = bin.readUInt32LE(p + 12) - bin.readUInt32LE(p + 8) + 1;
      cells += Math.max(0, rows * cols - 1);
    }
    p += size;
  }
  return cells;
}

function guardXls(bytes: Buffer, limits: ReadLimits, readCfb: (b: Buffer) => CfbContainer): GuardProblem | undefined {
  let cfb: CfbContainer;
  try {
    cfb = readCfb(bytes);
  } catch (e) {
    return { kind: 'corrupt', detail: `the Excel 97–2003 container cannot be read (${describe(e)})` };
  }
  let total = 0;
  for (const f of cfb.FileIndex) total += f.content?.length ?? 0;
  if (total > limits.maxInflatedBytes) return { kind: 'too-large-inflated', size: total };
  const stream = cfb.FileIndex.find((f) => f.type === 2 && /^(workbook|book)$/i.test(f.name));
  if (!stream?.content) return { kind: 'corrupt', detail: 'no Workbook stream in the Excel 97–2003 file' };
  const biff = Buffer.from(stream.content as Uint8Array);
  const counted = xlsCells(biff);
  if (counted === 'encrypted') return { kind: 'encrypted' };
  const maxCells = limits.maxCells ?? Number.POSITIVE_INFINITY;
  return counted > maxCells ? { kind: 'too-many-cells', cells: counted } : undefined;
}

/** BIFF cell records that hold a value (SheetJS skips BLANK and MULBLANK). */
const XLS_CELL = new Set([0x0203, 0x027e, 0x00fd, 0x0204, 0x0006, 0x0205, 0x00d6, 0x0003, 0x0002, 0x0004, 0x0005]);

/** Cells of an .xls Workbook stream (every sheet), plus merged areas; 'encrypted' on a FILEPASS record. */
export function xlsCells(biff: Buffer): number | 'encrypted' {
  let cells = 0;
  for (let p = 0; p + 4 <= biff.length; ) {
    const type = biff.readUInt16LE(p);
    const len = biff.readUInt16LE(p + 2);
    const body = p + 4;
    if (type === 0x002f) return 'encrypted';
    if (XLS_CELL.has(type)) cells++;
    else if (type === 0x00bd && len >= 6) cells += Math.floor((len - 6) / 6);
    else if (type === 0x00e5 && len >= 2 && body + len <= biff.length) {
      const n = biff.readUInt16LE(body);
      for (let i = 0; i < n && body + 2 + i * 8 + 8 <= body + len; i++) {
        const q = body + 2 + i * 8;
        const rows = biff.readUInt16LE(q + 2) - biff.readUInt16LE(q) + 1;
        const cols = biff.readUInt16LE(q + 6) - biff.readUInt16LE(q + 4) + 1;
        cells += Math.max(0, rows * cols - 1);
      }
    }
    p = body + len;
  }
  return cells;
}

/** A thrown value's message, first line, without SheetJS's own wording leaking as the only reason. */
export function describe(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  const line = (m.split('\n')[0] ?? '').replace(/[.\s]+$/, '');
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
