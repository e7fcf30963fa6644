/**
 * `merit diff 2025/ 2026/` (or two saved `merit-batch/1` JSONs, or one of each): year over year.
 * Each side is a folder scored now (as `merit score DIR` would, in lanes) or a saved batch read
 * back; a single evidence file or report on one side is a batch of one. Wiring only: the matching
 * and the figures are src/scoring/batch-diff.ts, the words src/report/batch-diff.ts.
 */
import { readFile, stat } from 'node:fs/promises';
import { error, ExitCode, hasErrors, InputError, UsageError } from '../diagnostics.js';
import { visible } from '../i18n/visible.js';
import { cliText } from '../i18n/index.js';
import { loadRubric } from '../rubric/load.js';
import type { LoadedRubric } from '../rubric/types.js';
import { diffBatches, type SideItem } from '../scoring/batch-diff.js';
import type { Assessment } from '../scoring/types.js';
import { VERSION } from '../version.js';
import { readSide, rubricOf, type EvidenceOptions, type Side } from './analysis-io.js';
import { parseProfile } from './assume.js';
import { writeFileAtomic } from './atomic.js';
import { LANE_BYTES, LANES, mapLanes, scoreItem } from './batch-action.js';
import { writeDocument, type CliContext } from './context.js';
import { categoryRank, isBatchInput, rescoreOld } from './diff-split.js';
import { expandInputs } from './inputs.js';
import { limitsFrom } from './limits.js';
import { assertNotInput, planOutputs } from './outputs.js';
import { chooseForBatch, chooseRubric } from './rubric-choice.js';

export interface BatchDiffOptions extends EvidenceOptions {
  rubric?: string;
  oldRubric?: string;
  format?: string;
  output?: string;
  quiet?: boolean;
  failOnRegression?: boolean;
  maxRegressions?: string;
}

type Format = 'text' | 'json' | 'md' | 'html';

interface BatchSide {
  /** `report` for a saved batch (its evidence is found again by the paths it records). */
  kind: 'evidence' | 'report';
  path: string;
  items: SideItem[];
  loaded?: LoadedRubric;
}

export async function diffBatch(ctx: CliContext, paths: [string, string], opts: BatchDiffOptions): Promise<void> {
  const plan = planOutputs<Format>(opts.format ? [opts.format] : [], opts.output ? [opts.output] : [], ['text', 'json', 'md', 'html'], { '.txt': 'text', '.json': 'json', '.md': 'md', '.html': 'html', '.htm': 'html' })[0]!;
  assertNotInput([plan], paths);
  const maxRegressions = regressionLimit(opts);
  const a = await readBatchSide(paths[0], opts.oldRubric ?? opts.rubric, opts);
  const b = await readBatchSide(paths[1], opts.rubric, opts);

  // The rubric changed: every old agency's evidence scored with the new rubric, for the split.
  const firstB = b.items.find((i) => i.assessment)?.assessment;
  const firstA = a.items.find((i) => i.assessment)?.assessment;
  if (firstA && firstB && (firstA.rubric.sha256 !== firstB.rubric.sha256 || firstA.rubric.id !== firstB.rubric.id)) {
    const sideB: Side = { kind: b.kind, path: b.path, assessment: firstB, ...(b.loaded ? { loaded: b.loaded } : {}) };
    for (const item of a.items) {
      if (!item.assessment) continue;
      const sideA: Side = { kind: a.kind, path: a.kind === 'report' ? a.path : item.input, assessment: item.assessment };
      try {
        item.rescored = await rescoreOld(sideA, sideB, opts);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        item.rescored = { unavailable: 'old-evidence-changed', needed: item.input };
      }
    }
  }
  const result = diffBatches(a.items, b.items, { ...(b.loaded || a.loaded ? { categoryRank: categoryRank(b.loaded ?? a.loaded) } : {}) });

  const render = await import('../report/batch-diff.js');
  const out =
    plan.format === 'html'
      ? (await import('../report/batch-diff-html.js')).renderBatchDiffHtml(result, { tool: { name: 'merit', version: VERSION }, lang: ctx.lang })
      : plan.format === 'json'
      ? render.renderBatchDiffJson(result, { tool: { name: 'merit', version: VERSION }, lang: ctx.lang })
      : plan.format === 'md'
        ? render.renderBatchDiffMarkdown(result, { lang: ctx.lang })
        : render.renderBatchDiffText(result, { lang: ctx.lang });
  if (plan.path) {
    writeFileAtomic(plan.path, out);
    if (!ctx.quiet) ctx.stderr(ctx.err.dim(cliText(ctx.lang, 'wrote', { path: plan.path, format: plan.format })) + '\n');
  } else if (plan.format === 'text') ctx.stdout(out);
  else writeDocument(ctx, out);

  const failed = [...a.items, ...b.items].filter((i) => !i.assessment);
  for (const i of failed) if (!ctx.quiet) ctx.stderr(ctx.err.yellow(`${visible(i.input)}: ${i.diagnostics[0]?.code ?? 'failed'}`) + '\n');
  // As in a batch of `merit score`: a file scored with errors (a level that is not a level…) is exit 2 too.
  const withErrors = [...a.items, ...b.items].some((i) => hasErrors(i.diagnostics));
  const gate = maxRegressions !== undefined;
  const over = gate && result.regressions.length > maxRegressions;
  if (gate) {
    const line = cliText(ctx.lang, over ? 'gateFailed' : 'gatePassed', { gate: 'max-regressions', expected: `<= ${maxRegressions}`, found: String(result.regressions.length) });
    if (over || !ctx.quiet) ctx.stderr((over ? ctx.err.red(line) : ctx.err.green(line)) + '\n');
  }
  ctx.exitCode = failed.length || withErrors ? ExitCode.INPUT : over ? ExitCode.GATE_FAILED : ExitCode.OK;
}

