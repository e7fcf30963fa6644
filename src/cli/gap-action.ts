/**
 * `merit gap`: evidence -> the smallest set of level increases that reaches the next (or the
 * target) predicate. Wiring only: the search is src/scoring/gap.ts, the words src/report/gap.ts.
 */
import { ExitCode, hasErrors, UsageError } from '../diagnostics.js';
import { loadRubric } from '../rubric/load.js';
import { chooseRubric } from './rubric-choice.js';
import { parseCount } from './limits.js';
import { analyseGap } from '../scoring/gap.js';
import { analysisScoreSettings, planAnalysis, scoreEvidence, textLayout, writeAnalysis } from './analysis-io.js';
import type { CliContext } from './context.js';
import type { GapCliOptions } from './gap.js';
import { printDiagnostics } from './score-action.js';

export async function gap(ctx: CliContext, args: string[], opts: GapCliOptions): Promise<void> {
  const file = args[0]!;
  const plan = planAnalysis(opts, [file]);
  const settings = analysisScoreSettings(opts);
  const loaded = await loadRubric((await chooseRubric(file, opts.rubric, opts)).ref);
  const r = loaded.rubric;
  if (r.subject !== 'agency') throw new UsageError('USAGE_RECORD_RUBRIC', { command: 'gap', rubric: `${r.id}@${r.version}` });
  const maxSearch = opts.maxSearch !== undefined ? parseCount('--max-search', opts.maxSearch) : undefined;
  const { assessment, table } = await scoreEvidence(file, loaded, opts);
  // The candidates are re-scored with the same profile answers as the base.
  if (opts.targetAspects !== undefined) {
    const { analyseAspectGap } = await import('../scoring/gap-aspects.js');
    const result = analyseAspectGap(loaded, table!, assessment, opts.targetAspects, { score: settings, ...(maxSearch !== undefined ? { maxSearch } : {}) });
    const render = await import('../report/gap-aspects.js');
    writeAnalysis(ctx, plan, plan.format === 'json' ? render.renderGapAspectsJson(assessment, result) : render.renderGapAspectsText(assessment, result, textLayout(ctx, plan)));
  } else {
    const result = analyseGap(loaded, table!, assessment, { target: opts.target, score: settings, ...(maxSearch !== undefined ? { maxSearch } : {}) });
    const render = await import('../report/gap.js');
    writeAnalysis(ctx, plan, plan.format === 'json' ? render.renderGapJson(assessment, result) : render.renderGapText(assessment, result, textLayout(ctx, plan)));
  }
  printDiagnostics(ctx, assessment.diagnostics);
  ctx.exitCode = hasErrors(assessment.diagnostics) ? ExitCode.INPUT : ExitCode.OK;
}
