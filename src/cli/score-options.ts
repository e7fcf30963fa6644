/**
 * What `merit score` is given on the command line (the flags are declared in score.ts), and how
 * those options become the pipeline's FileSettings. Shared by the single run and the batch.
 */
import { Dec } from '../decimal.js';
import { UsageError, type Lang } from '../diagnostics.js';
import { parseAssume, parseProfile } from './assume.js';
import { limitsFrom, type LimitOptions } from './limits.js';
import type { FileSettings } from './pipeline.js';

export interface ScoreOptions extends LimitOptions {
  /** Absent: chosen from the stamp or the codes of the (first) file (src/cli/rubric-choice.ts). */
  rubric?: string;
  format: string[];
  output: string[];
  outputDir?: string;
  csvDelimiter?: string;
  sheet?: string;
  subject?: string;
  period?: string;
  verbose?: boolean;
  quiet?: boolean;
  deterministic?: boolean;
  failUnder?: string;
  minPredicate?: string;
  minCoverage?: string;
  assume?: string[];
  /** v2: `--profile CODE=VALUE`, repeatable. */
  profile?: string[];
  records?: string;
  /** Batch dashboard and workbook: `folder`, `period` or a profile question code. */
  groupBy?: string;
}

export function isDeterministic(opts: Pick<ScoreOptions, 'deterministic'>): boolean {
  return Boolean(opts.deterministic) || process.env.SOURCE_DATE_EPOCH !== undefined;
}

export function fileSettings(opts: ScoreOptions, o: { failUnder?: Dec; minCoverage?: Dec; deterministic: boolean; now?: Date; lang?: Lang }): FileSettings {
  return {
    sheet: opts.sheet,
    subject: opts.subject,
    period: opts.period,
    limits: limitsFrom(opts),
    now: o.deterministic ? undefined : (o.now ?? new Date()),
    gates: { failUnder: o.failUnder, minPredicate: opts.minPredicate, ...(o.minCoverage !== undefined ? { minCoverage: o.minCoverage } : {}) },
    assume: parseAssume(opts.assume),
    profile: parseProfile(opts.profile),
    ...(opts.records !== undefined ? { records: { path: opts.records, csvDelimiter: csvDelimiter(opts.csvDelimiter), lang: o.lang } } : {}),
  };
}

export function csvDelimiter(value: string | undefined): ',' | ';' | '\t' | undefined {
  return value === 'tab' ? '\t' : value === ';' ? ';' : value === ',' ? ',' : undefined;
}

export function parseNumberOption(option: string, value: string | undefined): Dec | undefined {
  if (value === undefined) return undefined;
  const d = Dec.parse(value, { decimalComma: true });
  if (!d) throw new UsageError('USAGE_BAD_NUMBER', { option, value });
  return d;
}
