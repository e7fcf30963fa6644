/**
 * `merit score` over many inputs (a batch): the rubric is loaded once, every file is scored in
 * this process with bounded concurrency, a file that cannot be scored is recorded with its
 * diagnostics and the others still run, and the exit code is the worst over all files.
 *
 * Outputs: `-f`/`-o` describe the batch summary (text, json = merit-batch/1, csv, md, junit; the
 * text table on stdout by default). `--output-dir DIR` adds one report per input in each `-f`
 * format not paired with an `-o` (default json), named after the input's path, plus
 * `manifest.json` listing every file written with its input and sha256. Everything is written
 * atomically, after all files are scored, in input-path order: the bytes do not depend on the
 * concurrency or on which file finished first.
 */
import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { error, InputError, sortDiagnostics, UsageError, type Diagnostic } from '../diagnostics.js';
import { cliText, formatDiagnostic } from '../i18n/index.js';
import { STDIN_NAME } from '../evidence/stdin.js';
import { loadRubric } from '../rubric/load.js';
import { chooseForBatch } from './rubric-choice.js';
import type { LoadedRubric } from '../rubric/types.js';
import { summarize, type BatchItem, type BatchResult } from '../scoring/batch.js';
import { checkGates } from '../scoring/gates.js';
import { VERSION } from '../version.js';
import { outputFailure, writeFileAtomic } from './atomic.js';
import { formatNamed } from '../report/formats.js';
import { GROUP_FIELDS } from '../report/national/model.js';
import { EXTENSION_OF, PER_INPUT_FORMATS, renderBatch, SUMMARY_EXTENSIONS, SUMMARY_FORMATS, type PerInputFormat, type SummaryFormat } from './batch-render.js';
import type { CliContext } from './context.js';
import { commonRoot, type ExpandedInputs } from './inputs.js';
import { assertDistinct, assertNotInput, formatFromPath, planOutputs, type PlannedOutput } from './outputs.js';
import { fileExitCode, scoreFile, type FileSettings } from './pipeline.js';
import { createProgress } from './progress.js';
import { renderReport, type RenderOptions } from './render.js';
import { colourDiagnostic } from './run.js';
import { csvDelimiterOf, fileSettings, isDeterministic, parseNumberOption, type ScoreOptions } from './score-options.js';
import { visible, visibleDocument } from '../i18n/visible.js';

/**
 * Files in flight at once in this thread. Reading and scoring are CPU work on one thread, so the
 * lanes only overlap each file's I/O waits (stat, open, read: thread-pool round trips) with the
 * parsing of another; docs/performance.md has the measurements.
 */
export const LANES = 4;
/**
 * ...and at most this many input bytes in flight (a larger file runs alone): an in-memory
 * workbook takes about 100 times its file size, so four 1 MB workbooks would hold ~500 MB.
 */
export const LANE_BYTES = 2 * 1024 * 1024;

export const MANIFEST_SCHEMA = 'merit-manifest/1';

interface BatchPlan {
  summaries: PlannedOutput<SummaryFormat>[];
  /** Formats of the per-input reports (with --output-dir). */
  perInput: PerInputFormat[];
  outputDir?: string;
}

