/**
 * Atomic file output: bytes go to a temporary file next to the target, are flushed to disk, and
 * the temporary file is renamed over the target. A crash, an error or Ctrl-C leaves either the
 * old file or the new one, never half of one; temporary files are removed on SIGINT/SIGTERM.
 *
 * The target's folder is created when missing (every command alike). A file-system error on the
 * way (a path through a file, a folder in the way, no permission, a read-only disk, a full disk)
 * is the user's to fix, not a bug: `OutputError`, a UsageError naming the path (exit 2).
 *
 * kill -9 cannot be caught, so its temporary file stays. Temporary files are named
 * `.<target>.merit-<pid>-<random>.tmp`; the first time a run writes into a folder, it removes the
 * stale ones there: those whose process is gone, or older than STALE_MS whatever the pid
 * (docs/security.md, "Temporary files after kill -9").
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { UsageError } from '../diagnostics.js';
import { basename, dirname, join, resolve } from 'node:path';

const pending = new Set<string>();
let handlersInstalled = false;

/** A temporary file older than this is stale even if a process with its pid is running (pids are reused). */
export const STALE_MS = 60 * 60 * 1000;

/** Errors of the file system that are about the path the user chose (a usage error, exit 2). */
const PATH_ERRORS = new Set(['ENOTDIR', 'EISDIR', 'EACCES', 'EPERM', 'ENOENT', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENAMETOOLONG', 'ELOOP', 'EEXIST', 'EBUSY', 'ETXTBSY', 'EINVAL', 'EFBIG']);

/** An output that cannot be written: the path as the user gave it and the system's reason (an errno code). */
export class OutputError extends UsageError {
  constructor(path: string, reason: string) {
    super('USAGE_OUTPUT_UNWRITABLE', { path, reason });
  }
}

/**
 * `e` as an OutputError for `path` when it is a file-system error about the path; anything else
 * (a bug) is given back as it is.
 */
export function outputFailure(e: unknown, path: string): unknown {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && PATH_ERRORS.has(code) ? new OutputError(path, code) : e;
}

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

/** `.<target name>.merit-<pid>-<8 hex>.tmp`, next to the target (TEMP_NAME reads it back). */
function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.merit-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Folders this process has already cleared of stale temporary files (once per folder is enough). */
const cleared = new Set<string>();

/** `.<name>.merit-<pid>-<8 hex>.tmp`: a temporary file of merit's, and the pid that made it. */
const TEMP_NAME = /^\..+\.merit-(\d+)-[0-9a-f]{8}\.tmp$/;

/**
 * Removes the temporary files that an earlier run killed with SIGKILL left in `dir`: merit's own
 * (by name), whose process is gone or which are older than STALE_MS. Never fails the write.
 */
export function removeStaleTemps(dir: string, now = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const path = join(dir, name);
    if (pending.has(path)) continue;
    try {
      const pid = Number(m[1]);
      const old = now - statSync(path).mtimeMs > STALE_MS;
      if ((pid !== process.pid && !alive(pid)) || old) {
        rmSync(path, { force: true });
        removed.push(path);
      }
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

/** Creates the target's folder and clears stale temporary files; errors name the user's path. */
function prepare(path: string): string {
  const target = resolve(path);
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch (e) {
    // mkdir says EEXIST when a part of the path is a file: that is ENOTDIR to the user.
    throw (e as NodeJS.ErrnoException).code === 'EEXIST' ? new OutputError(path, 'ENOTDIR') : outputFailure(e, path);
  }
  const dir = dirname(target);
  if (!cleared.has(dir)) {
    cleared.add(dir);
    removeStaleTemps(dir);
  }
  return target;
}

/** `data` may come in chunks (an iterable), so a large report never has to be one string. */
export function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string | Uint8Array>): void {
  installHandlers();
  const target = prepare(path);
  const temp = tempName(target);
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
    throw outputFailure(e, path);
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
  const target = prepare(path);
  const temp = tempName(target);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', 0o644);
  } catch (e) {
    throw outputFailure(e, path);
  }
  pending.add(temp);
  let buffer = '';
  let open = true;
  const flush = (): void => {
    const bytes = Buffer.from(buffer, 'utf8');
    buffer = '';
    let offset = 0;
    try {
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (e) {
      throw outputFailure(e, path);
    }
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
        throw outputFailure(e, path);
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
