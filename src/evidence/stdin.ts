/**
 * Evidence piped in: `merit score -` reads the file from standard input. The bytes are collected
 * while they arrive and refused as soon as they pass the file-size limit (--max-file-size), so a
 * never-ending pipe cannot take more memory than a file could. They are read once and kept for
 * the run (choosing the rubric and scoring read them again). What kind of file it is (XLSX or
 * CSV) is sniffed from the bytes; diagnostics name it `<stdin>`.
 */
import { error, InputError } from '../diagnostics.js';
import { LIMIT_FLAGS } from './table.js';
import type { ReadLimits } from './types.js';

/** The name piped evidence goes by in reports and diagnostics. */
export const STDIN_NAME = '<stdin>';

let cached: Promise<Buffer> | undefined;

/** The whole of standard input (read once), at most `limits.maxFileBytes` bytes. */
export function stdinBytes(limits: Pick<ReadLimits, 'maxFileBytes'>, stream: NodeJS.ReadableStream = process.stdin): Promise<Buffer> {
  cached ??= readBounded(stream, limits.maxFileBytes);
  return cached;
}

/** Collects a stream's bytes; rejects with EVIDENCE_FILE_TOO_LARGE (and stops reading) past `limit`. */
export function readBounded(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
    };
    const onData = (chunk: Buffer | string) => {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += b.length;
      if (size > limit) {
        done();
        stream.pause();
        (stream as { destroy?: () => void }).destroy?.();
        reject(new InputError([error('EVIDENCE_FILE_TOO_LARGE', { size, limit, flag: LIMIT_FLAGS.maxFileBytes}, { file: STDIN_NAME })]));
        return;
      }
      chunks.push(b);
    };
    const onEnd = () => {
      done();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (e: NodeJS.ErrnoException) => {
      done();
      reject(new InputError([error('EVIDENCE_UNREADABLE', { reason: e.code ?? 'unknown' }, { file: STDIN_NAME })]));
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}
