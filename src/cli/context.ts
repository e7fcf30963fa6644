/** What every command action gets: language, colours per stream, verbosity, and output sinks. */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from '../diagnostics.js';
import type { SettingRow } from './config-settings.js';

export interface CliContext {
  lang: Lang;
  debug: boolean;
  quiet: boolean;
  /** Colours for data written to stdout and for messages written to stderr. */
  out: ChalkInstance;
  err: ChalkInstance;
  /** Terminal width for stdout (80 when not a terminal or unknown). */
  columns: number;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Exit code the command asks for; the worst one wins. */
  exitCode: number;
  /** Commands that read a configuration file: every setting and where it came from (`--print-config`). */
  settings?: { file?: string; rows: SettingRow[] };
}

export interface GlobalFlags {
  lang?: string;
  color?: boolean;
  debug?: boolean;
  quiet?: boolean;
}

/**
 * Colour level for a stream: `--no-color` or a non-empty NO_COLOR turn it off; FORCE_COLOR (0-3,
 * or empty/true for 1) forces it; otherwise colour only when the stream is a terminal.
 */
export function colorLevel(stream: { isTTY?: boolean }, flags: GlobalFlags, env: NodeJS.ProcessEnv = process.env): 0 | 1 | 2 | 3 {
  if (flags.color === false) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false') return 0;
    const n = Number(force);
    if (Number.isInteger(n) && n >= 0 && n <= 3) return n as 0 | 1 | 2 | 3;
    return 1;
  }
  if (!stream.isTTY) return 0;
  if (env.TERM === 'dumb') return 0;
  return env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit' ? 3 : 2;
}

export function resolveLang(value: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  const v = (value ?? env.MERIT_LANG ?? 'id').toLowerCase();
  return v.startsWith('en') ? 'en' : 'id';
}

export function createContext(flags: GlobalFlags): CliContext {
  const stdoutStream = process.stdout as NodeJS.WriteStream;
  return {
    lang: resolveLang(flags.lang),
    debug: Boolean(flags.debug),
    quiet: Boolean(flags.quiet),
    out: new Chalk({ level: colorLevel(stdoutStream, flags) }),
    err: new Chalk({ level: colorLevel(process.stderr, flags) }),
    columns: stdoutStream.isTTY && stdoutStream.columns ? stdoutStream.columns : Number(process.env.COLUMNS) || 80,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    exitCode: 0,
  };
}
