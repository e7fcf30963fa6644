/**
 * The shapes of the UI words (headings, column names, status words, sentences with values) of every
 * renderer. Each language's dictionaries are declared with these types, so a key missing in one
 * language is a compile error. Words only: no formatting, no colour.
 */
import type { AnalysisV2Words, NextStepsWords, TemplateV2Words } from './ui-types-v2.js';
import type { Severity } from '../diagnostics.js';
import type { Aggregate, Confidence, EvidenceField, MissingPolicy, NodeStatus, RoundingMode, RubricStatus, ValueUse } from '../vocabulary.js';

// ---------------------------------------------------------------------------------------------
// Reports (every renderer)

/** Words for a record-mode (population) assessment. */
export interface PopulationWords {
  heading: string;
  /** `28 of 30 rows scored` */
  scored: (scored: number, rows: number) => string;
  /** `2 rows not scored (errors): left out of the mean` */
  skipped: (n: number) => string;
  /** `1 repeated NIP (both rows counted)` */
  duplicates: (n: number, header: string, estimated: boolean) => string;
  /** How the population score is made. */
  method: string;
  mean: string;
  lowest: string;
  highest: string;
  distribution: string;
  /** Accessible text of the distribution chart. */
  distributionAlt: (parts: string) => string;
  count: string;
  share: string;
  dimensions: string;
  /** The mean of a dimension over the records it applies to. */
  meanScore: string;
  records: string;
  /** `By Unit Kerja` */
  by: (header: string) => string;
  /** Said of a breakdown grouped by lookup case (S1 and S-1 together). */
  byCase: string;
  byPath: string;
  group: string;
  /** --records and the XLSX: the file row, the record's status and problems. */
  row: string;
  status: { scored: string; skipped: string };
  problems: string;
  predicateCode: string;
  /** XLSX sheet names (at most 31 characters). */
  breakdownSheet: string;
  /** The total row of the dimension table: the population mean before the rubric's rounding. */
  totalUnrounded: string;
}

/**
 * Words for rubric language v2 results (docs/rubric-v2.md "Downstream"): profile answers,
 * per-node categories, not-applicable reasons, composite parts, incomplete composites, the
 * nominal figure and predicate caps. Printed only when an assessment carries them.
 */
export interface V2Words {
  /** Heading of the profile answers. */
  profile: string;
  question: string;
  answer: string;
  /** Column head: where an answer was written (a cell, --profile, --assume). */
  writtenIn: string;
  /** An answer given on the command line: `--profile`, `--assume`. */
  profileSource: Record<'option' | 'assume', string>;
  /** A question with no answer. */
  unanswered: string;
  /** An answer that is none of the allowed ones: `"provinsi" (not an allowed answer)`. */
  unknownAnswer: (raw: string) => string;
  /** Column head and label of a node's category (its own band). */
  category: string;
  /** Column head: a category's stable code. */
  categoryCode: string;
  /** Header row: the rubric an `extends` rubric builds on. */
  baseRubric: string;
  /** Heading of the not-applicable items, and the status word. */
  notApplicable: string;
  /** Column head: why a node does not apply. */
  notApplicableReason: string;
  /** `applies when Agency type: Central agency` */
  appliesWhen: (subject: string, values: string) => string;
  /** `applies unless Agency type: Central agency` */
  appliesUnless: (subject: string, values: string) => string;
  /** The value the condition looked at: `here: Regency/city (C6)` */
  here: (value: string) => string;
  /** Joins alternatives: `Central agency or Regency/city` */
  or: string;
  /** A record column as the subject of a condition. */
  column: (key: string) => string;
  /** `declared not applicable: "TB" in C11` */
  declared: (word: string, cell: string) => string;
  /** Heading of a composite's parts: `Parts of NI Index` */
  composite: (node: string) => string;
  coefficient: string;
  /** Column head: coefficient × score. */
  product: string;
  /** A composite whose required input is missing: it shows its fallback instead. */
  incomplete: (node: string, missing: string, fallback: string) => string;
  /** Column head / flag: incomplete composite (the missing inputs). */
  incompleteHead: string;
  /** Column head: a node's score before its own rounding. */
  unrounded: string;
  /** `before rounding 0.725` */
  unroundedNote: (value: string) => string;
  /** A capped predicate: `would be TINGGI High, but A2 Protection is below MENENGAH Intermediate` */
  capped: (from: string, children: string[], atLeast: string) => string;
  /** Column head: the band a capped category or predicate would have had. */
  cappedFrom: string;
  /** Column head: the nominal figure of the total. */
  nominal: string;
  /** Column head (CSV): a profile row's answer. */
  profileAnswer: string;
  /** How a v2 group combined its children: a mean over the applicable ones, the best or the worst child. */
  aggregateRule: { mean: (n: number) => string; max: (child: string) => string; min: (child: string) => string };
  /** Heading of a batch summary's per-file categories (and nominal figures). */
  batchHeading: string;
  /** Status word of a profile row (CSV). */
  profileRow: string;
  /** The next steps per aspect and the rubric's notice. */
  nextSteps: NextStepsWords;
}

