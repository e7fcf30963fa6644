/**
 * `merit rubric diff OLD NEW [EVIDENCE...]`: what changed between two versions of a rubric
 * (src/rubric/compare.ts), whether the version numbers say so, and given evidence files or
 * folders the impact: every file scored under both versions through the scoring pipeline
 * (pipeline.ts, as `merit score` scores it). Exit 1 when the versions do not say what the changes
 * are (a change that can move a score without a major step), else 0.
 */
import { ExitCode, InputError, UsageError, hasErrors } from '../diagnostics.js';
import { compareRubrics } from '../rubric/compare.js';
import { loadRubric } from '../rubric/load.js';
import type { LoadedRubric, LocalText } from '../rubric/types.js';
import type { Assessment } from '../scoring/types.js';
import { writeDocument, type CliContext } from './context.js';
import { expandInputs } from './inputs.js';
import { scoreFile } from './pipeline.js';
import { renderDiffJson, renderDiffMarkdown, renderDiffText } from './rubric-diff-render.js';
import type { Impact, ImpactFile, RubricDiffOptions } from './rubric-toolkit-types.js';

export async function diff(ctx: CliContext, oldRef: string, newRef: string, evidence: string[], opts: RubricDiffOptions): Promise<void> {
  const a = await loadRubric(oldRef);
  const b = await loadRubric(newRef);
  const comparison = compareRubrics(a.rubric, b.rubric);
  const impact = evidence.length > 0 ? await impactOf(a, b, evidence) : undefined;
  const doc = { comparison, ...(impact ? { impact } : {}), sources: { old: a.source, new: b.source } };
  if (opts.format === 'json' || opts.format === 'md') writeDocument(ctx, opts.format === 'json' ? renderDiffJson(doc) : renderDiffMarkdown(doc, ctx.lang));
  else ctx.stdout(renderDiffText(doc, ctx));
  ctx.exitCode = Math.max(ctx.exitCode, comparison.verdict.ok ? ExitCode.OK : ExitCode.GATE_FAILED);
}

async function impactOf(a: LoadedRubric, b: LoadedRubric, args: string[]): Promise<Impact> {
  const { files } = await expandInputs(args);
  const out: ImpactFile[] = [];
  for (const file of files) {
    const x = await scoreOne(file, a);
    const y = await scoreOne(file, b);
    const part = (s: Assessment) => ({ score: s.score.toString({ maxDecimals: 6 }), category: s.predicate.code, label: s.predicate.label });
    const errors = [...new Set([...x.errors, ...y.errors])];
    out.push({
      file,
      ...(x.a ? { old: part(x.a) } : {}),
      ...(y.a ? { new: part(y.a) } : {}),
      ...(x.a && y.a ? { delta: y.a.score.sub(x.a.score).toString({ maxDecimals: 6 }) } : {}),
      categoryChanged: errors.length === 0 && Boolean(x.a && y.a && x.a.predicate.code !== y.a.predicate.code),
      errors,
    });
  }
  // Categories in rank order: below, the old rubric's bands, above; then codes only the new one has.
  const order: { code: string; label: LocalText }[] = [];
  const push = (code: string, label: LocalText) => void (order.some((o) => o.code === code) || order.push({ code, label }));
  for (const r of [a.rubric, b.rubric]) {
    if (r.outOfRange?.below) push(r.outOfRange.below.code, r.outOfRange.below.label);
    for (const band of r.bands) push(band.code, band.label);
    if (r.outOfRange?.above) push(r.outOfRange.above.code, r.outOfRange.above.label);
  }
  for (const f of out) for (const s of [f.old, f.new]) if (s) push(s.category, s.label);
  // Files with errors (not read, or evidence made for another rubric) stay out of the distribution.
  const counted = out.filter((f) => f.errors.length === 0);
  const distribution = order.map((o) => ({ code: o.code, label: o.label, before: counted.filter((f) => f.old?.category === o.code).length, after: counted.filter((f) => f.new?.category === o.code).length }));
  return { files: out, categoryChanged: out.filter((f) => f.categoryChanged).length, distribution };
}

async function scoreOne(file: string, loaded: LoadedRubric): Promise<{ a?: Assessment; errors: string[] }> {
  try {
    const { assessment } = await scoreFile(file, loaded, { limits: {}, gates: {} });
    return { a: assessment, errors: hasErrors(assessment.diagnostics) ? [...new Set(assessment.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code))] : [] };
  } catch (e) {
    if (e instanceof InputError) return { errors: e.diagnostics.map((d) => d.code) };
    if (e instanceof UsageError) return { errors: [e.code] };
    throw e;
  }
}
