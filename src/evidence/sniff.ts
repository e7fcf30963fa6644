/**
 * What a file really is, from its bytes (and, for text, its extension): an XLSX workbook, CSV
 * text, a workbook SheetJS reads (xls, xlsb, ods), or something merit cannot read (encrypted
 * workbooks, HTML saved as .xls, XML Spreadsheet 2003, PDFs, ...). For zip files it also walks the central directory and inflates every part merit
 * reads with a hard cap, so a zip bomb, a truncated file or hostile XML is refused before exceljs
 * ever sees it; those checked parts are what the XLSX reader gets (xlsx-parts.ts).
 */
import { constants as bufferConstants } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';
import { wantedPart, type XlsxPart } from './xlsx-parts.js';
import { checkPart } from './xml-guard.js';

export type Sniffed =
  | { kind: 'xlsx'; parts: XlsxPart[] }
  | { kind: 'csv' }
  /** Read through SheetJS (sheetjs.ts), after the checks of sheetjs-guard.ts. */
  | { kind: 'sheetjs'; format: SheetjsFormat }
  | { kind: 'unsupported'; format: 'xls' | 'xlsb' | 'ods' | 'fods' | 'html' | 'xml2003' | 'numbers' | 'gsheet' }
  | { kind: 'not-workbook'; detected: 'text' | 'pdf' | 'zip' | 'docx' | 'pptx' | 'odf' | 'ole2' | 'binary' | 'image' }
  | { kind: 'encrypted' }
  | { kind: 'corrupt'; detail: string }
  | { kind: 'too-large-inflated'; size: number }
  /** One part larger than merit can hold as text, whatever --max-inflated-size allows. */
  | { kind: 'part-too-large'; part: string; size: number; cap: number }
  | { kind: 'too-many-cells'; cells: number };

/** Workbook formats read through SheetJS rather than exceljs. */
export type SheetjsFormat = 'xls' | 'xlsb' | 'ods';
/**
 * The most one part may inflate to: it is read as one string, and V8 strings stop at about
 * 512 MiB (a larger part used to fail late, after gigabytes of memory, as a "corrupt" workbook).
 */
export const PART_CAP = Math.min(bufferConstants.MAX_STRING_LENGTH, bufferConstants.MAX_LENGTH);

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt', '.tab']);
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xltx', '.xltm', '.xls', '.xlt', '.xlsb', '.ods', '.ots', '.numbers', '.et', '.ett']);

/** `maxCells`: cells exceljs would create (see xml-guard.ts); only an xlsx is checked. */
export function sniff(bytes: Buffer, extension: string, maxInflatedBytes: number, maxCells = Number.POSITIVE_INFINITY): Sniffed {
  const ext = extension.toLowerCase();
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return sniffZip(bytes, maxInflatedBytes, maxCells);
  if (bytes.length >= 4 && (bytes.readUInt32LE(0) === 0x06054b50 || bytes.readUInt32LE(0) === 0x08074b50)) {
    return { kind: 'corrupt', detail: 'empty or split zip archive' };
  }
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(OLE2)) return sniffOle2(bytes);
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return { kind: 'not-workbook', detected: 'pdf' };
  if (isImage(bytes)) return { kind: 'not-workbook', detected: 'image' };

  const head = textHead(bytes);
  // Google Drive for desktop's stand-in for a Google Sheet: a few bytes of JSON with its link.
  if (ext === '.gsheet') return { kind: 'unsupported', format: 'gsheet' };
  if (head !== undefined) {
    const lower = head.toLowerCase();
    if (/^\s*<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*<\?mso-application\s+progid="excel\.sheet"/.test(lower) || lower.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
      return { kind: 'unsupported', format: 'xml2003' };
    }
    if (lower.includes('<office:document') && lower.includes('opendocument.spreadsheet')) return { kind: 'unsupported', format: 'fods' };
    if (/^\s*(<!doctype html|<html|<table|<meta|<\?xml[^>]*>\s*<html)/.test(lower) || (lower.includes('<html') && lower.includes('<table'))) {
      return { kind: 'unsupported', format: 'html' };
    }
  }
  if (WORKBOOK_EXTENSIONS.has(ext) && !TEXT_EXTENSIONS.has(ext)) {
    // Text (or unknown bytes) under a workbook's name: a renamed CSV, an export gone wrong.
    return { kind: 'not-workbook', detected: head !== undefined || looksLikeText(bytes) ? 'text' : 'binary' };
  }
  return { kind: 'csv' };
}

/** The first 4 KiB as text when they look like text (UTF-8/latin-1, or UTF-16 with a BOM). */
function textHead(bytes: Buffer): string | undefined {
  const slice = bytes.subarray(0, 4096);
  if (slice[0] === 0xff && slice[1] === 0xfe) return slice.subarray(2).toString('utf16le');
  if (slice[0] === 0xfe && slice[1] === 0xff) {
    const swapped = Buffer.from(slice.subarray(2, 2 + ((slice.length - 2) & ~1)));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  if (!looksLikeText(slice)) return undefined;
  return slice.toString('latin1').replace(/^\xef\xbb\xbf/, '');
}

function looksLikeText(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1a)) control++;
  }
  return control <= n / 100;
}