export interface UiWords {
  // Header
  report: string;
  agency: string;
  period: string;
  file: string;
  sheet: string;
  rubric: string;
  rubricStatus: Record<RubricStatus, string>;
  generatedAt: string;
  subjectSource: Record<'workbook' | 'option' | 'filename', string>;

  // Totals
  score: string;
  /** Final (verified where present) score. */
  total: string;
  max: string;
  percent: string;
  predicate: string;
  selfTotal: string;
  selfPredicate: string;
  coverage: string;
  /** `288.5 of 410` */
  outOf: (score: string, max: string) => string;
  /** `95.1% of the maximum had evidence` */
  coverageSentence: (pct: string) => string;

  // Tables
  aspect: string;
  aspects: string;
  criteria: string;
  code: string;
  name: string;
  nameId: string;
  nameEn: string;
  depth: string;
  kind: Record<'group' | 'leaf', string>;
  level: string;
  self: string;
  verified: string;
  used: string;
  usedValue: Record<ValueUse, string>;
  points: string;
  rule: string;
  status: string;
  nodeStatus: Record<NodeStatus, string>;
  sourceCell: string;
  /** Short column heading for a cell reference. */
  cell: string;
  evidenceCell: string;
  evidence: string;
  notes: string;
  share: string;
  total_row: string;
  /** The table's total row when the rubric's rounding changed the total. */
  total_row_unrounded: string;
  bar: string;

  // Provisional, assumptions
  provisional: string;
  /** Short warning for a provisional rubric with `n` provisional parts. */
  provisionalWarning: (n: number) => string;
  provisionalPart: Record<'rubric' | 'node' | 'band', string>;
  confidence: Record<Confidence, string>;
  source: string;
  assumptions: string;
  assumed: string;
  /** Warning that the result includes what-if values. */
  assumptionsWarning: (n: number) => string;
  /** The file's value an assumed one took the place of: `was 2`. */
  wasValue: (value: string) => string;
  /** Column head: the file's value an assumed one took the place of. */
  valueInFile: string;

  // Diagnostics
  diagnostics: string;
  noDiagnostics: string;
  severityPlural: Record<Severity, string>;
  /** `2 warnings, 1 info` */
  count: (n: number, s: Severity) => string;
  /** Shown instead of info diagnostics in a non-verbose terminal report. */
  infoHidden: (n: number) => string;

  // HTML and XLSX reports
  summarySheet: string;
  detailSheet: string;
  /** Column heads of a label/value sheet. */
  field: string;
  value: string;
  rubricTitle: string;
  version: string;
  rubricSha: string;
  inputSha: string;
  tool: string;
  selfLevel: string;
  verifiedLevel: string;
  bandScale: string;
  /** Accessible text of the band-scale chart. */
  bandScaleAlt: (score: string, predicate: string) => string;
  belowRange: string;
  aboveRange: string;
  /** `36.5 points to IV Very Good` */
  toNextBand: (gap: string, band: string) => string;
  aspectChart: string;
  location: string;
  severity: string;
  message: string;
  hint: string;
  /** Warning for an official rubric that still has provisional parts. */
  provisionalPartsWarning: (n: number) => string;
  assumedValue: string;
  noEvidence: string;
  /** Column head: which part of the rubric (rubric, node, band). */
  part: string;
  /** Column head for a provenance confidence. */
  confidenceHead: string;
  /** Heading of the list of provisional parts with their sources. */
  provisionalSources: string;

  /** Record rubrics: the population summary (every renderer). */
  population: PopulationWords;
  /** Rubric language v2 results. */
  v2: V2Words;
}

// ---------------------------------------------------------------------------------------------
// Batch summaries: only what a summary over many files adds to the report words

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

// ---------------------------------------------------------------------------------------------
// Analysis commands (gap, diff, explain): the sentences only the analysis reports use

export interface AnalysisWords {
  // Shared
  report: string;
  criterion: string;
  weight: string;
  pointsOf: (n: string) => string;
  aggregate: Record<Aggregate, string>;
  /** `score ≥ 325`, `score > 90` */
  edge: (value: string, inclusive: boolean) => string;
  beforeRounding: (x: string) => string;
  /** `none` column word. */
  none: string;

