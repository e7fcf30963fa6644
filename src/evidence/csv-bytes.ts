/**
 * A CSV file's bytes as UTF-8 bytes, for csv-parse, without the whole file as a JavaScript string
 * (issue 15 item 9: a 40 MB CSV used to be held three times over: the bytes, the decoded text, and
 * that text encoded again). UTF-8 input is used as it is (a view past the BOM); Windows-1252 and
 * UTF-16 are converted chunk by chunk into one UTF-8 buffer. The checks and diagnostics: BOM,
 * UTF-16 without a BOM, NUL bytes, invalid UTF-8 read as Windows-1252 (EVIDENCE_ENCODING),
 * mojibake (EVIDENCE_MOJIBAKE). Used by the evidence reader and by the record reader's head.
 */
import { isUtf8 } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import { error, InputError, warning, type Diagnostic } from '../diagnostics.js';

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface Utf8Bytes {
  utf8: Buffer;
  encoding: Encoding;
  bom: boolean;
  diagnostics: Diagnostic[];
}

const CHUNK = 1 << 20;

export function toUtf8(bytes: Buffer, file: string): Utf8Bytes {
  const diagnostics: Diagnostic[] = [];
  const sniffed = sniffEncoding(bytes);
  const { encoding, bom } = sniffed;
  bytes = sniffed.body;

  if (encoding === 'utf-16le' || encoding === 'utf-16be') return { utf8: utf16ToUtf8(bytes.subarray(0, bytes.length & ~1), encoding, file), encoding, bom, diagnostics };

  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError([error('EVIDENCE_NUL_BYTE', { offset: nul + (bom ? 3 : 0) }, { file, ...position(bytes, nul, false) })]);
  if (isUtf8(bytes)) {
    const moji = mojibake(bytes);
    if (moji) diagnostics.push(warning('EVIDENCE_MOJIBAKE', { sample: moji.sample }, { file, ...position(bytes, moji.offset) }));
    return { utf8: bytes, encoding, bom, diagnostics };
  }
  const bad = firstInvalidUtf8(bytes);
  diagnostics.push(warning('EVIDENCE_ENCODING', { encoding: 'windows-1252' }, { file, ...position(bytes, Math.max(0, bad), false) }));
  return { utf8: windows1252ToUtf8(bytes), encoding: 'windows-1252', bom, diagnostics };
}

/** Line and column (in characters, as an editor counts them) of a byte offset of UTF-8 text; `chars: false` counts bytes. */
function position(bytes: Buffer, offset: number, chars = true): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: (chars ? bytes.subarray(lineStart, offset).toString('utf8').length : offset - lineStart) + 1 };
}

/** `Ã` + U+0080..U+00BF, `Â` + U+00A0..U+00BF or `â€`: UTF-8 read once as Windows-1252 and saved again. */
function mojibake(bytes: Buffer): { offset: number; sample: string } | undefined {
  let best: number | undefined;
  for (let i = bytes.indexOf(0xc3); i >= 0 && i + 3 < bytes.length; i = bytes.indexOf(0xc3, i + 1)) {
    const [b1, b2, b3, b4] = [bytes[i + 1]!, bytes[i + 2]!, bytes[i + 3]!, bytes[i + 4]];
    const a = b1 === 0x83 && b2 === 0xc2 && b3 >= 0x80 && b3 <= 0xbf; // Ã + C1 control or Latin-1 sign
    const d = b1 === 0x82 && b2 === 0xc2 && b3 >= 0xa0 && b3 <= 0xbf; // Â + U+00A0..U+00BF
    const e = b1 === 0xa2 && b2 === 0xe2 && b3 === 0x82 && b4 === 0xac; // â€
    if (a || d || e) {
      best = i;
      break;
    }
  }
  if (best === undefined) return undefined;
  return { offset: best, sample: bytes.subarray(best, best + (bytes[best + 1] === 0xa2 ? 5 : 4)).toString('utf8') };
}

