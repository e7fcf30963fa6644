/**
 * The `merit` program. Command definitions are light (commander only); each action imports its
 * implementation lazily, so `merit --help` and `merit rubric list` never load exceljs.
 */
import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../version.js';
import { ExitCode } from '../diagnostics.js';
import { createContext, resolveLang } from './context.js';
import { outcome, reportFailure } from './run.js';
import { registerRubric } from './rubric.js';
import { registerDiff } from './diff.js';
import { registerExplain } from './explain.js';
import { registerGap } from './gap.js';
import { registerScore } from './score.js';
import { registerTemplate } from './template.js';
import { registerConfig } from './config.js';
import { cliText } from '../i18n/core.js';

export function buildProgram(): Command {
  const program = new Command('merit');
  program
    .description('Menghitung indeks sistem merit dari spreadsheet bukti dukung.\nComputes merit-system index scores from evidence spreadsheets.')
    .version(VERSION, '-V, --version')
    .addOption(new Option('--lang <lang>', 'bahasa keluaran / output language').choices(['id', 'en']))
    .option('--no-color', 'tanpa warna / no colours (also NO_COLOR)')
    .option('--debug', 'tampilkan stack trace / show stack traces')
    .showSuggestionAfterError(true)
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });
  program.addHelpText(
    'after',
    `
Contoh / Examples:
  $ merit score examples/kab-contoh-baik.xlsx
  $ merit score evidence.csv --format json --output report.json --fail-under 250
  $ merit rubric list
  $ merit rubric show kasn-2019 --lang en
  $ merit rubric validate my-rubric.json

Kode keluar / Exit codes: 0 ok, 1 gate failed, 2 usage or input error, 3 internal error.`,
  );
  registerScore(program);
  registerRubric(program);
  registerGap(program);
  registerDiff(program);
  registerExplain(program);
  registerTemplate(program);
  registerConfig(program);
  for (const cmd of program.commands) cmd.exitOverride().showSuggestionAfterError(true).configureOutput({ outputError: (text, write) => write(text) });
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return outcome.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return ExitCode.OK;
      // commander prints the message itself; add where to look, and exit 2 (never commander's 1).
      const lang = resolveLang(argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined);
      const words = argv.slice(2).filter((a) => !a.startsWith('-'));
      const depth = words[0] === 'rubric' ? 2 : 1;
      const known = e.code === 'commander.unknownCommand' ? words.slice(0, depth - 1) : words.slice(0, depth);
      const cmd = ['merit', ...known].join(' ');
      if (e.code !== 'commander.help') process.stderr.write(`  ${cliText(lang, 'usageHint', { command: cmd })}\n`);
      return ExitCode.INPUT;
    }
    return reportFailure(createContext({ debug: argv.includes('--debug'), color: !argv.includes('--no-color') }), e);
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