export async function scoreBatch(ctx: CliContext, inputs: ExpandedInputs, opts: ScoreOptions): Promise<void> {
  const plan = planBatch(opts);
  assertNotInput(plan.summaries, inputs.files);
  if (plan.summaries.some((p) => !p.path && formatNamed(p.format)?.binary) && process.stdout.isTTY) throw new UsageError('USAGE_BINARY_TO_TERMINAL', { format: 'xlsx' });
  // Every file this run may write, checked before anything is: no two lead to the same file.
  const perInputPaths = plan.outputDir !== undefined ? plannedPerInput(inputs.files, plan.perInput, plan.outputDir, inputs) : [];
  assertDistinct([
    ...perInputPaths.map((p) => ({ path: p.path, what: `--output-dir (${p.format})` })),
    ...(plan.outputDir !== undefined ? [{ path: join(plan.outputDir, 'manifest.json'), what: '--output-dir (manifest.json)' }] : []),
    ...plan.summaries.map((p) => ({ path: p.path, what: '--output' })),
  ]);
  const deterministic = isDeterministic(opts);
  const failUnder = parseNumberOption('--fail-under', opts.failUnder);
  const now = deterministic ? undefined : new Date();
  const minCoverage = parseNumberOption('--min-coverage', opts.minCoverage);
  const settings = fileSettings(opts, { failUnder, ...(minCoverage !== undefined ? { minCoverage } : {}), deterministic, now });

  // Without --rubric, the first file chooses for the batch (a later file made for another rubric gets SCORE_STAMP_MISMATCH).
  const choice = await chooseForBatch(inputs.files, opts.rubric, opts);
  const loaded = await loadRubric(choice.ref);
  if (choice.by !== 'option' && opts.verbose) ctx.stderr(ctx.err.dim(cliText(ctx.lang, 'rubricChosen', { rubric: `${loaded.rubric.id}@${loaded.rubric.version}`, by: choice.by })) + '\n');
  // A gate naming no band of the rubric is a usage error for every file alike: say it once, first.
  const gateProblem = checkGates(loaded.rubric, settings.gates)[0];
  if (gateProblem) throw new UsageError(gateProblem.code, gateProblem.args);
  checkGroupBy(opts.groupBy, loaded);

  if (!ctx.quiet) for (const path of inputs.skipped) ctx.stderr(ctx.err.dim(cliText(ctx.lang, 'skippedLock', { path })) + '\n');
  const progress = await createProgress(inputs.files.length, { enabled: !ctx.quiet, lang: ctx.lang });
  let scored: ScoredItem[];
  try {
    scored = await mapLanes(inputs.files, LANES, LANE_BYTES, async (file) => {
      progress.start(file);
      const r = await scoreItem(file, loaded, settings);
      progress.done();
      return r;
    });
  } finally {
    progress.stop();
  }
  const items = scored.map((s) => s.item);
  const stacks = new Map(scored.filter((s) => s.stack).map((s) => [s.item.input, s.stack!]));

  const result: BatchResult = {
    tool: { name: 'merit', version: VERSION },
    rubric: {
      id: loaded.rubric.id,
      version: loaded.rubric.version,
      sha256: loaded.sha256,
      title: loaded.rubric.title,
      status: loaded.rubric.status,
      subject: loaded.rubric.subject,
      source: loaded.source,
    },
    gates: settings.gates,
    items,
    summary: summarize(items, loaded.rubric.bands),
    ...(now ? { generatedAt: now.toISOString() } : {}),
  };
  const render: RenderOptions = {
    lang: ctx.lang,
    width: 100,
    verbose: Boolean(opts.verbose),
    deterministic,
    csvDelimiter: csvDelimiterOf(opts),
    ...(opts.groupBy !== undefined ? { groupBy: opts.groupBy } : {}),
  };

  const written: ManifestFile[] = [];
  if (plan.outputDir !== undefined) {
    // The old manifest would describe files this run is about to replace: it is removed first,
    // and the new one is written last (atomically). A run stopped in between (Ctrl-C, kill -9)
    // leaves no manifest, never one whose sha256 values describe other bytes.
    removeManifest(join(plan.outputDir, 'manifest.json'));
    written.push(...(await writePerInput(result, plan.perInput, plan.outputDir, inputs, render)));
  }
  for (const p of plan.summaries) {
    const links = p.path && plan.outputDir !== undefined ? reportLinks(result, plan.outputDir, p.path) : undefined;
    const chunks = await renderBatch(result, p.format, p.path ? { ...render, ...(links ? { links } : {}) } : { ...render, color: ctx.out, width: ctx.columns });
    if (!p.path) {
      const safe = p.format !== 'text' && process.stdout.isTTY; // a document on a terminal: control characters made visible
      for (const chunk of chunks) if (!process.stdout.write(safe && typeof chunk === 'string' ? visibleDocument(chunk) : chunk)) await once(process.stdout, 'drain');
      continue;
    }
    const hash = createHash('sha256');
    writeFileAtomic(p.path, hashing(chunks, hash));
    if (plan.outputDir !== undefined) written.push({ path: manifestPath(plan.outputDir, p.path), format: p.format, sha256: hash.digest('hex') });
    if (!ctx.quiet) ctx.stderr(ctx.err.dim(cliText(ctx.lang, 'wrote', { path: p.path, format: p.format })) + '\n');
  }
  if (plan.outputDir !== undefined) {
    const manifest = join(plan.outputDir, 'manifest.json');
    writeFileAtomic(manifest, manifestJson(result, written, deterministic));
    if (!ctx.quiet) ctx.stderr(ctx.err.dim(cliText(ctx.lang, 'wroteMany', { count: written.length + 1, dir: plan.outputDir, manifest })) + '\n');
  }

  reportToStderr(ctx, result, loaded, plan, stacks);
  ctx.exitCode = result.summary.exitCode;
}