function windows1252ToUtf8(bytes: Buffer): Buffer {
  const map = (b: number) => (b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b);
  let size = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const c = b < 0x80 ? b : map(b);
    size += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  const out = Buffer.allocUnsafe(size);
  let o = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const c = b < 0x80 ? b : map(b);
    if (c < 0x80) out[o++] = c;
    else if (c < 0x800) {
      out[o++] = 0xc0 | (c >> 6);
      out[o++] = 0x80 | (c & 0x3f);
    } else {
      out[o++] = 0xe0 | (c >> 12);
      out[o++] = 0x80 | ((c >> 6) & 0x3f);
      out[o++] = 0x80 | (c & 0x3f);
    }
  }
  return out;
}

/** UTF-16 to UTF-8 a megabyte at a time (twice: to size the buffer, then to fill it); a NUL is an error. */
function utf16ToUtf8(bytes: Buffer, encoding: 'utf-16le' | 'utf-16be', file: string): Buffer {
  const pieces = function* (): Generator<string> {
    const decoder = new StringDecoder('utf16le');
    for (let start = 0; start < bytes.length; start += CHUNK) {
      let piece = bytes.subarray(start, Math.min(bytes.length, start + CHUNK));
      if (encoding === 'utf-16be') piece = Buffer.from(piece).swap16();
      yield decoder.write(piece);
    }
    yield decoder.end();
  };
  let size = 0;
  let chars = 0;
  let line = 1;
  let lineStart = 0;
  for (const text of pieces()) {
    const nul = text.indexOf('\u0000');
    for (let i = 0; i < (nul >= 0 ? nul : text.length); i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
        line++;
        lineStart = chars + i + 1;
      }
    }
    if (nul >= 0) throw new InputError([error('EVIDENCE_NUL_BYTE', { offset: chars + nul }, { file, line, column: chars + nul - lineStart + 1 })]);
    size += Buffer.byteLength(text, 'utf8');
    chars += text.length;
  }
  const out = Buffer.allocUnsafe(size);
  let o = 0;
  for (const text of pieces()) o += out.write(text, o, 'utf8');
  return out;
}

/** Whether UTF-8 bytes hold only white space (String.prototype.trim's), read a chunk at a time. */
/** The encoding a CSV's first bytes say (a BOM, or UTF-16 told by its zero bytes; else UTF-8), and the bytes after the BOM. */
export function sniffEncoding(bytes: Buffer): { encoding: Encoding; bom: boolean; body: Buffer } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: true, body: bytes.subarray(3) };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true, body: bytes.subarray(2) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true, body: bytes.subarray(2) };
  return { encoding: utf16WithoutBom(bytes) ?? 'utf-8', bom: false, body: bytes };
}

export function isBlank(utf8: Buffer): boolean {
  const decoder = new StringDecoder('utf8');
  for (let start = 0; start < utf8.length; start += CHUNK) {
    if (decoder.write(utf8.subarray(start, start + CHUNK)).trim() !== '') return false;
  }
  return decoder.end().trim() === '';
}

/** UTF-16 without a BOM: every other byte zero in the first KiB (ASCII text in UTF-16). */
export function utf16WithoutBom(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length & ~1, 1024);
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.7 && evenZero === 0) return 'utf-16le';
  if (evenZero >= pairs * 0.7 && oddZero === 0) return 'utf-16be';
  return undefined;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(b: Buffer): number {
  let i = 0;
  const n = b.length;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => i + k < n && b[i + k]! >= lo && b[i + k]! <= hi;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) i++;
    else if (c >= 0xc2 && c <= 0xdf && cont(1)) i += 2;
    else if (c === 0xe0 && cont(1, 0xa0) && cont(2)) i += 3;
    else if (((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) && cont(1) && cont(2)) i += 3;
    else if (c === 0xed && cont(1, 0x80, 0x9f) && cont(2)) i += 3;
    else if (c === 0xf0 && cont(1, 0x90) && cont(2) && cont(3)) i += 4;
    else if (c >= 0xf1 && c <= 0xf3 && cont(1) && cont(2) && cont(3)) i += 4;
    else if (c === 0xf4 && cont(1, 0x80, 0x8f) && cont(2) && cont(3)) i += 4;
    else return i;
  }
  return -1;
}

/** Windows-1252: latin-1 except 0x80-0x9F, which hold typographic characters. */
export const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c,
  0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
