/** The batch summary formats; each renderer module is imported only when its format is used. */
import type { BatchResult } from '../scoring/batch.js';
import { BY_EXTENSION, REPORT_FORMATS, type ReportFormat } from './outputs.js';
import type { RenderOptions } from './render.js';

/** Formats that summarise a whole batch (stdout or `-o`). */
export const SUMMARY_FORMATS = ['text', 'json', 'csv', 'md', 'junit'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

/** Formats of the per-input reports under --output-dir: every report format, and JUnit. */
export const PER_INPUT_FORMATS = [...REPORT_FORMATS, 'junit'] as const;
export type PerInputFormat = ReportFormat | 'junit';

/** `-o` extensions of summaries: the report ones that summarise, and `.xml` for JUnit. */
export const SUMMARY_EXTENSIONS: Readonly<Record<string, SummaryFormat>> = {
  ...Object.fromEntries(Object.entries(BY_EXTENSION).filter(([, f]) => (SUMMARY_FORMATS as readonly string[]).includes(f))),
  '.xml': 'junit',
} as Record<string, SummaryFormat>;

/** File extension of each per-input format under --output-dir. */
export const EXTENSION_OF: Readonly<Record<PerInputFormat, string>> = {
  text: 'txt',
  json: 'json',
  csv: 'csv',
  md: 'md',
  html: 'html',
  xlsx: 'xlsx',
  junit: 'xml',
};

/** A summary in pieces (JSON streams one report at a time; the others are one piece). */
export async function renderBatch(r: BatchResult, format: SummaryFormat, o: RenderOptions): Promise<Iterable<string>> {
  switch (format) {
    case 'text':
      return [(await import('../report/batch-text.js')).renderBatchText(r, { lang: o.lang, color: o.color ?? (await plain()), width: o.width, verbose: o.verbose })];
    case 'json':
      return (await import('../report/batch-json.js')).batchJsonChunks(r, { deterministic: o.deterministic });
    case 'csv':
      return [(await import('../report/batch-csv.js')).renderBatchCsv(r, { lang: o.lang, delimiter: o.csvDelimiter ?? ',' })];
    case 'md':
      return [(await import('../report/batch-markdown.js')).renderBatchMarkdown(r, { lang: o.lang })];
    case 'junit':
      return [(await import('../report/batch-junit.js')).renderBatchJunit(r, { lang: o.lang, deterministic: o.deterministic })];
  }
}

async function plain() {
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 0 });
}
