/**
 * What `merit score` is given on the command line (the flags are declared in score.ts), and how
 * those options become the pipeline's FileSettings. Shared by the single run and the batch.
 */
import { Dec } from '../decimal.js';
import { UsageError, type Lang } from '../diagnostics.js';
import type { AspectMinimum, Gates } from '../scoring/gates.js';
import { parseAssume, parseProfile } from './assume.js';
import { resolveLang } from './context.js';
import { limitsFrom, type LimitOptions } from './limits.js';
import type { FileSettings } from './pipeline.js';

export interface ScoreOptions extends LimitOptions {
  /** Absent: chosen from the stamp or the codes of the (first) file (src/cli/rubric-choice.ts). */
  rubric?: string;
  format: string[];
  output: string[];
  outputDir?: string;
  csvDelimiter?: string;
  /** `--csv-dialect id|en`: `;` and decimal commas (Indonesian Excel) or `,` and points. */
  csvDialect?: string;
  /** The global `--lang` (or the configuration's `lang`). */
  lang?: string;
  sheet?: string;
  subject?: string;
  period?: string;
  verbose?: boolean;
  quiet?: boolean;
  deterministic?: boolean;
  failUnder?: string;
  minPredicate?: string;
  minCoverage?: string;
  /** `--min-aspect CODE=SCORE|BAND`, repeatable. */
  minAspect?: string[];
  maxWarnings?: string;
  assume?: string[];
  /** v2: `--profile CODE=VALUE`, repeatable. */
  profile?: string[];
  records?: string;
  /** Batch: `--include GLOB` / `--exclude GLOB`, repeatable (src/cli/inputs.ts). */
  include?: string[];
  exclude?: string[];
  /** `--config FILE` (read by run.ts before the action). */
  config?: string;
  printConfig?: boolean;
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
    gates: { failUnder: o.failUnder, minPredicate: opts.minPredicate, ...(o.minCoverage !== undefined ? { minCoverage: o.minCoverage } : {}), ...aspectGates(opts) },
    assume: parseAssume(opts.assume),
    profile: parseProfile(opts.profile),
    ...(opts.records !== undefined ? { records: { path: opts.records, csvDelimiter: csvDelimiterOf(opts), lang: o.lang } } : {}),
  };
}

/**
 * The delimiter of CSV outputs (reports, batch summaries, --records): `--csv-delimiter` if given;
 * else `--csv-dialect` (`id`: `;` with decimal commas, as Indonesian-locale Excel reads them; `en`:
 * `,`); else the language when one was chosen (`--lang`, MERIT_LANG or the configuration's `lang`).
 * With no choice at all the CSV stays `,` (what scripts reading merit's CSV have always got),
 * though the words are Indonesian by default.
 */
export function csvDelimiterOf(opts: Pick<ScoreOptions, 'csvDelimiter' | 'csvDialect' | 'lang'>, env: NodeJS.ProcessEnv = process.env): ',' | ';' | '\t' | undefined {
  const explicit = csvDelimiter(opts.csvDelimiter);
  if (explicit) return explicit;
  const chosen = opts.lang ?? (env.MERIT_LANG ? env.MERIT_LANG : undefined);
  const dialect = opts.csvDialect ?? (chosen !== undefined ? resolveLang(chosen, env) : undefined);
  return dialect === 'id' ? ';' : dialect === 'en' ? ',' : undefined;
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

/** `--min-aspect CODE=SCORE|BAND` (repeatable) and `--max-warnings N`, as gates. */
export function aspectGates(opts: Pick<ScoreOptions, 'minAspect' | 'maxWarnings'>): Pick<Gates, 'minAspect' | 'maxWarnings'> {
  const out: Pick<Gates, 'minAspect' | 'maxWarnings'> = {};
  if (opts.minAspect?.length) out.minAspect = opts.minAspect.map(parseMinAspect);
  if (opts.maxWarnings !== undefined) {
    if (!/^\s*\d+\s*$/.test(opts.maxWarnings)) throw new UsageError('USAGE_BAD_NUMBER', { option: '--max-warnings', value: opts.maxWarnings });
    out.maxWarnings = Number(opts.maxWarnings);
  }
  return out;
}

/** `A1=30` (a score: decimal point or comma) or `1.1=MENENGAH` (a category code). */
export function parseMinAspect(value: string): AspectMinimum {
  const i = value.indexOf('=');
  const code = i > 0 ? value.slice(0, i).trim() : '';
  const rhs = i > 0 ? value.slice(i + 1).trim() : '';
  if (!code || !rhs) throw new UsageError('USAGE_BAD_MIN_ASPECT', { value });
  const score = Dec.parse(rhs, { decimalComma: true });
  return score ? { code, score } : { code, band: rhs };
}
