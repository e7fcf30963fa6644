/**
 * The type of one language's words. Each language (id/index.ts, en/index.ts) is declared `Words`;
 * the keys come from the Indonesian modules, so a word missing in any language is a compile error.
 */
import type { cli as cliDiagnostics } from './id/diagnostics/cli.js';
import type { evidence } from './id/diagnostics/evidence.js';
import type { report as reportDiagnostics } from './id/diagnostics/report.js';
import type { rubric } from './id/diagnostics/rubric.js';
import type { scoring } from './id/diagnostics/scoring.js';
import type { toolkit as toolkitDiagnostics } from './id/diagnostics/toolkit.js';
import type { toolkit } from './id/toolkit.js';
import type { cli } from './id/cli.js';
import type { common } from './id/common.js';
import type { labels } from './id/labels.js';
import type { rubricText, rubricWords } from './id/rubric-text.js';
import type { Mirror, Sentence } from './types.js';
import type { AnalysisWords, BatchWords, TemplateWords, UiWords } from './ui-types.js';
import type { NationalWords } from './ui-types-national.js';

/** The words the start-up path needs (a failed command line, an internal error): kept small. */
export interface CoreWords {
  common: typeof common;
  cli: Record<keyof typeof cli, Sentence>;
}

export interface Words extends CoreWords {
  /** Diagnostic messages keyed by code, one catalog per part that raises them. */
  diagnostics: {
    rubric: Mirror<typeof rubric>;
    evidence: Mirror<typeof evidence>;
    scoring: Mirror<typeof scoring>;
    report: Mirror<typeof reportDiagnostics>;
    cli: Mirror<typeof cliDiagnostics>;
    toolkit: Mirror<typeof toolkitDiagnostics>;
  };
  /** `merit rubric validate | list | show`. */
  rubricText: Record<keyof typeof rubricText, Sentence>;
  rubricWords: typeof rubricWords;
  /** Every report renderer. */
  report: UiWords;
  batch: BatchWords;
  analysis: AnalysisWords;
  template: TemplateWords;
  labels: typeof labels;
  /** The rubric authors' toolkit: `merit rubric test | show --format md|html | diff | init`. */
  toolkit: Record<keyof typeof toolkit, Sentence>;
  /** The national view (batch dashboard, ranking workbook). */
  national: NationalWords;
}