/** `--fail-on-regression` allows none; `--max-regressions N` allows N. */
function regressionLimit(opts: BatchDiffOptions): number | undefined {
  if (opts.maxRegressions !== undefined) {
    const n = Number(opts.maxRegressions);
    if (!/^\d+$/.test(opts.maxRegressions.trim()) || !Number.isSafeInteger(n)) throw new UsageError('USAGE_BAD_NUMBER', { option: '--max-regressions', value: opts.maxRegressions });
    return n;
  }
  return opts.failOnRegression ? 0 : undefined;
}

async function readBatchSide(path: string, rubric: string | undefined, opts: BatchDiffOptions): Promise<BatchSide> {
  if (!(await isBatchInput(path))) {
    // One evidence file or report: a batch of one.
    const side = await readSide(path, async () => loadRubric((await chooseRubric(path, rubric, opts)).ref), opts);
    return { kind: side.kind, path, items: [{ input: side.assessment.input.path, assessment: side.assessment, diagnostics: [] }], ...(side.loaded ? { loaded: side.loaded } : {}) };
  }
  if (path.toLowerCase().endsWith('.json')) return readSavedBatch(path);
  const inputs = await expandInputs([path]);
  const choice = await chooseForBatch(inputs.files, rubric, opts);
  const loaded = await loadRubric(choice.ref);
  const profile = parseProfile(opts.profile);
  const settings = { sheet: opts.sheet, limits: limitsFrom(opts), gates: {}, ...(profile.length ? { profile } : {}) };
  const scored = await mapLanes(inputs.files, LANES, LANE_BYTES, (f) => scoreItem(f, loaded, settings));
  return {
    kind: 'evidence',
    path,
    items: scored.map(({ item }) => ({ input: item.input, ...(item.assessment ? { assessment: item.assessment } : {}), diagnostics: item.diagnostics })),
    loaded,
  };
}

/** The largest saved batch read back: about 2,000 agencies' full reports. */
const MAX_BATCH_BYTES = 256 * 1024 * 1024;

/** A saved `merit-batch/1`: every result read back as a report is, and the failures by their inputs. */
async function readSavedBatch(path: string): Promise<BatchSide> {
  const { MAX_REPORT_DEPTH, parseReport, tooDeepJson } = await import('../evidence/saved-report.js');
  // Bounded like a saved report: a size limit (a national batch of 600 agencies is about 70 MB) and a depth limit.
  const size = (await stat(path)).size;
  if (size > MAX_BATCH_BYTES) throw new InputError([error('REPORT_TOO_LARGE', { size, limit: MAX_BATCH_BYTES }, { file: path })]);
  const text = await readFile(path, 'utf8');
  const deep = tooDeepJson(text, MAX_REPORT_DEPTH + 2);
  if (deep) throw new InputError([error('REPORT_TOO_DEEP', { max: MAX_REPORT_DEPTH + 2 }, { file: path, line: deep.line, column: deep.column })]);
  let value: { results?: unknown[]; summary?: { failures?: { input?: unknown; diagnostics?: { code?: unknown }[] }[] } };
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as typeof value;
  } catch (e) {
    throw new InputError([error('REPORT_NOT_JSON', { reason: (e as Error).message }, { file: path })]);
  }
  const items: SideItem[] = [];
  for (const [k, r] of (Array.isArray(value.results) ? value.results : []).entries()) {
    const assessment: Assessment = await parseReport(JSON.stringify(r), `${path}#/results/${k}`);
    items.push({ input: assessment.input.path, assessment, diagnostics: [] });
  }
  for (const f of value.summary?.failures ?? []) {
    const code = typeof f.diagnostics?.[0]?.code === 'string' ? f.diagnostics[0].code : 'BATCH_FAILED';
    items.push({ input: String(f.input ?? ''), diagnostics: [error(code, {}, { file: String(f.input ?? '') })] });
  }
  const loaded = items[0]?.assessment ? await rubricOf(items[0].assessment, path) : undefined;
  return { kind: 'report', path, items, ...(loaded ? { loaded } : {}) };
}
