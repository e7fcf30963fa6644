/**
 * `merit score`: rubric + evidence file -> Assessment -> reports. Wiring only: reading is in
 * src/evidence, scoring and gates in src/scoring, words and bytes in src/report.
 */
import { Dec } from '../decimal.js';
import { ExitCode, UsageError, formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { readEvidence } from '../evidence/read.js';
import { loadRubric } from '../rubric/load.js';
import { evaluateGates, type GateResult } from '../scoring/gates.js';
import { scoreAgency } from '../scoring/score.js';
import type { Assessment } from '../scoring/types.js';
import { VERSION } from '../version.js';
import { writeFileAtomic } from './atomic.js';
import type { CliContext } from './context.js';
import { limitsFrom } from './limits.js';
import { cliText } from './messages.js';
import { assertNotInput, planOutputs, type PlannedOutput } from './outputs.js';
import { renderReport } from './render.js';
import { colourDiagnostic } from './run.js';
import type { ScoreOptions } from './score.js';

export async function score(ctx: CliContext, files: string[], opts: ScoreOptions): Promise<void> {
  const plan = planOutputs(opts.format, opts.output);
  assertNotInput(plan, files);
  if (plan.some((p) => !p.path && p.format === 'xlsx') && process.stdout.isTTY) throw new UsageError('USAGE_BINARY_TO_TERMINAL', { format: 'xlsx' });
  const failUnder = parseNumberOption('--fail-under', opts.failUnder);
  const deterministic = Boolean(opts.deterministic) || process.env.SOURCE_DATE_EPOCH !== undefined;

  const loaded = await loadRubric(opts.rubric);
  const file = files[0]!;
  const table = await readEvidence(file, { sheet: opts.sheet, aliases: loaded.rubric.evidence?.aliases, limits: limitsFrom(opts) });
  const assessment = scoreAgency(loaded, table, {
    subject: opts.subject,
    period: opts.period,
    now: deterministic ? undefined : new Date(),
    toolVersion: VERSION,
  });
  const gates = evaluateGates(assessment, loaded.rubric, { failUnder, minPredicate: opts.minPredicate });

  await writeReports(ctx, assessment, plan, { verbose: Boolean(opts.verbose), deterministic, csvDelimiter: csvDelimiter(opts.csvDelimiter) });
  reportGates(ctx, gates);
  // Diagnostics go to stderr unless a text report on stdout already lists them.
  const textOnStdout = plan.some((p) => !p.path && p.format === 'text');
  if (!textOnStdout) printDiagnostics(ctx, assessment.diagnostics);

  ctx.exitCode = hasErrors(assessment.diagnostics) ? ExitCode.INPUT : gates.some((g) => !g.passed) ? ExitCode.GATE_FAILED : ExitCode.OK;
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
