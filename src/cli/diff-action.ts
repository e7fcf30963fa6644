/**
 * `merit diff <a> <b>`: two assessments (each an evidence file scored now or a saved report) ->
 * deltas, and the rubric/evidence split when the rubrics differ. Wiring only: the comparison is
 * src/scoring/diff.ts, the words src/report/diff.ts.
 */
import { ExitCode, hasErrors } from '../diagnostics.js';
import { loadRubric } from '../rubric/load.js';
import { chooseRubric } from './rubric-choice.js';
import type { LoadedRubric } from '../rubric/types.js';
import { diffAssessments, sameRubric } from '../scoring/diff.js';
import { analysisScoreSettings, planAnalysis, readSide, textLayout, writeAnalysis } from './analysis-io.js';
import { categoryRank, isBatchInput, rescoreOld } from './diff-split.js';
import type { CliContext } from './context.js';
import type { DiffCliOptions } from './diff.js';
import { printDiagnostics } from './score-action.js';
import { cliText } from '../i18n/index.js';

export async function diff(ctx: CliContext, args: string[], opts: DiffCliOptions): Promise<void> {
  const [pathA, pathB] = [args[0]!, args[1]!];
  // A folder or a saved batch on either side: year over year (diff-batch.ts).
  if ((await isBatchInput(pathA)) || (await isBatchInput(pathB))) return (await import('./diff-batch.js')).diffBatch(ctx, [pathA, pathB], opts);
  const plan = planAnalysis(opts, [pathA, pathB]);
  analysisScoreSettings(opts); // a malformed --profile is a usage error before any work
  // Rubrics are loaded only for evidence inputs, once each.
  const cache = new Map<string, Promise<LoadedRubric>>();
  // Without --rubric (--old-rubric), each evidence file's rubric is chosen from its stamp or codes.
  const rubric = (given: string | undefined, file: string) => async (): Promise<LoadedRubric> => {
    const ref = (await chooseRubric(file, given, opts)).ref;
    let p = cache.get(ref);
    if (!p) cache.set(ref, (p = loadRubric(ref)));
    return p;
  };
  const a = await readSide(pathA, rubric(opts.oldRubric ?? opts.rubric, pathA), opts);
  const b = await readSide(pathB, rubric(opts.rubric, pathB), opts);
  const rescored = sameRubric(a.assessment, b.assessment) ? undefined : await rescoreOld(a, b, opts);
  const result = diffAssessments(a.assessment, b.assessment, rescored, { categoryRank: categoryRank(b.loaded ?? a.loaded) });

  const render = await import('../report/diff.js');
  const out =
    plan.format === 'json'
      ? render.renderDiffJson(a, b, result)
      : render.renderDiffText(a, b, result, { ...textLayout(ctx, plan), verbose: Boolean(opts.verbose) });
  writeAnalysis(ctx, plan, out);
  printDiagnostics(ctx, [...a.assessment.diagnostics, ...b.assessment.diagnostics]);

  const errors = hasErrors(a.assessment.diagnostics) || hasErrors(b.assessment.diagnostics);
  if (opts.failOnRegression) {
    const A = a.assessment;
    const B = b.assessment;
    const line = cliText(ctx.lang, result.regression ? 'gateFailed' : 'gatePassed', {
      gate: 'fail-on-regression',
      expected: `>= ${A.score.toString()} · >= ${A.predicate.code}`,
      found: `${B.score.toString()} · ${B.predicate.code}`,
    });
    if (result.regression || !ctx.quiet) ctx.stderr((result.regression ? ctx.err.red(line) : ctx.err.green(line)) + '\n');
  }
  ctx.exitCode = errors ? ExitCode.INPUT : opts.failOnRegression && result.regression ? ExitCode.GATE_FAILED : ExitCode.OK;
}
