/**
 * The rubric language: `merit-rubric/1` and its superset `merit-rubric/2`. These types mirror
 * `rubrics/schema/rubric-1.schema.json` and `rubric-2.schema.json`; keys marked "v2" are refused
 * in a `/1` file by its schema. docs/rubric-format.md explains every key with a worked example.
 *
 * All numbers in a rubric file are JSON numbers written in decimal; scoring converts them to
 * exact decimals (src/decimal.ts) by their text, so 0.1 means exactly one tenth.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Scoring } from './kinds/index.js';
import type { Scale } from './kinds/types.js';
import type { LocalText } from './text.js';

export type { LocalText } from './text.js';

export type { Aggregate, Confidence, EvidenceField, MissingPolicy, RoundingMode, RubricStatus } from '../vocabulary.js';
import type { Aggregate, Confidence, EvidenceField, MissingPolicy, RoundingMode, RubricStatus } from '../vocabulary.js';

/** Where a number or a node comes from, and how sure we are of it. */
export interface Provenance {
  /** Citation: regulation article, page, URL or document. */
  source: string;
  confidence: Confidence;
  /** Why, and what would settle it: a plain string (older rubrics, read as both languages) or text in both languages. */
  note?: string | LocalText;
}

export interface LegalBasis {
  /** Short reference, e.g. "Peraturan KASN 9/2019". */
  ref: string;
  title?: LocalText;
  /** http(s) link to the official text. Never fetched by merit. */
  url?: string;
  /** ISO date (YYYY-MM-DD) the instrument was signed or took effect. */
  date?: string;
}

export type Subject = 'agency' | 'record';

/**
 * Either `step` (round to a multiple, e.g. 0.5) or `decimals` (e.g. 2). The rubric's applies once,
 * to the total; v2: a node's `rounding` applies to that node's score, once, before its parent uses it.
 */
export type Rounding = { step: number; mode?: RoundingMode } | { decimals: number; mode?: RoundingMode };

// ---------------------------------------------------------------------------------------------
// Leaf scoring kinds: each is a module in ./kinds/ (its type, lint, value reading, description).

export type { Level, Scale } from './kinds/types.js';
export type { LevelsScoring } from './kinds/levels.js';
export type { LookupScoring } from './kinds/lookup.js';
export type { ThresholdsScoring } from './kinds/thresholds.js';
export type { LinearScoring } from './kinds/linear.js';
export type { BooleanScoring } from './kinds/boolean.js';
export type { NumberScoring } from './kinds/number.js';
export type { RatioScoring } from './kinds/ratio.js';
export type { DeductionScoring } from './kinds/deduction.js';
export type { Scoring, ScoringKind } from './kinds/index.js';

// ---------------------------------------------------------------------------------------------
// Nodes

/**
 * A node applies only when a value matches. Exactly one subject: `column` (record rubrics: the
 * record's column), v2 `profile` (agency rubrics: the answer to a profile question) or v2
 * `criterion` (agency rubrics: the value of another leaf, e.g. a yes/no gate question).
 */
export interface Condition {
  column?: string;
  profile?: string;
  criterion?: string;
  /** Applies when the value is one of these (case- and space-insensitive). */
  in?: string[];
  /** Applies when the value is none of these. */
  notIn?: string[];
}

interface NodeBase {
  /** Stable, unique code (A1, A3.2, KOMP.STRUK). Evidence rows refer to leaves by it. */
  code: string;
  name: LocalText;
  description?: LocalText;
  /**
   * In a `weightedMean` parent: this node's weight (> 0, default 1). In a `sum` parent: a
   * multiplier on the node's score (default 1).
   */
  weight?: number;
  when?: Condition;
  /**
   * v2: nodes of one parent that share a variant name are alternatives: exactly one of them applies
   * for every combination of profile answers (the linter checks overlap and coverage).
   */
  variant?: string;
  /** Overrides the rubric's missing-evidence policy for this subtree. */
  missing?: MissingPolicy;
  /**
   * v2, leaves: the evidence may declare this leaf not applicable with one of the rubric's
   * `notApplicableValues` (elsewhere those values are an error).
   */
  notApplicable?: { allowed: true; reason?: LocalText };
  /** v2, in a `composite` parent: the fixed coefficient of this child (may be negative). */
  coefficient?: number;
  /**
   * v2, in a `composite` parent: the composite cannot be computed without this child's evidence;
   * without it the composite is `incomplete` and stands in with the parent's `fallback` child.
   */
  required?: boolean;
  /** v2: rescale the node's score to 0..normalize (score / max × normalize; max becomes normalize). */
  normalize?: 1 | 100;
  /** v2: round this node's score once, after aggregation, before the parent uses it. */
  rounding?: Rounding;
  /** v2: this node's categories: the name of a `bandSets` entry, or bands of its own. */
  bands?: string | Band[];
  provenance?: Provenance;
}

