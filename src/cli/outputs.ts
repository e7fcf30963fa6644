/**
 * Which report goes where: `--format` and `--output` may each repeat. An output's format is the
 * `--format` at the same position, else it is inferred from the output's extension. With no
 * `--output`, one format goes to stdout; `-o -` names stdout explicitly (at most one output goes there).
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { UsageError } from '../diagnostics.js';
import { extensionMap, formatNames, type FormatFor } from '../report/formats.js';

/** The formats of one assessment's report (the registry's, in its order). */
export type ReportFormat = FormatFor<'agency'>;
export const REPORT_FORMATS: readonly ReportFormat[] = formatNames('agency');

/** Extension -> report format (`.txt`, `.json`, `.csv`, `.md`, `.markdown`, `.html`, `.htm`, `.xlsx`). */
export const BY_EXTENSION: Readonly<Record<string, ReportFormat>> = extensionMap('agency');

export interface PlannedOutput<F extends string = ReportFormat> {
  format: F;
  /** Undefined: stdout. */
  path?: string;
}

export function formatFromPath(path: string): ReportFormat | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}

/**
 * `available` and `byExtension` default to the single-report formats; a batch passes its own
 * (summary formats, `.xml` for JUnit).
 */
export function planOutputs<F extends string = ReportFormat>(
  formats: readonly string[],
  outputs: readonly string[],
  available: readonly F[] = REPORT_FORMATS as unknown as readonly F[],
  byExtension: Readonly<Record<string, F>> = BY_EXTENSION as unknown as Readonly<Record<string, F>>,
): PlannedOutput<F>[] {
  const known = available as readonly string[];
  for (const f of formats) if (!known.includes(f)) throw new UsageError('USAGE_UNKNOWN_FORMAT', { format: f, formats: [...available] });
  if (outputs.length === 0) {
    if (formats.length > 1) throw new UsageError('USAGE_MANY_FORMATS_TO_STDOUT', { count: formats.length });
    return [{ format: ((formats[0] as F | undefined) ?? 'text') as F }];
  }
  const planned: PlannedOutput<F>[] = outputs.map((path, i) => {
    // `-o -`: standard output, in the format at the same position (default text).
    if (path === '-') return { format: ((formats[i] as F | undefined) ?? 'text') as F };
    const format = (formats[i] as F | undefined) ?? byExtension[extname(path).toLowerCase()];
    if (!format) throw new UsageError('USAGE_FORMAT_FROM_EXTENSION', { path, extensions: Object.keys(byExtension) });
    if (!known.includes(format)) throw new UsageError('USAGE_UNKNOWN_FORMAT', { format, formats: [...available] });
    return { format, path };
  });
  const extra = formats.slice(outputs.length);
  if (extra.length > 1) throw new UsageError('USAGE_MANY_FORMATS_TO_STDOUT', { count: extra.length });
  if (extra.length === 1) planned.push({ format: extra[0] as F });
  const toStdout = planned.filter((p) => !p.path).length;
  if (toStdout > 1) throw new UsageError('USAGE_MANY_FORMATS_TO_STDOUT', { count: toStdout });
  const seen = new Set<string>();
  for (const p of planned) {
    if (!p.path) continue;
    const key = pathKey(p.path);
    if (seen.has(key)) throw new UsageError('USAGE_OUTPUT_TWICE', { path: p.path });
    seen.add(key);
  }
  return planned;
}

/**
 * Refuses to write over an input file: compared by real path (a symbolic link counts) and by
 * device and inode (so does a hard link, which has a path of its own).
 */
export function assertNotInput(outputs: readonly { path?: string }[], inputs: readonly string[]): void {
  const real = (p: string) => {
    try {
      return existsSync(p) ? realpathSync(p) : resolve(p);
    } catch {
      return resolve(p);
    }
  };
  // A path that cannot be stat'ed (missing, through a file: ENOTDIR, no permission) is no input.
  const inode = (p: string): string | undefined => {
    try {
      const st = statSync(p, { throwIfNoEntry: false });
      return st ? `${st.dev}:${st.ino}` : undefined;
    } catch {
      return undefined;
    }
  };
  const inputSet = new Set(inputs.map(real));
  const inputInodes = new Set(inputs.map(inode));
  for (const o of outputs) {
    if (!o.path) continue;
    const node = inode(o.path);
    if (inputSet.has(real(o.path)) || (node !== undefined && inputInodes.has(node))) throw new UsageError('USAGE_OUTPUT_IS_INPUT', { path: o.path });
  }
}

/**
 * Where a path really leads: its deepest existing folder by real path (symbolic links followed),
 * then the rest; compared without case where file systems ignore it (macOS, Windows).
 */
export function pathKey(path: string): string {
  let dir = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      if (existsSync(dir)) {
        dir = realpathSync(dir);
        break;
      }
    } catch {
      // unreadable: compare by the resolved path
      break;
    }
    const up = dirname(dir);
    if (up === dir) break;
    rest.unshift(basename(dir));
    dir = up;
  }
  const key = join(dir, ...rest);
  return process.platform === 'darwin' || process.platform === 'win32' ? key.toLowerCase() : key;
}

/**
 * Refuses, before anything is written, two outputs of one run that lead to the same file
 * (`-o out/x.csv.json` with `--output-dir out`, `-o out/manifest.json`, `--records` = `-o`).
 * `what` names each output for the message (`--output`, `--output-dir`, `manifest.json`).
 */
export function assertDistinct(outputs: readonly { path?: string; what: string }[]): void {
  const seen = new Map<string, string>();
  for (const o of outputs) {
    if (!o.path) continue;
    const key = pathKey(o.path);
    const first = seen.get(key);
    if (first !== undefined) throw new UsageError('USAGE_OUTPUT_COLLISION', { path: o.path, first, second: o.what });
    seen.set(key, o.what);
  }
}
