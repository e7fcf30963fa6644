/**
 * Batch results and their summary. Pure: the CLI scores each file and hands the items here; the
 * batch renderers (src/report/batch-*.ts) turn a BatchResult into text, JSON, CSV, Markdown or JUnit.
 */
import { Dec } from '../decimal.js';
import { countOf, type Diagnostic } from '../diagnostics.js';
import type { LocalText } from '../rubric/types.js';
import type { GateResult, Gates } from './gates.js';
import type { Assessment } from './types.js';

export interface WrittenOutput {
  format: string;
  path: string;
  sha256: string;
}

export interface BatchItem {
  /** Input path as found (relative to the working directory when it was given so). */
  input: string;
  /** `scored`: an Assessment exists (it may still carry errors); `failed`: the file could not be scored. */
  status: 'scored' | 'failed';
  /** This file's exit code: 0 ok, 1 gate failed, 2 input error, 3 internal error. */
  exitCode: 0 | 1 | 2 | 3;
  assessment?: Assessment;
  gates: GateResult[];
  /** For a failed file, the diagnostics that stopped it; for a scored one, the assessment's. */
  diagnostics: Diagnostic[];
  /** With --output-dir: what was written for this input. */
  outputs: WrittenOutput[];
  /** Wall time spent on this file (reading and scoring), in milliseconds. */
  ms?: number;
}

export interface PredicateCount {
  code: string;
  label: LocalText;
  color?: string;
  kind: 'band' | 'below' | 'above' | 'none';
  count: number;
}

export interface BatchSummary {
  files: number;
  scored: number;
  /** Files that could not be scored (exit 2 or 3). */
  failed: number;
  /** Scored files with at least one failed gate. */
  gateFailures: number;
  /** Scored files whose assessment carries error diagnostics. */
  withErrors: number;
  /** Every band of the rubric, ascending, with its count (zeros included), then out-of-range labels that occurred. */
  byPredicate: PredicateCount[];
  mean: Dec | null;
  median: Dec | null;
  min: Dec | null;
  max: Dec | null;
  /** The worst exit code over all files. */
  exitCode: 0 | 1 | 2 | 3;
}

export interface BatchResult {
  tool: { name: 'merit'; version: string };
  rubric: Assessment['rubric'];
  /** The gates every file was held to. */
  gates: Gates;
  /** Sorted by input path. */
  items: BatchItem[];
  summary: BatchSummary;
  generatedAt?: string;
}

/** Bands of a rubric in ascending order, as the summary lists them. */
export interface BandInfo {
  code: string;
  label: LocalText;
  color?: string;
}

export function summarize(items: readonly BatchItem[], bands: readonly BandInfo[]): BatchSummary {
  const scored = items.filter((i) => i.status === 'scored' && i.assessment);
  const scores = scored.map((i) => i.assessment!.score).sort((a, b) => a.cmp(b));
  const counts = new Map<string, PredicateCount>();
  for (const b of bands) counts.set(b.code, { code: b.code, label: b.label, ...(b.color ? { color: b.color } : {}), kind: 'band', count: 0 });
  for (const i of scored) {
    const p = i.assessment!.predicate;
    const c = counts.get(p.code) ?? { code: p.code, label: p.label, ...(p.color ? { color: p.color } : {}), kind: p.kind, count: 0 };
    c.count++;
    counts.set(p.code, c);
  }
  const n = scores.length;
  const median = n === 0 ? null : n % 2 ? scores[(n - 1) / 2]! : scores[n / 2 - 1]!.add(scores[n / 2]!).div(Dec.int(2));
  return {
    files: items.length,
    scored: scored.length,
    failed: items.length - scored.length,
    gateFailures: scored.filter((i) => i.gates.some((g) => !g.passed)).length,
    withErrors: scored.filter((i) => i.assessment!.diagnostics.some((d) => d.severity === 'error')).length,
    byPredicate: [...counts.values()],
    mean: n === 0 ? null : Dec.sum(scores).div(Dec.int(n)),
    median,
    min: n === 0 ? null : scores[0]!,
    max: n === 0 ? null : scores[n - 1]!,
    exitCode: items.reduce<0 | 1 | 2 | 3>((w, i) => (i.exitCode > w ? i.exitCode : w), 0),
  };
}

/** Paths in code-unit order: the same on every machine, whatever the locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ranking: highest score first, ties by input path; failed files last, by path. */
export function rank(items: readonly BatchItem[]): BatchItem[] {
  return [...items].sort((a, b) => {
    if (a.assessment && b.assessment) return b.assessment.score.cmp(a.assessment.score) || comparePaths(a.input, b.input);
    if (a.assessment) return -1;
    if (b.assessment) return 1;
    return comparePaths(a.input, b.input);
  });
}

export interface RankedItem {
  item: BatchItem;
  /** Competition ranking (1, 2, 2, 4): equal scores share a rank. Undefined for files not scored. */
  rank?: number;
}

/** `rank` with rank numbers, as the summary tables print them. */
export function ranked(items: readonly BatchItem[]): RankedItem[] {
  const out: RankedItem[] = [];
  rank(items).forEach((item, i) => {
    if (!item.assessment) return void out.push({ item });
    const prev = out[i - 1];
    const tied = prev?.item.assessment && prev.rank !== undefined && prev.item.assessment.score.eq(item.assessment.score);
    out.push({ item, rank: tied ? prev.rank : i + 1 });
  });
  return out;
}

/** Error and warning counts of an item (info is never counted). */
export function diagnosticCounts(item: BatchItem): { errors: number; warnings: number } {
  return { errors: countOf(item.diagnostics, 'error'), warnings: countOf(item.diagnostics, 'warning') };
}

/** How an item did against its gates: none asked, all passed, or at least one failed. */
export function gateStatus(item: BatchItem): 'none' | 'passed' | 'failed' {
  if (item.gates.length === 0) return 'none';
  return item.gates.some((g) => !g.passed) ? 'failed' : 'passed';
}