export interface GroupNode extends NodeBase {
  /**
   * `sum` (default): sum of children's (weighted) scores. `weightedMean`: see `scale`. v2: `mean`:
   * the plain mean of the children's score/max over the applicable ones, × `scale`; `max`/`min`:
   * the best/worst (weighted) child; `composite`: Σ coefficientᵢ × scoreᵢ.
   */
  aggregate?: Aggregate;
  /** v2: children's weights are percentages (the linter checks they sum to 100) or points (default). */
  weightUnit?: 'percent' | 'points';
  /** v2, `composite`: the code of the child that stands in when a `required` child has no evidence. */
  fallback?: string;
  /**
   * For `weightedMean`: the node's score is Σ wᵢ·(scoreᵢ / maxᵢ) / Σ wᵢ × `scale` — a weighted
   * mean of the children's fulfilment ratios, on a 0..scale range (default 1).
   */
  scale?: number;
  /** Upper bound on the node's score. */
  cap?: number;
  children: RubricNode[];
}

export interface LeafNode extends NodeBase {
  scoring: Scoring;
  /** record rubrics: the declared column holding this leaf's value. agency rubrics: not used. */
  column?: string;
}

export type RubricNode = GroupNode | LeafNode;

export function isLeaf(node: RubricNode): node is LeafNode {
  return (node as LeafNode).scoring !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Bands

/** A band of the score scale. Omit `min` for -∞ or `max` for +∞. */
export interface Band {
  /** Stable code used by gates (`--min-predicate III`). */
  code: string;
  label: LocalText;
  min?: number;
  /** default true */
  minInclusive?: boolean;
  max?: number;
  /** default false */
  maxInclusive?: boolean;
  /** CSS colour for reports (#rrggbb). */
  color?: string;
  /**
   * v2, a predicate cap: this band is given only when every applicable child of node `of` (default:
   * the node these bands belong to; the root for the rubric's `bands`) that has a category is at
   * least band `atLeast` of its own band set. Otherwise the node gets the highest lower band whose
   * requirement holds ("no Sangat Baik while any aspect is below MENENGAH").
   */
  requires?: { atLeast: string; of?: string };
  provenance?: Provenance;
}

export interface OutOfRangeLabel {
  code: string;
  label: LocalText;
  color?: string;
}

// ---------------------------------------------------------------------------------------------
// Evidence and record columns

/** Semantic columns of an agency evidence sheet. */

export interface EvidenceLayout {
  /** Extra header spellings per field, added to the built-in Indonesian and English ones. */
  aliases?: Partial<Record<EvidenceField, string[]>>;
}

export interface ColumnDef {
  /** Key used by leaves (`column`), conditions and group-by. */
  key: string;
  header: LocalText;
  /** Other header spellings accepted in the file. */
  aliases?: string[];
  type: 'text' | 'number';
  required?: boolean;
}

export interface Population {
  /** How per-record scores combine into the agency score. */
  aggregate: 'mean';
  /** Column keys to break the population down by (unit, post type, gender, education). */
  groupBy?: string[];
  /** Column key identifying a record (NIP); duplicates are diagnosed. */
  recordId?: string;
}

// ---------------------------------------------------------------------------------------------
// v2: profile questions, nominal scale, extends

/** One allowed answer to a profile question. */
export interface ProfileAnswer {
  /** The stable value (conditions use it); the evidence may also write the label or an alias. */
  value: string;
  label: LocalText;
  aliases?: string[];
}

/** A question about the agency that decides which nodes apply (answered in the evidence or with --profile). */
export interface ProfileQuestion {
  /** Evidence rows answer it under this code, like a criterion. */
  code: string;
  label: LocalText;
  description?: LocalText;
  answers: ProfileAnswer[];
  provenance?: Provenance;
}

/** A second figure for the total: nominal = total × factor + offset (e.g. the index as a percentage). */
export interface NominalScale {
  label: LocalText;
  factor: number;
  offset?: number;
  /** Unit shown after the figure (`%`, `poin`). */
  unit?: string;
  rounding?: Rounding;
  provenance?: Provenance;
}

/** The rubric a v2 rubric builds on: a bundled id, or a file path relative to this rubric. */
export interface Extends {
  id: string;
  version: string;
  /** A file path (relative to the extending file); absent: the bundled rubric `id`. */
  path?: string;
}

/** What an extending rubric changes, by node code. Anything else is its base's. */
export interface Overrides {
  weights?: Record<string, number>;
  coefficients?: Record<string, number>;
  texts?: Record<string, { name?: LocalText; description?: LocalText }>;
  provenance?: Record<string, Provenance>;
  /** Replaces the rubric's bands, or a band set by name. */
  bands?: Band[];
  bandSets?: Record<string, Band[]>;
}

// ---------------------------------------------------------------------------------------------
// The rubric

export type RubricFormat = 'merit-rubric/1' | 'merit-rubric/2';

/** The not-applicable words when a v2 rubric does not list its own (compared case- and space-insensitively). */
export const DEFAULT_NOT_APPLICABLE: readonly string[] = ['N/A', 'NA', 'TB', 'Tidak Berlaku', 'Not applicable'];

export interface Rubric {
  $schema?: string;
  format: RubricFormat;
  /** Stable id, lower-case with dashes (`kasn-2019`). */
  id: string;
  /** Semver. A change that can move a score is a major bump. */
  version: string;
  title: LocalText;
  description?: LocalText;
  status: RubricStatus;
  legalBasis: LegalBasis[];
  subject: Subject;
  provenance?: Provenance;
  /** Default policy for a criterion with no evidence (default `zero`). */
  missing?: MissingPolicy;
  rounding?: Rounding;
  scales?: Record<string, Scale>;
  root: GroupNode;
  bands: Band[];
  outOfRange?: { below?: OutOfRangeLabel; above?: OutOfRangeLabel };
  /** v2: named band sets that nodes refer to with `bands: "name"`. */
  bandSets?: Record<string, Band[]>;
  /** v2: profile questions, answered before any criterion. */
  profile?: ProfileQuestion[];
  /** v2: values that declare a leaf not applicable (default DEFAULT_NOT_APPLICABLE). */
  notApplicableValues?: string[];
  /** v2: a second figure for the total. */
  nominal?: NominalScale;
  /**
   * v2: a short sentence every report prints under the provisional warning (what a reader must
   * know about the rubric's numbers, e.g. which weights are provisional).
   */
  notice?: LocalText;
  /** v2: the rubric this one extends (the loader resolves it; `root` may then be absent in the file). */
  extends?: Extends;
  override?: Overrides;
  /** agency rubrics: evidence sheet header aliases. */
  evidence?: EvidenceLayout;
  /** record rubrics: the columns a record file has. */
  columns?: ColumnDef[];
  /** record rubrics: population aggregation. */
  population?: Population;
}

/** A loaded rubric with where it came from. */
export interface LoadedRubric {
  rubric: Rubric;
  /** Bundled id, or the path the user gave. */
  source: string;
  bundled: boolean;
  /** sha256 of the file's bytes, hex. */
  sha256: string;
  /** Pointer -> line/column in the file, for diagnostics after loading. */
  locate?: (pointer: string) => { line: number; column: number } | undefined;
  /** Warnings from validation (a rubric with errors never loads). */
  diagnostics: Diagnostic[];
  /** v2 `extends`: the rubric this one was built on (after resolution `rubric` is the merged whole). */
  base?: { id: string; version: string; sha256: string; source: string };
}
