/**
 * Every setting a configuration file may hold, the option it fills, and where an effective value
 * came from. A value given on the command line (commander's value source `cli`) or by an
 * environment variable wins over the file; the file wins over the defaults. `format` and `output`
 * go together (they pair up in order): a flag for either leaves both of the file's out.
 *
 * Paths in the file (rubric paths, outputs) are relative to the file's folder, like ESLint's.
 * `batch.include` / `batch.exclude` fill the options `include` / `exclude` of the batch
 * file selection.
 *
 * Every setting is `merit score`'s; the rubric, the sheet, the language and the limits also reach
 * `gap`, `diff` and `explain` (they read evidence like `score`), and the rubric, the language and
 * `deterministic` reach `template` (a team's workbook is for its rubric). A report format or a
 * gate does not: those commands write other outputs and have gates of their own.
 */
import { isAbsolute, relative, resolve, dirname } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_LIMITS } from '../evidence/types.js';
import { looksLikeId } from '../rubric/load.js';
import type { ConfigFile, ConfigValue } from './config-file.js';

/** Where a value came from: the default, a configuration file, a flag, or an environment variable. */
export type SettingSource = { kind: 'default' } | { kind: 'file'; path: string } | { kind: 'flag'; flag: string } | { kind: 'env'; name: string };

export interface SettingRow {
  /** The key in the configuration file (`gates.failUnder`). */
  key: string;
  /** The option's name in commander (`failUnder`). */
  option: string;
  value: unknown;
  source: SettingSource;
}

interface Setting {
  key: string;
  option: string;
  flag: string;
  /** Declared on the program (global), not on the command. */
  global?: boolean;
  /** An environment variable that sets it (and wins over the file). */
  env?: string;
  /** The file's value as the option's value (strings, string lists, booleans). */
  read: (c: ConfigValue, rebase: (p: string) => string) => unknown;
  /** What the default is, for `merit config`, when the option has no value of its own. */
  shown?: unknown;
  /** The commands besides `score` it fills. */
  also?: readonly string[];
}

const ANALYSIS = ['gap', 'diff', 'explain'] as const;
const READERS = [...ANALYSIS, 'template'] as const;

