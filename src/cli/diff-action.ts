/**
 * `merit diff <a> <b>`: two assessments (each an evidence file scored now or a saved report) ->
 * deltas, and the rubric/evidence split when the rubrics differ. Wiring only: the comparison is
 * src/scoring/diff.ts, the words src/report/diff.ts.
 */
import { ExitCode, hasErrors } from '../diagnostics.js';
import { loadRubric } from '../rubric/load.js';
import { chooseRubric } from './rubric-choice.js';
import { isLeaf, type LoadedRubric, type RubricNode } from '../rubric/types.js';
import { findPredicateCode } from '../scoring/bands.js';
import { nodeBands } from '../scoring/categories.js';
import { diffAssessments, sameRubric, type SplitUnavailable } from '../scoring/diff.js';
import type { Assessment } from '../scoring/types.js';
import { analysisScoreSettings, evidenceOf, planAnalysis, readSide, textLayout, writeAnalysis, type EvidenceOptions, type Side } from './analysis-io.js';
import type { CliContext } from './context.js';
import type { DiffCliOptions } from './diff.js';
import { scoreTable, type ScoreSettings } from './pipeline.js';
import { printDiagnostics } from './score-action.js';
import { cliText } from '../i18n/index.js';

export async function diff(ctx: CliContext, args: string[], opts: DiffCliOptions): Promise<void> {
  const [pathA, pathB] = [args[0]!, args[1]!];
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

/** v2: a category's rank in a node's band set, from the (new) rubric when it is at hand. */
function categoryRank(loaded: LoadedRubric | undefined): ((code: string, category: string) => number | undefined) | undefined {
  if (!loaded) return undefined;
  const rubric = loaded.rubric;
  const byCode = new Map<string, RubricNode>();
  const stack: RubricNode[] = [rubric.root];
  while (stack.length) {
    const n = stack.pop()!;
    byCode.set(n.code, n);
    if (!isLeaf(n)) stack.push(...n.children);
  }
  return (code, category) => {
    const node = byCode.get(code);
    const bands = node ? nodeBands(node, rubric) : undefined;
    return bands ? findPredicateCode({ bands }, category)?.rank : undefined;
  };
}

/**
 * <a>'s evidence scored with <b>'s rubric, for the rubric/evidence split; or why it cannot be:
 * <b>'s rubric must be loadable (a report's rubric source with the same bytes), and <a>'s evidence
 * must be at hand (an evidence input, or the file a report names, with the same bytes).
 */
async function rescoreOld(a: Side, b: Side, opts: EvidenceOptions): Promise<Assessment | { unavailable: SplitUnavailable; needed: string }> {
  const B = b.assessment;
  const newRubric = b.loaded;
  if (!newRubric) return { unavailable: 'new-rubric-unavailable', needed: B.rubric.source };
  if (newRubric.rubric.subject !== 'agency') return { unavailable: 'record-rubric', needed: `${B.rubric.id}@${B.rubric.version}` };
  let table = a.table;
  if (!table) {
    const found = await evidenceOf(a, newRubric, opts);
    if (!found.table) return { unavailable: found.problem === 'changed' ? 'old-evidence-changed' : 'old-evidence-missing', needed: a.assessment.input.path };
    table = found.table;
  }
  return scoreTable(newRubric, table, profileOf(a, opts));
}

/**
 * The profile answers <a> was scored with that did not come from its file: `--profile` for an
 * evidence input scored now; for a saved report, the answers it records as given on the command line.
 */
function profileOf(a: Side, opts: EvidenceOptions): ScoreSettings {
  if (a.kind === 'evidence') return analysisScoreSettings(opts);
  const given = (a.assessment.profile ?? []).filter((p) => (p.source === 'option' || p.source === 'assume') && p.raw !== undefined);
  return given.length ? { profile: given.map((p) => ({ code: p.code, value: p.raw! })) } : {};
}
