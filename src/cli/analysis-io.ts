/**
 * What `merit gap`, `merit diff` and `merit explain` share on the command line: reading an input
 * that is an evidence file (scored now) or a saved JSON report (read back), finding a report's
 * rubric and evidence file again, and writing the output (stdout, or a file atomically).
 */
import { readFile } from 'node:fs/promises';
import { dirname, extname, isAbsolute, join } from 'node:path';
import { createHash } from 'node:crypto';
import { Chalk } from 'chalk';
import { InputError } from '../diagnostics.js';
import { cliText } from '../i18n/index.js';
import type { EvidenceTable } from '../evidence/types.js';
import { loadRubric, looksLikeId } from '../rubric/load.js';
import type { LoadedRubric } from '../rubric/types.js';
import type { Assessment } from '../scoring/types.js';
import { writeFileAtomic } from './atomic.js';
import { writeDocument, type CliContext } from './context.js';
import { limitsFrom, type LimitOptions } from './limits.js';
import { assertNotInput, planOutputs } from './outputs.js';
import { parseProfile } from './assume.js';
import { readTable, scoreEvidenceFile, type ScoreSettings } from './pipeline.js';

export interface AnalysisOutputOptions {
  format?: string;
  output?: string;
}

export interface EvidenceOptions extends LimitOptions {
  sheet?: string;
  /** v2: `--profile CODE=VALUE` (raw, as given). */
  profile?: string[];
}

/** What scoring an evidence input now takes from the command line (`--profile`); a usage error for bad syntax. */
export function analysisScoreSettings(opts: EvidenceOptions): ScoreSettings {
  const profile = parseProfile(opts.profile);
  return profile.length ? { profile } : {};
}

/** One input, scored now (evidence) or read back (report). */
export interface Side {
  kind: 'evidence' | 'report';
  /** The path as given. */
  path: string;
  assessment: Assessment;
  /** The rubric it was scored with, when loaded (always for evidence; for a report when found again). */
  loaded?: LoadedRubric;
  /** Evidence only. */
  table?: EvidenceTable;
}

/** A `.json` input is a saved report; anything else is evidence. */
export function isReportPath(path: string): boolean {
  return extname(path).toLowerCase() === '.json';
}

export async function scoreEvidence(path: string, loaded: LoadedRubric, opts: EvidenceOptions): Promise<Side> {
  const { table, assessment } = await scoreEvidenceFile(path, loaded, { sheet: opts.sheet, limits: limitsFrom(opts), ...analysisScoreSettings(opts) });
  return { kind: 'evidence', path, assessment, loaded, table };
}

/** Reads a saved `merit-report/1`; its rubric is loaded again when its source still has the same bytes. */
export async function readReport(path: string): Promise<Side> {
  const { readSavedReport } = await import('../evidence/saved-report.js');
  const assessment = await readSavedReport(path);
  const loaded = await rubricOf(assessment, path);
  return { kind: 'report', path, assessment, ...(loaded ? { loaded } : {}) };
}

export async function readSide(path: string, rubric: LoadedRubric | (() => Promise<LoadedRubric>), opts: EvidenceOptions): Promise<Side> {
  if (isReportPath(path)) return readReport(path);
  return scoreEvidence(path, typeof rubric === 'function' ? await rubric() : rubric, opts);
}

/**
 * Where a file a report names may be: the path as written (relative to where `merit score` ran),
 * then relative to the report's own folder.
 */
function nearReport(path: string, report: string | undefined): string[] {
  return report && !isAbsolute(path) ? [path, join(dirname(report), path)] : [path];
}

/** The rubric a report was made with, when its source (bundled id or path) still holds the same bytes. */
export async function rubricOf(a: Assessment, reportPath?: string): Promise<LoadedRubric | undefined> {
  const sources = looksLikeId(a.rubric.source) ? [a.rubric.source] : nearReport(a.rubric.source, reportPath);
  for (const source of sources) {
    try {
      const loaded = await loadRubric(source);
      if (loaded.sha256 === a.rubric.sha256) return loaded;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
    }
  }
  return undefined;
}

/** The evidence file a report was made from, when it is still there with the same bytes. */
export async function evidenceOf(
  side: Side,
  loaded: LoadedRubric,
  opts: EvidenceOptions,
): Promise<{ table?: EvidenceTable; problem?: 'missing' | 'changed' }> {
  const a = side.assessment;
  let problem: 'missing' | 'changed' = 'missing';
  for (const path of nearReport(a.input.path, side.kind === 'report' ? side.path : undefined)) {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch {
      continue;
    }
    if (createHash('sha256').update(bytes).digest('hex') !== a.input.sha256) {
      problem = 'changed';
      continue;
    }
    const sheet = opts.sheet ?? a.input.sheet;
    const table = await readTable(path, loaded, { sheet, limits: limitsFrom(opts) });
    // The table names the file as the report did, so the re-scored assessment refers to the same input.
    return { table: { ...table, file: a.input.path } };
  }
  return { problem };
}

export interface AnalysisPlan {
  format: 'text' | 'json';
  /** Undefined: stdout. */
  path?: string;
}

/** Where the output goes: `--format text|json`, `--output FILE` (format from its extension). Checked before any work. */
export function planAnalysis(opts: AnalysisOutputOptions, inputs: string[]): AnalysisPlan {
  const plan = planOutputs(opts.format ? [opts.format] : [], opts.output ? [opts.output] : [], ['text', 'json']);
  assertNotInput(plan, inputs);
  return plan[0] as AnalysisPlan;
}

/** Text layout for the plan: the terminal's width and colours on stdout, 100 columns and no colour in a file. */
export function textLayout(ctx: CliContext, plan: AnalysisPlan): { lang: CliContext['lang']; color: CliContext['out']; width: number } {
  return { lang: ctx.lang, color: plan.path ? PLAIN : ctx.out, width: plan.path ? 100 : ctx.columns };
}

const PLAIN = new Chalk({ level: 0 });

/** Writes the output to stdout, or atomically to the file. */
export function writeAnalysis(ctx: CliContext, plan: AnalysisPlan, out: string): void {
  if (plan.path) {
    writeFileAtomic(plan.path, out);
    if (!ctx.quiet) ctx.stderr(ctx.err.dim(cliText(ctx.lang, 'wrote', { path: plan.path, format: plan.format })) + '\n');
  } else if (plan.format === 'text') ctx.stdout(out);
  else writeDocument(ctx, out);
}
