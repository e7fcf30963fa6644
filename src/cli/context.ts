/** What every command action gets: language, colours per stream, verbosity, and output sinks. */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from '../diagnostics.js';
import type { SettingRow } from './config-settings.js';
import { visibleDocument } from '../i18n/visible.js';

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

/** The languages of `--lang` and MERIT_LANG. */
export const LANGS: readonly Lang[] = ['id', 'en'];

/** `en`, `en_US`, `id-ID.UTF-8`: a language merit speaks, by its code's first part. */
function knownLang(value: string): Lang | undefined {
  const code = value.toLowerCase().split(/[-_.@]/)[0];
  return LANGS.find((l) => l === code);
}

/**
 * The language of a command line before commander parses it (help and commander's messages are
 * worded before parsing): `--lang X` / `--lang=X` when X is known (an unknown one is commander's
 * error to report, in the fallback language), else MERIT_LANG, else Indonesian. An unknown
 * MERIT_LANG is returned so main.ts can warn about it, as `--lang fr` is an error.
 */
export function langOfArgv(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): { lang: Lang; unknownEnv?: string } {
  const end = argv.indexOf('--');
  const args = end === -1 ? argv : argv.slice(0, end);
  for (const [i, arg] of args.entries()) {
    const value = arg === '--lang' ? args[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    const lang = value === undefined ? undefined : LANGS.find((l) => l === value);
    if (lang) return { lang };
  }
  const fromEnv = env.MERIT_LANG;
  if (fromEnv === undefined || fromEnv === '') return { lang: 'id' };
  const lang = knownLang(fromEnv);
  return lang ? { lang } : { lang: 'id', unknownEnv: fromEnv };
}

export function resolveLang(value: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  return knownLang(value ?? env.MERIT_LANG ?? 'id') ?? 'id';
}

/**
 * Writes a document (Markdown, CSV, JSON, HTML: not the text renderers, which escape each value
 * themselves and add colours) to stdout; on a terminal its control characters are made visible.
 */
export function writeDocument(ctx: CliContext, text: string): void {
  ctx.stdout(process.stdout.isTTY ? visibleDocument(text) : text);
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
