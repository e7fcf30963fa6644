/**
 * `readEvidence(path)`: the one entry point to the evidence readers. It checks the file (exists,
 * size limit, not empty), hashes its bytes, decides what it is from its content (zip, OLE2, text;
 * the extension only matters for text) and hands it to the XLSX or CSV reader. An unusable file
 * throws `InputError` with located diagnostics; a usable one returns an EvidenceTable whose
 * `diagnostics` hold the warnings and errors found on the way.
 */
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { error, InputError, type Diagnostic } from '../diagnostics.js';
import { readCsv, type ByteBox } from './csv.js';
import { sniff, type Sniffed } from './sniff.js';
import { STDIN_NAME, stdinBytes } from './stdin.js';
import { LIMIT_FLAGS } from './table.js';
export { LIMIT_FLAGS } from './table.js';
import { DEFAULT_LIMITS, type EvidenceTable, type ReadLimits, type ReadOptions } from './types.js';

/** The limits given (positive numbers), the defaults for the rest. */
export function resolveLimits(limits?: Partial<ReadLimits>, defaults: ReadLimits = DEFAULT_LIMITS): ReadLimits {
  const out: ReadLimits = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof ReadLimits)[]) {
    const v = limits?.[key];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) out[key] = Math.floor(v);
  }
  return out;
}

/**
 * The size of an input file; throws InputError when it is missing, a folder, unreadable or over
 * the size limit (shared by the agency reader and the record readers).
 */
export async function inputSize(path: string, limits: ReadLimits): Promise<number> {
  const fail = (d: Diagnostic): never => {
    throw new InputError([d]);
  };
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) fail(error('EVIDENCE_UNREADABLE', { reason: st.isDirectory() ? 'directory' : 'not-a-file' }, { file: path }));
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') fail(error('EVIDENCE_NOT_FOUND', {}, { file: path }));
    fail(error('EVIDENCE_UNREADABLE', { reason: code ?? 'unknown' }, { file: path }));
    throw e;
  }
  if (size > limits.maxFileBytes) fail(fileTooLarge(path, size, limits));
  return size;
}

export async function readEvidence(path: string, options: ReadOptions = {}): Promise<EvidenceTable> {
  const limits = resolveLimits(options.limits);
  // `merit score -`: the bytes come from standard input, bounded by the same limit (stdin.ts).
  if (path === STDIN_NAME) return readEvidenceBox({ bytes: await stdinBytes(limits) }, path, options);
  const size = await inputSize(path, limits);
  return readEvidenceBox({ bytes: await readBounded(path, size, limits) }, path, options);
}

/** The file's bytes, at most the limit plus one byte: a file that grows meanwhile cannot take more memory. */
async function readBounded(path: string, size: number, limits: ReadLimits): Promise<Buffer> {
  const fail = (d: Diagnostic): never => {
    throw new InputError([d]);
  };
  let bytes: Buffer;
  try {
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.allocUnsafe(Math.min(size, limits.maxFileBytes) + 1);
      let got = 0;
      for (;;) {
        const { bytesRead } = await fh.read(buf, got, buf.length - got, null);
        if (bytesRead === 0) break;
        got += bytesRead;
        if (got === buf.length) break;
      }
      if (got > limits.maxFileBytes) fail(fileTooLarge(path, got, limits));
      bytes = buf.subarray(0, got);
    } finally {
      await fh.close();
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    return fail(error('EVIDENCE_UNREADABLE', { reason: code ?? 'unknown' }, { file: path }));
  }
  return bytes;
}

export function fileTooLarge(file: string, size: number, limits: ReadLimits): Diagnostic {
  return error('EVIDENCE_FILE_TOO_LARGE', { size, limit: limits.maxFileBytes, flag: LIMIT_FLAGS.maxFileBytes }, { file });
}

/**
 * Reads evidence from bytes already in memory (tests, fuzzing, stdin). `file` is the name used in
 * diagnostics; its extension matters only for text files.
 */
export async function readEvidenceBytes(bytes: Buffer, file: string, options: ReadOptions = {}): Promise<EvidenceTable> {
  return readEvidenceBox({ bytes }, file, options);
}

/**
 * The readers' common start. The bytes stay in their box (no local holds them) so that the CSV
 * reader can let them go once they are parsed.
 */
async function readEvidenceBox(box: ByteBox, file: string, options: ReadOptions): Promise<EvidenceTable> {
  const limits = resolveLimits(options.limits);
  const size = box.bytes!.length;
  if (size === 0) throw new InputError([error('EVIDENCE_EMPTY_FILE', {}, { file })]);
  if (size > limits.maxFileBytes) throw new InputError([fileTooLarge(file, size, limits)]);
  const sha256 = createHash('sha256').update(box.bytes!).digest('hex');
  const ext = extname(file).toLowerCase();
  const what = sniff(box.bytes!, ext, limits.maxInflatedBytes, limits.maxCells);
  switch (what.kind) {
    case 'xlsx': {
      const { readXlsx } = await import('./xlsx.js');
      return readXlsx(what.parts, { file, sha256, options, limits });
    }
    case 'csv':
      return readCsv(box, { file, sha256, options, limits });
    case 'sheetjs': {
      const { readSheetjs } = await import('./sheetjs.js');
      return readSheetjs(box.bytes!, what.format, { file, sha256, options, limits }, (p) => unreadable(p, file, ext, limits));
    }
    default:
      throw unreadable(what, file, ext, limits);
  }
}

/**
 * The error for a file merit cannot read (shared with the record readers, which read only .xlsx
 * and .csv: `records` says so in the words of EVIDENCE_UNSUPPORTED_FORMAT).
 */
export function unreadable(what: Exclude<Sniffed, { kind: 'xlsx' | 'csv' }>, file: string, ext: string, limits: ReadLimits, records = false): InputError {
  switch (what.kind) {
    case 'sheetjs':
      return new InputError([error('EVIDENCE_UNSUPPORTED_FORMAT', { format: what.format, extension: ext, records: true }, { file })]);
    case 'unsupported':
      return new InputError([error('EVIDENCE_UNSUPPORTED_FORMAT', { format: what.format, extension: ext, ...(records ? { records } : {}) }, { file })]);
    case 'not-workbook':
      return new InputError([error('EVIDENCE_NOT_A_WORKBOOK', { detected: what.detected, extension: ext }, { file })]);
    case 'encrypted':
      return new InputError([error('EVIDENCE_ENCRYPTED', {}, { file })]);
    case 'corrupt':
      return new InputError([error('EVIDENCE_CORRUPT', { detail: what.detail }, { file })]);
    case 'too-large-inflated':
      return new InputError([
        error('EVIDENCE_INFLATED_TOO_LARGE', { size: what.size, limit: limits.maxInflatedBytes, flag: LIMIT_FLAGS.maxInflatedBytes }, { file }),
      ]);
    case 'part-too-large':
      return new InputError([
        error('EVIDENCE_PART_TOO_LARGE', { part: what.part, size: what.size, cap: what.cap, limit: limits.maxInflatedBytes, flag: LIMIT_FLAGS.maxInflatedBytes }, { file }),
      ]);
    case 'too-many-cells':
      return new InputError([error('EVIDENCE_TOO_MANY_CELLS', { cells: what.cells, limit: limits.maxCells, flag: LIMIT_FLAGS.maxCells }, { file })]);
  }
}
