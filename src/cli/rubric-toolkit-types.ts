/** Options and results of the rubric authors' toolkit commands (`merit rubric test | diff | init | import | export`), shared by the command definitions (rubric.ts) and their actions. */
import type { Diagnostic } from '../diagnostics.js';
import type { Mismatch } from './rubric-test-expect.js';

export interface RubricTestOptions {
  format?: 'text' | 'json' | 'junit';
  update?: boolean;
  force?: boolean;
}

export type FixtureStatus = 'pass' | 'fail' | 'broken' | 'written';

export interface FixtureResult {
  evidence: string;
  expect: string;
  status: FixtureStatus;
  description?: string;
  /** What scoring found (absent when the fixture is broken before scoring). */
  score?: string;
  predicate?: string;
  mismatches: Mismatch[];
  /** Why the fixture is broken. */
  problems: Diagnostic[];
}

export interface TestRun {
  rubric: { id: string; version: string; source: string };
  fixtures: FixtureResult[];
}


export interface RubricDiffOptions {
  format?: 'text' | 'json' | 'md';
}

/** One evidence file scored under both versions (`merit rubric diff ... EVIDENCE`). */
export interface ImpactFile {
  file: string;
  old?: { score: string; category: string; label: { id: string; en: string } };
  new?: { score: string; category: string; label: { id: string; en: string } };
  /** new − old, exact. */
  delta?: string;
  categoryChanged: boolean;
  /** Codes of the errors that kept the file from being read or scored. */
  errors: string[];
}

export interface Impact {
  files: ImpactFile[];
  categoryChanged: number;
  distribution: { code: string; label: { id: string; en: string }; before: number; after: number }[];
}

export interface RubricInitOptions {
  id?: string;
  title?: string;
  titleEn?: string;
  subject?: 'agency';
  aspects?: string;
  criteria?: string;
  scale?: string;
  rubricVersion?: string;
  from?: string;
  dir?: string;
  force?: boolean;
}

export interface RubricImportOptions {
  output?: string;
}
export interface RubricExportOptions {
  output: string;
}
