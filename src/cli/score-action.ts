/**
 * `merit score`: rubric + evidence file -> Assessment -> reports. Wiring only: one file is read,
 * scored and held to the gates by pipeline.ts; words and bytes come from src/report.
 */
import { UsageError, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { cliText, formatDiagnostic } from '../i18n/index.js';
import { STDIN_NAME } from '../evidence/stdin.js';
import { loadRubric } from '../rubric/load.js';
import { checkGates, type GateResult } from '../scoring/gates.js';
import type { Assessment } from '../scoring/types.js';
import { writeFileAtomic } from './atomic.js';
import { writeDocument, type CliContext } from './context.js';
import { expandInputs } from './inputs.js';
import { chooseRubric } from './rubric-choice.js';
import { assertNotInput, pathKey, planOutputs, type PlannedOutput } from './outputs.js';
import { fileExitCode, scoreFile } from './pipeline.js';
import { renderReport } from './render.js';
import { colourDiagnostic } from './run.js';
import { csvDelimiterOf, fileSettings, isDeterministic, parseNumberOption, type ScoreOptions } from './score-options.js';

export async function score(ctx: CliContext, args: string[], opts: ScoreOptions): Promise<void> {
  if (opts.printConfig) {
    const { printSettings } = await import('./config-action.js');
    return printSettings(ctx, ctx.settings ?? { rows: [] }, 'text');
  }
  // `-`: the evidence comes from standard input (read once, bounded by --max-file-size).
  if (args.includes('-')) {
    if (process.stdin.isTTY) throw new UsageError('USAGE_STDIN_TTY', {});
    args = args.map((a) => (a === '-' ? STDIN_NAME : a));
  }
  const inputs = await expandInputs(args, { exclude: opts.outputDir ? [opts.outputDir] : [], includeGlobs: opts.include ?? [], excludeGlobs: opts.exclude ?? [] });
  // Several inputs, a directory, a pattern, --output-dir or a JUnit summary: a batch.
  if (inputs.batch || opts.outputDir !== undefined || opts.format.includes('junit')) {
    if (opts.records !== undefined) throw new UsageError('USAGE_RECORDS_BATCH', {});
    return (await import('./batch-action.js')).scoreBatch(ctx, inputs, opts);
  }
  const files = inputs.files;
  const plan = planOutputs(opts.format, opts.output);
  assertNotInput(plan, files);
  if (plan.some((p) => !p.path && p.format === 'xlsx') && process.stdout.isTTY) throw new UsageError('USAGE_BINARY_TO_TERMINAL', { format: 'xlsx' });
  const failUnder = parseNumberOption('--fail-under', opts.failUnder);
  const deterministic = isDeterministic(opts);

  const choice = await chooseRubric(files[0]!, opts.rubric, opts);
  const loaded = await loadRubric(choice.ref);
  if (choice.by !== 'option' && opts.verbose) ctx.stderr(ctx.err.dim(cliText(ctx.lang, 'rubricChosen', { rubric: `${loaded.rubric.id}@${loaded.rubric.version}`, by: choice.by })) + '\n');
  if (opts.records !== undefined) {
    if (loaded.rubric.subject !== 'record') throw new UsageError('USAGE_RECORDS_AGENCY', { rubric: loaded.rubric.id });
    if (opts.records === '-') {
      // `--records -`: the records go to stdout, so the report must go to a file.
      if (plan.some((p) => !p.path)) throw new UsageError('USAGE_RECORDS_STDOUT', {});
    } else {
      assertNotInput([{ path: opts.records }], files);
      if (plan.some((p) => p.path && pathKey(p.path) === pathKey(opts.records!))) throw new UsageError('USAGE_OUTPUT_TWICE', { path: opts.records });
    }
  }
  const minCoverage = parseNumberOption('--min-coverage', opts.minCoverage);
  const settings = fileSettings(opts, { failUnder, ...(minCoverage !== undefined ? { minCoverage } : {}), deterministic, lang: ctx.lang });
  // A gate naming no node or band of the rubric: a usage error before any work.
  const gateProblem = checkGates(loaded.rubric, settings.gates)[0];
  if (gateProblem) throw new UsageError(gateProblem.code, gateProblem.args);
  const { assessment, gates } = await scoreFile(files[0]!, loaded, choice.table ? { ...settings, preread: choice.table } : settings);

  await writeReports(ctx, assessment, plan, { verbose: Boolean(opts.verbose), deterministic, csvDelimiter: csvDelimiterOf(opts) });
  reportGates(ctx, gates);
  // Diagnostics go to stderr unless a text report on stdout already lists them.
  const textOnStdout = plan.some((p) => !p.path && p.format === 'text');
  if (!textOnStdout) printDiagnostics(ctx, assessment.diagnostics);

  ctx.exitCode = fileExitCode({ assessment, gates });
}

export async function writeReports(
  ctx: CliContext,
  assessment: Assessment,
  plan: readonly PlannedOutput[],
  o: { verbose: boolean; deterministic: boolean; csvDelimiter?: ',' | ';' | '\t' },
): Promise<void> {
  for (const p of plan) {
    const bytes = await renderReport(assessment, p.format, {
      lang: ctx.lang,
      color: p.path ? undefined : ctx.out,
      width: p.path ? 100 : ctx.columns,
      verbose: o.verbose,
      deterministic: o.deterministic,
      csvDelimiter: o.csvDelimiter,
    });
    if (p.path) {
      writeFileAtomic(p.path, bytes);
      if (!ctx.quiet) ctx.stderr(ctx.err.dim(cliText(ctx.lang, 'wrote', { path: p.path, format: p.format })) + '\n');
    } else if (typeof bytes === 'string') {
      if (p.format === 'text') ctx.stdout(bytes);
      else writeDocument(ctx, bytes);
    } else {
      process.stdout.write(bytes);
    }
  }
}

export function reportGates(ctx: CliContext, gates: readonly GateResult[]): void {
  for (const g of gates) {
    if (g.passed && ctx.quiet) continue;
    const line = cliText(ctx.lang, g.passed ? 'gatePassed' : 'gateFailed', { gate: g.gate, expected: g.expected, found: g.found });
    ctx.stderr((g.passed ? ctx.err.green(line) : ctx.err.red(line)) + '\n');
  }
}

export function printDiagnostics(ctx: CliContext, diagnostics: readonly Diagnostic[]): void {
  for (const d of sortDiagnostics(diagnostics)) {
    if (ctx.quiet && d.severity !== 'error') continue;
    if (d.severity === 'info') continue;
    ctx.stderr(colourDiagnostic(ctx, formatDiagnostic(d, ctx.lang), d.severity) + '\n');
  }
}
