/**
 * `merit score`: rubric + evidence file -> Assessment -> reports. Wiring only: reading is in
 * src/evidence, scoring and gates in src/scoring, words and bytes in src/report.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Dec } from '../decimal.js';
import { ExitCode, UsageError, hasErrors, sortDiagnostics, type Diagnostic, type Lang } from '../diagnostics.js';
import { readEvidence } from '../evidence/read.js';
import { loadRubric } from '../rubric/load.js';
import type { ReadLimits } from '../evidence/types.js';
import type { LoadedRubric } from '../rubric/types.js';
import { evaluateGates, type GateResult, type Gates } from '../scoring/gates.js';
import { scoreAgency } from '../scoring/score.js';
import type { Assessment } from '../scoring/types.js';
import { VERSION } from '../version.js';
import { parseAssume, type Assumption } from './assume.js';
import { writeFileAtomic } from './atomic.js';
import type { CliContext } from './context.js';
import { limitsFrom } from './limits.js';
import { expandInputs } from './inputs.js';
import { assertNotInput, planOutputs, type PlannedOutput } from './outputs.js';
import { renderReport } from './render.js';
import { colourDiagnostic } from './run.js';
import type { ScoreOptions } from './score.js';
import { formatDiagnostic, cliText } from '../i18n/index.js';

export async function score(ctx: CliContext, args: string[], opts: ScoreOptions): Promise<void> {
  const inputs = await expandInputs(args, { exclude: opts.outputDir ? [opts.outputDir] : [] });
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

  const loaded = await loadRubric(opts.rubric);
  if (opts.records !== undefined) {
    if (loaded.rubric.subject !== 'record') throw new UsageError('USAGE_RECORDS_AGENCY', { rubric: loaded.rubric.id });
    assertNotInput([{ path: opts.records }], files);
    if (plan.some((p) => p.path && resolve(p.path) === resolve(opts.records!))) throw new UsageError('USAGE_OUTPUT_TWICE', { path: opts.records });
  }
  const { assessment, gates } = await scoreFile(files[0]!, loaded, fileSettings(opts, { failUnder, deterministic, lang: ctx.lang }));

  await writeReports(ctx, assessment, plan, { verbose: Boolean(opts.verbose), deterministic, csvDelimiter: csvDelimiter(opts.csvDelimiter) });
  reportGates(ctx, gates);
  // Diagnostics go to stderr unless a text report on stdout already lists them.
  const textOnStdout = plan.some((p) => !p.path && p.format === 'text');
  if (!textOnStdout) printDiagnostics(ctx, assessment.diagnostics);

  ctx.exitCode = fileExitCode({ assessment, gates });
}

export function isDeterministic(opts: Pick<ScoreOptions, 'deterministic'>): boolean {
  return Boolean(opts.deterministic) || process.env.SOURCE_DATE_EPOCH !== undefined;
}

/** What scoring one file needs besides the file and the rubric. */
export interface FileSettings {
  sheet?: string;
  subject?: string;
  period?: string;
  limits: Partial<ReadLimits>;
  /** Timestamp for the report; undefined with --deterministic. */
  now?: Date;
  gates: Gates;
  /** `--assume CODE=VALUE` (what-if). */
  assume?: Assumption[];
  /** Record rubrics: `--records FILE.csv`, written with this delimiter and language. */
  records?: { path: string; csvDelimiter?: ',' | ';' | '\t'; lang?: Lang };
}

export function fileSettings(opts: ScoreOptions, o: { failUnder?: Dec; deterministic: boolean; now?: Date; lang?: Lang }): FileSettings {
  return {
    sheet: opts.sheet,
    subject: opts.subject,
    period: opts.period,
    limits: limitsFrom(opts),
    now: o.deterministic ? undefined : (o.now ?? new Date()),
    gates: { failUnder: o.failUnder, minPredicate: opts.minPredicate },
    assume: parseAssume(opts.assume),
    ...(opts.records !== undefined ? { records: { path: opts.records, csvDelimiter: csvDelimiter(opts.csvDelimiter), lang: o.lang } } : {}),
  };
}

export interface FileScore {
  assessment: Assessment;
  gates: GateResult[];
}

/**
 * One evidence file, start to end: read, score, hold to the gates. The single run and every file
 * of a batch go through here. Throws InputError when the file cannot be read at all (and
 * GateError for a gate that names no band of the rubric).
 */
export async function scoreFile(file: string, loaded: LoadedRubric, s: FileSettings): Promise<FileScore> {
  // Record rubrics (one row per employee, aggregated): their own reader and scoring.
  if (loaded.rubric.subject === 'record') {
    const { scoreRecordFile } = await import('./record-action.js');
    const records = s.records ? { records: s.records.path, csvDelimiter: s.records.csvDelimiter, lang: s.records.lang } : {};
    const assessment = await scoreRecordFile(file, loaded, { sheet: s.sheet, limits: s.limits, subject: s.subject, period: s.period, now: s.now, toolVersion: VERSION, ...records });
    return { assessment, gates: evaluateGates(assessment, loaded.rubric, s.gates) };
  }
  const table = await readEvidence(file, { sheet: s.sheet, aliases: loaded.rubric.evidence?.aliases, limits: s.limits });
  const assessment = scoreAgency(loaded, table, { subject: s.subject, period: s.period, assume: s.assume, now: s.now, toolVersion: VERSION });
  const gates = evaluateGates(assessment, loaded.rubric, s.gates);
  return { assessment, gates };
}

/** A scored file's exit code: an error in the evidence (2) outranks a failed gate (1). */
export function fileExitCode(r: FileScore): 0 | 1 | 2 {
  return hasErrors(r.assessment.diagnostics) ? ExitCode.INPUT : r.gates.some((g) => !g.passed) ? ExitCode.GATE_FAILED : ExitCode.OK;
}

export function csvDelimiter(value: string | undefined): ',' | ';' | '\t' | undefined {
  return value === 'tab' ? '\t' : value === ';' ? ';' : value === ',' ? ',' : undefined;
}

export function parseNumberOption(option: string, value: string | undefined): Dec | undefined {
  if (value === undefined) return undefined;
  const d = Dec.parse(value, { decimalComma: true });
  if (!d) throw new UsageError('USAGE_BAD_NUMBER', { option, value });
  return d;
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
      mkdirSync(dirname(resolve(p.path)), { recursive: true });
      writeFileAtomic(p.path, bytes);
      if (!ctx.quiet) ctx.stderr(ctx.err.dim(cliText(ctx.lang, 'wrote', { path: p.path, format: p.format })) + '\n');
    } else if (typeof bytes === 'string') {
      ctx.stdout(bytes);
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
