/**
 * The inputs of `merit score`: files, directories (searched recursively for .xlsx and .csv) and
 * quoted glob patterns (tinyglobby). Expansion rules:
 *
 * - An argument that exists is taken as it is: a file (whatever its name, even with `*` or `[` in
 *   it), or a directory to search. A directory search skips hidden files and folders, Excel lock
 *   files (`~$Book.xlsx`), `node_modules`, and folders of reports merit wrote (`--output-dir`: a
 *   folder holding a merit `manifest.json`, so CSV reports are never read back as evidence); a
 *   directory with no evidence file is a usage error.
 * - An argument that does not exist and has glob syntax is a pattern; one matching nothing is a
 *   usage error. Lock files, hidden entries and `node_modules` are skipped here too.
 * - Any other argument is a file that is missing: it stays in the list, and reading it reports
 *   EVIDENCE_NOT_FOUND for that file (a batch keeps going).
 *
 * Duplicates (the same real path, so links count) are kept once, under the first name given. The
 * list is sorted by path (code-unit order, never the locale), so every run has the same order.
 * One plain file is a single run; anything else (two or more arguments, a directory, a pattern)
 * is a batch.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { toGlobPattern } from './globs.js';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../diagnostics.js';
import { comparePaths } from '../scoring/batch.js';

/** Extensions a directory search picks up (case-insensitive). */
export const EVIDENCE_EXTENSIONS = ['xlsx', 'csv'] as const;

/** Never evidence: Excel/LibreOffice lock files and installed packages (hidden entries: `dot: false`). */
const SKIPPED = ['**/node_modules/**', '**/~$*', '**/.~lock.*'];

export interface ExpandedInputs {
  /** Unique by real path, sorted by path. */
  files: string[];
  /** False only for exactly one argument naming a file (or a missing path that is no pattern). */
  batch: boolean;
  /**
   * Per argument, the directory it is rooted in: a file's folder, the directory itself, a
   * pattern's fixed leading part. Output names under --output-dir are relative to their common part.
   */
  roots: string[];
}

export interface ExpandOptions {
  cwd?: string;
  /** Directories never searched (the --output-dir, so reports are not read back as evidence). */
  exclude?: readonly string[];
}

export async function expandInputs(args: readonly string[], o: ExpandOptions = {}): Promise<ExpandedInputs> {
  const cwd = o.cwd ?? process.cwd();
  const excluded = (o.exclude ?? []).map((d) => resolve(cwd, d));
  const isExcluded = (p: string): boolean => {
    const abs = resolve(cwd, p);
    return excluded.some((d) => abs === d || abs.startsWith(d.endsWith(sep) ? d : d + sep));
  };
  const reports = new ReportFolders(cwd);
  const found: string[] = [];
  const roots: string[] = [];
  let batch = args.length > 1;
  for (const arg of args) {
    const kind = kindOf(resolve(cwd, arg));
    if (kind === 'dir') {
      batch = true;
      roots.push(arg);
      const matches = (await search(`**/*.{${EVIDENCE_EXTENSIONS.join(',')}}`, { cwd: resolve(cwd, arg), caseSensitiveMatch: false })).map((rel) => join(arg, rel));
      const kept = matches.filter((p) => !isExcluded(p) && !reports.has(p, resolve(cwd, arg)));
      if (kept.length === 0) throw new UsageError('USAGE_NO_EVIDENCE_IN_DIRECTORY', { path: arg, extensions: EVIDENCE_EXTENSIONS.map((e) => `.${e}`) });
      found.push(...kept);
      continue;
    }
    const pattern = toGlobPattern(arg);
    if (kind === 'missing' && (await isPattern(pattern))) {
      batch = true;
      roots.push(patternRoot(pattern));
      const matches = (await search(pattern, { cwd, absolute: isAbsolute(arg), expandDirectories: false })).filter((p) => !isExcluded(p) && !reports.has(p, resolve(cwd, patternRoot(pattern))));
      if (matches.length === 0) throw new UsageError('USAGE_NO_MATCH', { pattern: arg });
      found.push(...matches);
      continue;
    }
    roots.push(dirname(arg));
    found.push(arg);
  }
  // The same file twice (also through a link or another spelling): the first name given wins.
  const seen = new Set<string>();
  const files: string[] = [];
  for (const f of found) {
    const key = realKey(resolve(cwd, f));
    if (seen.has(key)) continue;
    seen.add(key);
    files.push(f);
  }
  files.sort(comparePaths);
  return { files, batch, roots };
}

/** Folders that hold a merit `manifest.json` (written by --output-dir), found walking up from a file. */
class ReportFolders {
  private readonly known = new Map<string, boolean>();
  constructor(private readonly cwd: string) {}

  /** Whether `file` lies in a report folder at or below `top`. */
  has(file: string, top: string): boolean {
    let dir = dirname(resolve(this.cwd, file));
    for (;;) {
      if (this.isReportFolder(dir)) return true;
      if (dir === top || dir === dirname(dir) || !dir.startsWith(top)) return false;
      dir = dirname(dir);
    }
  }

  private isReportFolder(dir: string): boolean {
    let yes = this.known.get(dir);
    if (yes === undefined) {
      try {
        yes = readFileSync(join(dir, 'manifest.json'), 'utf8').includes('"merit-manifest/1"');
      } catch {
        yes = false;
      }
      this.known.set(dir, yes);
    }
    return yes;
  }
}

function kindOf(path: string): 'file' | 'dir' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'dir' : 'file';
  } catch (e) {
    // Unreadable for another reason (EACCES, ELOOP): a file; reading it says what is wrong.
    return (e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'missing' : 'file';
  }
}

function realKey(abs: string): string {
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

async function isPattern(arg: string): Promise<boolean> {
  const { isDynamicPattern } = await import('tinyglobby');
  return isDynamicPattern(arg);
}

async function search(pattern: string, options: { cwd: string; absolute?: boolean; caseSensitiveMatch?: boolean; expandDirectories?: boolean }): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  return glob(pattern, { ...options, ignore: SKIPPED, dot: false, onlyFiles: true, followSymbolicLinks: true });
}

/** The fixed leading directories of a pattern (`evidence/2024/*.xlsx` → `evidence/2024`). */
export function patternRoot(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (/[*?[\]{}()!+@]/.test(part)) break;
    fixed.push(part);
  }
  if (fixed.length === 0) return '.';
  const root = fixed.join('/');
  return root === '' ? '/' : root;
}

/** The deepest directory that contains every root (absolute). */
export function commonRoot(roots: readonly string[], cwd = process.cwd()): string {
  const abs = roots.map((r) => resolve(cwd, r));
  if (abs.length === 0) return resolve(cwd);
  const outside = (from: string, to: string): boolean => {
    const rel = relative(from, to);
    return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  };
  let common = abs[0]!;
  for (const r of abs.slice(1)) while (common !== dirname(common) && outside(common, r)) common = dirname(common);
  return common;
}
