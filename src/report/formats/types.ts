/** What a format module declares: its names, its kind of bytes, and a renderer per report type. */
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../../diagnostics.js';
import type { AnalysisInput } from '../analysis-text.js';
import type { BatchResult } from '../../scoring/batch.js';
import type { DiffResult } from '../../scoring/diff.js';
import type { Explanation } from '../../scoring/explain.js';
import type { GapResult } from '../../scoring/gap.js';
import type { Assessment } from '../../scoring/types.js';

/**
 * The report types: one agency's (or one record population's) assessment, a batch summary, and
 * the analyses. `merit rubric show` (text and JSON) is rendered by its command, not here.
 */
export type ReportType = 'agency' | 'batch' | 'gap' | 'diff' | 'explain';

/** Every renderer's options; each takes what it needs. */
export interface RenderOptions {
  lang: Lang;
  /** Colours for a terminal; undefined for files (no escape codes in files). */
  color?: ChalkInstance;
  width: number;
  verbose: boolean;
  deterministic: boolean;
  csvDelimiter?: ',' | ';' | '\t';
  /** Batch dashboard and workbook (`--group-by`): `folder`, `period` or a profile question code. */
  groupBy?: string;
  /** Batch dashboard: input path -> link to its per-agency report, relative to the dashboard. */
  links?: ReadonlyMap<string, string>;
}

/**
 * A renderer per report type the format supports; a type left out is unsupported. Each imports
 * its renderer module when called, so choosing a format loads only that format's code (and
 * exceljs only for XLSX).
 */
export interface FormatRenderers {
  /** An assessment (agency or record population): the whole report. */
  agency?: (a: Assessment, o: RenderOptions) => Promise<string | Uint8Array>;
  /** A batch summary, in pieces (JSON streams one report at a time; XLSX is one piece of bytes). */
  batch?: (r: BatchResult, o: RenderOptions) => Promise<Iterable<string | Uint8Array>>;
  gap?: (a: Assessment, g: GapResult, o: RenderOptions) => Promise<string>;
  diff?: (a: AnalysisInput, b: AnalysisInput, d: DiffResult, o: RenderOptions) => Promise<string>;
  explain?: (input: AnalysisInput, e: Explanation, o: RenderOptions) => Promise<string>;
}

export interface OutputFormat<N extends string = string> {
  /** The `--format` value. */
  name: N;
  /** File extensions (lower case, with the dot) that imply the format; the first names files under --output-dir. */
  extensions: readonly string[];
  /** Bytes (XLSX), not text: never written to a terminal. */
  binary: boolean;
  /** One line for help texts. */
  description: { id: string; en: string };
  renders: FormatRenderers;
}

/** A colourless chalk for renderers that take one (files, and anything not a terminal). */
export async function plain(o: RenderOptions): Promise<ChalkInstance> {
  if (o.color) return o.color;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 0 });
}
