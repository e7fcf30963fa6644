/** English sentences of the command line itself (not diagnostics). */
import { a } from '../helpers/cli.js';
import type { Sentence } from '../types.js';
import type { cli as id } from '../id/cli.js';

export const cli: Record<keyof typeof id, Sentence> = {
  internalError: (x) => `internal error (a bug in merit): ${a(x.message)}`,
  debugHint: () => 'run again with --debug to see the stack trace, and report it',
  usageHint: (x) => `see \`${a(x.command)} --help\``,
  wroteTemplate: (x) => `wrote: ${a(x.path)} (${a(x.format)}, ${a(x.criteria)} criteria, rubric ${a(x.rubric)})`,
  wrote: (x) => `wrote: ${a(x.path)} (${a(x.format)})`,
  rubricChosen: (x) => `rubric: ${a(x.rubric)} (chosen by ${x.by === 'stamp' ? 'the workbook stamp' : 'the file\'s codes'})`,
  gateFailed: (x) => `gate ${a(x.gate)} failed: expected ${a(x.expected)}, found ${a(x.found)}`,
  gateFailedIn: (x) => `${a(x.file)}: gate ${a(x.gate)} failed: expected ${a(x.expected)}, found ${a(x.found)}`,
  wroteMany: (x) => `wrote: ${a(x.count)} files in ${a(x.dir)} (list: ${a(x.manifest)})`,
  batchDone: (x) => `${a(x.files)} files: ${a(x.scored)} scored, ${a(x.failed)} unreadable, ${a(x.gateFailures)} failed a gate, ${a(x.withErrors)} with errors`,
  progressFiles: () => 'files',
  gatePassed: (x) => `gate ${a(x.gate)} passed: expected ${a(x.expected)}, found ${a(x.found)}`,
  skippedLock: (x) => `skipped: ${a(x.path)} (an Excel/LibreOffice lock file of a workbook open somewhere, not evidence)`,
  configFile: (x) => `configuration file: ${a(x.path)}`,
  configNone: () => 'configuration file: none (merit.config.json, .meritrc.json or a "merit" key in package.json, searched from the working directory upward)',
  configHeader: () => 'setting\tvalue\tsource',
  configDefault: () => 'default',
  configFlag: (x) => `flag ${a(x.flag)}`,
  configEnv: (x) => `environment ${a(x.name)}`,
};
