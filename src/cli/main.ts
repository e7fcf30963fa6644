/**
 * The `merit` program. Command definitions are light (commander only); each action imports its
 * implementation lazily, so `merit --help` and `merit rubric list` never load exceljs.
 */
import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../version.js';
import { ExitCode } from '../diagnostics.js';
import type { Lang } from '../diagnostics.js';
import { createContext, LANGS, langOfArgv } from './context.js';
import { commandPath, localizeProgram, missingHelpWords } from './help.js';
import { registerCompletion } from './completion.js';
import { helpWords } from '../i18n/help.js';
import { outcome, reportFailure } from './run.js';
import { registerRubric } from './rubric.js';
import { registerDiff } from './diff.js';
import { registerExplain } from './explain.js';
import { registerGap } from './gap.js';
import { registerScore } from './score.js';
import { registerTemplate } from './template.js';
import { registerConfig } from './config.js';
import { cliText } from '../i18n/core.js';

/** Where the last commander error came from, for the `see merit <command> --help` line. */
let failedCommand: Command | undefined;

export function buildProgram(lang: Lang = 'id'): Command {
  const program = new Command('merit');
  program
    .description('Menghitung indeks sistem merit dari spreadsheet bukti dukung.\nComputes merit-system index scores from evidence spreadsheets.')
    .version(VERSION, '-V, --version')
    .addOption(new Option('--lang <lang>', 'bahasa keluaran / output language').choices(['id', 'en']))
    .option('--no-color', 'tanpa warna / no colours (also NO_COLOR)')
    .option('--debug', 'tampilkan stack trace / show stack traces')
    .showHelpAfterError(false);
  registerScore(program);
  registerRubric(program);
  registerGap(program);
  registerDiff(program);
  registerExplain(program);
  registerTemplate(program);
  registerConfig(program);
  registerCompletion(program);
  // Words (help, commander's messages) in one language; exitOverride and suggestions on every command.
  localizeProgram(program, lang, (cmd) => (failedCommand = cmd));
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const { lang, unknownEnv } = langOfArgv(argv);
  if (unknownEnv !== undefined) {
    process.stderr.write(`merit: ${helpWords(lang).errors.unknownLangEnv({ value: unknownEnv, choices: LANGS.join(', '), used: lang })}\n`);
  }
  const program = buildProgram(lang);
  // A check for the tests (never set by users): which commands and options lack words in a language.
  if (process.env.MERIT_CHECK_HELP_WORDS === '1') {
    process.stdout.write(`${JSON.stringify(LANGS.flatMap((l) => missingHelpWords(buildProgram(l), l)))}\n`);
    return ExitCode.OK;
  }
  try {
    await program.parseAsync(argv);
    return outcome.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return ExitCode.OK;
      // commander printed the message (in the language); add where to look, and exit 2 (never commander's 1).
      const cmd = ['merit', commandPath(failedCommand ?? program)].filter(Boolean).join(' ');
      if (e.code !== 'commander.help') process.stderr.write(`  ${cliText(lang, 'usageHint', { command: cmd })}\n`);
      return ExitCode.INPUT;
    }
    return reportFailure(createContext({ lang, debug: argv.includes('--debug'), color: !argv.includes('--no-color') }), e);
  }
}

// A reader that stops early (`merit score x | head`) closes the pipe: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw e;
  });
}

// A failure outside the awaited chain (an event handler inside a dependency) is a bug like any
// other: one sentence and exit 3 (2 for a user's InputError), never Node's stack trace and exit 1,
// which would read as a failed gate.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (e: unknown) => {
    const argv = process.argv;
    const lang = argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined;
    const code = reportFailure(createContext({ lang, debug: argv.includes('--debug'), color: !argv.includes('--no-color') }), e);
    process.exit(code);
  });
}

process.exitCode = await main(process.argv);
