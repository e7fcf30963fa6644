/**
 * `merit explain <file> <code>`: the chain from cell to predicate for one node. Wiring only: the
 * chain is src/scoring/explain.ts, the words src/report/explain.ts.
 */
import { ExitCode, hasErrors } from '../diagnostics.js';
import { loadRubric } from '../rubric/load.js';
import { chooseRubric } from './rubric-choice.js';
import { explainNode } from '../scoring/explain.js';
import { analysisScoreSettings, planAnalysis, readSide, textLayout, writeAnalysis } from './analysis-io.js';
import type { AnalysisCliOptions } from './analysis-options.js';
import type { CliContext } from './context.js';
import { printDiagnostics } from './score-action.js';

export async function explain(ctx: CliContext, args: string[], opts: AnalysisCliOptions): Promise<void> {
  const [file, code] = [args[0]!, args[1]!];
  const plan = planAnalysis(opts, [file]);
  analysisScoreSettings(opts); // a malformed --profile is a usage error before any work
  const side = await readSide(file, async () => loadRubric((await chooseRubric(file, opts.rubric, opts)).ref), opts);
  const e = explainNode(side.assessment, code, side.loaded?.rubric);
  const render = await import('../report/explain.js');
  writeAnalysis(ctx, plan, plan.format === 'json' ? render.renderExplainJson(side, e) : render.renderExplainText(side, e, textLayout(ctx, plan)));
  printDiagnostics(ctx, side.assessment.diagnostics);
  ctx.exitCode = hasErrors(side.assessment.diagnostics) ? ExitCode.INPUT : ExitCode.OK;
}
