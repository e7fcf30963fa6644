/**
 * Words of the batch summaries (text, CSV, Markdown, JUnit), in Indonesian and English. The
 * words shared with single reports (score, max, predicate, coverage, ...) come from i18n.ts; this
 * holds only what a summary over many files adds. One typed dictionary: a key missing in either
 * language is a compile error.
 */
import type { Lang } from '../diagnostics.js';

export interface BatchWords {
  title: string;
  rank: string;
  file: string;
  gates: string;
  gateStatus: Record<'none' | 'passed' | 'failed', string>;
  /** Column head of the error + warning count. */
  diag: string;
  errors: string;
  warnings: string;
  exitCode: string;
  status: string;
  itemStatus: Record<'scored' | 'with-errors' | 'failed', string>;
  unreadable: string;
  /** `5 files: 3 scored, 2 unreadable` */
  files: (n: number) => string;
  scored: (n: number) => string;
  failed: (n: number) => string;
  gateFailures: (n: number) => string;
  withErrors: (n: number) => string;
  mean: string;
  median: string;
  min: string;
  max: string;
  byPredicate: string;
  count: string;
  /** Heading of the list of files that could not be scored. */
  failuresHeading: (n: number) => string;
  /** Heading of the list of scored files whose evidence has errors. */
  errorsHeading: (n: number) => string;
  /** Heading of the list of failed gates. */
  gateFailuresHeading: (n: number) => string;
  /** `fail-under: expected >= 250, found 194.5` */
  gateLine: (gate: string, expected: string, found: string) => string;
  /** The provisional rubric, once for the whole batch. */
  provisionalNote: string;
  /** Shown when more diagnostics exist than a list shows. */
  more: (n: number) => string;
  /** The warnings count in a non-verbose text summary. */
  warningsHidden: (n: number) => string;
  /** JUnit: the testsuite name. */
  suiteName: (rubric: string) => string;
  /** JUnit failure messages. */
  gateFailedMessage: string;
  unreadableMessage: string;
  evidenceErrorMessage: string;
}

const id: BatchWords = {
  title: 'Ringkasan penilaian',
  rank: '#',
  file: 'Berkas',
  gates: 'Gerbang',
  gateStatus: { none: '–', passed: 'lolos', failed: 'gagal' },
  diag: 'Diag',
  errors: 'Galat',
  warnings: 'Peringatan',
  exitCode: 'Kode keluar',
  status: 'Status',
  itemStatus: { scored: 'dinilai', 'with-errors': 'dinilai, ada galat', failed: 'gagal dibaca' },
  unreadable: 'tidak terbaca',
  files: (n) => `${n} berkas`,
  scored: (n) => `${n} dinilai`,
  failed: (n) => `${n} gagal dibaca`,
  gateFailures: (n) => `${n} gagal gerbang`,
  withErrors: (n) => `${n} dengan galat`,
  mean: 'Rerata',
  median: 'Median',
  min: 'Min',
  max: 'Maks',
  byPredicate: 'Jumlah per predikat',
  count: 'Jumlah',
  failuresHeading: (n) => `Gagal dibaca (${n})`,
  errorsHeading: (n) => `Dinilai dengan galat pada bukti (${n})`,
  gateFailuresHeading: (n) => `Gerbang gagal (${n})`,
  gateLine: (g, e, f) => `${g}: diharapkan ${e}, didapat ${f}`,
  provisionalNote: 'Rubrik berstatus SEMENTARA: nilai bukan hasil resmi.',
  more: (n) => `… dan ${n} lagi`,
  warningsHidden: (n) => `${n} peringatan tidak ditampilkan; lihat dengan --verbose atau di laporan per berkas`,
  suiteName: (r) => `merit score (${r})`,
  gateFailedMessage: 'gerbang gagal',
  unreadableMessage: 'berkas tidak bisa dinilai',
  evidenceErrorMessage: 'bukti mengandung galat',
};

const en: BatchWords = {
  title: 'Scoring summary',
  rank: '#',
  file: 'File',
  gates: 'Gates',
  gateStatus: { none: '–', passed: 'pass', failed: 'FAIL' },
  diag: 'Diag',
  errors: 'Errors',
  warnings: 'Warnings',
  exitCode: 'Exit code',
  status: 'Status',
  itemStatus: { scored: 'scored', 'with-errors': 'scored, with errors', failed: 'unreadable' },
  unreadable: 'unreadable',
  files: (n) => `${n} file${n === 1 ? '' : 's'}`,
  scored: (n) => `${n} scored`,
  failed: (n) => `${n} unreadable`,
  gateFailures: (n) => `${n} failed a gate`,
  withErrors: (n) => `${n} with errors`,
  mean: 'Mean',
  median: 'Median',
  min: 'Min',
  max: 'Max',
  byPredicate: 'Files per predicate',
  count: 'Count',
  failuresHeading: (n) => `Could not be scored (${n})`,
  errorsHeading: (n) => `Scored with errors in the evidence (${n})`,
  gateFailuresHeading: (n) => `Failed gates (${n})`,
  gateLine: (g, e, f) => `${g}: expected ${e}, found ${f}`,
  provisionalNote: 'The rubric is PROVISIONAL: scores are not official results.',
  more: (n) => `… and ${n} more`,
  warningsHidden: (n) => `${n} warning${n === 1 ? '' : 's'} not shown; see them with --verbose or in the per-file reports`,
  suiteName: (r) => `merit score (${r})`,
  gateFailedMessage: 'gate failed',
  unreadableMessage: 'file could not be scored',
  evidenceErrorMessage: 'evidence has errors',
};

export const BATCH_WORDS: Readonly<Record<Lang, BatchWords>> = { id, en };

export function batchWords(lang: Lang): BatchWords {
  return BATCH_WORDS[lang];
}