  // gap
  gapTitle: string;
  target: string;
  missing: string;
  column: string;
  columnWord: Record<'verified' | 'self', string>;
  noRow: string;
  smallest: (steps: number, criteria: number) => string;
  optimal: string;
  bestEffort: string;
  sumRow: (steps: number) => string;
  after: string;
  unreachable: (best: string, short: string | undefined) => string;
  already: (score: string, target: string) => string;
  top: (predicate: string) => string;
  onlyLevels: string;
  fixedOther: (list: string) => string;
  fixedError: (list: string) => string;

  // diff
  diffTitle: string;
  sideA: string;
  sideB: string;
  fromReport: string;
  change: string;
  predicateChange: Record<'up' | 'down' | 'same' | 'unknown', string>;
  rubricSame: string;
  rubricChanged: string;
  split: string;
  rubricEffect: string;
  evidenceEffect: string;
  rubricEffectHow: (rescored: string, a: string) => string;
  evidenceEffectHow: (b: string, rescored: string) => string;
  splitUnavailable: (reason: 'old-evidence-missing' | 'old-evidence-changed' | 'new-rubric-unavailable' | 'record-rubric', needed: string) => string;
  levelsHeading: (n: number) => string;
  levelsLegend: (assumed: boolean) => string;
  noLevelChanges: string;
  added: (list: string) => string;
  removed: (list: string) => string;
  regression: string;

  // explain
  explainTitle: string;
  path: string;
  evidenceHeading: string;
  role: Record<'self' | 'verified' | 'replaced', string>;
  counts: string;
  assumed: string;
  levelWord: (n: string) => string;
  noValue: string;
  upTheTree: string;
  children: string;
  adds: (code: string, x: string) => string;
  addsUnknown: (code: string) => string;
  capApplied: (cap: string, uncapped: string) => string;
  capNotReached: (cap: string) => string;
  notIncluded: string;
  roundingStep: (step: string, mode: RoundingMode) => string;
  roundingDecimals: (decimals: number, mode: RoundingMode) => string;
  roundingNone: string;
  roundingUnknown: string;
  share: (code: string, contribution: string, total: string, pct: string) => string;
  shareOfMax: (pct: string) => string;
  diagnostics: string;
  /** `250 ≤ score < 325` (either end may be absent). */
  bandRange: (min: string | undefined, minInclusive: boolean, max: string | undefined, maxInclusive: boolean) => string;
  /** v2 results (ui-types-v2.ts). */
  v2: AnalysisV2Words;
}

// ---------------------------------------------------------------------------------------------
// The evidence template (`merit template`)

/** What the steps name: the evidence sheet's actual labels and headers, the rubric's policy. */
export interface StepArgs {
  evidenceSheet: string;
  subjectLabel: string;
  periodLabel: string;
  levelHeader: string;
  verifiedHeader: string;
  evidenceHeader: string;
  notesHeader: string;
  missing: MissingPolicy;
  rubric: string;
}

export interface TemplateWords {
  instructionsSheet: string;
  instructionsTitle: string;
  /** The aspect column's header: the first spelling the reader does not take for a field wins. */
  aspectHeaders: readonly string[];
  /** Label cells above the header; each must be a label the reader recognises (META_LABELS). */
  subjectLabel: string;
  periodLabel: string;
  /** Second title row of the evidence sheet. */
  rubricLine: (id: string, version: string, status: string) => string;
  seeInstructions: (sheet: string) => string;

  // Instructions sheet: row keys (column A) and texts
  rubricKey: string;
  version: (version: string) => string;
  statusKey: string;
  official: string;
  legalKey: string;
  stepsKey: string;
  steps: (o: StepArgs) => string[];
  columnsKey: string;
  /** What each column holds. */
  columnMeaning: Record<EvidenceField | 'aspect', string>;
  levelsKey: string;
  levelsGeneral: string;
  /** Heading of a leaf's own levels table, or of a scale without a label. */
  levelsOf: (what: string) => string;
  otherKindsKey: string;
  stampKey: string;
  stampText: (sheet: string) => string;

  // Notes and prompts on the input cells
  points: (p: string) => string;
  maxPoints: (p: string) => string;
  /** Linear leaf: value × factor (+ offset), within floor..cap; `at` is the value reaching the cap. */
  linearRule: (o: { factor: string; offset?: string; cap: string; floor: string; at?: string }) => string;
  thresholdStep: (op: '≥' | '>', min: string, points: string) => string;
  otherwise: (points: string) => string;
  lookupDefault: (points: string) => string;
  yes: string;
  no: string;
  chooseLevel: string;
  chooseValue: string;
  enterNumber: string;
  orPercent: string;
  /** Data validation error box. */
  invalidTitle: string;
  invalidList: (allowed: string) => string;
  invalidNumber: (range: string) => string;
  /** v2 rubrics (ui-types-v2.ts). */
  v2: TemplateV2Words;
}
