/**
 * The inputs of `merit score`: files, directories (searched recursively for every spreadsheet
 * merit reads, and for other spreadsheet-like files, below) and quoted glob patterns
 * (tinyglobby). Expansion rules:
 *
 * - An argument that exists is taken as it is: a file (whatever its name, even with `*` or `[` in
 *   it), or a directory to search. A directory search takes the files merit reads
 *   (EVIDENCE_EXTENSIONS: .xlsx .xlsm .xls .xlsb .ods, and .csv .tsv .txt read as delimited text)
 *   and the other files that look like a spreadsheet (SPREADSHEET_LIKE: templates, Apple Numbers,
 *   WPS, flat ODS, Google Sheets shortcuts), which go into the batch so that reading them says
 *   what they are (scored when their content is a workbook merit reads, else failed with a
 *   diagnostic): the summary accounts for every spreadsheet in the folder. It skips hidden files
 *   and folders, `node_modules`, folders of reports merit wrote (`--output-dir`: a folder holding
 *   a merit `manifest.json`, so CSV reports are never read back as evidence), and Excel and
 *   LibreOffice lock files (`~$Book.xlsx`, `.~lock.Book.ods#`), which are listed in `skipped` for
 *   a note. A directory with no such file is a usage error.
 * - `--include GLOB` / `--exclude GLOB` (repeatable) narrow what directory searches and patterns
 *   find (never a file named on the command line): a glob without `/` matches a file's name or a
 *   folder's name anywhere (`*.txt`, `arsip`), one with `/` matches the path under the directory
 *   or the pattern's fixed folders (`2024/**`); case is ignored. A file is kept when it matches an
 *   include (if any is given) and no exclude.
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

/** Extensions of the files merit reads, which a directory search picks up (case-insensitive). */
export const EVIDENCE_EXTENSIONS = ['xlsx', 'xlsm', 'xls', 'xlsb', 'ods', 'csv', 'tsv', 'txt'] as const;

/**
 * Other files that look like a spreadsheet: a directory search lists them too, so a batch reports
 * them (an .xltx template is read like an .xlsx; Numbers, flat ODS and a Google Sheets shortcut
 * fail with EVIDENCE_UNSUPPORTED_FORMAT).
 */
export const SPREADSHEET_LIKE = ['xltx', 'xltm', 'xlt', 'ots', 'fods', 'numbers', 'et', 'ett', 'gsheet'] as const;

/** Never evidence: Excel/LibreOffice lock files and installed packages (hidden entries: `dot: false`). */
const SKIPPED = ['**/node_modules/**', '**/~$*', '**/.~lock.*'];
/** Lock files an office program keeps beside an open workbook: skipped with a note. */
const LOCK_FILES = ['**/~$*', '**/.~lock.*#'];

export interface ExpandedInputs {
  /** Unique by real path, sorted by path. */
  files: string[];
  /** False only for exactly one argument naming a file (or a missing path that is no pattern). */
  batch: boolean;
  /** Lock files found by directory searches, not read (sorted). */
  skipped: string[];
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
  /** `--include GLOB`: directory searches and patterns keep only files matching one of these. */
  includeGlobs?: readonly string[];
  /** `--exclude GLOB`: ...and drop files matching any of these. */
  excludeGlobs?: readonly string[];
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
  const skipped: string[] = [];
  let batch = args.length > 1;
  const wanted = async (paths: string[], root: string): Promise<string[]> => selected(paths, resolve(cwd, root), cwd, o);
  for (const arg of args) {
    const kind = kindOf(resolve(cwd, arg));
    if (kind === 'dir') {
      batch = true;
      roots.push(arg);
      const dir = resolve(cwd, arg);
      const extensions = [...EVIDENCE_EXTENSIONS, ...SPREADSHEET_LIKE].join(',');
      const matches = (await search(`**/*.{${extensions}}`, { cwd: dir, caseSensitiveMatch: false })).map((rel) => join(arg, rel));
      const kept = await wanted(
        matches.filter((p) => !isExcluded(p) && !reports.has(p, dir)),
        arg,
      );
      // The folder is the --output-dir (or inside it): said as such, not as a folder without evidence.
      if (kept.length === 0 && isExcluded(arg)) throw new UsageError('USAGE_OUTPUT_DIR_IS_INPUT', { path: arg });
      if (kept.length === 0) throw new UsageError('USAGE_NO_EVIDENCE_IN_DIRECTORY', { path: arg, extensions: EVIDENCE_EXTENSIONS.map((e) => `.${e}`) });
      found.push(...kept);
      const locks = (await search(LOCK_FILES, { cwd: dir, dot: true, ignore: ['**/node_modules/**', '**/.*/**'] })).map((rel) => join(arg, rel));
      skipped.push(...(await wanted(locks.filter((p) => !isExcluded(p) && !reports.has(p, dir)), arg)));
      continue;
    }
    const pattern = toGlobPattern(arg);
    if (kind === 'missing' && (await isPattern(pattern))) {
      batch = true;
      roots.push(patternRoot(pattern));
      const matches = await wanted(
        (await search(pattern, { cwd, absolute: isAbsolute(arg), expandDirectories: false })).filter((p) => !isExcluded(p) && !reports.has(p, resolve(cwd, patternRoot(pattern)))),
        patternRoot(pattern),
      );
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
  skipped.sort(comparePaths);
  return { files, batch, roots, skipped };
}

/**
 * The paths (as found, relative to `cwd` or absolute) that pass `--include`/`--exclude`. Each
 * glob is searched under `root` (a glob without `/` anywhere below it, as a file or a folder name)
 * and the found files are kept or dropped by their real location.
 */
async function selected(paths: string[], root: string, cwd: string, o: ExpandOptions): Promise<string[]> {
  const include = o.includeGlobs ?? [];
  const exclude = o.excludeGlobs ?? [];
  if (paths.length === 0 || (include.length === 0 && exclude.length === 0)) return paths;
  const under = async (globs: readonly string[]): Promise<Set<string>> => {
    const patterns = globs.flatMap((g) => {
      const p = g.replace(/^\.\//, '').replace(/\/$/, '');
      return p.includes('/') ? [p, `${p}/**`] : [`**/${p}`, `**/${p}/**`];
    });
    const { glob } = await import('tinyglobby');
    const hits = await glob(patterns, { cwd: root, dot: true, onlyFiles: true, caseSensitiveMatch: false, followSymbolicLinks: true, absolute: true });
    return new Set(hits.map((h) => resolve(h)));
  };
  const included = include.length ? await under(include) : undefined;
  const excluded = exclude.length ? await under(exclude) : new Set<string>();
  return paths.filter((p) => {
    const abs = resolve(cwd, p);
    return (!included || included.has(abs)) && !excluded.has(abs);
  });
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

async function search(
  pattern: string | string[],
  options: { cwd: string; absolute?: boolean; caseSensitiveMatch?: boolean; expandDirectories?: boolean; dot?: boolean; ignore?: string[] },
): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  return glob(pattern, { ignore: SKIPPED, dot: false, ...options, onlyFiles: true, followSymbolicLinks: true });
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