// ---------------------------------------------------------------------------------------------
// Planning

function planBatch(opts: ScoreOptions): BatchPlan {
  const perFileOnly = (f: string) => !(SUMMARY_FORMATS as readonly string[]).includes(f);
  const summaryWords = { formats: [...SUMMARY_FORMATS] };
  // `-o summary.html`: a per-file format by its extension, said as such (not "unknown extension").
  opts.output.forEach((path, i) => {
    const byExtension = opts.format[i] === undefined ? formatFromPath(path) : undefined;
    if (byExtension && perFileOnly(byExtension)) throw new UsageError('USAGE_PER_FILE_FORMAT', { format: byExtension, ...summaryWords });
  });
  if (opts.outputDir === undefined) {
    const bad = opts.format.find(perFileOnly);
    if (bad) throw new UsageError('USAGE_PER_FILE_FORMAT', { format: bad, ...summaryWords });
    return { summaries: planOutputs(opts.format, opts.output, SUMMARY_FORMATS, SUMMARY_EXTENSIONS), perInput: [] };
  }
  // With --output-dir: formats paired with -o are summaries; the others are per-input reports.
  const paired = opts.format.slice(0, opts.output.length);
  const bad = paired.find(perFileOnly);
  if (bad) throw new UsageError('USAGE_PER_FILE_FORMAT', { format: bad, ...summaryWords });
  const summaries = opts.output.length > 0 ? planOutputs(paired, opts.output, SUMMARY_FORMATS, SUMMARY_EXTENSIONS) : [{ format: 'text' as const }];
  const extra = opts.format.slice(opts.output.length);
  for (const f of extra) if (!(PER_INPUT_FORMATS as readonly string[]).includes(f)) throw new UsageError('USAGE_UNKNOWN_FORMAT', { format: f, formats: [...PER_INPUT_FORMATS] });
  const perInput = [...new Set(extra.length ? extra : ['json'])] as PerInputFormat[];
  return { summaries, perInput, outputDir: opts.outputDir };
}

// ---------------------------------------------------------------------------------------------
// Scoring

/**
 * Runs `fn` over `files` with at most `lanes` at once and at most `budget` bytes of input in
 * flight (a file larger than the budget waits until it can run alone). Results keep the input
 * order; files start in input order.
 */
export async function mapLanes<R>(files: readonly string[], lanes: number, budget: number, fn: (file: string, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(files.length);
  let next = 0;
  let inFlight = 0;
  let waiting: (() => void)[] = [];
  const sizeOf = (f: string): number => {
    try {
      return statSync(f).size;
    } catch {
      return 0; // missing or unreadable: reading it reports why
    }
  };
  // Admission is first come, first served: a file waiting for room holds back the ones after it,
  // so a large file is never overtaken for ever by a stream of small ones.
  let gate = Promise.resolve();
  const admit = (size: number): Promise<void> =>
    (gate = gate.then(async () => {
      while (inFlight > 0 && inFlight + size > budget) await new Promise<void>((wake) => waiting.push(wake));
      inFlight += size;
    }));
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      const size = sizeOf(files[index]!);
      await admit(size);
      try {
        out[index] = await fn(files[index]!, index);
      } finally {
        inFlight -= size;
        const wake = waiting;
        waiting = [];
        for (const w of wake) w();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, files.length)) }, lane));
  return out;
}

/** A file's item, and the stack of an internal error (printed with --debug). */
export interface ScoredItem {
  item: BatchItem;
  stack?: string;
}