const str = (v: string | number | undefined): string | undefined => (v === undefined ? undefined : String(v));
const list = (v: string | string[] | undefined): string[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

export const SETTINGS: readonly Setting[] = [
  { key: 'rubric', option: 'rubric', flag: '--rubric', read: (c, rebase) => (c.rubric === undefined ? undefined : looksLikeId(c.rubric) ? c.rubric : rebase(c.rubric)), shown: 'auto', also: READERS },
  { key: 'format', option: 'format', flag: '--format', read: (c) => list(c.format), shown: ['text'] },
  { key: 'output', option: 'output', flag: '--output', read: (c, rebase) => list(c.output)?.map(rebase) },
  { key: 'outputDir', option: 'outputDir', flag: '--output-dir', read: (c, rebase) => (c.outputDir === undefined ? undefined : rebase(c.outputDir)) },
  { key: 'lang', option: 'lang', flag: '--lang', global: true, env: 'MERIT_LANG', read: (c) => c.lang, shown: 'id', also: READERS },
  { key: 'csvDialect', option: 'csvDialect', flag: '--csv-dialect', read: (c) => c.csvDialect, shown: 'auto' },
  { key: 'csvDelimiter', option: 'csvDelimiter', flag: '--csv-delimiter', read: (c) => c.csvDelimiter },
  { key: 'sheet', option: 'sheet', flag: '--sheet', read: (c) => str(c.sheet), also: ANALYSIS },
  { key: 'subject', option: 'subject', flag: '--subject', read: (c) => c.subject },
  { key: 'period', option: 'period', flag: '--period', read: (c) => c.period },
  { key: 'verbose', option: 'verbose', flag: '--verbose', read: (c) => c.verbose, shown: false },
  { key: 'quiet', option: 'quiet', flag: '--quiet', read: (c) => c.quiet, shown: false },
  { key: 'deterministic', option: 'deterministic', flag: '--deterministic', env: 'SOURCE_DATE_EPOCH', read: (c) => c.deterministic, shown: false, also: ['template'] },
  { key: 'gates.failUnder', option: 'failUnder', flag: '--fail-under', read: (c) => str(c.gates?.failUnder) },
  { key: 'gates.minPredicate', option: 'minPredicate', flag: '--min-predicate', read: (c) => c.gates?.minPredicate },
  { key: 'gates.minCoverage', option: 'minCoverage', flag: '--min-coverage', read: (c) => str(c.gates?.minCoverage) },
  { key: 'gates.minAspect', option: 'minAspect', flag: '--min-aspect', read: (c) => (c.gates?.minAspect ? Object.entries(c.gates.minAspect).map(([k, v]) => `${k}=${v}`) : undefined) },
  { key: 'gates.maxWarnings', option: 'maxWarnings', flag: '--max-warnings', read: (c) => str(c.gates?.maxWarnings) },
  { key: 'limits.maxFileSize', option: 'maxFileSize', flag: '--max-file-size', read: (c) => str(c.limits?.maxFileSize), shown: DEFAULT_LIMITS.maxFileBytes, also: ANALYSIS },
  { key: 'limits.maxInflatedSize', option: 'maxInflatedSize', flag: '--max-inflated-size', read: (c) => str(c.limits?.maxInflatedSize), shown: DEFAULT_LIMITS.maxInflatedBytes, also: ANALYSIS },
  { key: 'limits.maxRows', option: 'maxRows', flag: '--max-rows', read: (c) => str(c.limits?.maxRows), shown: DEFAULT_LIMITS.maxRows, also: ANALYSIS },
  { key: 'limits.maxCellChars', option: 'maxCellChars', flag: '--max-cell-chars', read: (c) => str(c.limits?.maxCellChars), shown: DEFAULT_LIMITS.maxCellChars, also: ANALYSIS },
  { key: 'limits.maxCells', option: 'maxCells', flag: '--max-cells', read: (c) => str(c.limits?.maxCells), shown: DEFAULT_LIMITS.maxCells, also: ANALYSIS },
  { key: 'batch.include', option: 'include', flag: '--include', read: (c) => c.batch?.include },
  { key: 'batch.exclude', option: 'exclude', flag: '--exclude', read: (c) => c.batch?.exclude },
];

/** Options that are given together: a flag for one keeps the file's value of the others out. */
const GROUPS: readonly (readonly string[])[] = [['format', 'output']];

function root(cmd: Command): Command {
  let c = cmd;
  while (c.parent) c = c.parent;
  return c;
}

const holderOf = (cmd: Command, s: Setting): Command => (s.global ? root(cmd) : cmd);
const fromFlag = (cmd: Command, s: Setting): boolean => holderOf(cmd, s).getOptionValueSource(s.option) === 'cli';
const fromEnv = (s: Setting, env: NodeJS.ProcessEnv): boolean => s.env !== undefined && env[s.env] !== undefined && env[s.env] !== '';

/**
 * Puts the file's values into the command's options where no flag (or environment variable)
 * gave one; commander then reports them with the value source `config`.
 */
export function applyConfig(cmd: Command, file: ConfigFile | undefined, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): void {
  if (!file) return;
  const dir = dirname(resolve(cwd, file.path));
  const rebase = (p: string): string => (isAbsolute(p) || dir === resolve(cwd) ? p : relative(cwd, resolve(dir, p)) || '.');
  const byOption = new Map(SETTINGS.map((s) => [s.option, s]));
  for (const s of settingsOf(cmd)) {
    const value = s.read(file.value, rebase);
    if (value === undefined || fromFlag(cmd, s) || fromEnv(s, env)) continue;
    const group = GROUPS.find((g) => g.includes(s.option));
    if (group?.some((o) => o !== s.option && fromFlag(cmd, byOption.get(o)!))) continue;
    holderOf(cmd, s).setOptionValueWithSource(s.option, value, 'config');
  }
}

/** The settings a command takes from the file: all of them for `score`, a few for the others. */
function settingsOf(cmd: Command): readonly Setting[] {
  const name = cmd.name();
  return name === 'score' ? SETTINGS : SETTINGS.filter((s) => s.also?.includes(name));
}

/** Every setting's effective value and where it came from (after `applyConfig`). */
export function describeSettings(cmd: Command, file: ConfigFile | undefined, env: NodeJS.ProcessEnv = process.env): SettingRow[] {
  return settingsOf(cmd).map((s) => {
    const holder = holderOf(cmd, s);
    const origin = holder.getOptionValueSource(s.option);
    const own = holder.getOptionValue(s.option) as unknown;
    let source: SettingSource;
    let value: unknown = own;
    if (origin === 'cli') source = { kind: 'flag', flag: s.flag };
    else if (origin === 'config' && file) source = { kind: 'file', path: file.path };
    else if (fromEnv(s, env)) {
      source = { kind: 'env', name: s.env! };
      value = s.key === 'deterministic' ? true : env[s.env!];
    } else source = { kind: 'default' };
    if (source.kind === 'default' && (value === undefined || (Array.isArray(value) && value.length === 0))) value = s.shown ?? null;
    return { key: s.key, option: s.option, value: value ?? null, source };
  });
}
