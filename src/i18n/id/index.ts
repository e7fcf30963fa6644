/** Every Indonesian word merit prints. */
import type { Words } from '../words.js';
import { analysis } from './analysis.js';
import { batch } from './batch.js';
import { core } from './core.js';
import { cli } from './diagnostics/cli.js';
import { evidence } from './diagnostics/evidence.js';
import { report as reportDiagnostics } from './diagnostics/report.js';
import { rubric } from './diagnostics/rubric.js';
import { scoring } from './diagnostics/scoring.js';
import { labels } from './labels.js';
import { report } from './report.js';
import { rubricText, rubricWords } from './rubric-text.js';
import { template } from './template.js';
import { toolkit } from './toolkit.js';
import { toolkit as toolkitDiagnostics } from './diagnostics/toolkit.js';
import { national } from './national.js';

export const id: Words = {
  ...core,
  diagnostics: { rubric, evidence, scoring, report: reportDiagnostics, cli, toolkit: toolkitDiagnostics },
  rubricText,
  rubricWords,
  report,
  batch,
  analysis,
  template,
  labels,
  toolkit,
  national,
};
