/**
 * Runs a command action with a context, and turns every failure into words and an exit code:
 * InputError and UsageError are the user's (exit 2, no stack trace); anything else is a bug
 * (exit 3; `--debug` shows the stack).
 */
import type { Command } from 'commander';
import { ExitCode, InputError, UsageError, sortDiagnostics } from '../diagnostics.js';
import { createContext, type CliContext, type GlobalFlags } from './context.js';
import { cliText } from '../i18n/core.js';
import { visible } from '../i18n/visible.js';

export type Action<O> = (ctx: CliContext, args: string[], options: O) => Promise<void>;

/**
 * The words of every diagnostic (src/i18n): loaded when a command runs, not for --help, so the
 * start-up path parses only the small core of the words (src/i18n/core.ts).
 */
let i18n: typeof import('../i18n/index.js') | undefined;

/** The exit code of the last finished action (main.ts reads it). */
export const outcome = { exitCode: 0 as number };

export function runAction<O>(action: Action<O>, o: { config?: boolean } = {}) {
  return async (...params: unknown[]): Promise<void> => {
    const command = params[params.length - 1] as Command;
    let options = command.optsWithGlobals() as O & GlobalFlags;
    const args = command.processedArgs.flatMap((a: unknown) => (Array.isArray(a) ? (a as string[]) : a === undefined ? [] : [String(a)]));
    const ctx = createContext(options);
    i18n ??= await import('../i18n/index.js');
    try {
      // merit.config.json & co.: its values fill the options no flag gave (config-settings.ts).
      if (o.config) {
        ctx.settings = await (await import('./config-action.js')).loadSettings(command, (options as { config?: string }).config);
        options = command.optsWithGlobals() as O & GlobalFlags;
        Object.assign(ctx, createContext(options), { settings: ctx.settings });
      }
      // Lets the CLI tests prove that a bug exits 3 without a stack trace; never set by users.
      if (process.env.MERIT_TEST_INTERNAL_ERROR === '1') throw new Error('simulated internal error (MERIT_TEST_INTERNAL_ERROR)');
      // ... and that one thrown outside the awaited chain (an event handler in a dependency) does too.
      if (process.env.MERIT_TEST_INTERNAL_ERROR === 'async') {
        setTimeout(() => {
          throw new Error('simulated asynchronous internal error (MERIT_TEST_INTERNAL_ERROR)');
        }, 0);
      }
      await action(ctx, args, options);
      outcome.exitCode = ctx.exitCode;
    } catch (e) {
      outcome.exitCode = reportFailure(ctx, e);
    }
  };
}

export function reportFailure(ctx: CliContext, e: unknown): number {
  // Before any command ran (never in practice) a diagnostic prints as its code.
  const formatDiagnostic = i18n?.formatDiagnostic ?? ((d: { code: string }) => d.code);
  const messageText = i18n?.messageText ?? ((d: { code: string }) => d.code);
  const hintText = i18n?.hintText ?? (() => undefined);
  if (e instanceof InputError) {
    for (const d of sortDiagnostics(e.diagnostics)) ctx.stderr(colourDiagnostic(ctx, formatDiagnostic(d, ctx.lang), d.severity) + '\n');
    if (ctx.debug) ctx.stderr(`${e.stack ?? ''}\n`);
    if (ctx.debug && e.cause !== undefined) ctx.stderr(`cause: ${e.cause instanceof Error ? (e.cause.stack ?? e.cause.message) : String(e.cause)}\n`);
    return ExitCode.INPUT;
  }
  if (e instanceof UsageError) {
    const d = e.diagnostic;
    ctx.stderr(`${ctx.err.red('merit:')} ${visible(messageText(d, ctx.lang))}\n`);
    const hint = hintText(d, ctx.lang);
    if (hint) ctx.stderr(`  ${visible(hint)}\n`);
    if (ctx.debug) ctx.stderr(`${e.stack ?? ''}\n`);
    return ExitCode.INPUT;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  ctx.stderr(`${ctx.err.red('merit:')} ${visible(cliText(ctx.lang, 'internalError', { message: err.message }))}\n`);
  ctx.stderr(ctx.debug ? `${err.stack ?? ''}\n` : `  ${cliText(ctx.lang, 'debugHint')}\n`);
  return ExitCode.INTERNAL;
}

export function colourDiagnostic(ctx: CliContext, text: string, severity: 'error' | 'warning' | 'info'): string {
  const [first = '', ...rest] = text.split('\n');
  const paint = severity === 'error' ? ctx.err.red : severity === 'warning' ? ctx.err.yellow : ctx.err.cyan;
  return [paint(first), ...rest.map((l) => ctx.err.dim(l))].join('\n');
}