/** One file as a batch item; never throws for the file's own problems (only for a usage error). */
export async function scoreItem(file: string, loaded: LoadedRubric, settings: FileSettings): Promise<ScoredItem> {
  const t0 = performance.now();
  const ms = () => Math.round((performance.now() - t0) * 1000) / 1000;
  try {
    // Lets the CLI tests prove that a bug in one file exits 3 and the others go on; never set by users.
    const simulated = process.env.MERIT_TEST_INTERNAL_ERROR_IN;
    if (simulated && file.endsWith(simulated)) throw new Error('simulated internal error (MERIT_TEST_INTERNAL_ERROR_IN)');
    const r = await scoreFile(file, loaded, settings);
    // The rubric's own warnings are in every assessment; the batch says them once.
    const diagnostics = r.assessment.diagnostics.filter((d) => !loaded.diagnostics.includes(d));
    return { item: { input: file, status: 'scored', exitCode: fileExitCode(r), assessment: r.assessment, gates: r.gates, diagnostics, outputs: [], ms: ms() } };
  } catch (e) {
    if (e instanceof InputError) return { item: { input: file, status: 'failed', exitCode: 2, gates: [], diagnostics: [...e.diagnostics], outputs: [], ms: ms() } };
    if (e instanceof UsageError) throw e;
    const err = e instanceof Error ? e : new Error(String(e));
    const d = error('BATCH_INTERNAL_ERROR', { message: err.message }, { file });
    return { item: { input: file, status: 'failed', exitCode: 3, gates: [], diagnostics: [d], outputs: [], ms: ms() }, stack: err.stack ?? err.message };
  }
}

// ---------------------------------------------------------------------------------------------
// --output-dir

interface ManifestFile {
  /** Relative to the manifest's directory, with `/`. */
  path: string;
  format: string;
  input?: string;
  sha256: string;
}

/**
 * Output names: the input's path relative to the common root of the arguments, plus the format's
 * extension (`2024/kab.xlsx` → `2024/kab.xlsx.json`). Keeping the input's own extension means two
 * inputs never share a name (`kab.xlsx`, `kab.csv`) and a name never depends on the other inputs.
 * Names equal but for case get `-2`, `-3` (case-insensitive file systems).
 */