function isImage(b: Buffer): boolean {
  return (
    (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) ||
    (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) ||
    b.subarray(0, 4).toString('latin1') === 'GIF8'
  );
}

/** OLE2 compound file: a legacy .xls, an encrypted (password-protected) OOXML file, or a .doc. */
function sniffOle2(bytes: Buffer): Sniffed {
  const has = (name: string): boolean => bytes.includes(Buffer.from(name, 'utf16le'));
  if (has('EncryptedPackage') || has('EncryptionInfo')) return { kind: 'encrypted' };
  if (has('Workbook') || has('Book')) return { kind: 'sheetjs', format: 'xls' };
  return { kind: 'not-workbook', detected: 'ole2' };
}

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const MAX_ENTRIES = 10_000;

function sniffZip(bytes: Buffer, maxInflatedBytes: number, maxCells: number): Sniffed {
  let entries: ZipEntry[];
  try {
    entries = centralDirectory(bytes);
  } catch (e) {
    return { kind: 'corrupt', detail: (e as Error).message };
  }
  const refused = zipKind(entries, (e) => entryData(bytes, e));
  if (refused?.kind === 'unsupported' && (refused.format === 'xlsb' || refused.format === 'ods')) return { kind: 'sheetjs', format: refused.format };
  if (refused) return refused;

  // Only the parts merit reads are inflated and checked (the others never reach exceljs), but
  // every entry must lie inside the file.
  const wanted: { e: ZipEntry; data: Buffer }[] = [];
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const data = entryData(bytes, e);
    if (!data) return { kind: 'corrupt', detail: `entry ${e.name} lies outside the file` };
    if (wantedPart(e.name)) wanted.push({ e, data });
  }
  // Zip-bomb guard: the declared sizes first, then the real ones (inflate with a hard cap).
  const declared = wanted.reduce((sum, w) => sum + w.e.size, 0);
  if (declared > maxInflatedBytes) return { kind: 'too-large-inflated', size: declared };
  const huge = wanted.find((w) => w.e.size > PART_CAP);
  if (huge) return { kind: 'part-too-large', part: huge.e.name, size: huge.e.size, cap: PART_CAP };
  let cells = 0;
  const parts: XlsxPart[] = [];
  for (const { e, data } of wanted) {
    const out = inflateEntry(e, data);
    if (!Buffer.isBuffer(out)) return out;
    const problem = checkXml(e.name, out);
    if (problem) return problem;
    parts.push({ name: e.name, data: out });
  }
  return { kind: 'xlsx', parts };

  // XML that would make exceljs loop or allocate without bound (xml-guard.ts).
  function checkXml(name: string, xml: Buffer): Sniffed | undefined {
    const part = checkPart(name, xml);
    if ('corrupt' in part) return { kind: 'corrupt', detail: part.corrupt };
    cells += part.cells;
    return cells > maxCells ? { kind: 'too-many-cells', cells } : undefined;
  }
}

/**
 * An entry's bytes, inflated with a hard cap at its declared size: a forged size (a zip bomb), a
 * truncated entry or an unknown compression method is `corrupt`.
 */
export function inflateEntry(e: ZipEntry, data: Buffer): Buffer | { kind: 'corrupt'; detail: string } {
  let out: Buffer;
  if (e.method === 0) {
    if (data.length !== e.size) return { kind: 'corrupt', detail: `entry ${e.name} is truncated` };
    out = data;
  } else if (e.method === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
        // The data inflates past the size its headers declare: a forged (bomb) or broken entry.
        return { kind: 'corrupt', detail: `entry ${e.name} inflates to more than its declared ${e.size} bytes` };
      }
      return { kind: 'corrupt', detail: `entry ${e.name} cannot be inflated (${(err as Error).message})` };
    }
    if (out.length !== e.size) return { kind: 'corrupt', detail: `entry ${e.name} inflates to ${out.length} bytes, not ${e.size}` };
  } else {
    return { kind: 'corrupt', detail: `entry ${e.name} uses compression method ${e.method}` };
  }
  return out;
}

export function entryData(bytes: Buffer, e: ZipEntry): Buffer | undefined {
  const start = entryDataOffset((o, l) => bytes.subarray(o, o + l), e);
  if (start === undefined) return undefined;
  const end = start + e.compressedSize;
  if (end > bytes.length) return undefined;
  return bytes.subarray(start, end);
}

/** Reads `length` bytes at `offset` (fewer at the end of the input). */
export type ZipRead = (offset: number, length: number) => Buffer;

/** Where an entry's compressed data starts (after its local header); undefined when the header is not there. */
export function entryDataOffset(read: ZipRead, e: ZipEntry): number | undefined {
  const head = read(e.localOffset, 30);
  if (head.length < 30 || head.readUInt32LE(0) !== 0x04034b50) return undefined;
  return e.localOffset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
}

/**
 * What a zip is, from its entry names: undefined for an xlsx package merit can read, else why not
 * (xlsb, ods, a Word file, an encrypted or broken package). `data` gives an entry's stored bytes
 * (only the ODF `mimetype` entry is read). Shared by sniff and the streaming record reader.
 */
