/**
 * Atomic file output: bytes go to a temporary file next to the target, are flushed to disk, and
 * the temporary file is renamed over the target. A crash, an error or Ctrl-C leaves either the
 * old file or the new one, never half of one; temporary files are removed on SIGINT/SIGTERM.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { UsageError } from '../diagnostics.js';
import { basename, dirname, join, resolve } from 'node:path';

const pending = new Set<string>();
let handlersInstalled = false;

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const cleanup = () => {
    for (const p of pending) rmSync(p, { force: true });
    pending.clear();
  };
  process.once('exit', cleanup);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      cleanup();
      // Conventional exit status for a signal: 128 + its number.
      process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const)[signal]);
    });
  }
}

/** `data` may come in chunks (an iterable), so a large report never has to be one string. */
export function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string | Uint8Array>): void {
  installHandlers();
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temp);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      const chunks = typeof data === 'string' || data instanceof Uint8Array ? [data] : data;
      for (const chunk of chunks) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        let offset = 0;
        while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameReplacing(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  } finally {
    pending.delete(temp);
  }
}

/** A file written in pieces, atomically: nothing at `path` changes until `commit`. */
export interface AtomicStream {
  /** Adds text; it reaches the temporary file in blocks of about 1 MiB. */
  write(text: string): void;
  /** Flushes, syncs and renames the temporary file over the target. */
  commit(): void;
  /** Removes the temporary file (an error, or the run was stopped); the target is untouched. */
  abort(): void;
}

/**
 * Opens a temporary file next to `path` for output too large to hold (per-record scores of a
 * national file). Like writeFileAtomic, a crash or Ctrl-C leaves the old file, never half a new one.
 */
export function openAtomicStream(path: string): AtomicStream {
  installHandlers();
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', 0o644);
  pending.add(temp);
  let buffer = '';
  let open = true;
  const flush = (): void => {
    const bytes = Buffer.from(buffer, 'utf8');
    buffer = '';
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
  };
  const close = (): void => {
    if (!open) return;
    open = false;
    closeSync(fd);
  };
  return {
    write(text) {
      buffer += text;
      if (buffer.length >= 1 << 20) flush();
    },
    commit() {
      try {
        flush();
        fsyncSync(fd);
        close();
        renameReplacing(temp, target);
      } catch (e) {
        close();
        rmSync(temp, { force: true });
        throw e;
      } finally {
        pending.delete(temp);
      }
    },
    abort() {
      close();
      rmSync(temp, { force: true });
      pending.delete(temp);
    },
  };
}

/**
 * On Windows a file open in another program (a report open in Excel) cannot be replaced: the
 * rename fails with EPERM, EBUSY or EACCES for as long as it is open, and virus scanners hold new
 * files for a moment. The rename is tried again after 50, 100, 200, 400 and 800 ms (1.5 s in all);
 * then the error says which file is held and what to do. Elsewhere the first failure is final.
 */
export const RENAME_RETRY_DELAYS_MS: readonly number[] = [50, 100, 200, 400, 800];

export function renameReplacing(
  from: string,
  to: string,
  io: { rename?: (a: string, b: string) => void; sleep?: (ms: number) => void; delays?: readonly number[] } = {},
): void {
  const rename = io.rename ?? renameSync;
  const sleep = io.sleep ?? ((ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms));
  const delays = io.delays ?? RENAME_RETRY_DELAYS_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      rename(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES') throw e;
      if (attempt >= delays.length) throw new UsageError('USAGE_OUTPUT_LOCKED', { path: to, code, attempts: attempt + 1 });
      sleep(delays[attempt]!);
    }
  }
}
