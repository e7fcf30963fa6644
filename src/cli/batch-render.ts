/** The batch summary formats, and the per-input formats of --output-dir, from the registry (src/report/formats.ts). */
import { extensionMap, formatNames, formatNamed, renderer, type FormatFor, type RenderOptions } from '../report/formats.js';
import type { BatchResult } from '../scoring/batch.js';

/** Formats that summarise a whole batch (stdout or `-o`): text, json, csv, md, html, xlsx, junit. */
export type SummaryFormat = FormatFor<'batch'>;
export const SUMMARY_FORMATS: readonly SummaryFormat[] = formatNames('batch');

/** Formats of the per-input reports under --output-dir: every report format, and JUnit (a batch of one). */
export type PerInputFormat = FormatFor<'agency' | 'batch'>;
export const PER_INPUT_FORMATS: readonly PerInputFormat[] = formatNames('agency', 'batch');

/** `-o` extensions of summaries: the report ones that summarise, and `.xml` for JUnit. */
export const SUMMARY_EXTENSIONS: Readonly<Record<string, SummaryFormat>> = extensionMap('batch');

/** File extension of each per-input format under --output-dir: the format's first. */
export const EXTENSION_OF: Readonly<Record<PerInputFormat, string>> = Object.fromEntries(
  PER_INPUT_FORMATS.map((f) => [f, formatNamed(f)!.extensions[0]!.slice(1)]),
) as Record<PerInputFormat, string>;

/** A summary in pieces (JSON streams one report at a time; the others are one piece). */
export async function renderBatch(r: BatchResult, format: SummaryFormat, o: RenderOptions): Promise<Iterable<string | Uint8Array>> {
  return renderer(format, 'batch')(r, o);
}