export function zipKind(entries: readonly ZipEntry[], data: (e: ZipEntry) => Buffer | undefined): Exclude<Sniffed, { kind: 'xlsx' | 'csv' | 'sheetjs' }> | undefined {
  const names = new Set(entries.map((e) => e.name.replace(/^\//, '')));
  const hasPrefix = (p: string): boolean => [...names].some((n) => n.startsWith(p));
  let kind: 'xlsx' | 'xlsb' | 'ods' | 'odf' | 'docx' | 'pptx' | 'numbers' | 'zip';
  if (names.has('xl/workbook.bin')) kind = 'xlsb';
  else if (names.has('[Content_Types].xml') && (names.has('xl/workbook.xml') || hasPrefix('xl/'))) kind = 'xlsx';
  else if (names.has('mimetype') && names.has('content.xml')) kind = 'odf';
  else if (hasPrefix('word/')) kind = 'docx';
  else if (hasPrefix('ppt/')) kind = 'pptx';
  else if (names.has('Index/Document.iwa') || hasPrefix('Index/')) kind = 'numbers';
  else kind = 'zip';
  if (kind === 'odf') {
    const mime = entries.find((e) => e.name === 'mimetype');
    const text = mime && mime.method === 0 ? data(mime)?.toString('latin1') : undefined;
    kind = text === undefined || text.includes('spreadsheet') ? 'ods' : 'odf';
  }
  if (kind === 'xlsb' || kind === 'ods' || kind === 'numbers') return { kind: 'unsupported', format: kind };
  if (kind !== 'xlsx') return { kind: 'not-workbook', detected: kind };
  if (entries.some((e) => e.flags & 1)) return { kind: 'encrypted' };
  if (!names.has('xl/workbook.xml')) return { kind: 'corrupt', detail: 'no xl/workbook.xml in the package' };
  return undefined;
}

/** Reads the zip's central directory (with zip64 records); throws a readable Error when broken. */
export function centralDirectory(bytes: Buffer): ZipEntry[] {
  return zipDirectory((o, l) => bytes.subarray(o, o + l), bytes.length);
}

/**
 * The central directory of a zip of `size` bytes read through `read`, so a large file on disk
 * needs only its tail and directory in memory. Throws a readable Error when broken.
 */
export function zipDirectory(read: ZipRead, size: number): ZipEntry[] {
  const tailStart = Math.max(0, size - 22 - 0xffff);
  const tail = read(tailStart, size - tailStart);
  const at = findEocd(tail);
  if (at < 0) throw new Error('the zip archive is truncated (no end-of-directory record)');
  const eocd = tailStart + at;
  let count = tail.readUInt16LE(at + 10);
  let cdSize = tail.readUInt32LE(at + 12);
  let cdOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    const locator = loc >= 0 ? read(loc, 20) : Buffer.alloc(0);
    if (locator.length < 20 || locator.readUInt32LE(0) !== 0x07064b50) throw new Error('zip64 locator missing');
    const z64 = Number(locator.readBigUInt64LE(8));
    const rec = read(z64, 56);
    if (rec.length < 56 || rec.readUInt32LE(0) !== 0x06064b50) throw new Error('zip64 directory record missing');
    count = Number(rec.readBigUInt64LE(32));
    cdSize = Number(rec.readBigUInt64LE(40));
    cdOffset = Number(rec.readBigUInt64LE(48));
  }
  if (count > MAX_ENTRIES) throw new Error(`the archive has ${count} entries`);
  if (cdOffset + cdSize > size) throw new Error('the zip archive is truncated (central directory outside the file)');
  const bytes = read(cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== 0x02014b50) throw new Error('broken central directory');
    const flags = bytes.readUInt16LE(p + 8);
    const method = bytes.readUInt16LE(p + 10);
    let compressedSize = bytes.readUInt32LE(p + 20);
    let size = bytes.readUInt32LE(p + 24);
    const nameLen = bytes.readUInt16LE(p + 28);
    const extraLen = bytes.readUInt16LE(p + 30);
    const commentLen = bytes.readUInt16LE(p + 32);
    let localOffset = bytes.readUInt32LE(p + 42);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = flags & 0x800 ? nameBytes.toString('utf8') : nameBytes.toString('latin1');
    // zip64 extra field: the sizes and offset that are 0xffffffff above, in this order.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = bytes.readUInt16LE(x);
      const len = bytes.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (size === 0xffffffff && q + 8 <= xEnd) (size = Number(bytes.readBigUInt64LE(q))), (q += 8);
        if (compressedSize === 0xffffffff && q + 8 <= xEnd) (compressedSize = Number(bytes.readBigUInt64LE(q))), (q += 8);
        if (localOffset === 0xffffffff && q + 8 <= xEnd) localOffset = Number(bytes.readBigUInt64LE(q));
      }
      x += 4 + len;
    }
    entries.push({ name, flags, method, compressedSize, size, localOffset });
    p = xEnd + commentLen;
  }
  return entries;
}

function findEocd(bytes: Buffer): number {
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= min; i--) {
    if (bytes[i] === 0x50 && bytes.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}