export function outputNames(inputs: readonly string[], roots: readonly string[], cwd = process.cwd()): Map<string, string> {
  const base = commonRoot(roots, cwd);
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const input of inputs) {
    // Piped evidence (`-`) is reported as `stdin.json` & co. (`<` and `>` are not allowed in Windows names).
    let rel = input === STDIN_NAME ? 'stdin' : relative(base, resolve(cwd, input)).split(sep).join('/');
    if (rel === '' || rel.startsWith('../')) rel = resolve(cwd, input).split(sep).filter(Boolean).join('/');
    let name = rel;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${rel}-${n}`;
    taken.add(name.toLowerCase());
    names.set(input, name);
  }
  return names;
}

/** The per-input reports of --output-dir: one per input and format, named after the input's path. */
function plannedPerInput(files: readonly string[], formats: readonly PerInputFormat[], dir: string, inputs: ExpandedInputs): { input: string; format: PerInputFormat; path: string }[] {
  const names = outputNames(files, inputs.roots);
  return files.flatMap((input) => formats.map((format) => ({ input, format, path: join(dir, `${names.get(input)!}.${EXTENSION_OF[format]}`) })));
}

async function writePerInput(result: BatchResult, formats: readonly PerInputFormat[], dir: string, inputs: ExpandedInputs, render: RenderOptions): Promise<ManifestFile[]> {
  const byInput = new Map(result.items.map((item) => [item.input, item]));
  const planned = plannedPerInput(result.items.map((i) => i.input), formats, dir, inputs).map((p) => ({ ...p, item: byInput.get(p.input)! }));
  assertNotInput(planned, inputs.files);
  const written: ManifestFile[] = [];
  for (const { item, format, path } of planned) {
    let bytes: string | Uint8Array;
    if (format === 'junit') bytes = [...(await renderBatch({ ...result, items: [item], summary: summarize([item], []) }, 'junit', render))].join('');
    else if (item.assessment) bytes = await renderReport(item.assessment, format, render);
    else continue; // a file that could not be scored has no report; the manifest says so
    writeFileAtomic(path, bytes);
    const file: ManifestFile = { path: manifestPath(dir, path), format, input: item.input, sha256: sha256(bytes) };
    item.outputs.push({ format, path: file.path, sha256: file.sha256 });
    written.push(file);
  }
  return written;
}

function manifestPath(dir: string, path: string): string {
  return relative(resolve(dir), resolve(path)).split(sep).join('/');
}

function sha256(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Input -> link from the summary at `summary` to the input's per-agency report under `dir` (its
 * HTML report when there is one), each path segment percent-encoded.
 */
function reportLinks(r: BatchResult, dir: string, summary: string): Map<string, string> {
  const from = dirname(resolve(summary));
  const links = new Map<string, string>();
  for (const item of r.items) {
    const out = item.outputs.find((o) => o.format === 'html') ?? item.outputs[0];
    if (!out) continue;
    links.set(item.input, relative(from, resolve(dir, out.path)).split(sep).map(encodeURIComponent).join('/'));
  }
  return links;
}

/** `--group-by`: folder, period, or a profile question of the rubric. */
function checkGroupBy(field: string | undefined, loaded: LoadedRubric): void {
  if (field === undefined) return;
  const fields = [...GROUP_FIELDS, ...(loaded.rubric.profile ?? []).map((q) => q.code)];
  if (!fields.includes(field)) throw new UsageError('USAGE_UNKNOWN_GROUP_BY', { field, fields });
}

/** Passes chunks through, adding each to `hash` on the way. */
function* hashing<T extends string | Uint8Array>(chunks: Iterable<T>, hash: Hash): Generator<T> {
  for (const chunk of chunks) {
    hash.update(chunk);
    yield chunk;
  }
}

/** `manifest.json` (merit-manifest/1, in schemas/merit-batch-1.schema.json): what this run wrote. */
function removeManifest(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch (e) {
    throw outputFailure(e, path);
  }
}

function manifestJson(r: BatchResult, files: readonly ManifestFile[], deterministic: boolean): string {
  const m: Record<string, unknown> = {
    schema: MANIFEST_SCHEMA,
    tool: { name: r.tool.name, version: r.tool.version },
    rubric: { id: r.rubric.id, version: r.rubric.version, sha256: r.rubric.sha256 },
    files: files.map((f) => ({ path: f.path, format: f.format, ...(f.input !== undefined ? { input: f.input } : {}), sha256: f.sha256 })),
    inputs: r.items.map((i) => ({ input: i.input, status: i.status, exitCode: i.exitCode, outputs: i.outputs.map((o) => o.path) })),
    exitCode: r.summary.exitCode,
  };
  if (!deterministic && r.generatedAt) m.generatedAt = r.generatedAt;
  return JSON.stringify(m, null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------------
// stderr

/**
 * The text summary on stdout already lists errors and failed gates. Otherwise stderr gets, per
 * file, its errors and warnings (errors only with --quiet) and its failed gates, then one line of
 * counts. The rubric's own warnings are said once; stack traces of internal errors with --debug.
 */
function reportToStderr(ctx: CliContext, r: BatchResult, loaded: LoadedRubric, plan: BatchPlan, stacks: Map<string, string>): void {
  const printDiagnostic = (d: Diagnostic) => ctx.stderr(colourDiagnostic(ctx, formatDiagnostic(d, ctx.lang), d.severity) + '\n');
  for (const d of sortDiagnostics(loaded.diagnostics)) if (d.severity !== 'info' && (!ctx.quiet || d.severity === 'error')) printDiagnostic(d);
  const textOnStdout = plan.summaries.some((p) => !p.path && p.format === 'text');
  if (!textOnStdout) {
    for (const item of r.items) {
      for (const d of sortDiagnostics(item.diagnostics)) {
        if (d.severity === 'info' || (ctx.quiet && d.severity !== 'error')) continue;
        printDiagnostic(d.location?.file ? d : { ...d, location: { ...d.location, file: item.input } });
      }
      for (const g of item.gates) {
        if (!g.passed) ctx.stderr(ctx.err.red(cliText(ctx.lang, 'gateFailedIn', { file: visible(item.input), gate: g.gate, expected: g.expected, found: g.found })) + '\n');
      }
    }
    const { files, scored, failed, gateFailures, withErrors } = r.summary;
    if (!ctx.quiet) ctx.stderr(cliText(ctx.lang, 'batchDone', { files, scored, failed, gateFailures, withErrors }) + '\n');
  }
  if (ctx.debug) for (const [file, stack] of stacks) ctx.stderr(`${file}:\n${stack}\n`);
}
