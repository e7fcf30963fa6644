/**
 * Windows spellings of inputs. cmd.exe and PowerShell do not expand `*`, so merit gets the pattern
 * itself, written with backslashes and often a drive letter (`C:\bukti\2024\*.xlsx`). Glob syntax
 * uses `\` as an escape and `/` as the separator; a Windows file name can hold none of the
 * characters one would escape (`* ? " < > |`), so on Windows every backslash is a separator.
 * The path implementation is a parameter so the tests can run the Windows rules anywhere.
 */
import path from 'node:path';

type PathApi = Pick<typeof path, 'sep'>;

/** The glob pattern for an argument: backslashes become `/` on Windows, nothing changes elsewhere. */
export function toGlobPattern(arg: string, p: PathApi = path): string {
  return p.sep === '\\' ? arg.replace(/\\/g, '/') : arg;
}
